import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../shared/document/kinds.js';
import { citationText, citeParagraphs, ENGLISH_CITATION_WORDS } from '../../shared/document/paragraph-citation.js';
import { searchParagraphs } from '../../client/amendments/panel/paragraph-search.js';
import { buildView } from '../../shared/export/export-view.js';

const labels = (blocks: Array<[BlockKind, string]>) =>
  citeParagraphs(blocks.map(([kind, text]) => ({ kind, text }))).map((citation) => citationText(citation, ENGLISH_CITATION_WORDS));

describe('paragraph citations', () => {
  it('counts preambular paragraphs from the start of the text and names operative paragraphs and their sub-items', () => {
    expect(
      labels([
        ['title', 'Chair’s summary'],
        ['preambular', 'Recalling'],
        ['heading', 'Digital inclusion'],
        ['preambular', 'Noting'],
        ['operative', 'Calls'],
        ['subparagraph', 'first'],
        ['subparagraph', 'second'],
        ['operative', 'Invites'],
        ['subparagraph', 'only'],
      ]),
    ).toEqual(['Title', 'PP 1', '“Digital inclusion”', 'PP 2', 'OP 1', 'OP 1 (a)', 'OP 1 (b)', 'OP 2', 'OP 2 (a)']);
  });

  it('names a heading by its words, shortened, and a sub-item with no operative paragraph above it in its section as a sub-item', () => {
    const long = 'A heading that goes on and on well past what a card can show in one line';
    const [heading, sub] = labels([['heading', long], ['subparagraph', 'loose']]);
    expect(heading).toMatch(/^“A heading that goes on.*…”$/);
    expect(heading?.length).toBeLessThan(52);
    expect(sub).toBe('Sub-item (a)');
    expect(labels([['operative', 'x'], ['heading', 'Next'], ['subparagraph', 'y']])).toEqual(['OP 1', '“Next”', 'Sub-item (a)']);
  });

  it('keeps a frozen number given with the block', () => {
    const [citation] = citeParagraphs([{ kind: 'operative', text: 'x', number: '12.' }]);
    expect(citation).toEqual({ kind: 'operative', number: '12' });
  });
});

describe('searching paragraphs by citation or words', () => {
  const options = [
    { id: 'p1', label: 'PP 1', text: 'Recalling the Geneva Declaration of Principles' },
    { id: 'p7', label: 'OP 7', text: 'Calls for open standards' },
    { id: 'p7a', label: 'OP 7 (a)', text: 'in public procurement' },
    { id: 'p70', label: 'OP 70', text: 'Décide de se réunir à nouveau' },
    { id: 'p8', label: 'OP 8', text: 'Invites OP 7 partners' },
  ];
  const ids = (query: string) => searchParagraphs(options, query).map((option) => option.id);

  it('puts the paragraph cited exactly first, then those whose citation starts with the query, then words', () => {
    expect(ids('OP 7')).toEqual(['p7', 'p7a', 'p70', 'p8']);
    expect(ids('op7')).toEqual(['p7', 'p7a', 'p70']);
  });

  it('finds words in the text, every word, without regard to case or accents', () => {
    expect(ids('geneva principles')).toEqual(['p1']);
    expect(ids('decide reunir')).toEqual(['p70']);
    expect(ids('standards geneva')).toEqual([]);
  });

  it('lists everything for an empty query', () => {
    expect(ids('  ')).toHaveLength(5);
  });
});

describe('exports cite paragraphs with the same function', () => {
  const block = (id: string, kind: BlockKind, text: string, number: string | null = null) => ({ id, kind, number, status: 'open' as const, text, runs: [{ text, marks: [] }] });
  const model = (language: 'en' | 'fr') => ({
    document: { id: 'd', title: 'Outcome', slug: 'outcome', createdAt: '2025-07-11T00:00:00Z' },
    revision: { id: null, name: 'Live text', slug: 'live', createdAt: '2025-07-11T00:00:00Z' },
    generatedAt: '2025-07-11T00:00:00Z',
    language,
    groups: [],
    blocks: [block('p1', 'title', 'Outcome'), block('p2', 'preambular', 'Recalling'), block('p3', 'heading', 'Digital inclusion'), block('p4', 'operative', 'Calls', '1.'), block('p5', 'subparagraph', 'first', '(a)')],
    amendments: [],
  });

  it('gives each block the reference a reader cites, a heading by its words in the language’s quotation marks', () => {
    expect(buildView(model('en'), 'compilation').blocks.map((item) => item.ref)).toEqual(['Title', 'PP 1', '“Digital inclusion”', 'OP 1', 'OP 1 (a)']);
    expect(buildView(model('fr'), 'compilation').blocks.map((item) => item.ref)).toEqual([
      'titre', 'alinéa 1 du préambule', '«\u00a0Digital inclusion\u00a0»', 'paragraphe 1', 'paragraphe 1 (a)',
    ]);
  });
});
