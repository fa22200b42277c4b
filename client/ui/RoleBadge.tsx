/** A participant's role as a small badge. */
import type { Role } from '../../shared/roles.js';
import { useI18n } from '../i18n/I18nProvider';
import { roleLabel } from '../i18n/labels';

export function RoleBadge({ role, describe = false }: { role: Role; describe?: boolean }) {
  const { t } = useI18n();
  const label = roleLabel(t, role);
  return (
    <span className={`role-badge role-badge--${role}`} title={describe ? t('role.badge', { role: label }) : undefined} data-testid={describe ? 'role-badge' : undefined}>
      {label}
    </span>
  );
}
