/** Proposing, revising, deciding and withdrawing amendments against the live text. */
import type { AmendmentFilter, AmendmentStats, AmendmentView, CommentView, DecisionRequest, ProposeAmendmentRequest, ReviseAmendmentRequest } from '../../shared/amendments/amendment-schemas.js';
import { OPEN_STATUSES } from '../../shared/amendments/amendment-schemas.js';
import { createTextAnchor, resolveAnchor, type Resolution } from '../../shared/amendments/anchor.js';
import { applyAmendment } from '../../shared/amendments/apply-amendment.js';
import { paragraphIndex } from '../../shared/document/paragraph-text.js';
import { blockText } from '../../shared/document/read-blocks.js';
import type { Db } from '../db/database.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { AuditRepo } from '../audit/audit.repo.js';
import type { DocumentEvents } from '../events/document-events.js';
import type { ParticipantRecord, ParticipantsRepo } from '../participants/participants.repo.js';
import { ApiError, badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { lockedParagraph, type ParagraphLocks } from '../paragraphs/paragraph-locks.js';
import type { AmendmentRecord, AmendmentsRepo } from './amendments.repo.js';
import { AmendmentViews } from './amendment-views.js';
import { AmendmentViewCache, matchesFilter, type EncodedBody } from './amendment-view-cache.js';
import { storedAnchor, textKind, overlaps } from './amendment-rules.js';
import { overlapReason } from './stale-reasons.js';
import { statsWithParagraphs, tallyAmendments, type AmendmentTally, type StatsInput } from './stats.js';
import type { Block } from '../../shared/document/read-blocks.js';

export interface AmendmentsDeps {
  db: Db;
  repo: AmendmentsRepo;
  participants: ParticipantsRepo;
  registry: RoomRegistry;
  audit: AuditRepo;
  events: DocumentEvents;
  /** Agreed and agreed-ad-ref paragraphs: no proposal on their text, and no accepting one. */
  locks: Pick<ParagraphLocks, 'statusOf'>;
}

const actor = (participant: ParticipantRecord) => ({ participantId: participant.id, groupId: participant.groupId });

export class AmendmentsService {
  readonly views: AmendmentViews;
  private readonly cache: AmendmentViewCache;

  constructor(private readonly deps: AmendmentsDeps) {
    this.views = new AmendmentViews(deps.repo, deps.participants);
    this.cache = new AmendmentViewCache((documentId) => this.views.many(documentId, deps.repo.list(documentId)));
  }

  list(documentId: string, filter: AmendmentFilter, me: ParticipantRecord): AmendmentView[] {
    return this.cache.entries(documentId).filter((entry) => matchesFilter(entry.view, filter, me.id)).map((entry) => entry.view);
  }

  /** The list response `{"amendments":[…],"periodOpen":…}`, joined from each view's serialized form. */
  listBody(documentId: string, filter: AmendmentFilter, me: ParticipantRecord): EncodedBody {
    const periodOpen = this.deps.repo.periodOpen(documentId);
    // `mine` depends on who asks; every other filter reads the same for everyone.
    const key = JSON.stringify([filter.group, filter.status, filter.paragraph, filter.author, filter.mine ? me.id : null, periodOpen]);
    return this.cache.listBody(
      documentId,
      key,
      (entry) => matchesFilter(entry.view, filter, me.id),
      (amendments) => `{"amendments":${amendments},"periodOpen":${periodOpen}}`,
    );
  }

  /**
   * The tracking figures, from the same in-memory views the list is served from; the amendments' tally
   * is kept until one of them changes, the paragraphs' part is read live each time.
   */
  stats(documentId: string, groups: StatsInput['groups'], blocks: readonly Block[]): AmendmentStats {
    const tally = this.cache.derived(documentId, `stats:${groups.map((group) => group.id).join(',')}`, (entries): AmendmentTally => {
      const views = entries.map((entry) => entry.view);
      return tallyAmendments({
        amendments: views.map((view) => ({
          paragraphId: view.paragraphId,
          groupId: view.author.groupId,
          status: view.status,
          createdAt: view.createdAt,
          decidedAt: view.decision?.at ?? null,
        })),
        supporterGroups: views.flatMap((view) => view.supporters.map((supporter) => supporter.groupId)),
        groups,
      });
    });
    return statsWithParagraphs(tally, blocks);
  }

  /** Keeps the listed offsets current when the stale watcher finds the text moved. */
  moved(documentId: string, id: string, from: number, to: number): void {
    this.cache.moved(documentId, id, from, to);
  }

  get(documentId: string, id: string): AmendmentRecord {
    const record = this.deps.repo.byId(documentId, id);
    if (!record) throw notFound('amendment');
    return record;
  }

  propose(documentId: string, author: ParticipantRecord, request: ProposeAmendmentRequest): AmendmentView {
    if (!this.deps.repo.periodOpen(documentId)) {
      throw new ApiError(403, 'amendment_period_closed', 'the amendment period is closed: new proposals are not accepted');
    }
    const doc = this.deps.registry.open(documentId).doc;
    const entry = paragraphIndex(doc).get(request.paragraphId);
    if (!entry) throw notFound(`paragraph ${request.paragraphId}`);
    this.refuseLocked(documentId, request.kind, request.paragraphId);
    const text = blockText(entry.element);
    const base = { documentId, paragraphId: request.paragraphId, authorId: author.id, groupId: author.groupId, rationale: request.rationale };
    let record: AmendmentRecord;
    if (request.kind === 'insert-paragraph') {
      record = this.deps.repo.insert({
        ...base, kind: 'insert-paragraph', paragraphKind: request.paragraphKind, anchorStart: null, anchorEnd: null,
        offsetFrom: 0, offsetTo: 0, expected: '', proposed: request.proposed, contextBefore: '', contextAfter: '',
      });
    } else if (request.kind === 'delete-paragraph') {
      if (entry.element.nodeName === 'title') throw badRequest('the title cannot be deleted; propose a new wording instead');
      if (request.expected !== undefined && request.expected !== text) {
        throw conflict(`the paragraph no longer reads as expected; it now reads: "${text}"`);
      }
      record = this.deps.repo.insert({
        ...base, kind: 'delete-paragraph', paragraphKind: entry.element.nodeName, anchorStart: null, anchorEnd: null,
        offsetFrom: 0, offsetTo: text.length, expected: text, proposed: '', contextBefore: '', contextAfter: '',
      });
    } else {
      if (request.to > text.length || text.slice(request.from, request.to) !== request.expected) {
        const found = text.slice(request.from, Math.min(request.to, text.length));
        throw conflict(`the text at ${request.from}–${request.to} is "${found}", not "${request.expected}": reload and try again`);
      }
      const kind = textKind(request);
      const anchor = createTextAnchor(entry.element, request.from, request.to);
      if (!anchor) throw badRequest('the offsets fall outside the paragraph');
      record = this.deps.repo.insert({
        ...base, kind, paragraphKind: entry.element.nodeName, anchorStart: anchor.start, anchorEnd: anchor.end,
        offsetFrom: request.from, offsetTo: request.to, expected: request.expected, proposed: request.proposed,
        contextBefore: anchor.contextBefore, contextAfter: anchor.contextAfter,
      });
    }
    this.deps.audit.append(documentId, actor(author), 'amendment.proposed', record.id, { kind: record.kind, paragraphId: record.paragraphId });
    return this.publish(documentId, record);
  }

  revise(documentId: string, id: string, author: ParticipantRecord, request: ReviseAmendmentRequest): AmendmentView {
    const record = this.get(documentId, id);
    if (record.authorId !== author.id) throw forbidden('only its author may revise an amendment');
    if (!OPEN_STATUSES.includes(record.status)) throw conflict(`the amendment is ${record.status} and can no longer be revised`);
    const proposed = request.proposed ?? record.proposed;
    const rationale = request.rationale ?? record.rationale;
    let next = {
      paragraphId: record.paragraphId, anchorStart: record.anchorStart, anchorEnd: record.anchorEnd, offsetFrom: record.offsetFrom,
      offsetTo: record.offsetTo, expected: record.expected, contextBefore: record.contextBefore, contextAfter: record.contextAfter,
    };
    if (record.kind !== 'insert-paragraph' && record.kind !== 'delete-paragraph') {
      const doc = this.deps.registry.open(documentId).doc;
      const retarget = request.from !== undefined || request.to !== undefined || request.expected !== undefined;
      const resolution = retarget ? undefined : resolveAnchor(doc, storedAnchor(record));
      if (!retarget && resolution && !resolution.ok) throw conflict(`${resolution.reason}: give from, to and expected to re-target it`);
      const entry = paragraphIndex(doc).get(resolution?.ok ? resolution.paragraphId : record.paragraphId);
      if (!entry) throw conflict('the paragraph it amends was deleted');
      const from = request.from ?? (resolution?.ok ? resolution.from : record.offsetFrom);
      const to = request.to ?? (resolution?.ok ? resolution.to : record.offsetTo);
      const expected = request.expected ?? record.expected;
      const text = blockText(entry.element);
      if (to < from || to > text.length || text.slice(from, to) !== expected) throw conflict(`the text at ${from}–${to} is not "${expected}"`);
      const anchor = createTextAnchor(entry.element, from, to);
      if (!anchor) throw badRequest('the offsets fall outside the paragraph');
      next = {
        paragraphId: entry.element.getAttribute('id') as string, anchorStart: anchor.start, anchorEnd: anchor.end, offsetFrom: from,
        offsetTo: to, expected, contextBefore: anchor.contextBefore, contextAfter: anchor.contextAfter,
      };
      if (expected === proposed) throw badRequest('the proposal changes nothing');
    }
    try {
      this.deps.repo.revise(record, { ...next, proposed, rationale });
    } catch {
      throw conflict('the amendment changed meanwhile; reload and try again');
    }
    this.deps.audit.append(documentId, actor(author), 'amendment.revised', id, { version: record.version });
    return this.publish(documentId, this.get(documentId, id));
  }

  decide(documentId: string, id: string, chair: ParticipantRecord, request: DecisionRequest): AmendmentView {
    const record = this.get(documentId, id);
    if (record.status === 'accepted' || record.status === 'rejected' || record.status === 'withdrawn') {
      throw conflict(`the amendment was already ${record.status}`);
    }
    const now = Date.now();
    if (request.decision === 'reject') {
      if (!this.deps.repo.transition(id, record.version, OPEN_STATUSES, { status: 'rejected', decidedBy: chair.id, decisionNote: request.note, decidedAt: now })) {
        throw conflict('the amendment was decided meanwhile');
      }
      this.deps.audit.append(documentId, actor(chair), 'amendment.rejected', id, { note: request.note });
      return this.publish(documentId, this.get(documentId, id));
    }
    if (record.status === 'stale') throw conflict(`the amendment is stale (${record.staleReason ?? 'its text changed'}): its author must revise it first`);
    const room = this.deps.registry.open(documentId);
    const index = paragraphIndex(room.doc);
    const resolution = resolveAnchor(room.doc, storedAnchor(record), index);
    if (!resolution.ok) {
      this.markStale(documentId, record, resolution.reason);
      throw new ApiError(409, 'stale', `nothing was changed: ${resolution.reason}`);
    }
    this.refuseLocked(documentId, record.kind, resolution.paragraphId);
    const overlapping = this.overlappingOpen(documentId, record, resolution, index);
    // One SQLite transaction for the decision, the text change it makes and every amendment it makes
    // stale: all on disk or none. Their views, and the text, go out after it commits.
    const staled = this.deps.registry.durably(documentId, () => {
      if (!this.deps.repo.transition(id, record.version, ['proposed'], { status: 'accepted', decidedBy: chair.id, decisionNote: request.note, decidedAt: now })) {
        throw conflict('the amendment was decided meanwhile');
      }
      room.edit({ participantId: chair.id }, (doc) => applyAmendment(doc, record, resolution));
      this.deps.audit.append(documentId, actor(chair), 'amendment.accepted', id, { note: request.note, paragraphId: resolution.paragraphId });
      return overlapping.filter((other) => this.recordStale(documentId, other, overlapReason(id)));
    });
    const [accepted] = this.publishMany(documentId, [id, ...staled.map((other) => other.id)]);
    if (!accepted) throw new Error('the accepted amendment vanished');
    return accepted;
  }

  withdraw(documentId: string, id: string, author: ParticipantRecord): AmendmentView {
    const record = this.get(documentId, id);
    if (record.authorId !== author.id) throw forbidden('only its author may withdraw an amendment');
    if (!this.deps.repo.transition(id, record.version, OPEN_STATUSES, { status: 'withdrawn' })) {
      throw conflict(`the amendment is ${this.get(documentId, id).status} and can no longer be withdrawn`);
    }
    this.deps.audit.append(documentId, actor(author), 'amendment.withdrawn', id);
    return this.publish(documentId, this.get(documentId, id));
  }

  support(documentId: string, id: string, supporter: ParticipantRecord, on: boolean): AmendmentView {
    const record = this.get(documentId, id);
    if (record.authorId === supporter.id) throw badRequest('an author cannot co-sponsor their own amendment');
    if (on && !OPEN_STATUSES.includes(record.status)) throw conflict(`the amendment is ${record.status}: it can no longer gather support`);
    const changed = on ? this.deps.repo.addSupporter(id, supporter.id) : this.deps.repo.removeSupporter(id, supporter.id);
    if (changed) this.deps.audit.append(documentId, actor(supporter), on ? 'amendment.supported' : 'amendment.support-withdrawn', id);
    return this.publish(documentId, record);
  }

  comment(documentId: string, id: string, author: ParticipantRecord, body: string, parentId?: string): CommentView {
    this.get(documentId, id);
    if (parentId && !this.deps.repo.comments(id).some((comment) => comment.id === parentId)) throw badRequest('the comment replied to is not on this amendment');
    const record = this.deps.repo.addComment(id, author.id, body, parentId ?? null);
    this.deps.audit.append(documentId, actor(author), 'amendment.commented', id, { commentId: record.id });
    const [view] = this.views.comments(documentId, [record]);
    if (!view) throw new Error('no view for a new comment');
    this.deps.events.publish(documentId, { type: 'comment', comment: view });
    this.publish(documentId, this.get(documentId, id));
    return view;
  }

  comments(documentId: string, id: string): CommentView[] {
    this.get(documentId, id);
    return this.views.comments(documentId, this.deps.repo.comments(id));
  }

  setPeriod(documentId: string, chair: ParticipantRecord, open: boolean): boolean {
    if (this.deps.repo.periodOpen(documentId) !== open) {
      this.deps.repo.setPeriodOpen(documentId, open);
      this.deps.audit.append(documentId, actor(chair), open ? 'amendment-period.opened' : 'amendment-period.closed', null);
      this.deps.events.publish(documentId, { type: 'period', open });
    }
    return open;
  }

  /** A locked paragraph's text is not proposed on or changed; a new paragraph beside it changes nothing in it. */
  private refuseLocked(documentId: string, kind: AmendmentRecord['kind'] | undefined, paragraphId: string): void {
    if (kind === 'insert-paragraph') return;
    const status = this.deps.locks.statusOf(documentId, paragraphId);
    if (status) throw lockedParagraph(paragraphId, status);
  }

  /** Marks an open amendment stale (compare-and-set) and tells everyone. */
  markStale(documentId: string, record: AmendmentRecord, reason: string): void {
    if (this.recordStale(documentId, record, reason)) this.publish(documentId, this.get(documentId, record.id));
  }

  /** Writes that an open amendment went stale (and audits it); false if it was no longer open. */
  private recordStale(documentId: string, record: AmendmentRecord, reason: string): boolean {
    if (!this.deps.repo.transition(record.id, record.version, ['proposed'], { status: 'stale', staleReason: reason })) return false;
    this.deps.audit.append(documentId, { participantId: null, groupId: null }, 'amendment.stale', record.id, { reason });
    return true;
  }

  /** Pushes an amendment's current state to everyone (after it moved with its text). */
  announce(documentId: string, id: string): void {
    this.publish(documentId, this.get(documentId, id));
  }

  private overlappingOpen(documentId: string, accepted: AmendmentRecord, resolution: Extract<Resolution, { ok: true }>, index: ReturnType<typeof paragraphIndex>): AmendmentRecord[] {
    const doc = this.deps.registry.open(documentId).doc;
    // Only amendments on the same paragraph can collide; one joined into it is still anchored there by id.
    return this.deps.repo.listOpen(documentId, [resolution.paragraphId, accepted.paragraphId]).filter((other) => {
      if (other.id === accepted.id) return false;
      const where = resolveAnchor(doc, storedAnchor(other), index);
      if (!where.ok || where.paragraphId !== resolution.paragraphId) return false;
      if (accepted.kind === 'delete-paragraph') return other.kind !== 'insert-paragraph';
      return overlaps(accepted.kind, resolution, other.kind, where);
    });
  }

  private publish(documentId: string, record: AmendmentRecord): AmendmentView {
    const view = this.views.one(documentId, record);
    this.cache.remember(view);
    this.deps.events.publish(documentId, { type: 'amendment', amendment: view });
    return view;
  }

  /** Publishes several amendments' current views at once (one set of lookups for all of them), in the order given. */
  private publishMany(documentId: string, ids: readonly string[]): AmendmentView[] {
    const views = this.views.many(documentId, ids.map((id) => this.get(documentId, id)));
    for (const view of views) {
      this.cache.remember(view);
      this.deps.events.publish(documentId, { type: 'amendment', amendment: view });
    }
    return views;
  }
}
