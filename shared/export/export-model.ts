/** The export model: one document (live or a revision) with its amendments, from which every format is rendered. */
import { z } from 'zod';
import { amendmentViewSchema } from '../amendments/amendment-schemas.js';
import { blockKindSchema, paragraphStatusSchema } from '../document/kinds.js';
import { groupSchema } from '../groups.js';
import { DEFAULT_EXPORT_LANGUAGE, exportLanguageSchema } from './export-captions.js';

export const EXPORT_FORMATS = ['docx', 'html', 'md', 'txt', 'json', 'akn'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const EXPORT_VARIANTS = ['clean', 'tracked', 'compilation'] as const;
export const exportVariantSchema = z.enum(EXPORT_VARIANTS);
export type ExportVariant = z.infer<typeof exportVariantSchema>;

export const LIVE_REVISION = 'live';

/** `GET /api/documents/:id/export` query: format required, variant clean and the live text by default. */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` }),
  variant: z.enum(EXPORT_VARIANTS, { error: `variant must be one of ${EXPORT_VARIANTS.join(', ')}` }).default('clean'),
  revision: z
    .string({ error: `revision must be a revision id or "${LIVE_REVISION}"` })
    .min(1, `revision must be a revision id or "${LIVE_REVISION}"`)
    .max(80, 'revision id too long')
    .default(LIVE_REVISION),
  /** The captions' language while documents carry none of their own. */
  lang: exportLanguageSchema.default(DEFAULT_EXPORT_LANGUAGE),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export const MARKS = ['bold', 'italic', 'underline', 'strike'] as const;
export const markSchema = z.enum(MARKS);
export type Mark = z.infer<typeof markSchema>;

/** A stretch of text with the same formatting; a hard break is a `\n` in `text`, as in the plain text. */
export const inlineRunSchema = z.object({ text: z.string(), marks: z.array(markSchema) });
export type InlineRun = z.infer<typeof inlineRunSchema>;

export const exportBlockSchema = z.object({
  id: z.string().nullable(),
  kind: blockKindSchema,
  /** From `numberBlocks`: the same as the editor and `/paragraphs`. */
  number: z.string().nullable(),
  status: paragraphStatusSchema.nullable(),
  text: z.string(),
  runs: z.array(inlineRunSchema),
});
export type ExportBlock = z.infer<typeof exportBlockSchema>;

const exportPersonSchema = z.object({ name: z.string(), groupId: z.string() });

/** An amendment as exports show it: the view's wording and place, with names instead of participant ids. */
export const exportAmendmentSchema = amendmentViewSchema
  .pick({
    id: true,
    kind: true,
    paragraphId: true,
    paragraphKind: true,
    from: true,
    to: true,
    expected: true,
    proposed: true,
    contextBefore: true,
    rationale: true,
    status: true,
    createdAt: true,
  })
  .extend({
    author: exportPersonSchema,
    cosponsors: z.array(exportPersonSchema),
    decision: z.object({ by: z.string(), note: z.string(), at: z.string() }).nullable(),
  });
export type ExportAmendment = z.infer<typeof exportAmendmentSchema>;

export const exportModelSchema = z.object({
  document: z.object({ id: z.string(), title: z.string(), slug: z.string(), createdAt: z.string() }),
  /** `id` null for the live text. */
  revision: z.object({ id: z.string().nullable(), name: z.string(), slug: z.string(), createdAt: z.string() }),
  generatedAt: z.string(),
  /** The language of the captions (the document's own text is as written). */
  language: exportLanguageSchema.default(DEFAULT_EXPORT_LANGUAGE),
  groups: z.array(groupSchema),
  blocks: z.array(exportBlockSchema),
  /** Every amendment on the document, whatever its status, oldest first. */
  amendments: z.array(exportAmendmentSchema),
});
export type ExportModel = z.infer<typeof exportModelSchema>;

/** One piece of a paragraph in the tracked variant: unchanged, or deleted / inserted by an amendment of a group. */
export const trackedSegmentSchema = z.object({
  type: z.enum(['same', 'deleted', 'inserted']),
  text: z.string(),
  marks: z.array(markSchema),
  amendmentId: z.string().nullable(),
  groupId: z.string().nullable(),
});
export type TrackedSegment = z.infer<typeof trackedSegmentSchema>;

/** The `json` format: the model for one variant; tracked blocks carry their segments. */
export const exportJsonSchema = exportModelSchema.extend({
  format: z.literal('concord-export'),
  version: z.literal(1),
  variant: exportVariantSchema,
  blocks: z.array(exportBlockSchema.extend({ segments: z.array(trackedSegmentSchema).optional() })),
});
export type ExportJson = z.infer<typeof exportJsonSchema>;
