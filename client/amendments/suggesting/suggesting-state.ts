/** The suggesting-mode plugin's state: whether it is on, the pending drafts with their undo history, and how to draw them. */
import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import { deletionDecorations, insertionWidget, type ChangeMark, type TextSpan } from '../inline/change-decorations';
import { indexParagraphs, type ParagraphIndex } from '../inline/paragraph-index';
import { followText, type Draft } from './drafts';

export interface SuggestingState {
  enabled: boolean;
  /** Always on: this person may not edit the text directly. */
  forced: boolean;
  drafts: readonly Draft[];
  past: ReadonlyArray<readonly Draft[]>;
  future: ReadonlyArray<readonly Draft[]>;
  index: ParagraphIndex;
  color: string;
  decorations: DecorationSet;
}

export type SuggestingMeta =
  | { type: 'enable'; on: boolean }
  | { type: 'drafts'; drafts: readonly Draft[] }
  /** Gone for good (submitted): not undoable. */
  | { type: 'forget'; id: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'color'; color: string };

export const suggestingKey = new PluginKey<SuggestingState>('suggesting');

const HISTORY = 100;

function decorate(state: EditorState, drafts: readonly Draft[], index: ParagraphIndex, color: string): DecorationSet {
  if (drafts.length === 0) return DecorationSet.empty;
  const spans: TextSpan[] = [];
  const widgets: Decoration[] = [];
  drafts.forEach((draft, order) => {
    const paragraph = index.byId.get(draft.paragraphId);
    if (!paragraph || draft.lost) return;
    const mark: ChangeMark = { id: draft.id, color, classes: 'is-draft', attrs: { 'data-draft-id': draft.id, 'data-testid': 'draft-inline' } };
    if (draft.to > draft.from) spans.push({ from: paragraph.start + draft.from, to: paragraph.start + draft.to, mark });
    if (draft.proposed) widgets.push(insertionWidget(paragraph.start + draft.to, draft.proposed, mark, 'amendment-ins', order));
  });
  return DecorationSet.create(state.doc, [...deletionDecorations(spans, 'amendment-del'), ...widgets]);
}

export function initialState(state: EditorState, forced: boolean): SuggestingState {
  return { enabled: forced, forced, drafts: [], past: [], future: [], index: indexParagraphs(state.doc), color: '#64748b', decorations: DecorationSet.empty };
}

function sameDrafts(a: readonly Draft[], b: readonly Draft[]): boolean {
  return a.length === b.length && a.every((draft, i) => {
    const other = b[i];
    return other !== undefined && draft.id === other.id && draft.from === other.from && draft.to === other.to && draft.proposed === other.proposed && draft.lost === other.lost && draft.paragraphId === other.paragraphId;
  });
}

export function applySuggesting(tr: Transaction, previous: SuggestingState, state: EditorState): SuggestingState {
  const meta = tr.getMeta(suggestingKey) as SuggestingMeta | undefined;
  if (!meta && !tr.docChanged) return previous;
  let { enabled, drafts, past, future, color } = previous;
  const index = tr.docChanged ? indexParagraphs(state.doc) : previous.index;
  if (tr.docChanged) {
    const followed = followText(drafts, previous.index, index);
    if (!sameDrafts(followed, drafts)) drafts = followed;
    // Undo must bring back drafts where their text is now, not where it was.
    past = past.map((entry) => followText(entry, previous.index, index));
    future = future.map((entry) => followText(entry, previous.index, index));
  }
  if (meta?.type === 'enable') enabled = previous.forced || meta.on;
  else if (meta?.type === 'color') color = meta.color;
  else if (meta?.type === 'drafts') {
    past = [...past.slice(-(HISTORY - 1)), drafts];
    future = [];
    drafts = meta.drafts;
  } else if (meta?.type === 'forget') {
    drafts = drafts.filter((draft) => draft.id !== meta.id);
    past = past.map((entry) => entry.filter((draft) => draft.id !== meta.id));
    future = future.map((entry) => entry.filter((draft) => draft.id !== meta.id));
  } else if (meta?.type === 'undo') {
    const last = past[past.length - 1];
    if (last) {
      future = [drafts, ...future];
      past = past.slice(0, -1);
      drafts = last;
    }
  } else if (meta?.type === 'redo') {
    const first = future[0];
    if (first) {
      past = [...past, drafts];
      future = future.slice(1);
      drafts = first;
    }
  }
  const redraw = tr.docChanged || drafts !== previous.drafts || color !== previous.color;
  return {
    enabled,
    forced: previous.forced,
    drafts,
    past,
    future,
    index,
    color,
    decorations: redraw ? decorate(state, drafts, index, color) : previous.decorations,
  };
}
