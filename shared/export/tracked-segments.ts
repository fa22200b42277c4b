/**
 * The redline of one paragraph: its formatted runs and its open amendments become unchanged, deleted
 * and inserted segments attributed to groups. Every format's tracked variant is drawn from this.
 */
import type { InlineRun, TrackedSegment } from './export-model.js';

export interface TrackableAmendment {
  id: string;
  groupId: string;
  from: number | null;
  to: number | null;
  expected: string;
  proposed: string;
}

export type LeftOutReason = 'overlap' | 'not-found';

export interface TrackedParagraph {
  segments: TrackedSegment[];
  /** Ids of the amendments shown inline, in text order. */
  inline: string[];
  /** Amendments that could not be shown inline: they overlap one shown, or their text is not there. */
  leftOut: { id: string; reason: LeftOutReason }[];
}

interface Placed {
  amendment: TrackableAmendment;
  from: number;
  to: number;
  order: number;
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  if (a.from === a.to && b.from === b.to) return false; // two insertions at one place both show, in order
  if (a.from === a.to) return b.from < a.from && a.from < b.to;
  if (b.from === b.to) return a.from < b.from && b.from < a.to;
  return a.from < b.to && b.from < a.to;
}

/** The runs' pieces between two plain-text offsets, keeping their marks. */
export function sliceRuns(runs: readonly InlineRun[], from: number, to: number): InlineRun[] {
  const pieces: InlineRun[] = [];
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length;
    const first = Math.max(from, start);
    const last = Math.min(to, end);
    if (last > first) pieces.push({ text: run.text.slice(first - start, last - start), marks: run.marks });
    if (end >= to) break;
    start = end;
  }
  return pieces;
}

/**
 * Places amendments oldest first (the order given); one that overlaps an amendment already placed,
 * or whose expected text is not at its offsets, is left out for the renderer to list under the paragraph.
 */
export function trackSegments(runs: readonly InlineRun[], amendments: readonly TrackableAmendment[]): TrackedParagraph {
  const text = runs.map((run) => run.text).join('');
  const placed: Placed[] = [];
  const leftOut: TrackedParagraph['leftOut'] = [];
  amendments.forEach((amendment, order) => {
    const { from, to } = amendment;
    if (from === null || to === null || from < 0 || to < from || to > text.length || text.slice(from, to) !== amendment.expected) {
      leftOut.push({ id: amendment.id, reason: 'not-found' });
      return;
    }
    if (placed.some((other) => overlaps({ from, to }, other))) {
      leftOut.push({ id: amendment.id, reason: 'overlap' });
      return;
    }
    placed.push({ amendment, from, to, order });
  });
  placed.sort((a, b) => a.from - b.from || (a.to - a.from) - (b.to - b.from) || a.order - b.order);

  const segments: TrackedSegment[] = [];
  const same = (from: number, to: number) => {
    for (const piece of sliceRuns(runs, from, to)) segments.push({ type: 'same', ...piece, amendmentId: null, groupId: null });
  };
  let cursor = 0;
  for (const { amendment, from, to } of placed) {
    same(cursor, from);
    const attribution = { amendmentId: amendment.id, groupId: amendment.groupId };
    for (const piece of sliceRuns(runs, from, to)) segments.push({ type: 'deleted', ...piece, ...attribution });
    if (amendment.proposed.length > 0) segments.push({ type: 'inserted', text: amendment.proposed, marks: [], ...attribution });
    cursor = to;
  }
  same(cursor, text.length);
  return { segments, inline: placed.map((entry) => entry.amendment.id), leftOut };
}

/** The runs as one unchanged paragraph (the clean variant). */
export function cleanSegments(runs: readonly InlineRun[]): TrackedSegment[] {
  return runs.map((run) => ({ type: 'same', text: run.text, marks: run.marks, amendmentId: null, groupId: null }));
}
