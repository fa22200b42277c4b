import { describe, expect, it } from 'vitest';
import { outcomeSchema } from '../../shared/document/extensions.js';
import { indexParagraphs, type DocParagraph, type ParagraphIndex } from '../../client/amendments/inline/paragraph-index.js';
import { applyEdit, draftEndingAt, followText, trimProposed, type Draft } from '../../client/amendments/suggesting/drafts.js';
import { editBetween } from '../../client/amendments/suggesting/suggesting-input.js';
import { locateAnchor, mapRange } from '../../client/amendments/inline/text-location.js';

const schema = outcomeSchema();

function docOf(...texts: string[]) {
  return schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'title', attrs: { id: 'p-title' }, content: [{ type: 'text', text: 'Outcome' }] },
      ...texts.map((text, i) => ({ type: 'operative', attrs: { id: `p-${i + 1}` }, content: text ? [{ type: 'text', text }] : [] })),
    ],
  });
}

function paragraph(index: ParagraphIndex, id: string): DocParagraph {
  const found = index.byId.get(id);
  if (!found) throw new Error(`no paragraph ${id}`);
  return found;
}

const TEXT = 'Participants strongly support open standards for all.';
const at = (needle: string) => TEXT.indexOf(needle);

/** Types `text` character by character at the cursor, as the plugin does: each keystroke goes after the last. */
function typeInto(drafts: Draft[], p: DocParagraph, from: number, to: number, text: string): Draft[] {
  let current = drafts;
  let cursor = { from, to };
  for (const character of text) {
    const result = applyEdit(current, p, cursor.from, cursor.to, character);
    current = result.drafts;
    const end = result.draft?.to ?? cursor.from;
    cursor = { from: end, to: end };
  }
  return current;
}

describe('drafts typed in suggesting mode', () => {
  const index = indexParagraphs(docOf(TEXT));
  const p1 = paragraph(index, 'p-1');

  it('turns typing over a selected word into one replacement, keystroke after keystroke', () => {
    const drafts = typeInto([], p1, at('strongly'), at('strongly') + 'strongly'.length, 'firmly');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ paragraphId: 'p-1', from: at('strongly'), to: at(' support'), expected: 'strongly', proposed: 'firmly' });
    expect(drafts[0]?.contextBefore).toBe('Participants ');
  });

  it('takes back its own typed characters with Backspace before striking live text', () => {
    let drafts = typeInto([], p1, at(' open'), at(' open'), ' fully');
    const draft = draftEndingAt(drafts, 'p-1', at(' open'));
    expect(draft?.proposed).toBe(' fully');
    drafts = trimProposed(drafts, draft?.id ?? '');
    expect(drafts[0]?.proposed).toBe(' full');
    for (let i = 0; i < 5; i += 1) drafts = trimProposed(drafts, drafts[0]?.id ?? '');
    expect(drafts).toEqual([]);
  });

  it('grows a deletion as Backspace strikes one more character to the left', () => {
    let drafts = applyEdit([], p1, at(' for all') - 1, at(' for all'), '').drafts;
    drafts = applyEdit(drafts, p1, at(' for all') - 2, at(' for all') - 1, '').drafts;
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ expected: 'ds', proposed: '' });
  });

  it('merges edits that touch into one draft, and keeps separate ones apart', () => {
    let drafts = applyEdit([], p1, at('strongly'), at(' support'), 'firmly').drafts;
    drafts = applyEdit(drafts, p1, at('open'), at(' standards'), 'interoperable').drafts;
    expect(drafts).toHaveLength(2);
    drafts = applyEdit(drafts, p1, at(' support'), at(' support') + ' support'.length, '').drafts;
    expect(drafts).toHaveLength(2);
    expect(drafts.find((draft) => draft.proposed === 'firmly')).toMatchObject({ expected: 'strongly support' });
  });

  it('replaces a draft\'s proposed text too when a selection spans it', () => {
    const first = applyEdit([], p1, at('strongly'), at(' support'), 'firmly').drafts;
    const spanning = applyEdit(first, p1, at('strongly'), at(' open'), 'back').drafts;
    expect(spanning).toEqual([expect.objectContaining({ expected: 'strongly support', proposed: 'back' })]);
  });
});

