/** The colour to draw a person in: their group's colour in this document, whatever a peer claims. */
import { findGroup, type StakeholderGroup } from '../../shared/groups.js';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
export const NEUTRAL_COLOUR = '#64748b';

export function colourFor(groups: readonly StakeholderGroup[], groupId: string, claimed?: string): string {
  const group = findGroup(groups, groupId);
  if (group) return group.color;
  return claimed && HEX_COLOUR.test(claimed) ? claimed : NEUTRAL_COLOUR;
}
