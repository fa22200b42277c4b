/**
 * Whole-paragraph changes in the tracked Word file: a proposed new paragraph has its paragraph mark
 * inserted and a proposed paragraph deletion its mark deleted, so that Word's and LibreOffice's Accept All
 * and Reject All add or remove the paragraph whole, with its number, as Concord would.
 */
import type { IParagraphRunOptions } from 'docx';
import type { ExportAmendment } from './export-model.js';
import type { ExportView, ViewBlock } from './export-view.js';

/** Tracked changes need ids unique in the document. */
export class RevisionIds {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

/** Word's dates carry no milliseconds. */
export const wordDate = (iso: string) => iso.replace(/\.\d+Z$/, 'Z');

export interface ParagraphChange {
  type: 'inserted' | 'deleted';
  /** The proposing group's name, as Word shows the author of a change. */
  author: string;
  date: string;
}

/** The change, if any, that adds or removes each block of the view whole. */
export function paragraphChanges(view: ExportView): (block: ViewBlock) => ParagraphChange | null {
  const groupName = new Map(view.groups.map((group) => [group.id, group.name]));
  const deletions = new Map<string, ExportAmendment>();
  for (const amendment of view.amendments) {
    if (amendment.kind === 'delete-paragraph' && !deletions.has(amendment.paragraphId)) deletions.set(amendment.paragraphId, amendment);
  }
  return (block) => {
    if (block.proposed) return { type: 'inserted', author: block.proposed.group.name, date: wordDate(block.proposed.amendment.createdAt) };
    const deletion = deletions.get(block.key);
    // One whose text is no longer there is listed under the paragraph instead: the paragraph then stays.
    const listed = block.lists.some((list) => list.sections.some((section) => section.entries.some((entry) => entry.amendment.id === deletion?.id)));
    if (!deletion || listed) return null;
    return { type: 'deleted', author: groupName.get(deletion.author.groupId) ?? deletion.author.groupId, date: wordDate(deletion.createdAt) };
  };
}

/** The paragraph mark's run properties (`w:pPr/w:rPr`) that carry the change. */
export function markRun(change: ParagraphChange | null, ids: RevisionIds): { run?: IParagraphRunOptions } {
  if (!change) return {};
  const attributes = { id: ids.take(), author: change.author, date: change.date };
  return { run: change.type === 'inserted' ? { insertion: attributes } : { deletion: attributes } };
}
