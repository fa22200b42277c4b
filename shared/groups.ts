/** Stakeholder groups: the default WSIS set and the colour each group carries everywhere. */
import { z } from 'zod';

export const groupSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'group id: lowercase letters, digits and dashes'),
  name: z.string().trim().min(1).max(80),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'colour as #rrggbb'),
});
export type StakeholderGroup = z.infer<typeof groupSchema>;

/**
 * One colour per default group, chosen to stay apart for everyone: at least 12 CIEDE2000 units from
 * every other under normal vision and simulated protanopia, deuteranopia and tritanopia, 5 units of
 * lightness apart in greyscale print, and at least 4.5:1 against white (initials are written on them).
 * tests/unit/group-colours.test.ts checks it.
 */
export const DEFAULT_GROUPS: readonly StakeholderGroup[] = [
  { id: 'governments', name: 'Governments', color: '#0f54be' },
  { id: 'private-sector', name: 'Private sector', color: '#c0360a' },
  { id: 'civil-society', name: 'Civil society', color: '#2c5340' },
  { id: 'technical-community', name: 'Technical community', color: '#4b2f6b' },
  { id: 'academia', name: 'Academia', color: '#472a02' },
  { id: 'international-organizations', name: 'International organizations', color: '#2a8476' },
];

/** The default colours before the colour-vision check: documents created with them show the new set. */
const RETIRED_DEFAULT_COLOURS: Readonly<Record<string, string>> = {
  governments: '#1f5fbf',
  'private-sector': '#c2410c',
  'civil-society': '#15803d',
  'technical-community': '#7e22ce',
  academia: '#b45309',
  'international-organizations': '#0e7490',
};

/** A document's groups with any retired default colour replaced by the current one; chosen colours stay. */
export function withCurrentDefaultColours(groups: readonly StakeholderGroup[]): StakeholderGroup[] {
  return groups.map((group) => {
    const retired = RETIRED_DEFAULT_COLOURS[group.id];
    const current = findGroup(DEFAULT_GROUPS, group.id);
    return retired && current && retired.toLowerCase() === group.color.toLowerCase() ? { ...group, color: current.color } : group;
  });
}

export function findGroup(groups: readonly StakeholderGroup[], id: string): StakeholderGroup | undefined {
  return groups.find((group) => group.id === id);
}
