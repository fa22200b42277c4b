/** What the toolbar shows as active or available for the current selection. */
import type { Editor } from '@tiptap/core';
import { isBlockKind, type BlockKind } from '../../shared/document/kinds.js';
import type { MarkName } from './toolbar-items';
import { suggestingKey } from '../amendments/suggesting/suggesting-state';

export interface ToolbarState {
  kind: BlockKind | null;
  marks: Record<MarkName, boolean>;
  canUndo: boolean;
  canRedo: boolean;
}

export function readToolbarState(editor: Editor): ToolbarState {
  const parent = editor.state.selection.$from.parent.type.name;
  // Undo works on the shared text itself: while suggesting, it must not touch the live text.
  const suggesting = suggestingKey.getState(editor.state)?.enabled ?? false;
  return {
    kind: isBlockKind(parent) ? parent : null,
    marks: {
      bold: editor.isActive('bold'),
      italic: editor.isActive('italic'),
      underline: editor.isActive('underline'),
      strike: editor.isActive('strike'),
    },
    canUndo: !suggesting && editor.can().undo(),
    canRedo: !suggesting && editor.can().redo(),
  };
}
