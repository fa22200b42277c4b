/** The chair accepts or rejects one amendment, with an optional note recorded with the decision. */
import { useId, useMemo, useState } from 'react';
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { staledByAccepting } from '../../../shared/amendments/overlap.js';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { failureTitleKey } from '../action-feedback';
import type { Decision } from '../amendments-api';
import { useAmendmentList } from '../queries/use-amendment-list';
import { useAmendmentActions } from '../use-amendment-actions';
import { ChangePreview } from './ChangePreview';
import { StaleWarning } from './StaleWarning';

interface DecisionDialogProps {
  amendment: AmendmentView;
  decision: Decision;
  onClose: () => void;
}

export function DecisionDialog({ amendment, decision, onClose }: DecisionDialogProps) {
  const { t } = useI18n();
  const { decide } = useAmendmentActions();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const accept = decision === 'accept';
  const { amendments } = useAmendmentList();
  // Live: a proposal arriving while the dialog is open is in the warning before the chair confirms.
  const staled = useMemo(() => (accept ? staledByAccepting(amendment, amendments) : []), [accept, amendment, amendments]);
  const body = accept ? 'amendments.decision.acceptBody' : amendment.status === 'stale' ? 'amendments.decision.rejectStaleBody' : 'amendments.decision.rejectBody';

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      await decide(amendment.id, decision, note.trim());
      onClose();
    } catch (error) {
      setFailure({ title: t(failureTitleKey(error)), message: errorMessage(t, error) });
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t(accept ? 'amendments.decision.titleAccept' : 'amendments.decision.titleReject')}
      onClose={onClose}
      testId="decision-dialog"
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant={accept ? 'primary' : 'danger'} busy={busy} onClick={() => void confirm()} data-testid="decision-confirm">
            {busy ? t('amendments.decision.busy') : t(accept ? 'amendments.action.accept' : 'amendments.action.reject')}
          </Button>
        </>
      }
    >
      <div className="stack-small">
        <ChangePreview kind={amendment.kind} expected={amendment.expected} proposed={amendment.proposed} />
        <p className="dialog__text">{t(body)}</p>
        <StaleWarning staled={staled} message={t('amendments.decision.staleWarning', { count: staled.length })} />
        <label className="field" htmlFor={noteId}>
          <span className="field__label">{t('amendments.decision.note')}</span>
          <textarea
            id={noteId}
            className="input"
            rows={2}
            value={note}
            placeholder={t('amendments.decision.notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
            autoFocus
            data-testid="decision-note"
          />
        </label>
        {failure && (
          <p className="notice notice--error" role="alert">
            <strong>{failure.title}</strong> — {failure.message}
          </p>
        )}
      </div>
    </Dialog>
  );
}
