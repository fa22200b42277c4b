/** The actions on one amendment (decide, support, withdraw), with the answer taken into the cache at once and failures toasted. */
import { useCallback } from 'react';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/I18nProvider';
import { failureToast } from './action-feedback';
import type { Decision } from './amendments-api';
import { useDecideAmendment, useSupportAmendment, useUndoAcceptance, useWithdrawAmendment } from './queries/amendment-mutations';
import { useAmendments } from './store/amendments-context';
import { useToasts } from './toasts/ToastProvider';

export interface AmendmentActions {
  /** Throws on failure, so a dialog can show the reason in place. */
  decide: (id: string, decision: Decision, note: string) => Promise<AmendmentView>;
  support: (id: string, on: boolean) => Promise<void>;
  /** Throws on failure, for the confirmation dialog. */
  withdraw: (id: string) => Promise<void>;
  /** Throws on failure (a later edit touched the words), for the confirmation dialog. */
  undo: (id: string) => Promise<void>;
}

export function useAmendmentActions(): AmendmentActions {
  const { t } = useI18n();
  const { push } = useToasts();
  const { summary } = useAmendments();
  const { mutateAsync: decideOne } = useDecideAmendment(summary.id);
  const { mutateAsync: supportOne } = useSupportAmendment(summary.id);
  const { mutateAsync: withdrawOne } = useWithdrawAmendment(summary.id);
  const { mutateAsync: undoOne } = useUndoAcceptance(summary.id);

  const decide = useCallback(
    async (id: string, decision: Decision, note: string) => {
      const amendment = await decideOne({ amendmentId: id, decision, note });
      push({ tone: 'success', title: t(decision === 'accept' ? 'amendments.toast.accepted' : 'amendments.toast.rejected') });
      return amendment;
    },
    [decideOne, push, t],
  );

  const support = useCallback(
    async (id: string, on: boolean) => {
      try {
        await supportOne({ amendmentId: id, on });
      } catch (error) {
        push(failureToast(t, error));
      }
    },
    [supportOne, push, t],
  );

  const withdraw = useCallback(
    async (id: string) => {
      await withdrawOne(id);
      push({ tone: 'info', title: t('amendments.toast.withdrawn') });
    },
    [withdrawOne, push, t],
  );

  const undo = useCallback(
    async (id: string) => {
      try {
        await undoOne(id);
      } catch (error) {
        // Why it cannot be undone, in the reader's language rather than the server's English.
        if (error instanceof ApiError && error.code === 'not_undoable') throw new ApiError(error.status, error.code, t('amendments.undo.refused'));
        if (error instanceof ApiError && error.code === 'paragraph_locked') throw new ApiError(error.status, error.code, t('amendments.undo.locked'));
        throw error;
      }
      push({ tone: 'info', title: t('amendments.toast.undone') });
    },
    [undoOne, push, t],
  );

  return { decide, support, withdraw, undo };
}
