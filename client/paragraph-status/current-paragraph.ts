/** The top-level paragraph the editor's cursor is in, with the status the chair gave it. */
import type { Editor } from '@tiptap/core';
import { isBlockKind, type ParagraphStatus } from '../../shared/document/kinds.js';
import { hasStatus } from '../../shared/document/read-blocks.js';
import { paragraphStatusKey } from '../editor/paragraph-status-decorations';

export interface CurrentParagraph {
  id: string;
  /** Headings and the title carry no status. */
  takesStatus: boolean;
  status: ParagraphStatus;
}

export function readCurrentParagraph(editor: Editor): CurrentParagraph | null {
  const { $from } = editor.state.selection;
  if ($from.depth < 1) return null;
  const block = $from.node(1);
  const id: unknown = block.attrs.id;
  if (typeof id !== 'string' || !id) return null;
  const kind = block.type.name;
  const status = paragraphStatusKey.getState(editor.state)?.statuses.get(id) ?? 'open';
  return { id, takesStatus: isBlockKind(kind) && hasStatus(kind), status };
}

/** Same paragraph, same status: the toolbar need not re-render. */
export function sameParagraph(a: CurrentParagraph | null, b: CurrentParagraph | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && a.status === b.status && a.takesStatus === b.takesStatus);
}
