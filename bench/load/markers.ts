/**
 * Edits carry their own identity and send time in the text they insert, so any client can tell
 * which edit arrived and how long it took: ` [w<writer>#<seq>@<ms>]`.
 */
export interface EditMarker {
  writer: number;
  seq: number;
  /** performance.timeOrigin + performance.now() at the writer, in ms. */
  sentAt: number;
}

const MARKER = /\[w(\d+)#(\d+)@(\d+\.\d+)\]/g;

/** A clock shared by every worker thread of one process (hrtime-based, ms with µs resolution). */
export function clock(): number {
  return performance.timeOrigin + performance.now();
}

export function markerText(writer: number, seq: number, sentAt: number): string {
  return ` [w${writer}#${seq}@${sentAt.toFixed(3)}]`;
}

export function readMarkers(text: string): EditMarker[] {
  const found: EditMarker[] = [];
  for (const match of text.matchAll(MARKER)) {
    found.push({ writer: Number(match[1]), seq: Number(match[2]), sentAt: Number(match[3]) });
  }
  return found;
}

/** One number per edit, for maps and sets: writer and sequence packed together. */
const KEY_BASE = 10_000_000;

export function editKey(writer: number, seq: number): number {
  return writer * KEY_BASE + seq;
}

export const editWriter = (key: number): number => Math.floor(key / KEY_BASE);
export const editSeq = (key: number): number => key % KEY_BASE;
