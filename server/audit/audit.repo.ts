/** The append-only audit log: who did what, in which group, when. */
import type { Db } from '../db/database.js';
import { z } from 'zod';

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  participantId: z.string().nullable(),
  participantName: z.string().nullable(),
  groupId: z.string().nullable(),
  action: z.string(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export interface AuditActor {
  participantId: string | null;
  groupId: string | null;
}

export class AuditRepo {
  private readonly insert;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      'INSERT INTO audit_log (document_id, at, participant_id, group_id, action, target_id, details_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  append(documentId: string, actor: AuditActor, action: string, targetId: string | null, details: Record<string, unknown> = {}, at = Date.now()): void {
    this.insert.run(documentId, at, actor.participantId, actor.groupId, action, targetId, JSON.stringify(details));
  }

  list(documentId: string, options: { afterSeq?: number; limit?: number } = {}): AuditEntry[] {
    const rows = this.db
      .prepare(
        `SELECT a.seq, a.at, a.participant_id, pe.name AS participant_name, a.group_id, a.action, a.target_id, a.details_json
         FROM audit_log a LEFT JOIN participants p ON p.id = a.participant_id LEFT JOIN people pe ON pe.id = p.person_id
         WHERE a.document_id = ? AND a.seq > ? ORDER BY a.seq LIMIT ?`,
      )
      .all(documentId, options.afterSeq ?? 0, Math.min(options.limit ?? 1000, 5000)) as Array<{
      seq: number;
      at: number;
      participant_id: string | null;
      participant_name: string | null;
      group_id: string | null;
      action: string;
      target_id: string | null;
      details_json: string;
    }>;
    return rows.map((row) => ({
      seq: row.seq,
      at: new Date(row.at).toISOString(),
      participantId: row.participant_id,
      participantName: row.participant_name,
      groupId: row.group_id,
      action: row.action,
      targetId: row.target_id,
      details: JSON.parse(row.details_json) as Record<string, unknown>,
    }));
  }
}
