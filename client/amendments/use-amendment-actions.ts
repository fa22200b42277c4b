/** The actions on one amendment (decide, support, withdraw), with the answer taken at once and failures toasted. */
import { useCallback } from 'react';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { useSignedIn } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { failureToast } from './action-feedback';
import { decideAmendment, setSupport, withdrawAmendment, type Decision } from './amendments-api';
import { useAmendments } from './store/amendments-context';
import { useToasts } from './toasts/ToastProvider';

export interface AmendmentActions {
  /** Throws on failure, so a dialog can show the reason in place. */
  decide: (id: string, decision: Decision, note: string) => Promise<AmendmentView>;
  support: (id: string, on: boolean) => Promise<void>;
  /** Throws on failure, for the confirmation dialog. */
  withdraw: (id: string) => Promise<void>;
}

export function useAmendmentActions(): AmendmentActions {
  const { api } = useSignedIn();
  const { t } = useI18n();
  const { push } = useToasts();
  const { summary, upsert } = useAmendments();
  const documentId = summary.id;

  const decide = useCallback(
    async (id: string, decision: Decision, note: string) => {
      const amendment = await decideAmendment(api, documentId, id, decision, note);
      upsert(amendment);
      push({ tone: 'success', title: t(decision === 'accept' ? 'amendments.toast.accepted' : 'amendments.toast.rejected') });
      return amendment;
    },
    [api, documentId, upsert, push, t],
  );

  const support = useCallback(
    async (id: string, on: boolean) => {
      try {
        upsert(await setSupport(api, documentId, id, on));
      } catch (error) {
        push(failureToast(t, error));
      }
    },
    [api, documentId, upsert, push, t],
  );

  const withdraw = useCallback(
    async (id: string) => {
      upsert(await withdrawAmendment(api, documentId, id));
      push({ tone: 'info', title: t('amendments.toast.withdrawn') });
    },
    [api, documentId, upsert, push, t],
  );

  return { decide, support, withdraw };
}
