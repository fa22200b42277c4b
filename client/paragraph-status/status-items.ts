/** The four statuses the chair sets, with their toolbar glyph and keyboard shortcut (agreed ad ref, added last, on 0). */
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import type { MessageKey } from '../i18n/messages';

export interface StatusItem {
  status: ParagraphStatus;
  label: MessageKey;
  glyph: string;
  /** Follows the paragraph kinds' Mod-Alt-1…4. */
  shortcut: string;
  /** `KeyboardEvent.code`, so the shortcut works whatever the keyboard layout. */
  code: string;
}

export const STATUS_ITEMS: readonly StatusItem[] = [
  { status: 'open', label: 'status.open', glyph: '○', shortcut: 'Mod-Alt-7', code: 'Digit7' },
  { status: 'bracketed', label: 'status.bracketed', glyph: '[ ]', shortcut: 'Mod-Alt-8', code: 'Digit8' },
  { status: 'agreed-ad-ref', label: 'status.agreedAdRef', glyph: '(✓)', shortcut: 'Mod-Alt-0', code: 'Digit0' },
  { status: 'agreed', label: 'status.agreed', glyph: '✓', shortcut: 'Mod-Alt-9', code: 'Digit9' },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The status a key press asks for, if it is one of the shortcuts. */
export function statusForKey(event: KeyboardEvent): ParagraphStatus | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (!mod || !event.altKey || event.shiftKey) return null;
  return STATUS_ITEMS.find((item) => item.code === event.code)?.status ?? null;
}
