/** Every keyboard shortcut the shortcuts dialog lists, by where it works, in the editor's own notation. */
import type { MessageKey } from '../../i18n/messages';

export interface ShortcutEntry {
  /** Key specs as the editor writes them (`Mod-Alt-1`); several mean "one of these". */
  keys: readonly string[];
  action: MessageKey;
}

export interface ShortcutSection {
  title: MessageKey;
  entries: readonly ShortcutEntry[];
}

export const SHORTCUT_SECTIONS: readonly ShortcutSection[] = [
  {
    title: 'shortcuts.section.text',
    entries: [
      { keys: ['Tab', 'Shift-Tab'], action: 'shortcuts.tab' },
      { keys: ['Tab', 'Shift-Tab'], action: 'shortcuts.tabEmpty' },
      { keys: ['Mod-Alt-1', 'Mod-Alt-2', 'Mod-Alt-3', 'Mod-Alt-4'], action: 'shortcuts.kinds' },
      { keys: ['Mod-B', 'Mod-I', 'Mod-U', 'Mod-Shift-S'], action: 'shortcuts.marks' },
      { keys: ['Mod-Z', 'Mod-Shift-Z'], action: 'shortcuts.history' },
      { keys: ['Mod-Alt-M'], action: 'shortcuts.propose' },
      { keys: ['Mod-Alt-7', 'Mod-Alt-8', 'Mod-Alt-9', 'Mod-Alt-0'], action: 'shortcuts.status' },
    ],
  },
  {
    title: 'shortcuts.section.anywhere',
    entries: [
      { keys: ['Escape'], action: 'shortcuts.escape' },
      { keys: ['?'], action: 'shortcuts.help' },
    ],
  },
  { title: 'shortcuts.section.compare', entries: [{ keys: ['N', 'P'], action: 'shortcuts.changes' }] },
];

/** Whether a key press is the `?` that opens the list: not while typing in a field or in the text. */
export function opensShortcuts(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented'>, target: EventTarget | null): boolean {
  if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  if (target === null || typeof Element === 'undefined' || !(target instanceof Element)) return true;
  return !target.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""], dialog');
}
