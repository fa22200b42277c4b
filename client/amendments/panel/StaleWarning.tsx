/** Before accepting: the amendments the acceptance will turn stale, named as people know them (group, paragraph, words), never by id. */
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { excerpt, groupLook, paragraphLabel } from '../amendment-labels';
import { useAmendments } from '../store/amendments-context';
import { useCursor } from '../store/cursor-store';

export function StaleWarning({ staled, message }: { staled: readonly AmendmentView[]; message: string }) {
  const { t } = useI18n();
  const { summary } = useAmendments();
  const outline = useCursor((state) => state.outline);
  if (staled.length === 0) return null;
  return (
    <div className="notice notice--warning" role="note" data-testid="stale-warning">
      <p>{message}</p>
      <ul className="stale-warning__list">
        {staled.map((other) => (
          <li key={other.id} data-amendment-id={other.id}>
            {t('amendments.decision.staleItem', {
              group: groupLook(t, summary.groups, other.author.groupId).name,
              paragraph: paragraphLabel(t, outline?.byId.get(other.paragraphId)),
              text: t('amendments.quote', { text: excerpt(other.expected || other.proposed, 60) }),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
