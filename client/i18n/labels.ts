/** Translated names of roles and of the default stakeholder groups. */
import { DEFAULT_GROUPS, type StakeholderGroup } from '../../shared/groups.js';
import { roleSchema, type Role } from '../../shared/roles.js';
import type { Translate } from './I18nProvider';
import type { MessageKey } from './messages';

const ROLE_KEYS: Record<Role, MessageKey> = {
  chair: 'role.chair',
  drafter: 'role.drafter',
  stakeholder: 'role.stakeholder',
  observer: 'role.observer',
};

const DEFAULT_GROUP_KEYS: Record<string, MessageKey> = {
  governments: 'group.governments',
  'private-sector': 'group.private-sector',
  'civil-society': 'group.civil-society',
  'technical-community': 'group.technical-community',
  academia: 'group.academia',
  'international-organizations': 'group.international-organizations',
};

export function roleLabel(t: Translate, role: Role): string {
  return t(ROLE_KEYS[role]);
}

/** For roles read from untrusted places (presence): unknown values are shown as they are. */
export function anyRoleLabel(t: Translate, role: string): string {
  const parsed = roleSchema.safeParse(role);
  return parsed.success ? roleLabel(t, parsed.data) : role;
}

/** A document may name its own groups; only an unchanged default group gets the translated name. */
export function groupLabel(t: Translate, group: StakeholderGroup): string {
  const key = DEFAULT_GROUP_KEYS[group.id];
  const isDefault = DEFAULT_GROUPS.some((candidate) => candidate.id === group.id && candidate.name === group.name);
  return key && isDefault ? t(key) : group.name;
}
