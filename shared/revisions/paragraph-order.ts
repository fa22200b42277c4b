/**
 * The order in which a comparison lists paragraphs: matched by id, those whose relative order held
 * stay in place, every other id present on both sides has moved. Ids are unique on each side, so the
 * longest common subsequence is a longest increasing subsequence: O(n log n), whatever changed.
 */

export type OrderStep =
  | { side: 'both'; id: string }
  | { side: 'from'; id: string }
  | { side: 'to'; id: string; moved: boolean };

/** Ids on both sides, in `to` order, that keep their relative order. */
function keptInOrder(from: readonly string[], to: readonly string[]): Set<string> {
  const fromIndex = new Map(from.map((id, index) => [id, index]));
  const ids: string[] = [];
  const positions: number[] = [];
  for (const id of to) {
    const at = fromIndex.get(id);
    if (at === undefined) continue;
    ids.push(id);
    positions.push(at);
  }
  // tails[k]: the entry ending the increasing run of length k + 1 with the smallest last position.
  const tails = new Int32Array(ids.length);
  const previous = new Int32Array(ids.length).fill(-1);
  let length = 0;
  positions.forEach((at, index) => {
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((positions[tails[middle] ?? 0] ?? 0) < at) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
    if (low === length) length += 1;
  });
  const kept = new Set<string>();
  for (let index = length > 0 ? (tails[length - 1] ?? -1) : -1; index >= 0; index = previous[index] ?? -1) {
    const id = ids[index];
    if (id !== undefined) kept.add(id);
  }
  return kept;
}

/**
 * Steps in reading order: between two paragraphs kept in place, the old side's others first (deleted,
 * or the old place of a moved one), then the new side's (added, or the new place of a moved one).
 */
export function paragraphOrder(from: readonly string[], to: readonly string[]): OrderStep[] {
  const kept = keptInOrder(from, to);
  const fromIds = new Set(from);
  const steps: OrderStep[] = [];
  let cursor = 0;
  let pending: OrderStep[] = [];
  const advanceTo = (anchor: string | null) => {
    while (cursor < from.length && from[cursor] !== anchor) {
      const id = from[cursor];
      if (id !== undefined && !kept.has(id)) steps.push({ side: 'from', id });
      cursor += 1;
    }
    cursor += 1;
    for (const step of pending) steps.push(step);
    pending = [];
  };
  for (const id of to) {
    if (!kept.has(id)) {
      pending.push({ side: 'to', id, moved: fromIds.has(id) });
      continue;
    }
    advanceTo(id);
    steps.push({ side: 'both', id });
  }
  advanceTo(null);
  return steps;
}
