/** What a decision on several could not decide, each named by paragraph, group and words, and why in the reader's language. */
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { excerpt, groupLook, paragraphLabel, STATUS_KEYS } from '../amendment-labels';
import type { BulkResult } from '../amendments-api';
import { useAmendmentList } from '../queries/use-amendment-list';
import { staleReasonText } from '../stale-reason';
import { useAmendments } from '../store/amendments-context';
import { useCursor } from '../store/cursor-store';

export function BulkFailures({ failed, ticked }: { failed: readonly BulkResult[]; ticked: readonly AmendmentView[] }) {
  const { t } = useI18n();
  const { summary } = useAmendments();
  const { amendments } = useAmendmentList();
  const outline = useCursor((state) => state.outline);
  const paragraphOf = (id: string) => outline?.byId.get(id);

  // The list as it is now (pushed events included) says why better than the server's English sentence.
  function why(result: BulkResult, now: AmendmentView | undefined): string {
    if (result.error?.code === 'paragraph_locked') return t('amendments.bulk.failedLocked');
    if (now?.status === 'stale') return t('amendments.card.stale', { reason: staleReasonText(t, now, summary.groups, paragraphOf) });
    if (now && now.status !== 'proposed') return t('amendments.bulk.failedDecided', { status: t(STATUS_KEYS[now.status]) });
    return t('amendments.bulk.failedChanged');
  }

  return (
    <div className="stack-small">
      <p>{t('amendments.bulk.failures')}</p>
      <ul className="bulk-failures" data-testid="bulk-failures">
        {failed.map((result) => {
          const asked = ticked.find((item) => item.id === result.id);
          const now = amendments.find((item) => item.id === result.id) ?? asked;
          const name = asked
            ? `${paragraphLabel(t, paragraphOf(asked.paragraphId))} · ${groupLook(t, summary.groups, asked.author.groupId).name} · ${t('amendments.quote', { text: excerpt(asked.expected || asked.proposed, 60) })}`
            : '';
          return (
            <li key={result.id}>
              <strong>{name}</strong> — {why(result, now)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
