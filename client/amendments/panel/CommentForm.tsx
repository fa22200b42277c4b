/** Writes a comment, or a reply to one; Ctrl/⌘+Enter posts. */
import { useId, useState, type FormEvent } from 'react';
import type { CommentView } from '../../../shared/amendments/amendment-schemas.js';
import { useSignedIn } from '../../auth/AuthProvider';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { failureTitleKey } from '../action-feedback';
import { addComment } from '../amendments-api';
import { useAmendments } from '../store/amendments-context';

interface CommentFormProps {
  amendmentId: string;
  parent?: CommentView;
  onPosted: (comment: CommentView) => void;
  onCancel?: () => void;
}

export function CommentForm({ amendmentId, parent, onPosted, onCancel }: CommentFormProps) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const { summary } = useAmendments();
  const id = useId();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function post(event?: FormEvent) {
    event?.preventDefault();
    if (body.trim() === '' || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      onPosted(await addComment(api, summary.id, amendmentId, body.trim(), parent?.id));
      setBody('');
    } catch (error) {
      setFailure(`${t(failureTitleKey(error))} — ${errorMessage(t, error)}`);
    } finally {
      setBusy(false);
    }
  }

  const label = parent ? t('amendments.comments.replyTo', { name: parent.author.name }) : t('amendments.comments.label');
  return (
    <form className="comment-form" onSubmit={(event) => void post(event)}>
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
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void post();
          if (event.key === 'Escape' && onCancel) {
            event.stopPropagation();
            onCancel();
          }
        }}
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
