/**
 * Holds local changes to the document limits before they reach the shared text (and so the server,
 * which would refuse the update and close the connection): a change that breaks one is not made, and
 * `onRefused` says why. Remote changes and suggesting mode (which never changes the text) pass.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits, type LimitBreach } from '../../../shared/collab/limits.js';
import { suggestingKey } from '../../amendments/suggesting/suggesting-state';
import { blocksAdded, findBreach } from './limit-check';

export interface LimitRefusal {
  breach: LimitBreach;
  cause: 'paste' | 'change';
  /** The count includes changes made offline and not sent yet. */
  includesUnsent: boolean;
}

export interface DocumentLimitsOptions {
  limits: DocumentLimits;
  /** Whether each change reaches the server as it is made; offline changes go together on reconnect. */
  isLive: () => boolean;
  onRefused: (refusal: LimitRefusal) => void;
}

/** Blocks added by local changes since the server last received them. */
const unsentKey = new PluginKey<number>('documentLimitsUnsent');

/** y-prosemirror marks the transactions that bring in the shared document's changes. */
const isRemote = (tr: Transaction) => tr.getMeta('y-sync$') !== undefined;

export const DocumentLimitsGuard = Extension.create<DocumentLimitsOptions>({
  name: 'documentLimitsGuard',

  addOptions() {
    return { limits: DEFAULT_DOCUMENT_LIMITS, isLive: () => true, onRefused: () => undefined };
  },

  addProseMirrorPlugins() {
    const { limits, isLive, onRefused } = this.options;
    return [
      new Plugin<number>({
        key: unsentKey,
        state: {
          init: () => 0,
          apply: (tr, unsent) => {
            if (isLive()) return 0;
            return tr.docChanged && !isRemote(tr) ? unsent + blocksAdded(tr) : unsent;
          },
        },
        filterTransaction: (tr, state) => {
          if (!tr.docChanged || isRemote(tr) || suggestingKey.getState(state)?.enabled) return true;
          const unsent = isLive() ? 0 : (unsentKey.getState(state) ?? 0);
          const breach = findBreach(tr, limits, unsent);
          if (!breach) return true;
          onRefused({
            breach,
            cause: tr.getMeta('uiEvent') === 'paste' ? 'paste' : 'change',
            includesUnsent: breach.limit === 'blocksPerUpdate' && unsent > 0,
          });
          return false;
        },
      }),
    ];
  },
});
