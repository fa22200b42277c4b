/** The chair's status for each paragraph (open, bracketed, agreed ad ref, agreed); a paragraph without a row is open. */
import type { Db } from '../db/database.js';
import type { ParagraphStatus } from '../../shared/document/kinds.js';

export class ParagraphStatusRepo {
  constructor(private readonly db: Db) {}

  map(documentId: string): Map<string, ParagraphStatus> {
    const rows = this.db.prepare('SELECT paragraph_id, status FROM paragraph_statuses WHERE document_id = ?').all(documentId) as Array<{ paragraph_id: string; status: ParagraphStatus }>;
    return new Map(rows.map((row) => [row.paragraph_id, row.status]));
  }

  set(documentId: string, paragraphId: string, status: ParagraphStatus, setBy: string | null, now = Date.now()): void {
    this.db
      .prepare(
        `INSERT INTO paragraph_statuses (document_id, paragraph_id, status, set_by, set_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (document_id, paragraph_id) DO UPDATE SET status = excluded.status, set_by = excluded.set_by, set_at = excluded.set_at`,
      )
      .run(documentId, paragraphId, status, setBy, now);
  }
}
