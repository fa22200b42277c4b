/** Silence procedures on a revision, and the breaks of silence by stakeholder groups. */
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

export type SilenceOutcome = 'held' | 'broken' | 'cancelled';

export interface SilenceRecord {
  id: string;
  documentId: string;
  revisionId: string;
  deadline: number;
  startedBy: string;
  startedAt: number;
  outcome: SilenceOutcome | null;
  concludedAt: number | null;
}

export interface SilenceBreak {
  paragraphId: string;
  participantId: string;
  groupId: string;
  reason: string;
  createdAt: number;
}

interface Row {
  id: string;
  document_id: string;
  revision_id: string;
  deadline: number;
  started_by: string;
  started_at: number;
  outcome: SilenceOutcome | null;
  concluded_at: number | null;
}

const toRecord = (row: Row): SilenceRecord => ({
  id: row.id,
  documentId: row.document_id,
  revisionId: row.revision_id,
  deadline: row.deadline,
  startedBy: row.started_by,
  startedAt: row.started_at,
  outcome: row.outcome,
  concludedAt: row.concluded_at,
});

export class SilenceRepo {
  constructor(private readonly db: Db) {}

  start(documentId: string, revisionId: string, deadline: number, startedBy: string, now = Date.now()): SilenceRecord {
    const id = newId('si');
    this.db
      .prepare('INSERT INTO silence_procedures (id, document_id, revision_id, deadline, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, documentId, revisionId, deadline, startedBy, now);
    return { id, documentId, revisionId, deadline, startedBy, startedAt: now, outcome: null, concludedAt: null };
  }

  active(documentId: string): SilenceRecord | undefined {
    const row = this.db.prepare('SELECT * FROM silence_procedures WHERE document_id = ? AND outcome IS NULL ORDER BY started_at DESC LIMIT 1').get(documentId) as Row | undefined;
    return row && toRecord(row);
  }

  list(documentId: string): SilenceRecord[] {
    return (this.db.prepare('SELECT * FROM silence_procedures WHERE document_id = ? ORDER BY started_at DESC').all(documentId) as Row[]).map(toRecord);
  }

  due(now = Date.now()): SilenceRecord[] {
    return (this.db.prepare('SELECT * FROM silence_procedures WHERE outcome IS NULL AND deadline <= ?').all(now) as Row[]).map(toRecord);
  }

  /** Records the outcome once; false when another call concluded it first. */
  conclude(id: string, outcome: SilenceOutcome, now = Date.now()): boolean {
    return this.db.prepare('UPDATE silence_procedures SET outcome = ?, concluded_at = ? WHERE id = ? AND outcome IS NULL').run(outcome, now, id).changes === 1;
  }

  addBreak(procedureId: string, entry: SilenceBreak): boolean {
    return (
      this.db
        .prepare('INSERT OR IGNORE INTO silence_breaks (procedure_id, paragraph_id, participant_id, group_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(procedureId, entry.paragraphId, entry.participantId, entry.groupId, entry.reason, entry.createdAt).changes === 1
    );
  }

  breaks(procedureId: string): SilenceBreak[] {
    const rows = this.db.prepare('SELECT * FROM silence_breaks WHERE procedure_id = ? ORDER BY created_at').all(procedureId) as Array<{
      paragraph_id: string;
      participant_id: string;
      group_id: string;
      reason: string;
      created_at: number;
    }>;
    return rows.map((row) => ({ paragraphId: row.paragraph_id, participantId: row.participant_id, groupId: row.group_id, reason: row.reason, createdAt: row.created_at }));
  }
}
