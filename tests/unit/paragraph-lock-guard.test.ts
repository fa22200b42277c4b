import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { changesLockedBlock } from '../../client/editor/paragraph-lock-guard.js';
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import { outcomeSchema } from '../../shared/document/extensions.js';

const schema = outcomeSchema();
const operative = (id: string, text: string) => schema.node('operative', { id }, text ? [schema.text(text)] : []);
const title = schema.node('title', { id: 'ptitle00000' }, [schema.text('Title')]);
const doc = schema.node('doc', null, [title, operative('pagreed0000', 'Agreed text.'), operative('popen000000', 'Open text.')]);
const statuses: ReadonlyMap<string, ParagraphStatus> = new Map([['pagreed0000', 'agreed']]);
const state = EditorState.create({ schema, doc });
/** Position just inside the first paragraph, and just inside the second. */
const first = title.nodeSize;
const inFirst = first + 1;
const inSecond = first + doc.child(1).nodeSize + 1;

describe('the editor’s paragraph lock', () => {
  it('refuses typing into, deleting from, marking or splitting a locked paragraph', () => {
    expect(changesLockedBlock(state.tr.insertText('x', inFirst), statuses)).toBe(true);
    expect(changesLockedBlock(state.tr.delete(inFirst, inFirst + 3), statuses)).toBe(true);
    expect(changesLockedBlock(state.tr.addMark(inFirst, inFirst + 3, schema.mark('bold')), statuses)).toBe(true);
    expect(changesLockedBlock(state.tr.split(inFirst + 'Agreed text.'.length), statuses)).toBe(true);
    expect(changesLockedBlock(state.tr.delete(first, first + doc.child(1).nodeSize), statuses)).toBe(true);
    expect(changesLockedBlock(state.tr.setNodeMarkup(first, schema.nodes.preambular, { id: 'pagreed0000' }), statuses)).toBe(true);
  });

  it('lets everything else through: other paragraphs, and any paragraph once reopened', () => {
    expect(changesLockedBlock(state.tr.insertText('x', inSecond), statuses)).toBe(false);
    expect(changesLockedBlock(state.tr.split(inSecond + 2), statuses)).toBe(false);
    expect(changesLockedBlock(state.tr.insertText('x', inFirst), new Map([['pagreed0000', 'bracketed']]))).toBe(false);
    expect(changesLockedBlock(state.tr.insertText('x', inFirst), new Map([['pagreed0000', 'agreed-ad-ref']]))).toBe(true);
  });
});
