/**
 * What one transaction changed in the document's blocks, read once from the transaction itself:
 * the blocks touched (walking up from each changed type) and, only when the block list itself
 * changed, one pass over the blocks to find those it added. Never `event.changes` on the whole
 * fragment, whose cost grows with the document for every event.
 */
import * as Y from 'yjs';

export interface BlockChanges {
  /** Ids of the blocks whose text, kind or attributes changed, and of the blocks added. */
  changed: Set<string>;
  /** Blocks were added or removed. */
  structure: boolean;
  /** A block's `id` attribute was set. */
  idsChanged: boolean;
  /** Whether an item is new in this transaction (for telling a block that was there from one just added). */
  isNew: (item: Y.Item) => boolean;
}

export function blockChanges(transaction: Y.Transaction, fragment: Y.XmlFragment): BlockChanges | null {
  const isNew = (item: Y.Item) => item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
  const changes: BlockChanges = { changed: new Set(), structure: false, idsChanged: false, isNew };
  let touched = false;
  for (const [type, keys] of transaction.changed) {
    if ((type as object) === fragment) {
      changes.structure = true;
      touched = true;
      continue;
    }
    const block = topLevelBlock(type, fragment);
    if (!block) continue;
    touched = true;
    if ((type as object) === block && keys.has('id')) changes.idsChanged = true;
    const id = block.getAttribute('id');
    if (typeof id === 'string') changes.changed.add(id);
  }
  if (!touched) return null;
  if (changes.structure) {
    // A block re-created (a change of kind) keeps its id but not its Yjs identity: it counts as changed.
    for (let item = fragment._start; item !== null; item = item.right) {
      if (item.deleted || !isNew(item) || !(item.content instanceof Y.ContentType)) continue;
      const block = item.content.type;
      const id = block instanceof Y.XmlElement ? block.getAttribute('id') : undefined;
      if (typeof id === 'string') changes.changed.add(id);
    }
  }
  return changes;
}

/** The top-level block a type is part of (itself, or its ancestor right under the fragment). */
function topLevelBlock(type: object, fragment: Y.XmlFragment): Y.XmlElement | null {
  let node: object | null = type;
  while (node instanceof Y.AbstractType && (node.parent as object | null) !== fragment) node = node.parent as object | null;
  return node instanceof Y.XmlElement ? node : null;
}
