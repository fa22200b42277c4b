/** Request and response shapes of the documents API, one source for server validation and client types. */
import { z } from 'zod';
import { groupSchema } from '../groups.js';
import { blockKindSchema, paragraphStatusSchema } from '../document/kinds.js';
import { roleSchema } from '../roles.js';
import { documentLimitsSchema } from '../collab/limits.js';

export const MAX_TITLE_LENGTH = 300;
export const MAX_MARKDOWN_BYTES = 2 * 1024 * 1024;

/** UTF-8 length without encoding a copy (the client has no Buffer); a lone surrogate counts as the 3 bytes it becomes. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

const markdownTooLarge = `the Markdown is larger than ${MAX_MARKDOWN_BYTES / (1024 * 1024)} MiB (counted in UTF-8 bytes)`;
// The length check first: past it no string can fit, and it costs nothing.
const markdownSchema = z
  .string()
  .max(MAX_MARKDOWN_BYTES, { message: markdownTooLarge })
  .refine((text) => utf8ByteLength(text) <= MAX_MARKDOWN_BYTES, { message: markdownTooLarge });

export const createDocumentSchema = z
  .object({
    title: z.string().trim().min(1).max(MAX_TITLE_LENGTH).optional(),
    markdown: markdownSchema.optional(),
    fixture: z.string().regex(/^[a-z0-9-]{1,80}$/).optional(),
    groups: z.array(groupSchema).min(1).max(20).optional(),
    groupId: z.string().min(1).max(40).optional(),
  })
  .strict()
  .refine((body) => !(body.markdown !== undefined && body.fixture !== undefined), {
    message: 'give either markdown or fixture, not both',
  })
  .refine((body) => body.markdown !== undefined || body.fixture !== undefined || body.title !== undefined, {
    message: 'give a title, markdown or a fixture',
  });
export type CreateDocumentRequest = z.infer<typeof createDocumentSchema>;

export const renameDocumentSchema = z.object({ title: z.string().trim().min(1).max(MAX_TITLE_LENGTH) }).strict();
export type RenameDocumentRequest = z.infer<typeof renameDocumentSchema>;

export const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  groups: z.array(groupSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  myRole: roleSchema,
  myGroupId: z.string(),
  myParticipantId: z.string(),
  /** The sizes the server holds the live text to; the editor checks them before sending. */
  limits: documentLimitsSchema,
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const paragraphSchema = z.object({
  id: z.string().nullable(),
  index: z.number().int(),
  kind: blockKindSchema,
  number: z.string().nullable(),
  status: paragraphStatusSchema.nullable(),
  text: z.string(),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const documentListSchema = z.object({ documents: z.array(documentSummarySchema) });
export const documentEnvelopeSchema = z.object({ document: documentSummarySchema });
export const paragraphListSchema = z.object({ paragraphs: z.array(paragraphSchema) });
export const paragraphEnvelopeSchema = z.object({ paragraph: paragraphSchema });

export const setParagraphStatusSchema = z.object({ status: paragraphStatusSchema }).strict();
export type SetParagraphStatusRequest = z.infer<typeof setParagraphStatusSchema>;