describe('drafts following the live text', () => {
  const before = indexParagraphs(docOf(TEXT, 'Second.'));
  const draft = applyEdit([], paragraph(before, 'p-1'), at('open'), at(' standards'), 'interoperable').drafts;

  it('moves with text typed before it by someone else', () => {
    const after = indexParagraphs(docOf(`All ${TEXT}`, 'Second.'));
    expect(followText(draft, before, after)[0]).toMatchObject({ from: at('open') + 4, expected: 'open', lost: false });
  });

  it('stays put for text typed after it, and is lost when its own words are edited', () => {
    expect(followText(draft, before, indexParagraphs(docOf(`${TEXT} Indeed.`, 'Second.')))[0]).toMatchObject({ from: at('open'), lost: false });
    expect(followText(draft, before, indexParagraphs(docOf(TEXT.replace('open', 'oppen'), 'Second.')))[0]?.lost).toBe(true);
  });

  it('follows its words into the next paragraph when its paragraph is split before them', () => {
    const split = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'title', attrs: { id: 'p-title' }, content: [{ type: 'text', text: 'Outcome' }] },
        { type: 'operative', attrs: { id: 'p-1' }, content: [{ type: 'text', text: 'Participants strongly support ' }] },
        { type: 'operative', attrs: { id: 'p-new' }, content: [{ type: 'text', text: 'open standards for all.' }] },
        { type: 'operative', attrs: { id: 'p-2' }, content: [{ type: 'text', text: 'Second.' }] },
      ],
    });
    expect(followText(draft, before, indexParagraphs(split))[0]).toMatchObject({ paragraphId: 'p-new', from: 0, to: 4, lost: false });
  });
});

describe('reading a blocked change back', () => {
  it('finds the one contiguous change inside one paragraph, in document positions', () => {
    const before = indexParagraphs(docOf(TEXT, 'Second.'));
    const edit = editBetween(before, docOf(TEXT.replace('open', 'free and open'), 'Second.'));
    const start = paragraph(before, 'p-1').start;
    expect(edit).toEqual({ from: start + at('open'), to: start + at('open'), text: 'free and ' });
  });

  it('refuses changes across paragraphs or to the structure', () => {
    const before = indexParagraphs(docOf(TEXT, 'Second.'));
    expect(editBetween(before, docOf(`${TEXT}!`, 'Second!'))).toBeNull();
    expect(editBetween(before, docOf(TEXT))).toBeNull();
  });

  it('counts a hard break as one character, so offsets stay document positions', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'title', attrs: { id: 'p-title' }, content: [{ type: 'text', text: 'T' }] },
        { type: 'operative', attrs: { id: 'p-1' }, content: [{ type: 'text', text: 'One' }, { type: 'hardBreak' }, { type: 'text', text: 'two' }] },
      ],
    });
    const p = paragraph(indexParagraphs(doc), 'p-1');
    expect(p.text).toBe('One\ntwo');
    expect(doc.textBetween(p.start + 4, p.start + 7)).toBe('two');
  });
});

describe('finding an amendment in the editor\'s text', () => {
  const index = indexParagraphs(docOf(`All ${TEXT}`, 'Second.'));
  const anchor = { paragraphId: 'p-1', from: at('open'), to: at(' standards'), expected: 'open', contextBefore: 'strongly support ', contextAfter: ' standards for all.' };

  it('finds its words again by quote and context when its offsets are out of date', () => {
    expect(locateAnchor(index, anchor)).toEqual({ paragraphId: 'p-1', from: at('open') + 4, to: at(' standards') + 4 });
  });

  it('finds an insertion point by its context alone, and nothing when the context is gone', () => {
    const point = { ...anchor, to: anchor.from, expected: '', contextAfter: 'open standards for all.' };
    expect(locateAnchor(index, point)).toEqual({ paragraphId: 'p-1', from: at('open') + 4, to: at('open') + 4 });
    expect(locateAnchor(indexParagraphs(docOf('Participants support standards.', 'Second.')), point)).toBeNull();
  });

  it('gives up rather than guess when the words appear twice', () => {
    const twice = indexParagraphs(docOf(`${TEXT} ${TEXT}`, 'Second.'));
    expect(locateAnchor(twice, { ...anchor, from: 0, to: 4 })).toBeNull();
  });

  it('keeps text typed at either edge outside a range, and refuses an edit inside it', () => {
    expect(mapRange('abc def ghi', 'abc Xdef ghi', 4, 7)).toEqual({ from: 5, to: 8 });
    expect(mapRange('abc def ghi', 'abc defX ghi', 4, 7)).toEqual({ from: 4, to: 7 });
    expect(mapRange('abc def ghi', 'abc dXef ghi', 4, 7)).toBeNull();
    expect(mapRange('abc def ghi', 'ab def ghi', 4, 7)).toEqual({ from: 3, to: 6 });
  });
});
