/** The live paragraphs with their statuses, and the chair setting a paragraph's status. */
import type { Paragraph } from '../../shared/api/documents.js';
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import { hasStatus, readBlocks } from '../../shared/document/read-blocks.js';
import type { AuditRepo } from '../audit/audit.repo.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { Db } from '../db/database.js';
import type { DocumentEvents } from '../events/document-events.js';
import { badRequest, notFound } from '../http/errors.js';
import type { ParticipantRecord } from '../participants/participants.repo.js';
import type { ParagraphStatusRepo } from './paragraph-status.repo.js';

export interface ParagraphStatusDeps {
  db: Db;
  registry: RoomRegistry;
  paragraphStatus: ParagraphStatusRepo;
  audit: AuditRepo;
  events: DocumentEvents;
}

export class ParagraphStatusService {
  constructor(private readonly deps: ParagraphStatusDeps) {}

  /** Ids are made present and unique as updates are accepted (collab/paragraph-id-repair.ts): reading writes nothing. */
  list(documentId: string): Paragraph[] {
    return readBlocks(this.deps.registry.open(documentId).doc, this.deps.paragraphStatus.map(documentId));
  }

  set(documentId: string, chair: ParticipantRecord, paragraphId: string, status: ParagraphStatus): Paragraph {
    const block = readBlocks(this.deps.registry.open(documentId).doc).find((candidate) => candidate.id === paragraphId);
    if (!block) throw notFound(`paragraph ${paragraphId}`);
    if (!hasStatus(block.kind)) throw badRequest('headings and the title carry no status');
    this.deps.db.transaction(() => {
      this.deps.paragraphStatus.set(documentId, paragraphId, status, chair.id);
      this.deps.audit.append(documentId, { participantId: chair.id, groupId: chair.groupId }, 'paragraph.status', paragraphId, { status });
    })();
    this.deps.events.publish(documentId, { type: 'paragraph-status', paragraphId, status });
    return { ...block, status };
  }
}
