/** An amendment's discussion: threaded comments, kept live from the document's events, and a reply box. */
import { useEffect, useMemo, useState } from 'react';
import type { CommentView } from '../../../shared/amendments/amendment-schemas.js';
import { useSignedIn } from '../../auth/AuthProvider';
import { useDocumentEvent } from '../../events/DocumentEventsProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorBox } from '../../ui/ErrorBox';
import { SkeletonLines } from '../../ui/Skeleton';
import { listComments } from '../amendments-api';
import { useAmendments } from '../store/amendments-context';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

function withComment(comments: readonly CommentView[], comment: CommentView): CommentView[] {
  return comments.some((existing) => existing.id === comment.id) ? [...comments] : [...comments, comment];
}

export function CommentThread({ amendmentId }: { amendmentId: string }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const { summary, rights } = useAmendments();
  const [comments, setComments] = useState<CommentView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [replyTo, setReplyTo] = useState<CommentView | null>(null);

  useEffect(() => {
    let current = true;
    setError(null);
    listComments(api, summary.id, amendmentId).then(
      (loaded) => current && setComments((live) => (live ? loaded.reduce(withComment, live) : loaded)),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [api, summary.id, amendmentId, attempt]);

  useDocumentEvent('comment', (event) => {
    if (event.comment.amendmentId === amendmentId) setComments((live) => withComment(live ?? [], event.comment));
  });

  const children = useMemo(() => {
    const map = new Map<string | null, CommentView[]>();
    for (const comment of comments ?? []) {
      const parent = comment.parentId && comments?.some((other) => other.id === comment.parentId) ? comment.parentId : null;
      map.set(parent, [...(map.get(parent) ?? []), comment]);
    }
    return map;
  }, [comments]);

  function renderLevel(parentId: string | null, depth: number) {
    const level = children.get(parentId) ?? [];
    if (level.length === 0) return null;
    return (
      <ol className={`comment-list${depth > 0 ? ' comment-list--replies' : ''}`}>
        {level.map((comment) => (
          <CommentItem key={comment.id} comment={comment} groups={summary.groups} onReply={rights.comment ? () => setReplyTo(comment) : undefined}>
            {replyTo?.id === comment.id && (
              <CommentForm amendmentId={amendmentId} parent={comment} onPosted={(posted) => { setComments((live) => withComment(live ?? [], posted)); setReplyTo(null); }} onCancel={() => setReplyTo(null)} />
            )}
            {renderLevel(comment.id, Math.min(depth + 1, 3))}
          </CommentItem>
        ))}
      </ol>
    );
  }

  return (
    <section className="comment-thread" aria-label={t('amendments.comments.heading')} data-testid="comment-thread">
      {error !== null && !comments && <ErrorBox title={t('amendments.comments.loadError')} error={error} onRetry={() => setAttempt((n) => n + 1)} />}
      {!comments && error === null && <SkeletonLines count={2} />}
      {comments && comments.length === 0 && <p className="comment-thread__empty">{t('amendments.comments.empty')}</p>}
      {comments && renderLevel(null, 0)}
      {rights.comment && !replyTo && <CommentForm amendmentId={amendmentId} onPosted={(posted) => setComments((live) => withComment(live ?? [], posted))} />}
    </section>
  );
}
