/** Writes a comment, or a reply to one; Ctrl/⌘+Enter posts. */
import { useId, useState, type FormEvent } from 'react';
import type { CommentView } from '../../../shared/amendments/amendment-schemas.js';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { failureTitleKey } from '../action-feedback';
import { useAddComment } from '../queries/amendment-mutations';
import { useAmendments } from '../store/amendments-context';

interface CommentFormProps {
  amendmentId: string;
  parent?: CommentView;
  onPosted?: (comment: CommentView) => void;
  onCancel?: () => void;
}

export function CommentForm({ amendmentId, parent, onPosted, onCancel }: CommentFormProps) {
  const { t } = useI18n();
  const { summary } = useAmendments();
  const posting = useAddComment(summary.id, amendmentId);
  const id = useId();
  const [body, setBody] = useState('');
  const busy = posting.isPending;
  const failure = posting.error ? `${t(failureTitleKey(posting.error))} — ${errorMessage(t, posting.error)}` : null;

  function post(event?: FormEvent) {
    event?.preventDefault();
    if (body.trim() === '' || busy) return;
    posting.mutate(
      { body: body.trim(), parentId: parent?.id },
      {
        onSuccess: (comment) => {
          setBody('');
          onPosted?.(comment);
        },
      },
    );
  }

  const label = parent ? t('amendments.comments.replyTo', { name: parent.author.name }) : t('amendments.comments.label');
  return (
    <form className="comment-form" onSubmit={post}>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input comment-form__input"
        rows={parent ? 2 : 1}
        placeholder={parent ? label : t('amendments.comments.placeholder')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) post();
          if (event.key === 'Escape' && onCancel) {
            event.stopPropagation();
            onCancel();
          }
        }}
        // biome-ignore lint/a11y/noAutofocus: a reply box opens because its Reply button was pressed, so focus goes where the person asked.
        autoFocus={Boolean(parent)}
        data-testid="comment-input"
      />
      {failure && <p className="field__error">{failure}</p>}
      {(body.trim() !== '' || parent) && (
        <div className="comment-form__actions">
          {onCancel && (
            <Button size="small" variant="ghost" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button size="small" variant="primary" type="submit" busy={busy} disabled={body.trim() === ''} data-testid="comment-post">
            {busy ? t('amendments.comments.posting') : t('amendments.comments.post')}
          </Button>
        </div>
      )}
    </form>
  );
}
