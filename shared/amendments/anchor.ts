/**
 * Anchoring an amendment in the live text: Yjs relative positions bound so that typing at either edge
 * stays outside the range, plus the quoted text and its context to fall back on when a split, a join
 * or a change of paragraph kind breaks the positions.
 */
import * as Y from 'yjs';
import { blockText } from '../document/read-blocks.js';
import { locate, offsetOf, paragraphIndex, type ParagraphEntry } from '../document/paragraph-text.js';
import { FRAGMENT_NAME } from '../document/kinds.js';
import type { AmendmentKind } from './amendment-schemas.js';
import { contextAround, findQuote } from './context-match.js';

export interface TextAnchor {
  start: Uint8Array;
  end: Uint8Array;
  contextBefore: string;
  contextAfter: string;
}

export interface StoredAnchor {
  kind: AmendmentKind;
  paragraphId: string;
  start: Uint8Array | null;
  end: Uint8Array | null;
  expected: string;
  contextBefore: string;
  contextAfter: string;
}

export type Resolution =
  | { ok: true; paragraphId: string; element: Y.XmlElement; from: number; to: number; anchor: TextAnchor | null }
  | { ok: false; reason: string };

/** Creates the anchor of `[from, to)` in a paragraph; `undefined` when the offsets fall outside its text. */
export function createTextAnchor(paragraph: Y.XmlElement, from: number, to: number): TextAnchor | undefined {
  const text = blockText(paragraph);
  if (from < 0 || to > text.length || from > to) return undefined;
  const startAt = locate(paragraph, from, true);
  const endAt = locate(paragraph, to, false);
  if (!startAt || !endAt) return undefined;
  // Start sticks to the character after it and end to the one before: text typed at an edge stays outside.
  const start = Y.createRelativePositionFromTypeIndex(startAt.text, startAt.index, 0);
  const end = from === to ? start : Y.createRelativePositionFromTypeIndex(endAt.text, endAt.index, -1);
  const context = contextAround(text, from, to);
  return {
    start: Y.encodeRelativePosition(start),
    end: Y.encodeRelativePosition(end),
    contextBefore: context.before,
    contextAfter: context.after,
  };
}

function resolvePosition(doc: Y.Doc, encoded: Uint8Array): { text: Y.XmlText; index: number; paragraph: Y.XmlElement } | undefined {
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(encoded), doc);
  } catch {
    return undefined;
  }
  if (!absolute || !(absolute.type instanceof Y.XmlText)) return undefined;
  const text = absolute.type;
  const paragraph = text.parent;
  if (!(paragraph instanceof Y.XmlElement) || text._item?.deleted || paragraph._item?.deleted) return undefined;
  return { text, index: absolute.index, paragraph };
}

function resolveByPositions(doc: Y.Doc, anchor: StoredAnchor): Resolution | undefined {
  if (!anchor.start || !anchor.end) return undefined;
  const start = resolvePosition(doc, anchor.start);
  const end = resolvePosition(doc, anchor.end);
  if (!start || !end || start.paragraph !== end.paragraph) return undefined;
  if (start.paragraph.getAttribute('id') !== anchor.paragraphId) return undefined;
  const from = offsetOf(start.paragraph, start.text, start.index);
  const to = offsetOf(end.paragraph, end.text, end.index);
  if (from === undefined || to === undefined || to < from) return undefined;
  if (blockText(start.paragraph).slice(from, to) !== anchor.expected) return undefined;
  return { ok: true, paragraphId: anchor.paragraphId, element: start.paragraph, from, to, anchor: null };
}

function fallbackCandidates(doc: Y.Doc, index: Map<string, ParagraphEntry>, paragraphId: string): Y.XmlElement[] {
  const blocks = doc.getXmlFragment(FRAGMENT_NAME).toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
  const home = index.get(paragraphId);
  if (!home) return blocks;
  const at = blocks.indexOf(home.element);
  // A split moves text into the next block, a join into the previous one.
  return blocks.slice(Math.max(0, at - 1), at + 2);
}

function resolveByQuote(doc: Y.Doc, anchor: StoredAnchor, index: Map<string, ParagraphEntry>): Resolution {
  const candidates = fallbackCandidates(doc, index, anchor.paragraphId);
  const match = findQuote(candidates.map(blockText), anchor.expected, anchor.contextBefore, anchor.contextAfter);
  if (match === 'missing') return { ok: false, reason: 'the text it amends has changed' };
  if (match === 'ambiguous') return { ok: false, reason: 'the text it amends now appears in more than one place' };
  const element = candidates[match.candidate];
  const paragraphId = element?.getAttribute('id');
  if (!element || typeof paragraphId !== 'string') return { ok: false, reason: 'the paragraph it amends has no id' };
  const from = match.from;
  const to = from + anchor.expected.length;
  return { ok: true, paragraphId, element, from, to, anchor: createTextAnchor(element, from, to) ?? null };
}

/** Finds where an amendment applies in the live document now, or why it no longer can. */
export function resolveAnchor(doc: Y.Doc, anchor: StoredAnchor, index = paragraphIndex(doc)): Resolution {
  const home = index.get(anchor.paragraphId);
  if (anchor.kind === 'insert-paragraph') {
    return home
      ? { ok: true, paragraphId: anchor.paragraphId, element: home.element, from: 0, to: 0, anchor: null }
      : { ok: false, reason: 'the paragraph it follows was deleted' };
  }
  if (anchor.kind === 'delete-paragraph') {
    if (!home) return { ok: false, reason: 'the paragraph was already deleted' };
    const text = blockText(home.element);
    return text === anchor.expected
      ? { ok: true, paragraphId: anchor.paragraphId, element: home.element, from: 0, to: text.length, anchor: null }
      : { ok: false, reason: 'the paragraph has changed since the proposal' };
  }
  return resolveByPositions(doc, anchor) ?? resolveByQuote(doc, anchor, index);
}
