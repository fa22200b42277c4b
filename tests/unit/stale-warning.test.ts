import { describe, expect, it } from 'vitest';
import type { AmendmentKind, AmendmentStatus } from '../../shared/amendments/amendment-schemas.js';
import { staledByAccepting, staledByAcceptingAll } from '../../shared/amendments/overlap.js';

let next = 0;
function amendment(kind: AmendmentKind, paragraphId: string, from: number | null, to: number | null, status: AmendmentStatus = 'proposed') {
  next += 1;
  return { id: `am_${next}`, kind, paragraphId, from, to, status };
}
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((item) => item.id);

describe('what accepting an amendment turns stale', () => {
  it('names the proposed amendments overlapping it in its paragraph, not those beside it, elsewhere or already closed', () => {
    const accepted = amendment('replace', 'p1', 10, 20);
    const overlapping = amendment('replace', 'p1', 15, 25);
    const inside = amendment('insert', 'p1', 12, 12);
    const beside = amendment('replace', 'p1', 20, 30);
    const elsewhere = amendment('replace', 'p2', 10, 20);
    const rejected = amendment('replace', 'p1', 10, 20, 'rejected');
    const deletion = amendment('delete-paragraph', 'p1', null, null);
    const newAfter = amendment('insert-paragraph', 'p1', null, null);
    expect(ids(staledByAccepting(accepted, [accepted, overlapping, inside, beside, elsewhere, rejected, deletion, newAfter]))).toEqual(
      ids([overlapping, inside, deletion]),
    );
  });

  it('names everything proposed on a paragraph whose deletion is accepted, a new paragraph after it included', () => {
    const accepted = amendment('delete-paragraph', 'p1', null, null);
    const words = amendment('replace', 'p1', 0, 4);
    const newAfter = amendment('insert-paragraph', 'p1', null, null);
    expect(ids(staledByAccepting(accepted, [words, newAfter, amendment('replace', 'p2', 0, 4)]))).toEqual(ids([words, newAfter]));
  });

  it('in a bulk acceptance, names a ticked one an earlier one will make stale, and nothing that one would have', () => {
    const first = amendment('replace', 'p1', 0, 10);
    const second = amendment('replace', 'p1', 5, 15);
    const third = amendment('replace', 'p1', 12, 20);
    // second is staled by first, so never applied: third, which only overlaps second, survives.
    expect(ids(staledByAcceptingAll([first, second, third], [first, second, third]))).toEqual(ids([second]));
  });
});
