/** Keyboard shortcuts written the way this platform writes them (⌘⌥1 on a Mac, Ctrl+Alt+1 elsewhere). */
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const MAC_KEYS: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧', Ctrl: '⌃' };
const OTHER_KEYS: Record<string, string> = { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Ctrl: 'Ctrl' };
const NAMED_KEYS: Record<string, string> = { Escape: 'Esc' };

/** A letter key is written in capitals; a named key (Tab, Esc) as it is. */
const keyName = (part: string): string => NAMED_KEYS[part] ?? (part.length === 1 ? part.toUpperCase() : part);

/** `Mod-Alt-1` → `⌘⌥1` or `Ctrl+Alt+1`. */
export function displayShortcut(spec: string): string {
  const parts = spec.split('-').map((part) => (isMac ? MAC_KEYS : OTHER_KEYS)[part] ?? keyName(part));
  return isMac ? parts.join('') : parts.join('+');
}
