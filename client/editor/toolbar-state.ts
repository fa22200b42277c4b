/** What the toolbar shows as active or available for the current selection. */
import type { Editor } from '@tiptap/core';
import { isBlockKind, type BlockKind } from '../../shared/document/kinds.js';
import type { MarkName } from './toolbar-items';

export interface ToolbarState {
  kind: BlockKind | null;
  marks: Record<MarkName, boolean>;
  canUndo: boolean;
  canRedo: boolean;
}

export function readToolbarState(editor: Editor): ToolbarState {
  const parent = editor.state.selection.$from.parent.type.name;
  return {
    kind: isBlockKind(parent) ? parent : null,
    marks: {
      bold: editor.isActive('bold'),
      italic: editor.isActive('italic'),
      underline: editor.isActive('underline'),
      strike: editor.isActive('strike'),
    },
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}
