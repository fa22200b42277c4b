/** What the formatting toolbar offers, with the shortcut each action already has in the editor. */
import type { BlockKind } from '../../shared/document/kinds.js';
import type { MessageKey } from '../i18n/messages';

export type EditableKind = Exclude<BlockKind, 'title'>;

export interface KindItem {
  kind: EditableKind;
  label: MessageKey;
  shortcut: string;
  /** A small glyph that hints at how the kind looks in the text. */
  glyph: string;
}

export const KIND_ITEMS: readonly KindItem[] = [
  { kind: 'heading', label: 'kind.heading', shortcut: 'Mod-Alt-1', glyph: 'H' },
  { kind: 'preambular', label: 'kind.preambular', shortcut: 'Mod-Alt-2', glyph: '¶' },
  { kind: 'operative', label: 'kind.operative', shortcut: 'Mod-Alt-3', glyph: '1.' },
  { kind: 'subparagraph', label: 'kind.subparagraph', shortcut: 'Mod-Alt-4', glyph: '(a)' },
];

export type MarkName = 'bold' | 'italic' | 'underline' | 'strike';

export interface MarkItem {
  mark: MarkName;
  label: MessageKey;
  shortcut: string;
  glyph: string;
}

export const MARK_ITEMS: readonly MarkItem[] = [
  { mark: 'bold', label: 'mark.bold', shortcut: 'Mod-B', glyph: 'B' },
  { mark: 'italic', label: 'mark.italic', shortcut: 'Mod-I', glyph: 'I' },
  { mark: 'underline', label: 'mark.underline', shortcut: 'Mod-U', glyph: 'U' },
  { mark: 'strike', label: 'mark.strike', shortcut: 'Mod-Shift-S', glyph: 'S' },
];
