/** The chair confirms one decision on the ticked amendments, told the count, what is skipped and why, and what turns stale; then sees what could not be decided. */
import { useId, useMemo, useState } from 'react';
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { staledByAcceptingAll } from '../../../shared/amendments/overlap.js';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import type { BulkResult, Decision } from '../amendments-api';
import { useDecideAmendments } from '../queries/amendment-mutations';
import { useAmendmentList } from '../queries/use-amendment-list';
import { useAmendments } from '../store/amendments-context';
import { useToasts } from '../toasts/ToastProvider';
import { BulkFailures } from './BulkFailures';
import { StaleWarning } from './StaleWarning';

interface BulkDialogProps {
  /** The ticked amendments, frozen when the chair asked. */
  ticked: readonly AmendmentView[];
  decision: Decision;
  onClose: () => void;
}

export function BulkDialog({ ticked, decision, onClose }: BulkDialogProps) {
  const { t } = useI18n();
  const { push } = useToasts();
  const { summary } = useAmendments();
  const { amendments } = useAmendmentList();
  const deciding = useDecideAmendments(summary.id);
  const noteId = useId();
  const [note, setNote] = useState('');
  const [failed, setFailed] = useState<BulkResult[] | null>(null);
  const accept = decision === 'accept';
  // A stale amendment can be rejected (closed) but not accepted as written.
  const targets = useMemo(() => (accept ? ticked.filter((amendment) => amendment.status === 'proposed') : ticked), [accept, ticked]);
  const skipped = ticked.length - targets.length;
  const staled = useMemo(() => (accept ? staledByAcceptingAll(targets, amendments) : []), [accept, targets, amendments]);

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
            <Button variant={accept ? 'primary' : 'danger'} busy={deciding.isPending} disabled={targets.length === 0} onClick={() => void confirm()} data-testid="bulk-confirm">
              {deciding.isPending ? t('amendments.decision.busy') : t(accept ? 'amendments.bulk.confirmAccept' : 'amendments.bulk.confirmReject', { count: targets.length })}
            </Button>
          </>
        )
      }
    >
      {failed ? (
        <BulkFailures failed={failed} ticked={ticked} />
      ) : (
        <div className="stack-small">
          {targets.length > 0 ? <p>{t(accept ? 'amendments.bulk.bodyAccept' : 'amendments.bulk.bodyReject')}</p> : <p>{t('amendments.bulk.nothingToAccept')}</p>}
          {skipped > 0 && (
            <p className="notice notice--info" data-testid="bulk-skipped">
              {t('amendments.bulk.skipsStale', { count: skipped })}
            </p>
          )}
          <StaleWarning staled={staled} message={t('amendments.bulk.staleWarning', { count: staled.length })} />
          <label className="field" htmlFor={noteId}>
            <span className="field__label">{t('amendments.decision.note')}</span>
            <textarea id={noteId} className="input" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          {deciding.error !== null && <p className="notice notice--error" role="alert">{errorMessage(t, deciding.error)}</p>}
        </div>
      )}
    </Dialog>
  );
}
