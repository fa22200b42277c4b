/** Revisions, comparison and the silence procedure: request and response shapes for both sides. */
import { z } from 'zod';
import { blockKindSchema, paragraphStatusSchema } from '../document/kinds.js';

export const MAX_REVISION_NAME = 80;
export const MAX_SILENCE_REASON = 2_000;
export const DEFAULT_SILENCE_HOURS = 72;

export const cutRevisionSchema = z.object({ name: z.string().trim().min(1).max(MAX_REVISION_NAME) }).strict();

const personRef = z.object({ participantId: z.string(), name: z.string(), groupId: z.string() });

/** The server's checkpoint names, for a client to say in its own language (`name` keeps the English). */
export const CHECKPOINT_NAME_CODES = ['checkpoint-pause', 'checkpoint-everyone-left', 'before-restoring', 'restored'] as const;
export const checkpointNameCodeSchema = z.enum(CHECKPOINT_NAME_CODES);
export type CheckpointNameCode = z.infer<typeof checkpointNameCodeSchema>;

/** The restore codes: the revision restored, by id when it is still known, and by its name then. */
export const checkpointNameParamsSchema = z.object({ revisionId: z.string().nullable(), name: z.string() });
export type CheckpointNameParams = z.infer<typeof checkpointNameParamsSchema>;

export const revisionViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['named', 'checkpoint']),
  name: z.string(),
  /** Absent or null for a name the chair gave. */
  nameCode: checkpointNameCodeSchema.nullable().optional(),
  nameParams: checkpointNameParamsSchema.nullable().optional(),
  createdAt: z.string(),
  createdBy: personRef.nullable(),
  contributors: z.array(personRef.extend({ updates: z.number().int() })),
  restoredFrom: z.string().nullable(),
  paragraphCount: z.number().int(),
  agreedCount: z.number().int(),
});
export type RevisionView = z.infer<typeof revisionViewSchema>;

export const diffSegmentSchema = z.object({ type: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffSegment = z.infer<typeof diffSegmentSchema>;

export const comparedParagraphSchema = z.object({
  id: z.string(),
  change: z.enum(['added', 'deleted', 'changed', 'unchanged']),
  moved: z.boolean(),
  kind: blockKindSchema,
  previousKind: blockKindSchema.nullable(),
  fromNumber: z.string().nullable(),
  toNumber: z.string().nullable(),
  renumbered: z.boolean(),
  fromStatus: paragraphStatusSchema.nullable(),
  toStatus: paragraphStatusSchema.nullable(),
  segments: z.array(diffSegmentSchema),
  /** Set when the texts were too far apart to compare word by word: the old text deleted, the new inserted. */
  replacedWhole: z.boolean().optional(),
});
export type ComparedParagraph = z.infer<typeof comparedParagraphSchema>;

export const comparisonSummarySchema = z.object({
  added: z.number().int(),
  deleted: z.number().int(),
  changed: z.number().int(),
  moved: z.number().int(),
  renumbered: z.number().int(),
  unchanged: z.number().int(),
});

export const comparisonSchema = z.object({
  from: z.object({ id: z.string(), name: z.string() }),
  to: z.object({ id: z.string(), name: z.string() }),
  summary: comparisonSummarySchema,
  paragraphs: z.array(comparedParagraphSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const startSilenceSchema = z
  .object({ revisionId: z.string().min(1).max(60), deadline: z.string().datetime({ offset: true }).optional() })
  .strict();

export const breakSilenceSchema = z
  .object({ paragraphId: z.string().min(1).max(40), reason: z.string().trim().min(1).max(MAX_SILENCE_REASON) })
  .strict();

export const silenceViewSchema = z.object({
  id: z.string(),
  revision: z.object({ id: z.string(), name: z.string() }),
  deadline: z.string(),
  startedBy: personRef,
  startedAt: z.string(),
  outcome: z.enum(['held', 'broken', 'cancelled']).nullable(),
  concludedAt: z.string().nullable(),
  breaks: z.array(
    z.object({ paragraphId: z.string(), number: z.string().nullable(), excerpt: z.string(), by: personRef, groupId: z.string(), reason: z.string(), at: z.string() }),
  ),
});
export type SilenceView = z.infer<typeof silenceViewSchema>;
