/** The co-sponsors of an amendment, grouped by stakeholder group: the groups behind it at a glance. */
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import type { StakeholderGroup } from '../../../shared/groups.js';
import { useI18n } from '../../i18n/I18nProvider';
import { groupLook } from '../amendment-labels';

export function Supporters({ amendment, groups }: { amendment: AmendmentView; groups: readonly StakeholderGroup[] }) {
  const { t } = useI18n();
  if (amendment.supporters.length === 0) return null;
  const byGroup = new Map<string, string[]>();
  for (const supporter of amendment.supporters) byGroup.set(supporter.groupId, [...(byGroup.get(supporter.groupId) ?? []), supporter.name]);
  return (
    <div className="supporters" data-testid="supporters">
      <span className="supporters__label">{t('amendments.card.cosponsors')}</span>
      <ul className="supporters__list">
        {[...byGroup].map(([groupId, names]) => {
          const look = groupLook(t, groups, groupId);
          return (
            <li key={groupId} className="group-chip" style={{ '--group-color': look.color }} title={names.join(', ')}>
              <span className="group-chip__dot" aria-hidden="true" />
              {look.name}
              {names.length > 1 && <span className="supporters__count">×{names.length}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
