/** Calls to /api/documents/:id/silence: the procedure now running, its history, breaking and ending it. */
import { z } from 'zod';
import { silenceViewSchema, type SilenceView } from '../../shared/revisions/revision-schemas.js';
import type { ApiClient } from '../api/api-client';

const silenceStateSchema = z.object({ current: silenceViewSchema.nullable(), procedures: z.array(silenceViewSchema) });
export type SilenceState = z.infer<typeof silenceStateSchema>;
const procedureEnvelopeSchema = z.object({ procedure: silenceViewSchema });

const silencePath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/silence`;

export function getSilence(api: ApiClient, documentId: string): Promise<SilenceState> {
  return api.get(silencePath(documentId), silenceStateSchema);
}

/** `deadline` is an ISO time; the server defaults to 72 hours from now without one. */
export async function startSilence(api: ApiClient, documentId: string, revisionId: string, deadline?: string): Promise<SilenceView> {
  return (await api.post(silencePath(documentId), deadline ? { revisionId, deadline } : { revisionId }, procedureEnvelopeSchema)).procedure;
}

export async function breakSilence(api: ApiClient, documentId: string, paragraphId: string, reason: string): Promise<SilenceView> {
  return (await api.post(`${silencePath(documentId)}/breaks`, { paragraphId, reason }, procedureEnvelopeSchema)).procedure;
}

export async function cancelSilence(api: ApiClient, documentId: string): Promise<SilenceView> {
  return (await api.post(`${silencePath(documentId)}/cancel`, {}, procedureEnvelopeSchema)).procedure;
}
