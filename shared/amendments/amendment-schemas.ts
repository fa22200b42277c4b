/** Amendments: what may be proposed, how one is shown, and how it is decided. One source for both sides. */
import { z } from 'zod';
import { paragraphStatusSchema, type ParagraphStatus } from '../document/kinds.js';

export const MAX_AMENDMENT_TEXT = 10_000;
export const MAX_RATIONALE = 4_000;
export const MAX_COMMENT = 4_000;
export const MAX_DECISION_NOTE = 2_000;
export const MAX_BULK_DECISIONS = 500;

export const AMENDMENT_KINDS = ['replace', 'insert', 'delete', 'insert-paragraph', 'delete-paragraph'] as const;
export const amendmentKindSchema = z.enum(AMENDMENT_KINDS);
export type AmendmentKind = z.infer<typeof amendmentKindSchema>;

export const AMENDMENT_STATUSES = ['proposed', 'accepted', 'rejected', 'withdrawn', 'stale'] as const;
export const amendmentStatusSchema = z.enum(AMENDMENT_STATUSES);
export type AmendmentStatus = z.infer<typeof amendmentStatusSchema>;

/** Statuses an amendment can still be acted on in (decided, withdrawn or revised). */
export const OPEN_STATUSES: readonly AmendmentStatus[] = ['proposed', 'stale'];

const paragraphId = z.string().min(1).max(40);
const rationale = z.string().trim().max(MAX_RATIONALE).default('');

/** A change inside one paragraph, addressed by offsets into its plain text (as `/paragraphs` gives it). */
export const textAmendmentSchema = z
  .object({
    kind: z.enum(['replace', 'insert', 'delete']).optional(),
    paragraphId,
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    expected: z.string().max(MAX_AMENDMENT_TEXT),
    proposed: z.string().max(MAX_AMENDMENT_TEXT),
    rationale,
  })
  .strict()
  .refine((body) => body.to >= body.from, { message: 'to must not be before from' })
  .refine((body) => body.expected.length === body.to - body.from, { message: 'expected must be the text between from and to' })
  .refine((body) => body.expected !== body.proposed, { message: 'the proposal changes nothing' });

export const insertParagraphSchema = z
  .object({
    kind: z.literal('insert-paragraph'),
    /** The new paragraph goes after this one. */
    paragraphId,
    paragraphKind: z.enum(['heading', 'preambular', 'operative', 'subparagraph']).default('operative'),
    proposed: z.string().trim().min(1).max(MAX_AMENDMENT_TEXT),
    rationale,
  })
  .strict();

export const deleteParagraphSchema = z
  .object({
    kind: z.literal('delete-paragraph'),
    paragraphId,
    /** The paragraph's text as the proposer saw it; optional, but a mismatch is a 409 when given. */
    expected: z.string().max(MAX_AMENDMENT_TEXT).optional(),
    rationale,
  })
  .strict();

export const proposeAmendmentSchema = z.union([insertParagraphSchema, deleteParagraphSchema, textAmendmentSchema]);
export type ProposeAmendmentRequest = z.infer<typeof proposeAmendmentSchema>;

export const reviseAmendmentSchema = z
  .object({
    from: z.number().int().min(0).optional(),
    to: z.number().int().min(0).optional(),
    expected: z.string().max(MAX_AMENDMENT_TEXT).optional(),
    proposed: z.string().max(MAX_AMENDMENT_TEXT).optional(),
    rationale: z.string().trim().max(MAX_RATIONALE).optional(),
  })
  .strict();
export type ReviseAmendmentRequest = z.infer<typeof reviseAmendmentSchema>;

export const decisionSchema = z
  .object({ decision: z.enum(['accept', 'reject']), note: z.string().trim().max(MAX_DECISION_NOTE).default('') })
  .strict();
export type DecisionRequest = z.infer<typeof decisionSchema>;

export const bulkDecisionSchema = z
  .object({
    ids: z.array(z.string().min(1).max(60)).min(1).max(MAX_BULK_DECISIONS),
    decision: z.enum(['accept', 'reject']),
    note: z.string().trim().max(MAX_DECISION_NOTE).default(''),
  })
  .strict();

export const commentSchema = z
  .object({ body: z.string().trim().min(1).max(MAX_COMMENT), parentId: z.string().min(1).max(60).optional() })
  .strict();

export const periodSchema = z.object({ open: z.boolean() }).strict();

export const amendmentFilterSchema = z.object({
  group: z.string().max(40).optional(),
  status: amendmentStatusSchema.optional(),
  paragraph: z.string().max(40).optional(),
  author: z.string().max(60).optional(),
  mine: z.enum(['1', 'true']).optional(),
});
export type AmendmentFilter = z.infer<typeof amendmentFilterSchema>;

const personRef = z.object({ participantId: z.string(), name: z.string(), groupId: z.string() });

