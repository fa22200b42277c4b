/** Tells an author, in a toast, when someone else accepts or rejects their amendment or it goes stale. */
import { useCallback, useRef } from 'react';
import type { AmendmentStatus, AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { excerpt, paragraphLabel } from '../amendment-labels';
import type { ParagraphIndex } from '../inline/paragraph-index';
import { useToasts } from '../toasts/ToastProvider';

const OUTCOMES: Partial<Record<AmendmentStatus, { key: MessageKey; tone: 'success' | 'info' }>> = {
  accepted: { key: 'amendments.toast.mineAccepted', tone: 'success' },
  rejected: { key: 'amendments.toast.mineRejected', tone: 'info' },
  stale: { key: 'amendments.toast.mineStale', tone: 'info' },
};

export function useOutcomeToasts(
  myParticipantId: string,
  outline: () => ParagraphIndex | null,
  knownStatus: (id: string) => AmendmentStatus | undefined,
): (amendment: AmendmentView) => void {
  const { t } = useI18n();
  const { push } = useToasts();
  const seen = useRef(new Map<string, AmendmentStatus>());
  const outlineRef = useRef(outline);
  outlineRef.current = outline;
  const knownRef = useRef(knownStatus);
  knownRef.current = knownStatus;

  return useCallback(
    (amendment: AmendmentView) => {
      const before = seen.current.get(amendment.id) ?? knownRef.current(amendment.id);
      seen.current.set(amendment.id, amendment.status);
      if (amendment.author.participantId !== myParticipantId || before === undefined || before === amendment.status) return;
      const outcome = OUTCOMES[amendment.status];
      if (!outcome || amendment.decision?.by.participantId === myParticipantId) return;
      const paragraph = outlineRef.current()?.byId.get(amendment.paragraphId);
      const what =
        amendment.kind === 'replace' ? `“${excerpt(amendment.expected, 40)}” → “${excerpt(amendment.proposed, 40)}”` : `“${excerpt(amendment.expected || amendment.proposed, 60)}”`;
      const note = amendment.decision?.note ? ` — ${amendment.decision.note}` : amendment.staleReason ? ` — ${amendment.staleReason}` : '';
      push({ tone: outcome.tone, title: t(outcome.key), message: `${paragraphLabel(t, paragraph)} — ${what}${note}` });
    },
    [myParticipantId, push, t],
  );
}
