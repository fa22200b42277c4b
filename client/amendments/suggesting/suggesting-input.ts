/**
 * Turns input in suggesting mode into drafts instead of changes to the live text: typed and pasted
 * text, Backspace and Delete (which first take back one's own proposed characters), and, as a safety
 * net, any other local change to the document, read back as one contiguous change inside a paragraph.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { indexParagraphs, paragraphAt, type ParagraphIndex } from '../inline/paragraph-index';
import { changedRegion } from '../inline/text-location';
import { applyEdit, draftEndingAt, trimProposed } from './drafts';
import { suggestingKey, type SuggestingMeta, type SuggestingState } from './suggesting-state';

export type Refusal = 'cross-paragraph' | 'structure';

export interface SuggestingHandlers {
  /** Enter in suggesting mode: a new paragraph is proposed with the composer. */
  onEnter?: (paragraphId: string | null) => void;
  onRefused?: (reason: Refusal) => void;
  /** Space taken at the bottom of the view (the drafts tray), so the cursor is never scrolled under it. */
  bottomInset?: () => number;
}

function pluginState(view: EditorView): SuggestingState | undefined {
  return suggestingKey.getState(view.state);
}

function dispatchDrafts(view: EditorView, meta: SuggestingMeta, cursor?: number): void {
  const tr = view.state.tr.setMeta(suggestingKey, meta).setMeta('addToHistory', false);
  if (cursor !== undefined) tr.setSelection(TextSelection.create(tr.doc, Math.max(0, Math.min(cursor, tr.doc.content.size))));
  view.dispatch(tr.scrollIntoView());
}

/** Replaces document range `[from, to)` with `text` as a draft; the cursor lands after the change. */
export function suggestEdit(view: EditorView, handlers: SuggestingHandlers, from: number, to: number, text: string, cursorAt?: number): void {
  const state = pluginState(view);
  if (!state) return;
  const paragraph = paragraphAt(state.index, from);
  if (!paragraph || paragraphAt(state.index, to) !== paragraph) {
    handlers.onRefused?.('cross-paragraph');
    return;
  }
  const clean = text.replace(/\s*[\r\n]+\s*/g, ' ');
  const result = applyEdit(state.drafts, paragraph, from - paragraph.start, to - paragraph.start, clean);
  const cursor = cursorAt ?? (clean !== '' && result.draft ? paragraph.start + result.draft.to : from);
  dispatchDrafts(view, { type: 'drafts', drafts: result.drafts }, cursor);
}

function backspace(view: EditorView, handlers: SuggestingHandlers): void {
  const state = pluginState(view);
  const { from, to, empty } = view.state.selection;
  if (!state) return;
  if (!empty) {
    suggestEdit(view, handlers, from, to, '', from);
    return;
  }
  const paragraph = paragraphAt(state.index, from);
  if (!paragraph) return;
  const offset = from - paragraph.start;
  const own = draftEndingAt(state.drafts, paragraph.id, offset);
  if (own) {
    dispatchDrafts(view, { type: 'drafts', drafts: trimProposed(state.drafts, own.id) });
    return;
  }
  // Joining paragraphs is not a text amendment: nothing happens at the start of one.
  if (offset === 0) return;
  suggestEdit(view, handlers, from - 1, from, '', from - 1);
}

function deleteForward(view: EditorView, handlers: SuggestingHandlers): void {
  const state = pluginState(view);
  const { from, to, empty } = view.state.selection;
  if (!state) return;
  if (!empty) {
    suggestEdit(view, handlers, from, to, '', from);
    return;
  }
  const paragraph = paragraphAt(state.index, from);
  if (!paragraph || from - paragraph.start >= paragraph.text.length) return;
  suggestEdit(view, handlers, from, from + 1, '', from + 1);
}

function paragraphIdAtCursor(view: EditorView): string | null {
  const state = pluginState(view);
  return (state && paragraphAt(state.index, view.state.selection.from)?.id) ?? null;
}

export function handleSuggestingKey(view: EditorView, event: KeyboardEvent, handlers: SuggestingHandlers): boolean {
  const mod = event.metaKey || event.ctrlKey;
  const key = event.key.toLowerCase();
  if (event.key === 'Backspace' && !mod && !event.altKey) {
    backspace(view, handlers);
    return true;
  }
  if (event.key === 'Delete' && !mod && !event.altKey) {
    deleteForward(view, handlers);
    return true;
  }
  if (event.key === 'Enter') {
    if (!mod && !event.shiftKey && !event.altKey) handlers.onEnter?.(paragraphIdAtCursor(view));
    return true;
  }
  if (mod && !event.altKey && (key === 'z' || key === 'y')) {
    // Undo and redo act on one's drafts: the live text's own history must not move in this mode.
    dispatchDrafts(view, { type: (key === 'z' && !event.shiftKey) ? 'undo' : 'redo' });
    return true;
  }
  return false;
}

/** Typing, autocorrect and the like, caught before the browser changes the page. */
export function handleSuggestingBeforeInput(view: EditorView, event: InputEvent, handlers: SuggestingHandlers): boolean {
  const { from, to } = view.state.selection;
  switch (event.inputType) {
    case 'insertText':
    case 'insertReplacementText': {
      const text = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
      const range = event.getTargetRanges()[0];
      let start = from;
      let end = to;
      if (event.inputType === 'insertReplacementText' && range) {
        start = view.posAtDOM(range.startContainer, range.startOffset);
        end = view.posAtDOM(range.endContainer, range.endOffset);
      }
      event.preventDefault();
      suggestEdit(view, handlers, start, end, text);
      return true;
    }
    case 'insertParagraph':
    case 'insertLineBreak':
      event.preventDefault();
      handlers.onEnter?.(paragraphIdAtCursor(view));
      return true;
    case 'historyUndo':
    case 'historyRedo':
      event.preventDefault();
      dispatchDrafts(view, { type: event.inputType === 'historyUndo' ? 'undo' : 'redo' });
      return true;
    default:
      if (event.inputType.startsWith('format')) {
        event.preventDefault();
        return true;
      }
      return false;
  }
}

/** Reads a blocked local change back as one edit inside one paragraph, when it is one. */
export function editBetween(before: ParagraphIndex, after: PmNode): { from: number; to: number; text: string } | null {
  const next = indexParagraphs(after);
  if (before.list.length !== next.list.length) return null;
  let changed: { old: ParagraphIndex['list'][number]; now: ParagraphIndex['list'][number] } | null = null;
  for (let i = 0; i < before.list.length; i += 1) {
    const old = before.list[i];
    const now = next.list[i];
    if (!old || !now || old.id !== now.id || old.kind !== now.kind) return null;
    if (old.text === now.text) continue;
    if (changed) return null;
    changed = { old, now };
  }
  if (!changed) return null;
  const region = changedRegion(changed.old.text, changed.now.text);
  if (!region) return null;
  return {
    from: changed.old.start + region.start,
    to: changed.old.start + region.oldEnd,
    text: changed.now.text.slice(region.start, region.newEnd),
  };
}

