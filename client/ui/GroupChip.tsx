/** A stakeholder group's name with its colour: the same colour as its carets and avatars. */
import type { StakeholderGroup } from '../../shared/groups.js';
import { useI18n } from '../i18n/I18nProvider';
import { groupLabel } from '../i18n/labels';

export function GroupChip({ group, fallbackId }: { group: StakeholderGroup | undefined; fallbackId?: string }) {
  const { t } = useI18n();
  const name = group ? groupLabel(t, group) : (fallbackId ?? '—');
  return (
    <span className="group-chip" style={{ '--group-color': group?.color ?? 'var(--color-muted)' }}>
      <span className="group-chip__dot" aria-hidden="true" />
      {name}
    </span>
  );
}
