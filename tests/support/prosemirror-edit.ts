/**
 * Edits a Y doc the way the editor does: read it as a ProseMirror document, apply a ProseMirror
 * transaction, and write the result back through y-prosemirror's own diffing (updateYFragment), so
 * splits, joins and kind changes reach Yjs exactly as they would from a browser.
 */
import type * as Y from 'yjs';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import { outcomeSchema } from '../../shared/document/extensions.js';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';
import { idRepairs } from '../../shared/document/paragraph-identity.js';
import type { Node as PmNode } from '@tiptap/pm/model';

const schema = outcomeSchema();

export function editAsProseMirror(doc: Y.Doc, edit: (state: EditorState) => Transaction): void {
  const fragment = doc.getXmlFragment(FRAGMENT_NAME);
  const { doc: pmDoc, meta } = initProseMirrorDoc(fragment, schema);
  const state = EditorState.create({ schema, doc: pmDoc });
  const tr = edit(state);
  // The editor's paragraph-identity plugin runs on every local change: do the same.
  const repairs = idRepairs(state.doc, tr.doc, (pos) => tr.mapping.map(pos, 1));
  for (const [pos, id] of repairs) tr.setNodeAttribute(pos, 'id', id);
  doc.transact(() => updateYFragment(doc, fragment, tr.doc, meta));
}

/** Position just inside the block at `index` (top-level), plus `offset` characters. */
export function positionIn(doc: PmNode, index: number, offset = 0): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos + 1 + offset;
}

export function blockIndexContaining(doc: PmNode, needle: string): number {
  for (let i = 0; i < doc.childCount; i++) if (doc.child(i).textContent.includes(needle)) return i;
  throw new Error(`no block contains "${needle}"`);
}
