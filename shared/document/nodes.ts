/** The Tiptap nodes of an outcome document. Client and server build their schema from these alone. */
import { type Editor, Node, mergeAttributes } from '@tiptap/core';
import type { BlockKind } from './kinds.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    outcomeBlocks: {
      /** Turns the blocks in the selection into the given kind, keeping their ids. */
      setBlockKind: (kind: Exclude<BlockKind, 'title'>) => ReturnType;
    };
  }
}

function idAttributes() {
  return {
    id: {
      default: null,
      parseHTML: (element: HTMLElement) => element.getAttribute('data-id'),
      renderHTML: (attributes: Record<string, unknown>) =>
        attributes.id ? { 'data-id': String(attributes.id) } : {},
    },
  };
}

// A paragraph's status (open, bracketed, agreed) is the chair's alone to set, so it lives on the
// server (paragraph_statuses), not in the shared text that every drafter can write.
function textBlock(kind: BlockKind, tag: string, options: { group?: string }) {
  return Node.create({
    name: kind,
    content: 'inline*',
    group: options.group,
    defining: true,
    addAttributes() {
      return idAttributes();
    },
    parseHTML() {
      return [{ tag: `${tag}[data-kind="${kind}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, mergeAttributes(HTMLAttributes, { 'data-kind': kind }), 0];
    },
  });
}

export const OutcomeDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'title block+',
});

export const Title = textBlock('title', 'h1', {});
export const SectionHeading = textBlock('heading', 'h2', { group: 'block' });

/**
 * Tab changes the kind only of an empty paragraph (the one Enter just made), as in a word processor's
 * list; anywhere else it leaves the editor like any other field, so a keyboard user is never trapped
 * and a paragraph with text is never demoted for everyone by accident. Mod-Alt-3 / Mod-Alt-4 change
 * any paragraph's kind.
 */
const inEmptyBlock = (editor: Editor): boolean =>
  editor.state.selection.empty && editor.state.selection.$from.parent.content.size === 0;

// Operative comes first in the block group, so Enter at the end of a heading starts an operative paragraph.
export const Operative = textBlock('operative', 'p', { group: 'block' }).extend({
  addKeyboardShortcuts() {
    return {
      Tab: () => this.editor.isActive('operative') && inEmptyBlock(this.editor) && this.editor.commands.setBlockKind('subparagraph'),
      'Mod-Alt-3': () => this.editor.commands.setBlockKind('operative'),
    };
  },
});

export const Preambular = textBlock('preambular', 'p', { group: 'block' }).extend({
  addKeyboardShortcuts() {
    return { 'Mod-Alt-2': () => this.editor.commands.setBlockKind('preambular') };
  },
});

export const Subparagraph = textBlock('subparagraph', 'p', { group: 'block' }).extend({
  addKeyboardShortcuts() {
    return {
      'Shift-Tab': () => this.editor.isActive('subparagraph') && inEmptyBlock(this.editor) && this.editor.commands.setBlockKind('operative'),
      'Mod-Alt-4': () => this.editor.commands.setBlockKind('subparagraph'),
    };
  },
});

export const SectionHeadingWithCommands = SectionHeading.extend({
  addKeyboardShortcuts() {
    return { 'Mod-Alt-1': () => this.editor.commands.setBlockKind('heading') };
  },
  addCommands() {
    return {
      setBlockKind:
        (kind) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.nodes[kind];
          if (!type) return false;
          const { from, to } = state.selection;
          let changed = false;
          state.doc.nodesBetween(from, to, (node, pos) => {
            if (!node.isTextblock || node.type.name === 'title') return false;
            if (node.type !== type) {
              tr.setNodeMarkup(pos, type, { id: node.attrs.id });
              changed = true;
            }
            return false;
          });
          if (changed && dispatch) dispatch(tr);
          return changed;
        },
    };
  },
});
