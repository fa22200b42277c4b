/** The comparison query and the response envelopes of the revisions and silence API. */
import { z } from 'zod';
import { revisionViewSchema, silenceViewSchema } from '../revisions/revision-schemas.js';
import { LIVE_REVISION } from '../export/export-model.js';
import { paragraphSchema } from './documents.js';

const side = (name: string) =>
  z.string({ error: `${name} must be a revision id or "${LIVE_REVISION}"` }).min(1, `${name} must be a revision id or "${LIVE_REVISION}"`).max(60, `${name} is too long for a revision id`);

/** `GET /api/documents/:id/compare?from=&to=`: `to` is the live text unless given. */
export const compareQuerySchema = z.object({ from: side('from'), to: side('to').default(LIVE_REVISION) });
export type CompareQuery = z.infer<typeof compareQuerySchema>;

export const revisionListSchema = z.object({ revisions: z.array(revisionViewSchema) });
export const revisionEnvelopeSchema = z.object({ revision: revisionViewSchema });
export const revisionDetailSchema = z.object({ revision: revisionViewSchema, paragraphs: z.array(paragraphSchema) });

export const silenceStateSchema = z.object({ current: silenceViewSchema.nullable(), procedures: z.array(silenceViewSchema) });
export const procedureEnvelopeSchema = z.object({ procedure: silenceViewSchema });
