import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { Slice, Fragment } from '@tiptap/pm/model';
import { splitBlock } from '@tiptap/pm/commands';
import { outcomeSchema } from '../../shared/document/extensions.js';
import { idRepairs } from '../../shared/document/paragraph-identity.js';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

const schema = outcomeSchema();

function docWith(ids: Array<string | null>): PmNode {
  return schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'title', attrs: { id: 'ptitle000000' }, content: [{ type: 'text', text: 'T' }] },
      ...ids.map((id, index) => ({ type: 'operative', attrs: { id, status: 'open' }, content: [{ type: 'text', text: `Paragraph ${index}` }] })),
    ],
  });
}

/** Applies a transaction and the id repairs the plugin would append, returning the block ids. */
function idsAfter(state: EditorState, tr: Transaction): Array<string | null> {
  const repairs = idRepairs(state.doc, tr.doc, (pos) => tr.mapping.map(pos, 1));
  let doc = tr.doc;
  const fix = EditorState.create({ doc }).tr;
  for (const [pos, id] of repairs) fix.setNodeAttribute(pos, 'id', id);
  doc = fix.doc;
  const ids: Array<string | null> = [];
  doc.forEach((node) => {
    ids.push(node.attrs.id as string | null);
  });
  return ids;
}

describe('stable paragraph ids', () => {
  it('gives the new half of a split paragraph a new id and keeps the first half\'s', () => {
    const state = EditorState.create({ doc: docWith(['paaaaaaaaaa', 'pbbbbbbbbbb']) });
    // Inside "Paragraph 0", after "Para".
    const inside = 1 + state.doc.child(0).nodeSize + 1 + 4;
    const withCursor = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inside)));
    let split: Transaction | undefined;
    splitBlock(withCursor, (tr) => (split = tr));
    expect(split).toBeDefined();
    const ids = idsAfter(withCursor, split as Transaction);
    expect(ids).toHaveLength(4);
    expect(ids[1]).toBe('paaaaaaaaaa');
    expect(ids[2]).not.toBe('paaaaaaaaaa');
    expect(ids[3]).toBe('pbbbbbbbbbb');
    expect(new Set(ids).size).toBe(4);
  });

  it('replaces the id of a pasted copy, even when pasted above the original', () => {
    const state = EditorState.create({ doc: docWith(['paaaaaaaaaa', 'pbbbbbbbbbb']) });
    const copy = state.doc.child(2);
    const tr = state.tr.insert(state.doc.child(0).nodeSize, copy);
    const ids = idsAfter(state, tr);
    expect(ids[3]).toBe('pbbbbbbbbbb');
    expect(ids[1]).not.toBe('pbbbbbbbbbb');
    expect(new Set(ids).size).toBe(4);
  });

  it('assigns an id to a block that has none', () => {
    const state = EditorState.create({ doc: docWith(['paaaaaaaaaa']) });
    const tr = state.tr.replace(state.doc.content.size, state.doc.content.size, new Slice(Fragment.from(schema.nodes.operative?.create({ id: null })), 0, 0));
    const ids = idsAfter(state, tr);
    expect(ids[2]).toMatch(/^p[a-z0-9]{10}$/);
  });

  it('leaves unique ids alone', () => {
    const state = EditorState.create({ doc: docWith(['paaaaaaaaaa', 'pbbbbbbbbbb']) });
    const tr = state.tr.insertText('x', 2);
    expect(idRepairs(state.doc, tr.doc, (pos) => tr.mapping.map(pos, 1)).size).toBe(0);
  });
});
