/** Stakeholder groups: the default WSIS set and the colour each group carries everywhere. */
import { z } from 'zod';

export const groupSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'group id: lowercase letters, digits and dashes'),
  name: z.string().trim().min(1).max(80),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'colour as #rrggbb'),
});
export type StakeholderGroup = z.infer<typeof groupSchema>;

export const DEFAULT_GROUPS: readonly StakeholderGroup[] = [
  { id: 'governments', name: 'Governments', color: '#1f5fbf' },
  { id: 'private-sector', name: 'Private sector', color: '#c2410c' },
  { id: 'civil-society', name: 'Civil society', color: '#15803d' },
  { id: 'technical-community', name: 'Technical community', color: '#7e22ce' },
  { id: 'academia', name: 'Academia', color: '#b45309' },
  { id: 'international-organizations', name: 'International organizations', color: '#0e7490' },
];

export function findGroup(groups: readonly StakeholderGroup[], id: string): StakeholderGroup | undefined {
  return groups.find((group) => group.id === id);
}
