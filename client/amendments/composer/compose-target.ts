/** What the composer starts from: the selection (text to replace or delete), the cursor (a place to insert) or a paragraph. */
import type { EditorState } from '@tiptap/pm/state';
import type { AmendmentKind } from '../../../shared/amendments/amendment-schemas.js';
import { paragraphAt, type ParagraphIndex } from '../inline/paragraph-index';
import { anchorFor, type TextAnchor } from '../inline/text-location';

export interface ComposeTarget {
  /** The paragraph the selection or cursor is in (null when it is in none, e.g. nothing focused yet). */
  paragraphId: string | null;
  /** The selected text or insertion point, with its context, to find it again at submit time. */
  anchor: TextAnchor | null;
  /** The selection ran across paragraphs: only whole-paragraph kinds are offered. */
  crossParagraph: boolean;
  kind: AmendmentKind;
}

export function textKindsFor(target: ComposeTarget): AmendmentKind[] {
  if (!target.anchor || target.crossParagraph) return [];
  return target.anchor.expected === '' ? ['insert'] : ['replace', 'delete'];
}

export function kindsFor(target: ComposeTarget): AmendmentKind[] {
  return [...textKindsFor(target), 'insert-paragraph', 'delete-paragraph'];
}

export function targetFromSelection(state: EditorState, index: ParagraphIndex, preset?: AmendmentKind): ComposeTarget {
  const { from, to } = state.selection;
  const start = paragraphAt(index, from);
  const end = paragraphAt(index, to);
  const crossParagraph = Boolean(start && end && start !== end) || (Boolean(start) !== Boolean(end));
  const anchor = start && !crossParagraph ? anchorFor(start, from - start.start, to - start.start) : null;
  const fallback: AmendmentKind = anchor ? (anchor.expected === '' ? 'insert' : 'replace') : 'insert-paragraph';
  const target = { paragraphId: start?.id ?? null, anchor, crossParagraph, kind: fallback };
  return { ...target, kind: preset && kindsFor(target).includes(preset) ? preset : fallback };
}
