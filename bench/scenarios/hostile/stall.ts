/** Event-loop stalls as seen from outside: the gaps between a server's answers to a steady probe. */

/** A gap between two answers at least this long is the server not answering normally (the target). */
export const NORMAL_GAP_MS = 50;

export interface Stall {
  /** The longest gap between two answers (or since the last one) overlapping the window. */
  longestGapMs: number;
  /** From the window's start until the end of its last gap of NORMAL_GAP_MS or more; 0 if there was none. */
  recoveryMs: number;
}

/** `answers`: answer times in ascending order (one clock for all threads); the window is [start, end]. */
export function stallBetween(answers: readonly number[], start: number, end: number): Stall {
  let previous = start;
  const first = lastIndexBefore(answers, start);
  if (first >= 0) previous = answers[first] ?? start;
  let longest = 0;
  let lastLongEnd = start;
  for (let index = first + 1; index < answers.length; index += 1) {
    const at = answers[index] ?? end;
    if (at > end) break;
    const gap = at - previous;
    if (gap > longest) longest = gap;
    if (gap >= NORMAL_GAP_MS) lastLongEnd = at;
    previous = at;
  }
  // A probe still waiting at the end is a gap too: the server has not answered it yet.
  const open = end - previous;
  if (open > longest) longest = open;
  if (open >= NORMAL_GAP_MS) lastLongEnd = end;
  return { longestGapMs: longest, recoveryMs: lastLongEnd - start };
}

/** Milliseconds since the end of the last long gap before `now` (how long the server has answered normally). */
export function normalFor(answers: readonly number[], since: number, now: number): number {
  const { recoveryMs } = stallBetween(answers, since, now);
  return now - (since + recoveryMs);
}

function lastIndexBefore(answers: readonly number[], time: number): number {
  let low = 0;
  let high = answers.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((answers[middle] ?? Infinity) < time) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
