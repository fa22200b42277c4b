/** The chair decides every open amendment the filters show at once, after confirming, and sees what could not be decided. */
import { useId, useState } from 'react';
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import type { BulkResult, Decision } from '../amendments-api';
import { useDecideAmendments } from '../queries/amendment-mutations';
import { useAmendments } from '../store/amendments-context';
import { useToasts } from '../toasts/ToastProvider';

function BulkDialog({ targets, decision, onClose }: { targets: readonly AmendmentView[]; decision: Decision; onClose: () => void }) {
  const { t } = useI18n();
  const { push } = useToasts();
  const { summary } = useAmendments();
  const deciding = useDecideAmendments(summary.id);
  const busy = deciding.isPending;
  const error = deciding.error;
  const noteId = useId();
  const [note, setNote] = useState('');
  const [failed, setFailed] = useState<BulkResult[] | null>(null);
  const accept = decision === 'accept';

  async function confirm() {
    try {
      const results = await deciding.mutateAsync({ ids: targets.map((amendment) => amendment.id), decision, note: note.trim() });
      const notDecided = results.filter((result) => !result.ok);
      const decided = results.length - notDecided.length;
      push(
        notDecided.length
          ? { tone: 'info', title: t('amendments.bulk.done', { ok: decided, failed: notDecided.length }) }
          : { tone: 'success', title: t('amendments.bulk.allDone', { ok: decided }) },
      );
      if (notDecided.length) setFailed(notDecided);
      else onClose();
    } catch {
      // Shown in place from the mutation's error.
    }
  }

  const excerptOf = (id: string) => targets.find((amendment) => amendment.id === id);
  return (
    <Dialog
      title={t(accept ? 'amendments.bulk.titleAccept' : 'amendments.bulk.titleReject', { count: targets.length })}
      onClose={onClose}
      testId="bulk-dialog"
      actions={
        failed ? (
          <Button variant="primary" onClick={onClose}>{t('common.close')}</Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button variant={accept ? 'primary' : 'danger'} busy={busy} onClick={() => void confirm()} data-testid="bulk-confirm">
              {busy ? t('amendments.decision.busy') : t(accept ? 'amendments.bulk.accept' : 'amendments.bulk.reject')}
            </Button>
          </>
        )
      }
    >
      {failed ? (
        <div className="stack-small">
          <p>{t('amendments.bulk.failures')}</p>
          <ul className="bulk-failures">
            {failed.map((result) => (
              <li key={result.id}>
                <strong>{excerptOf(result.id)?.expected || excerptOf(result.id)?.proposed || result.id}</strong> — {result.error?.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="stack-small">
          <p>{t(accept ? 'amendments.bulk.bodyAccept' : 'amendments.bulk.bodyReject')}</p>
          <label className="field" htmlFor={noteId}>
            <span className="field__label">{t('amendments.decision.note')}</span>
            <textarea id={noteId} className="input" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          {error !== null && <p className="notice notice--error" role="alert">{errorMessage(t, error)}</p>}
        </div>
      )}
    </Dialog>
  );
}

export function BulkDecisionBar({ shown }: { shown: readonly AmendmentView[] }) {
  const { t } = useI18n();
  // Frozen when the chair asks: decisions arriving meanwhile must not change what was confirmed.
  const [pending, setPending] = useState<{ decision: Decision; targets: AmendmentView[] } | null>(null);
  const targets = shown.filter((amendment) => amendment.status === 'proposed');
  const dialog = pending && <BulkDialog targets={pending.targets} decision={pending.decision} onClose={() => setPending(null)} />;
  if (targets.length < 2) return dialog;
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <span className="bulk-bar__label">{t('amendments.bulk.label', { count: targets.length })}</span>
      <div className="bulk-bar__actions">
        <Button size="small" onClick={() => setPending({ decision: 'accept', targets })} data-testid="bulk-accept">
          {t('amendments.bulk.accept')}
        </Button>
        <Button size="small" onClick={() => setPending({ decision: 'reject', targets })} data-testid="bulk-reject">
          {t('amendments.bulk.reject')}
        </Button>
      </div>
      {dialog}
    </div>
  );
}
