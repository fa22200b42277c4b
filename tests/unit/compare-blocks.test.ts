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

/** `count` words drawn from a vocabulary of its own, so two texts from different seeds share none. */
function words(seed: string, count: number): string {
  return Array.from({ length: count }, (_, index) => `${seed}${(index * 7_919) % 1_000}`).join(' ');
}

describe('the bound on the word diff', () => {
  it('shows two long, entirely different paragraphs as one replacement, marked as such', () => {
    const oldText = words('alpha', 4_000);
    const newText = words('beta', 4_000);
    const result = compareBlocks(blocks([['a', 'operative', oldText]]), blocks([['a', 'operative', newText]]), labels);
    expect(result.paragraphs[0]).toMatchObject({ change: 'changed', replacedWhole: true });
    expect(result.paragraphs[0]?.segments).toEqual([{ type: 'delete', text: oldText }, { type: 'insert', text: newText }]);
  });

  it('still shows a small change in a long paragraph word by word', () => {
    const oldText = words('alpha', 4_000);
    const newText = oldText.replace(/^(\S+ \S+) /, '$1 firmly ');
    const result = compareBlocks(blocks([['a', 'operative', oldText]]), blocks([['a', 'operative', newText]]), labels);
    expect(result.paragraphs[0]?.replacedWhole).toBeUndefined();
    expect(result.paragraphs[0]?.segments.filter((s) => s.type !== 'equal')).toEqual([{ type: 'insert', text: 'firmly ' }]);
  });

  it('keeps diffing word by word in many slightly changed paragraphs after a few hopeless ones spent the budget', () => {
    const hopeless: Spec[] = Array.from({ length: 10 }, (_, index) => [`x${index}`, 'operative', words(`old${index}-`, 2_000)]);
    const replaced: Spec[] = hopeless.map(([id, kind], index) => [id, kind, words(`new${index}-`, 2_000)]);
    const slight: Spec[] = Array.from({ length: 200 }, (_, index) => [`s${index}`, 'operative', `Participants note item ${index} of the list.`]);
    const edited: Spec[] = slight.map(([id, kind, text]) => [id, kind, text.replace('note', 'welcome')]);
    const result = compareBlocks(blocks([...hopeless, ...slight]), blocks([...replaced, ...edited]), labels);
    expect(result.paragraphs.filter((p) => p.replacedWhole).map((p) => p.id)).toEqual(hopeless.map(([id]) => id));
    const last = result.paragraphs.find((p) => p.id === 's199');
    expect(last?.segments).toEqual([
      { type: 'equal', text: 'Participants ' },
      { type: 'delete', text: 'note' },
      { type: 'insert', text: 'welcome' },
      { type: 'equal', text: ' item 199 of the list.' },
    ]);
  });

  it('lists ten thousand replaced paragraphs with the deleted ones first, then the added', () => {
    const oldSpecs: Spec[] = Array.from({ length: 10_000 }, (_, index) => [`o${index}`, 'operative', `Old ${index}.`]);
    const newSpecs: Spec[] = Array.from({ length: 10_000 }, (_, index) => [`n${index}`, 'operative', `New ${index}.`]);
    const result = compareBlocks(blocks(oldSpecs), blocks(newSpecs), labels);
    expect(result.summary).toMatchObject({ added: 10_000, deleted: 10_000, moved: 0 });
    expect(result.paragraphs[0]?.id).toBe('o0');
    expect(result.paragraphs[10_000]?.id).toBe('n0');
  });
});
