/** How other people's carets and selections look: their name on a flag, in their group's colour. */
import type { DecorationAttrs } from '@tiptap/pm/view';
import type { StakeholderGroup } from '../../shared/groups.js';
import { colourFor } from '../presence/group-color';

function field(user: Record<string, unknown>, key: string): string {
  const value = user[key];
  return typeof value === 'string' ? value : '';
}

export function caretRenderer(groups: readonly StakeholderGroup[]) {
  return (user: Record<string, unknown>): HTMLElement => {
    const colour = colourFor(groups, field(user, 'groupId'), field(user, 'color'));
    const caret = document.createElement('span');
    caret.className = 'collab-caret';
    caret.style.setProperty('--group-color', colour);
    const label = document.createElement('span');
    label.className = 'collab-caret__label';
    label.textContent = field(user, 'name') || '…';
    caret.append(label);
    return caret;
  };
}

export function selectionRenderer(groups: readonly StakeholderGroup[]) {
  return (user: Record<string, unknown>): DecorationAttrs => {
    const colour = colourFor(groups, field(user, 'groupId'), field(user, 'color'));
    // 8-digit hex: the group colour at about 20 % opacity.
    return { nodeName: 'span', class: 'collab-selection', style: `background-color: ${colour}33` };
  };
}
