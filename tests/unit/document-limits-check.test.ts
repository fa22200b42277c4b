import { describe, expect, it } from 'vitest';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { DocumentLimits } from '../../shared/collab/limits.js';
import { outcomeSchema } from '../../shared/document/extensions.js';
import { findBreach } from '../../client/editor/limits/limit-check.js';
import { positionIn } from '../support/prosemirror-edit.js';

const schema = outcomeSchema();
const limits: DocumentLimits = { maxBlocksPerDocument: 12, maxBlocksPerUpdate: 5, maxParagraphChars: 50 };

function operative(text: string): PmNode {
  return schema.node('operative', null, text ? [schema.text(text)] : []);
}

function stateWith(texts: readonly string[]): EditorState {
  const doc = schema.node('doc', null, [schema.node('title', null, [schema.text('Outcome')]), ...texts.map(operative)]);
  return EditorState.create({ schema, doc });
}

function paragraphs(count: number, text = 'Short.'): Fragment {
  return Fragment.fromArray(Array.from({ length: count }, () => operative(text)));
}

/**
 * Pastes `count` paragraphs inside block `index` (after its first character), as a slice open on both
 * sides: the first and last merge with the two halves of that block, so the document grows by count - 1.
 */
function pasteInside(state: EditorState, index: number, count: number) {
  const at = positionIn(state.doc, index, 1);
  return state.tr.replace(at, at, new Slice(paragraphs(count), 1, 1));
}

describe('checking a change against the document limits', () => {
  it('lets ordinary typing through', () => {
    const state = stateWith(['First operative.', 'Second operative.']);
    expect(findBreach(state.tr.insertText(' more', positionIn(state.doc, 1, 3)), limits)).toBeNull();
  });

  it('refuses a paste that adds more blocks than one update may carry, counting what it adds', () => {
    const state = stateWith(['First operative.']);
    expect(findBreach(pasteInside(state, 1, 5), limits)).toBeNull();
    expect(findBreach(pasteInside(state, 1, 7), limits)).toEqual({ limit: 'blocksPerUpdate', found: 6, max: 5 });
  });

  it('counts a replacement of many blocks by as many others as adding none', () => {
    const state = stateWith(Array.from({ length: 8 }, (_, i) => `Paragraph ${i}.`));
    const tr = state.tr.replaceWith(positionIn(state.doc, 1) - 1, state.doc.content.size, paragraphs(8, 'Replaced.'));
    expect(findBreach(tr, limits)).toBeNull();
  });

  it('counts blocks added offline and not sent yet against the same update', () => {
    const state = stateWith(['First operative.']);
    expect(findBreach(pasteInside(state, 1, 4), limits, 0)).toBeNull();
    expect(findBreach(pasteInside(state, 1, 4), limits, 3)).toEqual({ limit: 'blocksPerUpdate', found: 6, max: 5 });
  });

  it('refuses growing a document past its block limit, but not shrinking one already past it', () => {
    const full = stateWith(Array.from({ length: 10 }, (_, i) => `Paragraph ${i}.`));
    expect(findBreach(pasteInside(full, 1, 2), limits)).toBeNull();
    expect(findBreach(pasteInside(full, 1, 3), limits)).toEqual({ limit: 'blocksPerDocument', found: 13, max: 12 });
    const over = stateWith(Array.from({ length: 14 }, (_, i) => `Paragraph ${i}.`));
    expect(findBreach(over.tr.delete(positionIn(over.doc, 2) - 1, positionIn(over.doc, 3) - 1), limits)).toBeNull();
  });

  it('refuses text that makes a paragraph longer than its limit, typed, pasted or joined', () => {
    const state = stateWith(['x'.repeat(30), 'y'.repeat(30), 'Third.', 'Fourth.', 'Fifth.']);
    const typed = state.tr.insertText('z'.repeat(21), positionIn(state.doc, 1, 30));
    expect(findBreach(typed, limits)).toEqual({ limit: 'paragraphChars', found: 51, max: 50 });
    expect(findBreach(state.tr.insertText('z'.repeat(20), positionIn(state.doc, 1, 30)), limits)).toBeNull();
    const joined = state.tr.join(positionIn(state.doc, 2) - 1);
    expect(findBreach(joined, limits)).toEqual({ limit: 'paragraphChars', found: 60, max: 50 });
  });

  it('lets a paragraph already over the limit be shortened, not lengthened', () => {
    const state = stateWith(['x'.repeat(60), 'Second.']);
    expect(findBreach(state.tr.delete(positionIn(state.doc, 1, 0), positionIn(state.doc, 1, 1)), limits)).toBeNull();
    expect(findBreach(state.tr.insertText('x', positionIn(state.doc, 1, 0)), limits)).toEqual({ limit: 'paragraphChars', found: 61, max: 50 });
  });

  it('ignores changes of attributes only', () => {
    const state = stateWith(['x'.repeat(60)]);
    expect(findBreach(state.tr.setNodeAttribute(positionIn(state.doc, 1) - 1, 'id', 'p-1'), limits)).toBeNull();
  });
});
