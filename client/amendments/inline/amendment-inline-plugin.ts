/**
 * Shows the open amendments inline in the editor, as decorations only (the shared text is never
 * touched): deletions struck through and insertions in the proposing group's colour, new paragraphs as
 * ghost blocks, deleted paragraphs struck. Also tracks which amendment is under the cursor.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import type { GroupLook } from '../amendment-labels';
import { deletedParagraphDecoration, deletionDecorations, ghostParagraphWidget, insertionWidget, type ChangeMark, type TextSpan } from './change-decorations';
import { locateAll } from './locate-amendments';
import { indexParagraphs, type ParagraphIndex } from './paragraph-index';
import type { Located } from './text-location';

export interface InlineLook {
  groups: ReadonlyMap<string, GroupLook>;
  /** "Proposed new paragraph — {group}", already translated. */
  newParagraphLabel: (groupName: string) => string;
}

export interface InlineState {
  amendments: readonly AmendmentView[];
  look: InlineLook;
  index: ParagraphIndex;
  located: ReadonlyMap<string, Located>;
  activeId: string | null;
  decorations: DecorationSet;
}

type InlineMeta = { amendments?: readonly AmendmentView[]; look?: InlineLook };

export const amendmentInlineKey = new PluginKey<InlineState>('amendmentInline');

const FALLBACK_COLOUR = '#64748b';

function activeAt(state: Pick<InlineState, 'amendments' | 'located' | 'index'>, head: number): string | null {
  let best: { id: string; size: number } | null = null;
  for (const amendment of state.amendments) {
    const place = state.located.get(amendment.id);
    const paragraph = place && state.index.byId.get(place.paragraphId);
    if (!place || !paragraph) continue;
    const whole = amendment.kind === 'insert-paragraph' || amendment.kind === 'delete-paragraph';
    const from = whole ? paragraph.start : paragraph.start + place.from;
    const to = whole ? paragraph.start + paragraph.text.length : paragraph.start + place.to;
    // Text changes win over whole-paragraph ones, and the narrowest over the wider.
    const size = whole ? Number.MAX_SAFE_INTEGER : to - from;
    if (head >= from && head <= to && (!best || size <= best.size)) best = { id: amendment.id, size };
  }
  return best?.id ?? null;
}

function decorate(state: EditorState, inline: Omit<InlineState, 'decorations'>): DecorationSet {
  const spans: TextSpan[] = [];
  const others: Decoration[] = [];
  inline.amendments.forEach((amendment, order) => {
    const place = inline.located.get(amendment.id);
    const paragraph = place && inline.index.byId.get(place.paragraphId);
    if (!place || !paragraph) return;
    const group = inline.look.groups.get(amendment.author.groupId);
    const mark: ChangeMark = {
      id: amendment.id,
      color: group?.color ?? FALLBACK_COLOUR,
      classes: amendment.id === inline.activeId ? 'is-active' : '',
      attrs: { 'data-amendment-id': amendment.id, 'data-testid': 'inline-amendment', 'data-kind': amendment.kind },
    };
    if (amendment.kind === 'insert-paragraph') {
      const label = inline.look.newParagraphLabel(group?.name ?? amendment.author.groupId);
      others.push(ghostParagraphWidget(paragraph.pos + paragraph.nodeSize, label, amendment.proposed, mark, order));
    } else if (amendment.kind === 'delete-paragraph') {
      others.push(deletedParagraphDecoration(paragraph.pos, paragraph.nodeSize, mark));
    } else {
      if (place.to > place.from) spans.push({ from: paragraph.start + place.from, to: paragraph.start + place.to, mark });
      if (amendment.proposed) others.push(insertionWidget(paragraph.start + place.to, amendment.proposed, mark, 'amendment-ins', order));
    }
  });
  return DecorationSet.create(state.doc, [...deletionDecorations(spans, 'amendment-del'), ...others]);
}

function next(tr: Transaction, previous: InlineState, state: EditorState): InlineState {
  const meta = tr.getMeta(amendmentInlineKey) as InlineMeta | undefined;
  if (!meta && !tr.docChanged && !tr.selectionSet) return previous;
  const index = tr.docChanged ? indexParagraphs(state.doc) : previous.index;
  const amendments = meta?.amendments ?? previous.amendments;
  const look = meta?.look ?? previous.look;
  const located = meta?.amendments || tr.docChanged ? locateAll(amendments, previous, index) : previous.located;
  const activeId = activeAt({ amendments, located, index }, state.selection.head);
  const unchanged = !meta && !tr.docChanged && activeId === previous.activeId;
  if (unchanged) return previous;
  const base = { amendments, look, index, located, activeId };
  return { ...base, decorations: decorate(state, base) };
}

/** Hands the editor the current amendments (and how to draw each group). */
export function setInlineAmendments(state: EditorState, meta: InlineMeta): Transaction {
  return state.tr.setMeta(amendmentInlineKey, meta).setMeta('addToHistory', false);
}

export const AmendmentInline = Extension.create({
  name: 'amendmentInline',
  addProseMirrorPlugins() {
    return [
      new Plugin<InlineState>({
        key: amendmentInlineKey,
        state: {
          init: (_config, state) => ({
            amendments: [],
            look: { groups: new Map(), newParagraphLabel: (name) => name },
            index: indexParagraphs(state.doc),
            located: new Map(),
            activeId: null,
            decorations: DecorationSet.empty,
          }),
          apply: (tr, previous, _old, state) => next(tr, previous, state),
        },
        props: {
          decorations: (state) => amendmentInlineKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
