/**
 * Word-level changes inside one paragraph, with a bound on the work: two texts too different to
 * compare word by word cheaply are shown as one replacement (the old text deleted, the new inserted).
 */
import { diffWordsWithSpace } from 'diff';
import type { DiffSegment } from './revision-schemas.js';

/** The most words inserted plus deleted that one paragraph's word diff may find (about 6 ms of work). */
export const MAX_PARAGRAPH_EDITS = 300;
/**
 * The word diff (Myers) costs about the square of the edits it explores (some 55 ns each), so a whole
 * comparison gets that much, about 20 ms: three paragraphs at the bound, or thousands with a few
 * words changed each.
 */
export const COMPARISON_DIFF_WORK = 300_000;
/** Once the budget is spent, paragraphs with a handful of changed words still diff cheaply. */
const MIN_PARAGRAPH_EDITS = 20;

export interface ParagraphDiff {
  segments: DiffSegment[];
  /** True when the word diff gave up at its bound and the segments are one whole replacement. */
  replacedWhole: boolean;
}

/** What is left of one comparison's diff work; each paragraph's diff draws on it. */
export class DiffBudget {
  private remaining: number;

  constructor(work = COMPARISON_DIFF_WORK) {
    this.remaining = work;
  }

  maxEdits(): number {
    return Math.max(MIN_PARAGRAPH_EDITS, Math.min(MAX_PARAGRAPH_EDITS, Math.floor(Math.sqrt(this.remaining))));
  }

  spend(edits: number): void {
    this.remaining = Math.max(0, this.remaining - edits * edits);
  }
}

function wholeReplacement(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  if (before) segments.push({ type: 'delete', text: before });
  if (after) segments.push({ type: 'insert', text: after });
  return segments;
}

export function wordDiff(before: string, after: string, budget: DiffBudget = new DiffBudget()): ParagraphDiff {
  if (before === after) return { segments: before ? [{ type: 'equal', text: before }] : [], replacedWhole: false };
  if (!before || !after) return { segments: wholeReplacement(before, after), replacedWhole: false };
  const maxEditLength = budget.maxEdits();
  const parts = diffWordsWithSpace(before, after, { maxEditLength });
  if (!parts) {
    budget.spend(maxEditLength);
    return { segments: wholeReplacement(before, after), replacedWhole: true };
  }
  budget.spend(parts.reduce((edits, part) => edits + (part.added || part.removed ? part.count : 0), 0));
  return {
    segments: parts.map((part) => ({ type: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value })),
    replacedWhole: false,
  };
}
