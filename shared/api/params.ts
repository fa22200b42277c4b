/** Path parameters of the API: `:id` is the document, the others name what is inside it. */
import { z } from 'zod';

// Generous enough for every id the server makes (`am_` + 20 characters, `p` + 10): a longer one names nothing.
const idParam = z.string().min(1).max(80);

export const documentParamsSchema = z.object({ id: idParam });
export const amendmentParamsSchema = documentParamsSchema.extend({ aid: idParam });
export const revisionParamsSchema = documentParamsSchema.extend({ rid: idParam });
export const paragraphParamsSchema = documentParamsSchema.extend({ pid: idParam });
export const participantParamsSchema = documentParamsSchema.extend({ pid: idParam });
