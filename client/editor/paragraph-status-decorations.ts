/** Shows each paragraph's status from the server as `data-status` on its block, for the bracket styling. */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { ParagraphStatuses } from '../paragraph-status/queries/paragraph-queries';

interface StatusState {
  statuses: ParagraphStatuses;
  decorations: DecorationSet;
}

export const paragraphStatusKey = new PluginKey<StatusState>('paragraphStatus');

function decorate(doc: PmNode, statuses: ParagraphStatuses): DecorationSet {
  if (statuses.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.forEach((node, offset) => {
    const id: unknown = node.attrs.id;
    const status = typeof id === 'string' ? statuses.get(id) : undefined;
    if (status) decorations.push(Decoration.node(offset, offset + node.nodeSize, { 'data-status': status }));
  });
  return DecorationSet.create(doc, decorations);
}

/** Hands the editor a new set of statuses. */
export function setParagraphStatuses(state: EditorState, statuses: ParagraphStatuses) {
  return state.tr.setMeta(paragraphStatusKey, statuses).setMeta('addToHistory', false);
}

export const ParagraphStatusDecorations = Extension.create({
  name: 'paragraphStatusDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<StatusState>({
        key: paragraphStatusKey,
        state: {
          init: () => ({ statuses: new Map(), decorations: DecorationSet.empty }),
          apply(tr, previous, _oldState, newState) {
            const next: ParagraphStatuses | undefined = tr.getMeta(paragraphStatusKey);
            if (next) return { statuses: next, decorations: decorate(newState.doc, next) };
            if (!tr.docChanged) return previous;
            return { statuses: previous.statuses, decorations: decorate(newState.doc, previous.statuses) };
          },
        },
        props: {
          decorations: (state) => paragraphStatusKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
