import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../shared/revisions/compare-blocks.js';
import { numberBlocks } from '../../shared/document/numbering.js';
import type { BlockKind } from '../../shared/document/kinds.js';

type Spec = [id: string, kind: BlockKind, text: string];

function blocks(specs: Spec[]) {
  const numbers = numberBlocks(specs.map(([, kind]) => kind));
  return specs.map(([id, kind, text], index) => ({ id, kind, text, number: numbers[index] ?? null, status: kind === 'heading' ? null : ('open' as const) }));
}

const labels = { from: { id: 'r1', name: 'Rev.1' }, to: { id: 'live', name: 'Live text' } };
const before = blocks([
  ['h', 'heading', 'Actions'],
  ['a', 'operative', 'Participants support open standards.'],
  ['b', 'operative', 'Participants call for a review.'],
  ['c', 'operative', 'Participants thank the host.'],
]);

describe('comparing two versions paragraph by paragraph', () => {
  it('marks an inserted paragraph as added and the ones after it as renumbered, not changed', () => {
    const after = blocks([
      ['h', 'heading', 'Actions'],
      ['n', 'operative', 'Participants welcome the new compact.'],
      ['a', 'operative', 'Participants support open standards.'],
      ['b', 'operative', 'Participants call for a review.'],
      ['c', 'operative', 'Participants thank the host.'],
    ]);
    const result = compareBlocks(before, after, labels);
    expect(result.summary).toEqual({ added: 1, deleted: 0, changed: 0, moved: 0, renumbered: 3, unchanged: 4 });
    expect(result.paragraphs.map((p) => [p.id, p.change, p.fromNumber, p.toNumber, p.renumbered])).toEqual([
      ['h', 'unchanged', null, null, false],
      ['n', 'added', null, '1.', false],
      ['a', 'unchanged', '1.', '2.', true],
      ['b', 'unchanged', '2.', '3.', true],
      ['c', 'unchanged', '3.', '4.', true],
    ]);
  });

  it('keeps a deleted paragraph at its old place with its text struck', () => {
    const after = blocks([
      ['h', 'heading', 'Actions'],
      ['a', 'operative', 'Participants support open standards.'],
      ['c', 'operative', 'Participants thank the host.'],
    ]);
    const result = compareBlocks(before, after, labels);
    expect(result.paragraphs.map((p) => [p.id, p.change])).toEqual([['h', 'unchanged'], ['a', 'unchanged'], ['b', 'deleted'], ['c', 'unchanged']]);
    expect(result.paragraphs[2]?.segments).toEqual([{ type: 'delete', text: 'Participants call for a review.' }]);
    expect(result.paragraphs[3]).toMatchObject({ fromNumber: '3.', toNumber: '2.', renumbered: true });
  });

  it('shows a moved paragraph once, as moved, not as deleted and re-added', () => {
    const after = blocks([
      ['h', 'heading', 'Actions'],
      ['c', 'operative', 'Participants thank the host.'],
      ['a', 'operative', 'Participants support open standards.'],
      ['b', 'operative', 'Participants call for a review.'],
    ]);
    const result = compareBlocks(before, after, labels);
    expect(result.paragraphs.map((p) => p.id)).toEqual(['h', 'c', 'a', 'b']);
    expect(result.paragraphs.find((p) => p.id === 'c')).toMatchObject({ change: 'unchanged', moved: true, fromNumber: '3.', toNumber: '1.' });
    expect(result.summary).toMatchObject({ added: 0, deleted: 0, moved: 1 });
  });

  it('shows word-level changes inside a paragraph', () => {
    const after = blocks([
      ['h', 'heading', 'Actions'],
      ['a', 'operative', 'Participants strongly support open standards.'],
      ['b', 'operative', 'Participants call for a review.'],
      ['c', 'operative', 'Participants thank the host.'],
    ]);
    const changed = compareBlocks(before, after, labels).paragraphs.find((p) => p.id === 'a');
    expect(changed?.change).toBe('changed');
    expect(changed?.segments).toEqual([
      { type: 'equal', text: 'Participants ' },
      { type: 'insert', text: 'strongly ' },
      { type: 'equal', text: 'support open standards.' },
    ]);
  });

  it('shows a split as the first half changed and the second half added', () => {
    const after = blocks([
      ['h', 'heading', 'Actions'],
      ['a', 'operative', 'Participants support'],
      ['a2', 'operative', 'open standards.'],
      ['b', 'operative', 'Participants call for a review.'],
      ['c', 'operative', 'Participants thank the host.'],
    ]);
    const result = compareBlocks(before, after, labels);
    expect(result.paragraphs.map((p) => [p.id, p.change])).toEqual([['h', 'unchanged'], ['a', 'changed'], ['a2', 'added'], ['b', 'unchanged'], ['c', 'unchanged']]);
    expect(result.paragraphs[1]?.segments.filter((s) => s.type === 'delete').map((s) => s.text).join('')).toBe(' open standards.');
    expect(result.summary).toEqual({ added: 1, deleted: 0, changed: 1, moved: 0, renumbered: 2, unchanged: 3 });
  });
});
