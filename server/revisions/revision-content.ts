/** Reading and restoring a revision's content: pure functions over Y docs and the shared schema. */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { outcomeSchema } from '../../shared/document/extensions.js';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';

const schema = outcomeSchema();

/** A fingerprint of what the text says (kinds, ids, words, formatting): equal when nothing changed. */
export function contentHash(doc: Y.Doc): string {
  return createHash('sha256').update(JSON.stringify(yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(FRAGMENT_NAME)))).digest('hex');
}

export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/**
 * Makes the live text equal to a revision's, as one new edit: y-prosemirror's own diff keeps every
 * unchanged paragraph (and the amendments anchored in it) in place and rewrites only what differs.
 */
export function restoreInto(live: Y.Doc, revisionState: Uint8Array): void {
  const old = docFromState(revisionState);
  const node = yXmlFragmentToProseMirrorRootNode(old.getXmlFragment(FRAGMENT_NAME), schema);
  updateYFragment(live, live.getXmlFragment(FRAGMENT_NAME), node, { mapping: new Map(), isOMark: new Map() });
  old.destroy();
}
