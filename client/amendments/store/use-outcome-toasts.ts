/** Tells an author, in a toast, when someone else accepts or rejects their amendment or it goes stale. */
import { useCallback, useRef } from 'react';
import type { AmendmentStatus, AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import type { StakeholderGroup } from '../../../shared/groups.js';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { excerpt, paragraphLabel } from '../amendment-labels';
import type { ParagraphIndex } from '../inline/paragraph-index';
import { staleReasonText } from '../stale-reason';
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
  groups: readonly StakeholderGroup[],
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
      const outline = outlineRef.current();
      const paragraph = outline?.byId.get(amendment.paragraphId);
      const quote = (text: string, length: number) => t('amendments.quote', { text: excerpt(text, length) });
      const what = amendment.kind === 'replace' ? `${quote(amendment.expected, 40)} → ${quote(amendment.proposed, 40)}` : quote(amendment.expected || amendment.proposed, 60);
      // Why it went stale in the reader's words: the overlapping amendment by its group and paragraph, never its id.
      const reason = amendment.status === 'stale' ? staleReasonText(t, amendment, groups, (id) => outline?.byId.get(id)) : '';
      const note = amendment.decision?.note ? ` — ${quote(amendment.decision.note, 200)}` : reason ? ` — ${reason}` : '';
      push({ tone: outcome.tone, title: t(outcome.key), message: `${paragraphLabel(t, paragraph)} — ${what}${note}` });
    },
    [myParticipantId, push, t, groups],
  );
}
