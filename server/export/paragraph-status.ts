/**
 * Paragraph statuses (open, bracketed, agreed) for export: the one place export reads them. The live
 * text takes the chair's current statuses; a revision, the statuses it recorded when it was cut.
 */
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import { hasStatus, type Block } from '../../shared/document/read-blocks.js';
import type { ParagraphStatusRepo } from '../paragraphs/paragraph-status.repo.js';
import type { RevisionRecord } from '../revisions/revisions.repo.js';

export type StatusOf = (block: Block) => ParagraphStatus | null;

export function statusReader(deps: { paragraphStatus: ParagraphStatusRepo }, documentId: string, revision: RevisionRecord | null): StatusOf {
  const statuses: ReadonlyMap<string, ParagraphStatus> = revision
    ? new Map(revision.paragraphs.flatMap((paragraph) => (paragraph.id && paragraph.status ? [[paragraph.id, paragraph.status] as const] : [])))
    : deps.paragraphStatus.map(documentId);
  return (block) => (hasStatus(block.kind) ? (block.id === null ? undefined : statuses.get(block.id)) ?? 'open' : null);
}
