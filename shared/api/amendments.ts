/** Response envelopes of the amendments API and the audit log's query (request bodies are in shared/amendments). */
import { z } from 'zod';
import { amendmentViewSchema, commentViewSchema } from '../amendments/amendment-schemas.js';
import { apiErrorSchema } from './participants.js';

export const amendmentListSchema = z.object({ amendments: z.array(amendmentViewSchema), periodOpen: z.boolean() });
export const amendmentEnvelopeSchema = z.object({ amendment: amendmentViewSchema });
export const commentListSchema = z.object({ comments: z.array(commentViewSchema) });
export const commentEnvelopeSchema = z.object({ comment: commentViewSchema });
export const periodStateSchema = z.object({ open: z.boolean() });

/** One result per id of a bulk decision: the amendment, or why it was not decided. */
export const bulkDecisionResultsSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      ok: z.boolean(),
      amendment: amendmentViewSchema.optional(),
      error: apiErrorSchema.shape.error.optional(),
    }),
  ),
});
export type BulkDecisionResults = z.infer<typeof bulkDecisionResultsSchema>;

const count = (name: string, min: number) =>
  z.coerce.number<string>({ error: `${name} must be an integer of at least ${min}` }).int(`${name} must be an integer of at least ${min}`).min(min, `${name} must be an integer of at least ${min}`);

/** `GET /api/documents/:id/audit?after=&limit=`: entries after a sequence number, oldest first. */
export const auditQuerySchema = z.object({
  after: count('after', 0).default(0),
  limit: count('limit', 1).default(1000),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
