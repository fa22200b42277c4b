/** Shows each paragraph's number (1., (a), …) in the editor, recomputed whenever the structure changes. */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import { isBlockKind, type BlockKind } from './kinds.js';
import { numberBlocks } from './numbering.js';

export const numberingKey = new PluginKey<DecorationSet>('numbering');

function kindsOf(doc: PmNode): BlockKind[] {
  const kinds: BlockKind[] = [];
  doc.forEach((node) => {
    kinds.push(isBlockKind(node.type.name) ? node.type.name : 'preambular');
  });
  return kinds;
}

function numberingDecorations(doc: PmNode): DecorationSet {
  const numbers = numberBlocks(kindsOf(doc));
  const decorations: Decoration[] = [];
  let index = 0;
  doc.forEach((node, offset) => {
    const number = numbers[index++];
    if (number) decorations.push(Decoration.node(offset, offset + node.nodeSize, { 'data-number': number }));
  });
  return DecorationSet.create(doc, decorations);
}

export const Numbering = Extension.create({
  name: 'numbering',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: numberingKey,
        state: {
          init: (_config, state) => numberingDecorations(state.doc),
          apply: (tr, previous, _oldState, newState) => (tr.docChanged ? numberingDecorations(newState.doc) : previous),
        },
        props: {
          decorations: (state) => numberingKey.getState(state),
        },
      }),
    ];
  },
});
