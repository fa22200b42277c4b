/** Cutting named revisions and automatic checkpoints, restoring one, and comparing any two. */
import * as Y from 'yjs';
import { lockedParagraph, type ParagraphLocks } from '../paragraphs/paragraph-locks.js';
import type { Comparison, RevisionView } from '../../shared/revisions/revision-schemas.js';
import { compareBlocks } from '../../shared/revisions/compare-blocks.js';
import { readBlocks, type Block } from '../../shared/document/read-blocks.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { UpdateLogRepo } from '../collab/update-log.repo.js';
import type { AuditRepo } from '../audit/audit.repo.js';
import type { DocumentEvents } from '../events/document-events.js';
import type { ParagraphStatusRepo } from '../paragraphs/paragraph-status.repo.js';
import type { ParticipantRecord, ParticipantsRepo } from '../participants/participants.repo.js';
import { notFound } from '../http/errors.js';
import { CHECKPOINT_NAMES, checkpointNameCode } from './checkpoint-names.js';
import type { RevisionRecord, RevisionsRepo } from './revisions.repo.js';
import { contentHash, restoreInto } from './revision-content.js';

export interface RevisionsDeps {
  registry: RoomRegistry;
  revisions: RevisionsRepo;
  updateLog: UpdateLogRepo;
  paragraphStatus: ParagraphStatusRepo;
  paragraphLocks: ParagraphLocks;
  participants: ParticipantsRepo;
  audit: AuditRepo;
  events: DocumentEvents;
}

export const LIVE = 'live';

export class RevisionsService {
  constructor(private readonly deps: RevisionsDeps) {}

  /** Cuts a revision of the live text. A checkpoint is skipped (undefined) when nothing changed since the last revision. */
  cut(documentId: string, input: { kind: 'named' | 'checkpoint'; name: string; by: ParticipantRecord | null; restoredFrom?: string }): RevisionRecord | undefined {
    // Edits applied but not yet committed belong to this revision's contributors: write them first.
    this.deps.registry.commitPending();
    const doc = this.deps.registry.open(documentId).doc;
    const stateHash = contentHash(doc);
    const previous = this.deps.revisions.latestStamp(documentId);
    if (input.kind === 'checkpoint' && previous?.stateHash === stateHash) return undefined;
    const now = Date.now();
    // Everyone who changed the text since the revision before, not only the last writer.
    const contributors = this.deps.updateLog
      .contributions(documentId, previous ? previous.createdAt + 1 : 0, now)
      .map((contribution) => ({ participantId: contribution.participantId, updates: contribution.updates }));
    const record = this.deps.revisions.insert({
      documentId,
      kind: input.kind,
      name: input.name,
      state: Y.encodeStateAsUpdate(doc),
      stateHash,
      paragraphs: readBlocks(doc, this.deps.paragraphStatus.map(documentId)),
      contributors,
      createdBy: input.by?.id ?? null,
      createdAt: now,
      restoredFrom: input.restoredFrom ?? null,
    });
    this.deps.audit.append(documentId, { participantId: input.by?.id ?? null, groupId: input.by?.groupId ?? null }, input.kind === 'named' ? 'revision.cut' : 'revision.checkpoint', record.id, { name: record.name });
    this.deps.events.publish(documentId, { type: 'revision', revisionId: record.id, kind: record.kind, name: record.name });
    return record;
  }

  get(documentId: string, revisionId: string): RevisionRecord {
    const record = this.deps.revisions.byId(documentId, revisionId);
    if (!record) throw notFound('revision');
    return record;
  }

  restore(documentId: string, revisionId: string, chair: ParticipantRecord): RevisionRecord {
    const revision = this.get(documentId, revisionId);
    this.refuseChangesToLocked(documentId, revision);
    // Keep what stood before the restore, so restoring is itself undoable by another restore.
    this.cut(documentId, { kind: 'checkpoint', name: CHECKPOINT_NAMES.beforeRestoring(revision.name), by: chair });
    this.deps.registry.durably(documentId, (room) => {
      room.edit({ participantId: chair.id }, (doc) => restoreInto(doc, revision.state));
      this.deps.audit.append(documentId, { participantId: chair.id, groupId: chair.groupId }, 'revision.restored', revision.id, { name: revision.name });
    });
    const after = this.cut(documentId, { kind: 'checkpoint', name: CHECKPOINT_NAMES.restored(revision.name), by: chair, restoredFrom: revision.id });
    return after ?? revision;
  }

  /** A restore may not change, or remove, an agreed (or agreed ad ref) paragraph: 409 naming it, and nothing changes. */
  private refuseChangesToLocked(documentId: string, revision: RevisionRecord): void {
    const locked = this.deps.paragraphLocks.of(documentId);
    if (locked.size === 0) return;
    const restored = new Map(revision.paragraphs.map((block) => [block.id, block]));
    for (const block of readBlocks(this.deps.registry.open(documentId).doc)) {
      const status = block.id === null ? undefined : locked.get(block.id);
      if (!status || block.id === null) continue;
      const then = restored.get(block.id);
      if (!then || then.text !== block.text || then.kind !== block.kind) throw lockedParagraph(block.id, status);
    }
  }

  compare(documentId: string, fromId: string, toId: string): Comparison {
    const side = (id: string): { id: string; name: string; blocks: Block[] } => {
      if (id === LIVE) {
        return { id: LIVE, name: 'Live text', blocks: readBlocks(this.deps.registry.open(documentId).doc, this.deps.paragraphStatus.map(documentId)) };
      }
      const revision = this.get(documentId, id);
      return { id: revision.id, name: revision.name, blocks: revision.paragraphs };
    };
    const from = side(fromId);
    const to = side(toId);
    return compareBlocks(from.blocks, to.blocks, { from: { id: from.id, name: from.name }, to: { id: to.id, name: to.name } });
  }

  views(documentId: string, records: readonly RevisionRecord[]): RevisionView[] {
    const people = new Map(this.deps.participants.listForDocument(documentId).map((p) => [p.id, p]));
    const ref = (id: string) => ({ participantId: id, name: people.get(id)?.name ?? 'Former participant', groupId: people.get(id)?.groupId ?? '' });
    return records.map((record) => ({
      id: record.id,
      kind: record.kind,
      name: record.name,
      ...checkpointNameCode(record, records),
      createdAt: new Date(record.createdAt).toISOString(),
      createdBy: record.createdBy ? ref(record.createdBy) : null,
      contributors: record.contributors.map((c) => ({ ...ref(c.participantId), updates: c.updates })),
      restoredFrom: record.restoredFrom,
      paragraphCount: record.paragraphs.filter((block) => block.status !== null).length,
      agreedCount: record.paragraphs.filter((block) => block.status === 'agreed').length,
    }));
  }
}
