/** The buttons one may press on an amendment, by role and by whose it is: decide, support, withdraw, revise. */
import { useState, type ReactNode } from 'react';
import { OPEN_STATUSES, type AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Decision } from '../amendments-api';
import { useAmendments } from '../store/amendments-context';
import { useAmendmentActions } from '../use-amendment-actions';
import { DecisionDialog } from './DecisionDialog';
import { ReviseDialog } from './ReviseDialog';

interface AmendmentActionsProps {
  amendment: AmendmentView;
  /** Extra buttons (comments, show in text) placed after the role's actions. */
  children?: ReactNode;
}

export function AmendmentActionButtons({ amendment, children }: AmendmentActionsProps) {
  const { t } = useI18n();
  const { rights, summary } = useAmendments();
  const { support, withdraw, undo } = useAmendmentActions();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const [undoing, setUndoing] = useState(false);
  // A change of words can be undone; a paragraph added or deleted is proposed back instead.
  const undoable = rights.decide && amendment.status === 'accepted' && amendment.kind !== 'insert-paragraph' && amendment.kind !== 'delete-paragraph';
  const [revising, setRevising] = useState(false);
  const [supportBusy, setSupportBusy] = useState(false);
  const mine = amendment.author.participantId === summary.myParticipantId;
  const open = OPEN_STATUSES.includes(amendment.status);
  const supported = amendment.supporters.some((supporter) => supporter.participantId === summary.myParticipantId);

  async function toggleSupport() {
    setSupportBusy(true);
    await support(amendment.id, !supported);
    setSupportBusy(false);
  }

  return (
    <div className="amendment-actions" data-testid="amendment-actions">
      {rights.decide && amendment.status === 'proposed' && (
        <Button size="small" variant="primary" onClick={() => setDeciding('accept')} data-testid="amendment-accept">
          {t('amendments.action.accept')}
        </Button>
      )}
      {/* A stale amendment cannot be accepted as written, but the chair can still close it. */}
      {rights.decide && open && (
        <Button size="small" onClick={() => setDeciding('reject')} data-testid="amendment-reject">
          {t('amendments.action.reject')}
        </Button>
      )}
      {rights.support && !mine && (open || supported) && (
        <Button size="small" aria-pressed={supported} busy={supportBusy} onClick={() => void toggleSupport()} data-testid="amendment-support">
          {supported ? t('amendments.action.unsupport') : t('amendments.action.support')}
        </Button>
      )}
      {mine && open && rights.propose && (
        <>
          <Button size="small" onClick={() => setRevising(true)} data-testid="amendment-revise">
            {t('amendments.action.revise')}
          </Button>
          <Button size="small" variant="ghost" onClick={() => setWithdrawing(true)} data-testid="amendment-withdraw">
            {t('amendments.action.withdraw')}
          </Button>
        </>
      )}
      {undoable && (
        <Button size="small" variant="ghost" onClick={() => setUndoing(true)} data-testid="amendment-undo">
          {t('amendments.action.undo')}
        </Button>
      )}
      {children}
      {undoing && (
        <ConfirmDialog
          title={t('amendments.undo.title')}
          body={t('amendments.undo.body')}
          confirmLabel={t('amendments.action.undo')}
          busyLabel={t('amendments.undo.busy')}
          onConfirm={() => undo(amendment.id)}
          onClose={() => setUndoing(false)}
        />
      )}
      {deciding && <DecisionDialog amendment={amendment} decision={deciding} onClose={() => setDeciding(null)} />}
      {revising && <ReviseDialog amendment={amendment} onClose={() => setRevising(false)} />}
      {withdrawing && (
        <ConfirmDialog
          title={t('amendments.withdraw.title')}
          body={t('amendments.withdraw.body')}
          confirmLabel={t('amendments.action.withdraw')}
          busyLabel={t('amendments.withdraw.busy')}
          onConfirm={() => withdraw(amendment.id)}
          onClose={() => setWithdrawing(false)}
        />
      )}
    </div>
  );
}
