/** `GET /api/documents/:id/audit`: the append-only log as the client reads it (see server/audit/audit.repo.ts). */
import { z } from 'zod';

export const auditEntryViewSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  participantId: z.string().nullable(),
  participantName: z.string().nullable(),
  groupId: z.string().nullable(),
  action: z.string(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

export const auditListSchema = z.object({ entries: z.array(auditEntryViewSchema) });