/** Why an amendment went stale, for a client to say in its own language (`staleReason` keeps the English). */
export const STALE_CODES = [
  'text-changed', 'text-ambiguous', 'paragraph-without-id', 'preceding-paragraph-deleted', 'paragraph-deleted', 'paragraph-changed', 'overlaps-accepted',
] as const;
export const staleCodeSchema = z.enum(STALE_CODES);
export type StaleCode = z.infer<typeof staleCodeSchema>;

/** `overlaps-accepted`: the accepted amendment, with what a reader knows it by (its paragraph and group). */
export const staleParamsSchema = z.object({ amendmentId: z.string(), paragraphId: z.string(), groupId: z.string() });
export type StaleParams = z.infer<typeof staleParamsSchema>;

/** An earlier wording of an amendment, kept when its author revised it. */
export const amendmentHistoryEntrySchema = z.object({
  version: z.number().int(),
  expected: z.string(),
  proposed: z.string(),
  rationale: z.string(),
  editedAt: z.string(),
});
export type AmendmentHistoryEntry = z.infer<typeof amendmentHistoryEntrySchema>;

/**
 * Earlier wordings an amendment's view carries. Views go into every list and event, so an amendment
 * revised a hundred times must not carry a hundred wordings each time; the whole history comes with
 * `GET /api/documents/:id/amendments/:aid`.
 */
export const RECENT_HISTORY_IN_VIEW = 3;

export const amendmentViewSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  kind: amendmentKindSchema,
  paragraphId: z.string(),
  paragraphKind: z.string().nullable(),
  /** Where the amended text is now in its paragraph (null when it cannot be found: stale or paragraph kinds). */
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  expected: z.string(),
  proposed: z.string(),
  /** Text around the amended range when it was proposed, for finding it again after a split or join. */
  contextBefore: z.string(),
  contextAfter: z.string(),
  rationale: z.string(),
  author: personRef,
  status: amendmentStatusSchema,
  staleReason: z.string().nullable(),
  /** Null when not stale, or for a reason this server version does not know. */
  staleCode: staleCodeSchema.nullable(),
  staleParams: staleParamsSchema.nullable(),
  supporters: z.array(personRef.extend({ at: z.string() })),
  commentCount: z.number().int(),
  decision: z.object({ by: personRef, note: z.string(), at: z.string() }).nullable(),
  /** How many times its author revised it (the number of earlier wordings). */
  historyCount: z.number().int(),
  /** The latest earlier wordings, oldest first (at most RECENT_HISTORY_IN_VIEW). */
  recentHistory: z.array(amendmentHistoryEntrySchema).max(RECENT_HISTORY_IN_VIEW),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type AmendmentView = z.infer<typeof amendmentViewSchema>;

export const commentViewSchema = z.object({
  id: z.string(),
  amendmentId: z.string(),
  parentId: z.string().nullable(),
  author: personRef,
  body: z.string(),
  createdAt: z.string(),
});
export type CommentView = z.infer<typeof commentViewSchema>;

/** `GET /api/documents/:id/amendments/:aid`: the amendment with its comments and every earlier wording, oldest first. */
export const amendmentDetailSchema = z.object({
  amendment: amendmentViewSchema,
  comments: z.array(commentViewSchema),
  history: z.array(amendmentHistoryEntrySchema),
});
export type AmendmentDetail = z.infer<typeof amendmentDetailSchema>;

export const groupStatsSchema = z.object({
  groupId: z.string(),
  total: z.number().int(),
  byStatus: z.record(amendmentStatusSchema, z.number().int()),
  /** accepted / (accepted + rejected), null while nothing was decided. */
  acceptanceRate: z.number().nullable(),
  supportsGiven: z.number().int(),
});

export const statsSchema = z.object({
  totals: z.record(amendmentStatusSchema, z.number().int()),
  byGroup: z.array(groupStatsSchema),
  paragraphs: z.array(z.object({ paragraphId: z.string(), number: z.string().nullable(), kind: z.string().nullable(), excerpt: z.string(), count: z.number().int() })),
  activity: z.array(z.object({ hour: z.string(), proposed: z.number().int(), decided: z.number().int() })),
  paragraphStatus: z.record(paragraphStatusSchema, z.number().int()),
});
export type AmendmentStats = z.infer<typeof statsSchema>;

/** Server-pushed events on `/api/documents/:id/events`. */
export type DocumentEvent =
  | { type: 'amendment'; amendment: AmendmentView }
  | { type: 'comment'; comment: CommentView }
  | { type: 'period'; open: boolean }
  | { type: 'paragraph-status'; paragraphId: string; status: ParagraphStatus }
  | { type: 'revision'; revisionId: string; kind: 'named' | 'checkpoint'; name: string }
  | { type: 'silence'; procedureId: string };
