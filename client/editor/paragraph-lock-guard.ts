/**
 * Keeps agreed and agreed-ad-ref paragraphs read-only in the editor: the server refuses any update
 * that changes a locked paragraph (and closes that connection), so the editor never makes such a
 * change. Locked paragraphs are marked (`data-locked`, the explanation as their tooltip); the caret
 * may still go in, to read, copy, or for the chair to reopen them. Undo works on the shared text
 * directly, past this filter, so a paragraph becoming locked clears this editor's undo history.
 */
import { Extension } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isLockingStatus, type LockingStatus } from '../../shared/document/kinds.js';
import type { ParagraphStatuses } from '../paragraph-status/queries/paragraph-queries';
import { paragraphStatusKey } from './paragraph-status-decorations';

export interface ParagraphLockGuardOptions {
  /** The sentence shown on hover over a locked paragraph. */
  explain: (status: LockingStatus) => string;
}

interface LockState {
  statuses: ParagraphStatuses;
  decorations: DecorationSet;
}

const paragraphLockKey = new PluginKey<LockState>('paragraphLock');

/** The locked top-level blocks of a document, by id (the first block holding an id keeps it). */
function lockedBlocks(doc: PmNode, statuses: ParagraphStatuses): Map<string, PmNode> {
  const locked = new Map<string, PmNode>();
  doc.forEach((node) => {
    const id: unknown = node.attrs.id;
    if (typeof id === 'string' && !locked.has(id) && isLockingStatus(statuses.get(id))) locked.set(id, node);
  });
  return locked;
}

/**
 * Whether the transaction changes a locked block: its text, marks or attributes, removes it, or
 * splits it (Enter inside it, even at its end: the shared text could then take the new half for the
 * original, and the server would refuse the update).
 */
export function changesLockedBlock(tr: Transaction, statuses: ParagraphStatuses): boolean {
  const before = lockedBlocks(tr.before, statuses);
  if (before.size === 0) return false;
  const after = new Map<string, PmNode>();
  let copies = false;
  tr.doc.forEach((node) => {
    const id: unknown = node.attrs.id;
    if (typeof id !== 'string' || !before.has(id)) return;
    if (after.has(id)) copies = true;
    else after.set(id, node);
  });
  if (copies) return true;
  for (const [id, node] of before) if (!after.get(id)?.eq(node)) return true;
  return false;
}

function decorate(doc: PmNode, statuses: ParagraphStatuses, explain: ParagraphLockGuardOptions['explain']): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((node, offset) => {
    const id: unknown = node.attrs.id;
    const status = typeof id === 'string' ? statuses.get(id) : undefined;
    if (isLockingStatus(status)) decorations.push(Decoration.node(offset, offset + node.nodeSize, { 'data-locked': status, title: explain(status) }));
  });
  return decorations.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, decorations);
}

/** The statuses the status plugin holds (kept on the server, handed to the editor by setParagraphStatuses). */
function statusesOf(state: EditorState): ParagraphStatuses {
  return paragraphStatusKey.getState(state)?.statuses ?? new Map();
}

function newlyLocked(before: ParagraphStatuses, now: ParagraphStatuses): boolean {
  for (const [id, status] of now) if (isLockingStatus(status) && !isLockingStatus(before.get(id))) return true;
  return false;
}

function clearUndo(state: EditorState): void {
  const undo: unknown = yUndoPluginKey.getState(state);
  if (typeof undo === 'object' && undo !== null && 'undoManager' in undo && undo.undoManager instanceof Y.UndoManager) undo.undoManager.clear();
}

export const ParagraphLockGuard = Extension.create<ParagraphLockGuardOptions>({
  name: 'paragraphLockGuard',

  addOptions() {
    return { explain: () => '' };
  },

  addProseMirrorPlugins() {
    const { explain } = this.options;
    return [
      new Plugin<LockState>({
        key: paragraphLockKey,
        state: {
          init: () => ({ statuses: new Map(), decorations: DecorationSet.empty }),
          apply(tr, previous, _oldState, newState) {
            const next: ParagraphStatuses | undefined = tr.getMeta(paragraphStatusKey);
            if (next) return { statuses: next, decorations: decorate(newState.doc, next, explain) };
            if (!tr.docChanged) return previous;
            return { statuses: previous.statuses, decorations: decorate(newState.doc, previous.statuses, explain) };
          },
        },
        props: {
          decorations: (state) => paragraphLockKey.getState(state)?.decorations,
        },
        view: () => ({
          update: (view, previous) => {
            const before = paragraphLockKey.getState(previous)?.statuses;
            const now = paragraphLockKey.getState(view.state)?.statuses;
            if (now && before !== now && newlyLocked(before ?? new Map(), now)) clearUndo(view.state);
          },
        }),
        // Remote changes (y-sync) are the server's accepted text: never filtered here.
        filterTransaction: (tr, state) => !tr.docChanged || tr.getMeta('y-sync$') !== undefined || !changesLockedBlock(tr, statusesOf(state)),
      }),
    ];
  },
});
