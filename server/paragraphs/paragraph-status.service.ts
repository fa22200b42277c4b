/**
 * The live paragraphs with their statuses, and the chair setting a paragraph's status. Agreed and
 * agreed ad ref lock the text: the service keeps the in-memory view of locks (paragraph-locks.ts)
 * that the socket and the amendments check, and audits every reopening.
 */
import type { Paragraph } from '../../shared/api/documents.js';
import { isLockingStatus, type ParagraphStatus } from '../../shared/document/kinds.js';
import { hasStatus, readBlocks } from '../../shared/document/read-blocks.js';
import type { AuditActor, AuditRepo } from '../audit/audit.repo.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { Db } from '../db/database.js';
import type { DocumentEvents } from '../events/document-events.js';
import { badRequest, notFound } from '../http/errors.js';
import type { ParticipantRecord } from '../participants/participants.repo.js';
import type { ParagraphLocks } from './paragraph-locks.js';
import type { ParagraphStatusRepo } from './paragraph-status.repo.js';

export interface ParagraphStatusDeps {
  db: Db;
  registry: RoomRegistry;
  paragraphStatus: ParagraphStatusRepo;
  locks: ParagraphLocks;
  audit: AuditRepo;
  events: DocumentEvents;
}

/** A break of silence on a paragraph, which sends it back to bracketed. */
export interface SilenceBreakCause {
  procedureId: string;
  participant: ParticipantRecord;
  reason: string;
}

export class ParagraphStatusService {
  constructor(private readonly deps: ParagraphStatusDeps) {}

  /** Ids are made present and unique as updates are accepted (collab/paragraph-id-repair.ts): reading writes nothing. */
  list(documentId: string): Paragraph[] {
    return readBlocks(this.deps.registry.open(documentId).doc, this.deps.paragraphStatus.map(documentId));
  }

  set(documentId: string, chair: ParticipantRecord, paragraphId: string, status: ParagraphStatus): Paragraph {
    const block = this.statusBlock(documentId, paragraphId);
    if (!block) throw notFound(`paragraph ${paragraphId}`);
    if (!hasStatus(block.kind)) throw badRequest('headings and the title carry no status');
    this.write(documentId, { participantId: chair.id, groupId: chair.groupId }, paragraphId, status, {});
    return { ...block, status };
  }

  /**
   * Silence broken on a paragraph sends it back to bracketed, with the break as its reason; run inside
   * the break's own transaction. A paragraph no longer in the live text, or already bracketed, is left.
   * Returns the new status if it changed, for `committed` once the break is on disk.
   */
  bracketAfterBreak(documentId: string, paragraphId: string, cause: SilenceBreakCause): ParagraphStatus | null {
    const block = this.statusBlock(documentId, paragraphId);
    if (!block || !hasStatus(block.kind) || block.status === 'bracketed') return null;
    const details = { reason: cause.reason, silenceProcedureId: cause.procedureId, brokenBy: { participantId: cause.participant.id, groupId: cause.participant.groupId } };
    this.record(documentId, { participantId: null, groupId: null }, paragraphId, block.status ?? 'open', 'bracketed', details);
    return 'bracketed';
  }

  /** After the status row is committed: the lock view follows it, and everyone is told. */
  committed(documentId: string, paragraphId: string, status: ParagraphStatus): void {
    this.deps.locks.changed(documentId, paragraphId, status);
    this.deps.events.publish(documentId, { type: 'paragraph-status', paragraphId, status });
  }

  private statusBlock(documentId: string, paragraphId: string) {
    return readBlocks(this.deps.registry.open(documentId).doc, this.deps.paragraphStatus.map(documentId)).find((candidate) => candidate.id === paragraphId);
  }

  private write(documentId: string, actor: AuditActor, paragraphId: string, status: ParagraphStatus, details: Record<string, unknown>): void {
    const from = this.deps.paragraphStatus.map(documentId).get(paragraphId) ?? 'open';
    this.deps.db.transaction(() => this.record(documentId, actor, paragraphId, from, status, details))();
    this.committed(documentId, paragraphId, status);
  }

  /** The status row and its audit entry; a locked paragraph set back to open or bracketed is a reopening. */
  private record(documentId: string, actor: AuditActor, paragraphId: string, from: ParagraphStatus, status: ParagraphStatus, details: Record<string, unknown>): void {
    this.deps.paragraphStatus.set(documentId, paragraphId, status, actor.participantId);
    const action = isLockingStatus(from) && !isLockingStatus(status) ? 'paragraph.reopened' : 'paragraph.status';
    this.deps.audit.append(documentId, actor, action, paragraphId, { status, from, ...details });
  }
}
