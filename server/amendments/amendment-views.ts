/** Turns amendment records into the views the API returns, with names, groups, supporters and recent history. */
import { RECENT_HISTORY_IN_VIEW, type AmendmentHistoryEntry, type AmendmentView, type CommentView, type StaleParams } from '../../shared/amendments/amendment-schemas.js';
import type { ParticipantRecord, ParticipantsRepo } from '../participants/participants.repo.js';
import type { AmendmentRecord, AmendmentsRepo, CommentRecord } from './amendments.repo.js';
import { staleCodeOf } from './stale-reasons.js';

const iso = (ms: number) => new Date(ms).toISOString();

function personRef(people: Map<string, ParticipantRecord>, participantId: string) {
  const person = people.get(participantId);
  return { participantId, name: person?.name ?? 'Former participant', groupId: person?.groupId ?? '' };
}

export class AmendmentViews {
  constructor(
    private readonly repo: AmendmentsRepo,
    private readonly participants: ParticipantsRepo,
  ) {}

  people(documentId: string): Map<string, ParticipantRecord> {
    return new Map(this.participants.listForDocument(documentId).map((p) => [p.id, p]));
  }

  many(documentId: string, records: readonly AmendmentRecord[]): AmendmentView[] {
    if (records.length === 0) return [];
    const people = this.people(documentId);
    const ids = records.map((record) => record.id);
    // A few amendments (one just changed): look them up by id; many: read the document's at once.
    const only = records.length > 200 ? undefined : ids;
    const supporters = new Map<string, AmendmentView['supporters']>();
    for (const row of this.repo.supporters(documentId, only)) {
      const list = supporters.get(row.amendmentId) ?? [];
      list.push({ ...personRef(people, row.participantId), at: iso(row.createdAt) });
      supporters.set(row.amendmentId, list);
    }
    const comments = this.repo.commentCounts(documentId, only);
    const history = this.repo.history(ids);
    const byId = new Map(records.map((record) => [record.id, record]));
    return records.map((record) => {
      const stale = record.status === 'stale' ? staleCodeOf(record.staleReason) : null;
      const locatable = record.status === 'proposed' && record.kind !== 'insert-paragraph';
      return {
        id: record.id,
        documentId: record.documentId,
        kind: record.kind,
        paragraphId: record.paragraphId,
        paragraphKind: record.paragraphKind,
        from: locatable ? record.offsetFrom : null,
        to: locatable ? record.offsetTo : null,
        expected: record.expected,
        proposed: record.proposed,
        contextBefore: record.contextBefore,
        contextAfter: record.contextAfter,
        rationale: record.rationale,
        author: personRef(people, record.authorId),
        status: record.status,
        staleReason: record.staleReason,
        staleCode: stale?.code ?? null,
        staleParams: stale?.acceptedId ? this.acceptedRef(documentId, stale.acceptedId, byId, people) : null,
        supporters: supporters.get(record.id) ?? [],
        commentCount: comments.get(record.id) ?? 0,
        decision:
          record.decidedBy && record.decidedAt !== null
            ? { by: personRef(people, record.decidedBy), note: record.decisionNote ?? '', at: iso(record.decidedAt) }
            : null,
        historyCount: history.get(record.id)?.length ?? 0,
        recentHistory: (history.get(record.id) ?? []).slice(-RECENT_HISTORY_IN_VIEW).map((entry) => ({ ...entry, editedAt: iso(entry.editedAt) })),
        createdAt: iso(record.createdAt),
        updatedAt: iso(record.updatedAt),
        version: record.version,
      };
    });
  }

  /** The accepted amendment another overlapped, by its paragraph and group; null if it is gone. */
  private acceptedRef(documentId: string, id: string, known: ReadonlyMap<string, AmendmentRecord>, people: Map<string, ParticipantRecord>): StaleParams | null {
    const accepted = known.get(id) ?? this.repo.byId(documentId, id);
    return accepted ? { amendmentId: id, paragraphId: accepted.paragraphId, groupId: personRef(people, accepted.authorId).groupId } : null;
  }

  one(documentId: string, record: AmendmentRecord): AmendmentView {
    const [view] = this.many(documentId, [record]);
    if (!view) throw new Error('no view for an existing amendment');
    return view;
  }

  /** Every earlier wording, oldest first: the whole history, which views only summarise. */
  history(id: string): AmendmentHistoryEntry[] {
    return (this.repo.history([id]).get(id) ?? []).map((entry) => ({ ...entry, editedAt: iso(entry.editedAt) }));
  }

  comments(documentId: string, records: readonly CommentRecord[]): CommentView[] {
    const people = this.people(documentId);
    return records.map((record) => ({
      id: record.id,
      amendmentId: record.amendmentId,
      parentId: record.parentId,
      author: personRef(people, record.authorId),
      body: record.body,
      createdAt: iso(record.createdAt),
    }));
  }
}
