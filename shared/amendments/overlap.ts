/** When accepting one amendment makes another impossible as written: the rule the server applies, and the warning the chair reads before. */
import type { AmendmentKind, AmendmentView } from './amendment-schemas.js';

/** Whether applying one change makes the other impossible as written. */
export function overlaps(
  kindA: AmendmentKind,
  a: { from: number; to: number },
  kindB: AmendmentKind,
  b: { from: number; to: number },
): boolean {
  if (kindA === 'insert-paragraph' || kindB === 'insert-paragraph') return false;
  if (kindB === 'delete-paragraph' || kindA === 'delete-paragraph') return true;
  if (a.from === a.to && b.from === b.to) return false;
  if (a.from === a.to) return b.from < a.from && a.from < b.to;
  if (b.from === b.to) return a.from < b.from && b.from < a.to;
  return a.from < b.to && b.from < a.to;
}

type Placed = Pick<AmendmentView, 'id' | 'kind' | 'paragraphId' | 'status' | 'from' | 'to'>;

/**
 * The proposed amendments that accepting `accepted` would make stale, from where the list says each one
 * is now: those overlapping it in its paragraph, and, when it deletes the paragraph, everything on it
 * (a new paragraph proposed after it loses its place).
 */
export function staledByAccepting<T extends Placed>(accepted: Placed, others: readonly T[]): T[] {
  return others.filter((other) => {
    if (other.id === accepted.id || other.status !== 'proposed' || other.paragraphId !== accepted.paragraphId) return false;
    if (accepted.kind === 'delete-paragraph') return true;
    if (accepted.kind === 'insert-paragraph') return false;
    if (other.kind === 'delete-paragraph') return true;
    if (accepted.from === null || accepted.to === null || other.from === null || other.to === null) return false;
    return overlaps(accepted.kind, { from: accepted.from, to: accepted.to }, other.kind, { from: other.from, to: other.to });
  });
}

/**
 * The same for several accepted in turn (as the bulk decision does, in the order given): one that an
 * earlier acceptance made stale is not applied, so it stales nothing itself and is among those returned.
 */
export function staledByAcceptingAll<T extends Placed>(accepted: readonly T[], others: readonly T[]): T[] {
  const staled = new Map<string, T>();
  for (const target of accepted) {
    if (staled.has(target.id)) continue;
    for (const other of staledByAccepting(target, others)) {
      if (!accepted.slice(0, accepted.indexOf(target)).some((earlier) => earlier.id === other.id)) staled.set(other.id, other);
    }
  }
  return [...staled.values()];
}
