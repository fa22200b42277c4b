/**
 * Whether a local transaction would break the document limits, judged from its steps and the sizes
 * ProseMirror keeps on every node, so a keystroke in a long document costs no scan of its text.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { DocumentLimits, LimitBreach } from '../../../shared/collab/limits.js';

/**
 * Top-level blocks the transaction adds. Net growth, because the Yjs binding rewrites a block of the
 * same kind in place rather than inserting a new one, so growth is what the update sent will add.
 */
export function blocksAdded(tr: Transaction): number {
  return Math.max(0, tr.doc.childCount - tr.before.childCount);
}

interface Range {
  from: number;
  to: number;
}

/** The span of the final document the steps wrote into, or null for changes of attributes only. */
function changedRange(tr: Transaction): Range | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  tr.steps.forEach((step, index) => {
    const later = tr.mapping.slice(index + 1);
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, later.map(newStart, -1));
      to = Math.max(to, later.map(newEnd, 1));
    });
  });
  return from <= to ? { from, to } : null;
}

/**
 * The longest top-level block around a range, in characters: a text block's content size counts each
 * character and each hard break once, as the paragraph texts of the API do. One position either side,
 * so that a join of two blocks (a range of no width) still finds the block it made.
 */
function longestBlockAround(doc: PmNode, { from, to }: Range): number {
  let longest = 0;
  doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, to + 1), (node) => {
    longest = Math.max(longest, node.content.size);
    return false;
  });
  return longest;
}

/**
 * `unsentAdded`: blocks added by earlier changes the server has not received yet (made offline); on
 * reconnect they all travel in one update, so they count against the same per-update limit.
 */
export function findBreach(tr: Transaction, limits: DocumentLimits, unsentAdded = 0): LimitBreach | null {
  const added = blocksAdded(tr);
  if (added > 0 && unsentAdded + added > limits.maxBlocksPerUpdate) {
    return { limit: 'blocksPerUpdate', found: unsentAdded + added, max: limits.maxBlocksPerUpdate };
  }
  if (added > 0 && tr.doc.childCount > limits.maxBlocksPerDocument) {
    return { limit: 'blocksPerDocument', found: tr.doc.childCount, max: limits.maxBlocksPerDocument };
  }
  // No block can be longer than the whole text.
  if (tr.doc.content.size <= limits.maxParagraphChars) return null;
  const range = changedRange(tr);
  if (!range) return null;
  const longest = longestBlockAround(tr.doc, range);
  if (longest <= limits.maxParagraphChars) return null;
  // A block already over the limit (from before it existed) may still be shortened.
  const back = tr.mapping.invert();
  const before = longestBlockAround(tr.before, { from: back.map(range.from, -1), to: back.map(range.to, 1) });
  return longest > before ? { limit: 'paragraphChars', found: longest, max: limits.maxParagraphChars } : null;
}
