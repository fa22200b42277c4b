/** A person's name in their stakeholder group's colour (the group named on hover). */
import { findGroup, type StakeholderGroup } from '../../shared/groups.js';
import { useI18n } from '../i18n/I18nProvider';
import { groupLabel } from '../i18n/labels';
import { NEUTRAL_COLOUR } from '../presence/group-color';

interface PersonChipProps {
  person: { name: string; groupId: string };
  groups: readonly StakeholderGroup[];
  /** Extra words after the name, e.g. how many changes. */
  detail?: string;
}

export function PersonChip({ person, groups, detail }: PersonChipProps) {
  const { t } = useI18n();
  const group = findGroup(groups, person.groupId);
  const groupName = group ? groupLabel(t, group) : person.groupId;
  return (
    <span className="group-chip person-chip" style={{ '--group-color': group?.color ?? NEUTRAL_COLOUR }} title={groupName} data-testid="person-chip">
      <span className="group-chip__dot" aria-hidden="true" />
      {person.name}
      <span className="visually-hidden">, {groupName}</span>
      {detail && <span className="person-chip__detail">{detail}</span>}
    </span>
  );
}
