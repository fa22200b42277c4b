/**
 * Where a text anchor (a paragraph id, offsets, the quoted text and its context) is in the editor's
 * document now: at its offsets if the quote is still there, else found again by quote and context as
 * the server does after a split or join; and how an anchor follows a paragraph's text through an edit.
 */
import { contextAround, findQuote } from '../../../shared/amendments/context-match.js';
import type { DocParagraph, ParagraphIndex } from './paragraph-index';

export interface TextAnchor {
  paragraphId: string;
  from: number | null;
  to: number | null;
  expected: string;
  contextBefore: string;
  contextAfter: string;
}

export interface Located {
  paragraphId: string;
  from: number;
  to: number;
}

function contextHolds(text: string, from: number, to: number, before: string, after: string): boolean {
  return text.slice(Math.max(0, from - before.length), from) === before && text.slice(to, to + after.length) === after;
}

function atOffsets(paragraph: DocParagraph, anchor: TextAnchor): Located | null {
  const { from, to } = anchor;
  if (from === null || to === null || to < from || to > paragraph.text.length) return null;
  if (paragraph.text.slice(from, to) !== anchor.expected) return null;
  // An insertion point has no quote of its own: only its context says it is still the right place.
  if (anchor.expected === '' && !contextHolds(paragraph.text, from, to, anchor.contextBefore, anchor.contextAfter)) return null;
  return { paragraphId: paragraph.id, from, to };
}

/** Finds the anchor in the document, or null when it is gone or ambiguous. */
export function locateAnchor(index: ParagraphIndex, anchor: TextAnchor): Located | null {
  const home = index.byId.get(anchor.paragraphId);
  const direct = home ? atOffsets(home, anchor) : null;
  if (direct) return direct;
  // A split moves text into the next block, a join into the previous one.
  const at = home ? index.list.indexOf(home) : -1;
  const candidates = at >= 0 ? index.list.slice(Math.max(0, at - 1), at + 2) : [];
  if (candidates.length === 0) return null;
  const match = findQuote(candidates.map((paragraph) => paragraph.text), anchor.expected, anchor.contextBefore, anchor.contextAfter);
  if (match === 'missing' || match === 'ambiguous') return null;
  const paragraph = candidates[match.candidate];
  return paragraph ? { paragraphId: paragraph.id, from: match.from, to: match.from + anchor.expected.length } : null;
}

/** The one region where two versions of a text differ: [start, oldEnd) became [start, newEnd). */
export function changedRegion(before: string, after: string): { start: number; oldEnd: number; newEnd: number } | null {
  if (before === after) return null;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start += 1;
  let tail = 0;
  while (tail < shortest - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail += 1;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * Moves `[from, to)` through an edit of its paragraph's text. Text typed at either edge stays outside
 * the range; an edit inside it returns null (the quoted text changed).
 */
export function mapRange(before: string, after: string, from: number, to: number): { from: number; to: number } | null {
  const region = changedRegion(before, after);
  if (!region) return { from, to };
  const { start, oldEnd } = region;
  const delta = region.newEnd - oldEnd;
  const insertion = start === oldEnd;
  const inside = insertion ? start > from && start < to : start < to && oldEnd > from;
  if (inside) return null;
  // What is left lies wholly before the range (typing at its start included) or wholly after it.
  const earlier = insertion ? start <= from : oldEnd <= from;
  return earlier ? { from: from + delta, to: to + delta } : { from, to };
}

/** Fresh quote and context for a range of a paragraph, to find it again later. */
export function anchorFor(paragraph: DocParagraph, from: number, to: number): TextAnchor & Located {
  const context = contextAround(paragraph.text, from, to);
  return { paragraphId: paragraph.id, from, to, expected: paragraph.text.slice(from, to), contextBefore: context.before, contextAfter: context.after };
}
