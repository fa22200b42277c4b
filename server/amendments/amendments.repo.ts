/** Amendment records, their earlier wordings, supporters and comments, in SQLite. */
import type { Db } from '../db/database.js';
import type { AmendmentFilter, AmendmentKind, AmendmentStatus } from '../../shared/amendments/amendment-schemas.js';
import { newId } from '../ids.js';

export interface AmendmentRecord {
  id: string;
  documentId: string;
  kind: AmendmentKind;
  paragraphId: string;
  paragraphKind: string | null;
  anchorStart: Uint8Array | null;
  anchorEnd: Uint8Array | null;
  offsetFrom: number;
  offsetTo: number;
  expected: string;
  proposed: string;
  contextBefore: string;
  contextAfter: string;
  rationale: string;
  authorId: string;
  groupId: string;
  status: AmendmentStatus;
  staleReason: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  decidedAt: number | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

interface AmendmentRow {
  id: string;
  document_id: string;
  kind: AmendmentKind;
  paragraph_id: string;
  paragraph_kind: string | null;
  anchor_start: Buffer | null;
  anchor_end: Buffer | null;
  offset_from: number;
  offset_to: number;
  expected: string;
  proposed: string;
  context_before: string;
  context_after: string;
  rationale: string;
  author_id: string;
  group_id: string;
  status: AmendmentStatus;
  stale_reason: string | null;
  decided_by: string | null;
  decision_note: string | null;
  decided_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

const toRecord = (row: AmendmentRow): AmendmentRecord => ({
  id: row.id,
  documentId: row.document_id,
  kind: row.kind,
  paragraphId: row.paragraph_id,
  paragraphKind: row.paragraph_kind,
  anchorStart: row.anchor_start ? new Uint8Array(row.anchor_start) : null,
  anchorEnd: row.anchor_end ? new Uint8Array(row.anchor_end) : null,
  offsetFrom: row.offset_from,
  offsetTo: row.offset_to,
  expected: row.expected,
  proposed: row.proposed,
  contextBefore: row.context_before,
  contextAfter: row.context_after,
  rationale: row.rationale,
  authorId: row.author_id,
  groupId: row.group_id,
  status: row.status,
  staleReason: row.stale_reason,
  decidedBy: row.decided_by,
  decisionNote: row.decision_note,
  decidedAt: row.decided_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export type NewAmendment = Omit<AmendmentRecord, 'id' | 'status' | 'staleReason' | 'decidedBy' | 'decisionNote' | 'decidedAt' | 'createdAt' | 'updatedAt' | 'version'>;

export interface SupporterRow {
  amendmentId: string;
  participantId: string;
  createdAt: number;
}

export interface CommentRecord {
  id: string;
  amendmentId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  createdAt: number;
}

export class AmendmentsRepo {
  constructor(private readonly db: Db) {}

  insert(amendment: NewAmendment, now = Date.now()): AmendmentRecord {
    const id = newId('am');
    this.db
      .prepare(
        `INSERT INTO amendments (id, document_id, kind, paragraph_id, paragraph_kind, anchor_start, anchor_end, offset_from, offset_to,
           expected, proposed, context_before, context_after, rationale, author_id, group_id, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?)`,
      )
      .run(
        id, amendment.documentId, amendment.kind, amendment.paragraphId, amendment.paragraphKind, amendment.anchorStart, amendment.anchorEnd,
        amendment.offsetFrom, amendment.offsetTo, amendment.expected, amendment.proposed, amendment.contextBefore, amendment.contextAfter,
        amendment.rationale, amendment.authorId, amendment.groupId, now, now,
      );
    const created = this.byId(amendment.documentId, id);
    if (!created) throw new Error('amendment vanished after insert');
    return created;
  }

  byId(documentId: string, id: string): AmendmentRecord | undefined {
    const row = this.db.prepare('SELECT * FROM amendments WHERE document_id = ? AND id = ?').get(documentId, id) as AmendmentRow | undefined;
    return row && toRecord(row);
  }

  list(documentId: string, filter: AmendmentFilter & { authorId?: string } = {}): AmendmentRecord[] {
    const where = ['document_id = ?'];
    const params: unknown[] = [documentId];
    if (filter.group) {
      where.push('group_id = ?');
      params.push(filter.group);
    }
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    if (filter.paragraph) {
      where.push('paragraph_id = ?');
      params.push(filter.paragraph);
    }
    const author = filter.authorId ?? filter.author;
    if (author) {
      where.push('author_id = ?');
      params.push(author);
    }
    const rows = this.db.prepare(`SELECT * FROM amendments WHERE ${where.join(' AND ')} ORDER BY created_at, id`).all(...params) as AmendmentRow[];
    return rows.map(toRecord);
  }

  openParagraphIds(documentId: string): string[] {
    const rows = this.db.prepare("SELECT DISTINCT paragraph_id FROM amendments WHERE document_id = ? AND status = 'proposed'").all(documentId) as Array<{ paragraph_id: string }>;
    return rows.map((row) => row.paragraph_id);
  }

  /** Open amendments, of the whole document or only of the given paragraphs. */
  listOpen(documentId: string, paragraphIds?: Iterable<string>): AmendmentRecord[] {
    const rows = (paragraphIds
      ? this.db
          .prepare("SELECT * FROM amendments WHERE document_id = ? AND status = 'proposed' AND paragraph_id IN (SELECT value FROM json_each(?)) ORDER BY created_at")
          .all(documentId, JSON.stringify([...paragraphIds]))
      : this.db.prepare("SELECT * FROM amendments WHERE document_id = ? AND status = 'proposed' ORDER BY created_at").all(documentId)) as AmendmentRow[];
    return rows.map(toRecord);
  }

  /**
   * Moves an amendment from `fromStatus` to another status only if nobody changed it meanwhile:
   * the compare-and-set behind every decision. Returns whether this call won.
   */
  transition(
    id: string,
    expectedVersion: number,
    fromStatuses: readonly AmendmentStatus[],
    change: { status: AmendmentStatus; staleReason?: string | null; decidedBy?: string | null; decisionNote?: string | null; decidedAt?: number | null },
    now = Date.now(),
  ): boolean {
    const placeholders = fromStatuses.map(() => '?').join(',');
    const result = this.db
      .prepare(
        `UPDATE amendments SET status = ?, stale_reason = ?, decided_by = coalesce(?, decided_by), decision_note = coalesce(?, decision_note),
           decided_at = coalesce(?, decided_at), updated_at = ?, version = version + 1
         WHERE id = ? AND version = ? AND status IN (${placeholders})`,
      )
      .run(change.status, change.staleReason ?? null, change.decidedBy ?? null, change.decisionNote ?? null, change.decidedAt ?? null, now, id, expectedVersion, ...fromStatuses);
    return result.changes === 1;
  }

  /** Opens a decided or stale amendment again (a decision undone): no decision, no stale reason. */
  reopen(id: string, expectedVersion: number, fromStatuses: readonly AmendmentStatus[], now = Date.now()): boolean {
    const placeholders = fromStatuses.map(() => '?').join(',');
    const result = this.db
      .prepare(
        `UPDATE amendments SET status = 'proposed', stale_reason = NULL, decided_by = NULL, decision_note = NULL, decided_at = NULL,
           updated_at = ?, version = version + 1
         WHERE id = ? AND version = ? AND status IN (${placeholders})`,
      )
      .run(now, id, expectedVersion, ...fromStatuses);
    return result.changes === 1;
  }

  /** Follows the text after a split or join: new place, same wording. */
  reanchor(id: string, paragraphId: string, anchor: { start: Uint8Array; end: Uint8Array; contextBefore: string; contextAfter: string }, from: number, to: number): void {
    this.db
      .prepare(
        'UPDATE amendments SET paragraph_id = ?, anchor_start = ?, anchor_end = ?, context_before = ?, context_after = ?, offset_from = ?, offset_to = ? WHERE id = ?',
      )
      .run(paragraphId, anchor.start, anchor.end, anchor.contextBefore, anchor.contextAfter, from, to, id);
  }

  updateOffsets(id: string, from: number, to: number): void {
    this.db.prepare('UPDATE amendments SET offset_from = ?, offset_to = ? WHERE id = ?').run(from, to, id);
  }

  /** Rewords an amendment, keeping its previous wording in the history. */
  revise(record: AmendmentRecord, next: Pick<AmendmentRecord, 'paragraphId' | 'anchorStart' | 'anchorEnd' | 'offsetFrom' | 'offsetTo' | 'expected' | 'proposed' | 'contextBefore' | 'contextAfter' | 'rationale'>, now = Date.now()): boolean {
    return this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO amendment_edits (amendment_id, version, expected, proposed, rationale, offset_from, offset_to, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(record.id, record.version, record.expected, record.proposed, record.rationale, record.offsetFrom, record.offsetTo, now);
      const result = this.db
        .prepare(
          `UPDATE amendments SET paragraph_id = ?, anchor_start = ?, anchor_end = ?, offset_from = ?, offset_to = ?, expected = ?, proposed = ?,
             context_before = ?, context_after = ?, rationale = ?, status = 'proposed', stale_reason = NULL, updated_at = ?, version = version + 1
           WHERE id = ? AND version = ? AND status IN ('proposed', 'stale')`,
        )
        .run(next.paragraphId, next.anchorStart, next.anchorEnd, next.offsetFrom, next.offsetTo, next.expected, next.proposed, next.contextBefore, next.contextAfter, next.rationale, now, record.id, record.version);
      if (result.changes !== 1) throw new Error('amendment changed meanwhile');
      return true;
    })();
  }

  history(ids: readonly string[]): Map<string, Array<{ version: number; expected: string; proposed: string; rationale: string; editedAt: number }>> {
    const map = new Map<string, Array<{ version: number; expected: string; proposed: string; rationale: string; editedAt: number }>>();
    if (ids.length === 0) return map;
    const rows = this.db
      .prepare(`SELECT amendment_id, version, expected, proposed, rationale, edited_at FROM amendment_edits WHERE amendment_id IN (SELECT value FROM json_each(?)) ORDER BY version`)
      .all(JSON.stringify(ids)) as Array<{ amendment_id: string; version: number; expected: string; proposed: string; rationale: string; edited_at: number }>;
    for (const row of rows) {
      const list = map.get(row.amendment_id) ?? [];
      list.push({ version: row.version, expected: row.expected, proposed: row.proposed, rationale: row.rationale, editedAt: row.edited_at });
      map.set(row.amendment_id, list);
    }
    return map;
  }

  addSupporter(amendmentId: string, participantId: string, now = Date.now()): boolean {
    return this.db.prepare('INSERT OR IGNORE INTO amendment_supporters (amendment_id, participant_id, created_at) VALUES (?, ?, ?)').run(amendmentId, participantId, now).changes === 1;
  }

  removeSupporter(amendmentId: string, participantId: string): boolean {
    return this.db.prepare('DELETE FROM amendment_supporters WHERE amendment_id = ? AND participant_id = ?').run(amendmentId, participantId).changes === 1;
  }

  supporters(documentId: string, ids?: readonly string[]): SupporterRow[] {
    const rows = (ids
      ? this.db.prepare('SELECT amendment_id, participant_id, created_at FROM amendment_supporters WHERE amendment_id IN (SELECT value FROM json_each(?)) ORDER BY created_at').all(JSON.stringify(ids))
      : this.db
          .prepare('SELECT s.amendment_id, s.participant_id, s.created_at FROM amendment_supporters s JOIN amendments a ON a.id = s.amendment_id WHERE a.document_id = ? ORDER BY s.created_at')
          .all(documentId)) as Array<{ amendment_id: string; participant_id: string; created_at: number }>;
    return rows.map((row) => ({ amendmentId: row.amendment_id, participantId: row.participant_id, createdAt: row.created_at }));
  }

  addComment(amendmentId: string, authorId: string, body: string, parentId: string | null, now = Date.now()): CommentRecord {
    const id = newId('co');
    this.db.prepare('INSERT INTO amendment_comments (id, amendment_id, parent_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, amendmentId, parentId, authorId, body, now);
    return { id, amendmentId, parentId, authorId, body, createdAt: now };
  }

  comments(amendmentId: string): CommentRecord[] {
    const rows = this.db.prepare('SELECT * FROM amendment_comments WHERE amendment_id = ? ORDER BY created_at, id').all(amendmentId) as Array<{ id: string; amendment_id: string; parent_id: string | null; author_id: string; body: string; created_at: number }>;
    return rows.map((row) => ({ id: row.id, amendmentId: row.amendment_id, parentId: row.parent_id, authorId: row.author_id, body: row.body, createdAt: row.created_at }));
  }

  /** Comments per amendment: of the given ones, or of every amendment in the document. */
  commentCounts(documentId: string, ids?: readonly string[]): Map<string, number> {
    const rows = (ids
      ? this.db.prepare('SELECT amendment_id, count(*) AS n FROM amendment_comments WHERE amendment_id IN (SELECT value FROM json_each(?)) GROUP BY amendment_id').all(JSON.stringify(ids))
      : this.db
          .prepare('SELECT c.amendment_id, count(*) AS n FROM amendment_comments c JOIN amendments a ON a.id = c.amendment_id WHERE a.document_id = ? GROUP BY c.amendment_id')
          .all(documentId)) as Array<{ amendment_id: string; n: number }>;
    return new Map(rows.map((row) => [row.amendment_id, row.n]));
  }

  periodOpen(documentId: string): boolean {
    const row = this.db.prepare('SELECT amendment_period_open AS open FROM documents WHERE id = ?').get(documentId) as { open: number } | undefined;
    return row?.open === 1;
  }

  setPeriodOpen(documentId: string, open: boolean): void {
    this.db.prepare('UPDATE documents SET amendment_period_open = ? WHERE id = ?').run(open ? 1 : 0, documentId);
  }
}
