/** An amendment's discussion: threaded comments (a query the document's events keep live) and a reply box. */
import { useMemo, useState } from 'react';
import type { CommentView } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorBox } from '../../ui/ErrorBox';
import { SkeletonLines } from '../../ui/Skeleton';
import { useCommentsQuery } from '../queries/amendment-queries';
import { useAmendments } from '../store/amendments-context';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

export function CommentThread({ amendmentId }: { amendmentId: string }) {
  const { t } = useI18n();
  const { summary, rights } = useAmendments();
  const query = useCommentsQuery(summary.id, amendmentId);
  const comments = query.data ?? null;
  const [replyTo, setReplyTo] = useState<CommentView | null>(null);

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
              <CommentForm amendmentId={amendmentId} parent={comment} onPosted={() => setReplyTo(null)} onCancel={() => setReplyTo(null)} />
            )}
            {renderLevel(comment.id, Math.min(depth + 1, 3))}
          </CommentItem>
        ))}
      </ol>
    );
  }

  return (
    <section className="comment-thread" aria-label={t('amendments.comments.heading')} data-testid="comment-thread">
      {query.isError && !comments && <ErrorBox title={t('amendments.comments.loadError')} error={query.error} onRetry={() => void query.refetch()} />}
      {!comments && !query.isError && <SkeletonLines count={2} />}
      {comments && comments.length === 0 && <p className="comment-thread__empty">{t('amendments.comments.empty')}</p>}
      {comments && renderLevel(null, 0)}
      {rights.comment && !replyTo && <CommentForm amendmentId={amendmentId} />}
    </section>
  );
}
