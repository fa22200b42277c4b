/**
 * The silence procedure: the chair circulates a revision until a deadline; any group may break
 * silence on a paragraph with a reason before it passes, which sends that paragraph back to bracketed;
 * afterwards the outcome is recorded.
 */
import { DEFAULT_SILENCE_HOURS, type SilenceView } from '../../shared/revisions/revision-schemas.js';
import type { AuditRepo } from '../audit/audit.repo.js';
import type { Db } from '../db/database.js';
import type { DocumentEvents } from '../events/document-events.js';
import { ApiError, badRequest, conflict, notFound } from '../http/errors.js';
import type { ParticipantRecord, ParticipantsRepo } from '../participants/participants.repo.js';
import type { ParagraphStatusService } from '../paragraphs/paragraph-status.service.js';
import type { RevisionsRepo } from '../revisions/revisions.repo.js';
import type { SilenceRecord, SilenceRepo } from './silence.repo.js';

export interface SilenceDeps {
  db: Db;
  paragraphs: Pick<ParagraphStatusService, 'bracketAfterBreak' | 'committed'>;
  revisions: RevisionsRepo;
  participants: ParticipantsRepo;
  audit: AuditRepo;
  events: DocumentEvents;
  silence: SilenceRepo;
}

const MAX_SILENCE_MS = 30 * 24 * 3_600_000;

export class SilenceService {
  constructor(private readonly deps: SilenceDeps) {}

  start(documentId: string, chair: ParticipantRecord, revisionId: string, deadlineIso: string | undefined, now = Date.now()): SilenceView {
    this.concludeDue(now);
    if (this.deps.silence.active(documentId)) throw conflict('a silence procedure is already running on this document');
    const revision = this.deps.revisions.byId(documentId, revisionId);
    if (!revision) throw notFound('revision');
    if (revision.kind !== 'named') throw badRequest('silence runs on a named revision (cut one first)');
    const deadline = deadlineIso ? Date.parse(deadlineIso) : now + DEFAULT_SILENCE_HOURS * 3_600_000;
    if (!(deadline > now)) throw badRequest('the deadline must be in the future');
    if (deadline - now > MAX_SILENCE_MS) throw badRequest('a silence procedure lasts at most 30 days');
    const record = this.deps.silence.start(documentId, revision.id, deadline, chair.id, now);
    this.deps.audit.append(documentId, { participantId: chair.id, groupId: chair.groupId }, 'silence.started', record.id, { revisionId, deadline: new Date(deadline).toISOString() });
    this.deps.events.publish(documentId, { type: 'silence', procedureId: record.id });
    return this.view(documentId, record);
  }

  breakSilence(documentId: string, participant: ParticipantRecord, paragraphId: string, reason: string, now = Date.now()): SilenceView {
    this.concludeDue(now);
    const active = this.deps.silence.active(documentId);
    if (!active) {
      const last = this.deps.silence.list(documentId)[0];
      if (last && last.outcome !== 'cancelled') throw new ApiError(409, 'silence_over', `the silence procedure ended at ${new Date(last.deadline).toISOString()}: it can no longer be broken`);
      throw conflict('no silence procedure is running');
    }
    const revision = this.deps.revisions.byId(documentId, active.revisionId);
    if (!revision?.paragraphs.some((block) => block.id === paragraphId)) throw notFound(`paragraph ${paragraphId} in ${revision?.name ?? 'the revision'}`);
    // The break, its audit row and the paragraph's return to bracketed: on disk together or not at all.
    const bracketed = this.deps.db.transaction(() => {
      const added = this.deps.silence.addBreak(active.id, { paragraphId, participantId: participant.id, groupId: participant.groupId, reason, createdAt: now });
      if (!added) throw conflict('your group has already broken silence on this paragraph');
      this.deps.audit.append(documentId, { participantId: participant.id, groupId: participant.groupId }, 'silence.broken', active.id, { paragraphId, reason });
      return this.deps.paragraphs.bracketAfterBreak(documentId, paragraphId, { procedureId: active.id, participant, reason });
    })();
    if (bracketed) this.deps.paragraphs.committed(documentId, paragraphId, bracketed);
    this.deps.events.publish(documentId, { type: 'silence', procedureId: active.id });
    return this.view(documentId, active);
  }

  cancel(documentId: string, chair: ParticipantRecord): SilenceView {
    const active = this.deps.silence.active(documentId);
    if (!active) throw conflict('no silence procedure is running');
    this.deps.silence.conclude(active.id, 'cancelled');
    this.deps.audit.append(documentId, { participantId: chair.id, groupId: chair.groupId }, 'silence.cancelled', active.id);
    this.deps.events.publish(documentId, { type: 'silence', procedureId: active.id });
    return this.view(documentId, { ...active, outcome: 'cancelled', concludedAt: Date.now() });
  }

  /**
   * Every procedure, the latest first. Reading writes nothing: one whose deadline has passed shows the
   * outcome the sweep (concludeDue) is about to record.
   */
  list(documentId: string, now = Date.now()): SilenceView[] {
    return this.deps.silence.list(documentId).map((record) => {
      const settled = record.outcome === null && record.deadline <= now ? { ...record, outcome: this.outcomeOf(record), concludedAt: record.deadline } : record;
      return this.view(documentId, settled);
    });
  }

  /** Records the outcome of every procedure whose deadline has passed, as of its deadline. */
  concludeDue(now = Date.now()): void {
    for (const record of this.deps.silence.due(now)) {
      const outcome = this.outcomeOf(record);
      if (this.deps.silence.conclude(record.id, outcome, record.deadline)) {
        this.deps.audit.append(record.documentId, { participantId: null, groupId: null }, `silence.${outcome}`, record.id);
        this.deps.events.publish(record.documentId, { type: 'silence', procedureId: record.id });
      }
    }
  }

  private outcomeOf(record: SilenceRecord): 'broken' | 'held' {
    return this.deps.silence.breaks(record.id).length > 0 ? 'broken' : 'held';
  }

  private view(documentId: string, record: SilenceRecord): SilenceView {
    const people = new Map(this.deps.participants.listForDocument(documentId).map((p) => [p.id, p]));
    const ref = (id: string) => ({ participantId: id, name: people.get(id)?.name ?? 'Former participant', groupId: people.get(id)?.groupId ?? '' });
    const revision = this.deps.revisions.byId(documentId, record.revisionId);
    const blocks = new Map((revision?.paragraphs ?? []).map((block) => [block.id, block]));
    return {
      id: record.id,
      revision: { id: record.revisionId, name: revision?.name ?? '' },
      deadline: new Date(record.deadline).toISOString(),
      startedBy: ref(record.startedBy),
      startedAt: new Date(record.startedAt).toISOString(),
      outcome: record.outcome,
      concludedAt: record.concludedAt === null ? null : new Date(record.concludedAt).toISOString(),
      breaks: this.deps.silence.breaks(record.id).map((entry) => ({
        paragraphId: entry.paragraphId,
        number: blocks.get(entry.paragraphId)?.number ?? null,
        excerpt: (blocks.get(entry.paragraphId)?.text ?? '').slice(0, 160),
        by: ref(entry.participantId),
        groupId: entry.groupId,
        reason: entry.reason,
        at: new Date(entry.createdAt).toISOString(),
      })),
    };
  }
}
