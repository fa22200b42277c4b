/**
 * Keeps every block's id present and unique as people type: the half of a split paragraph and a pasted
 * copy get fresh ids, while the block that already held the id keeps it.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { newParagraphId } from './paragraph-id.js';

export const paragraphIdentityKey = new PluginKey('paragraphIdentity');

/** Returns the positions of top-level blocks whose id must be (re)assigned, and the ids to give them. */
export function idRepairs(oldDoc: PmNode | null, newDoc: PmNode, mapPos: (pos: number) => number): Map<number, string> {
  const keeperPos = new Map<string, number>();
  if (oldDoc) {
    oldDoc.forEach((node, offset) => {
      const id = node.attrs.id as string | null;
      if (id && !keeperPos.has(id)) keeperPos.set(id, mapPos(offset));
    });
  }
  const occurrences = new Map<string, number[]>();
  const repairs = new Map<number, string>();
  newDoc.forEach((node, offset) => {
    if (!('id' in node.attrs)) return;
    const id = node.attrs.id as string | null;
    if (!id) {
      repairs.set(offset, newParagraphId());
      return;
    }
    occurrences.set(id, [...(occurrences.get(id) ?? []), offset]);
  });
  for (const [id, positions] of occurrences) {
    if (positions.length < 2) continue;
    const keeper = positions.includes(keeperPos.get(id) ?? -1) ? keeperPos.get(id) : positions[0];
    for (const pos of positions) if (pos !== keeper) repairs.set(pos, newParagraphId());
  }
  return repairs;
}

function applyRepairs(tr: Transaction, repairs: Map<number, string>): Transaction {
  for (const [pos, id] of repairs) tr.setNodeAttribute(pos, 'id', id);
  return tr;
}

export const ParagraphIdentity = Extension.create({
  name: 'paragraphIdentity',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: paragraphIdentityKey,
        appendTransaction(transactions, oldState, newState) {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          // Remote changes are repaired by the client that made them; repairing here too would race.
          if (transactions.every((tr) => tr.getMeta('y-sync$') !== undefined)) return null;
          const mapPos = (pos: number) =>
            transactions.reduce((mapped, tr) => tr.mapping.map(mapped, 1), pos);
          const repairs = idRepairs(oldState.doc, newState.doc, mapPos);
          if (repairs.size === 0) return null;
          return applyRepairs(newState.tr, repairs).setMeta('addToHistory', false);
        },
      }),
    ];
  },
});
