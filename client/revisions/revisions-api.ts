/** Calls to /api/documents/:id/revisions and /compare. */
import { z } from 'zod';
import { paragraphSchema, type Paragraph } from '../../shared/api/documents.js';
import { comparisonSchema, revisionViewSchema, type Comparison, type RevisionView } from '../../shared/revisions/revision-schemas.js';
import type { ApiClient } from '../api/api-client';

/** The comparison side that stands for the text as it is now. */
export const LIVE = 'live';

const revisionListSchema = z.object({ revisions: z.array(revisionViewSchema) });
const revisionEnvelopeSchema = z.object({ revision: revisionViewSchema });
const revisionDetailSchema = z.object({ revision: revisionViewSchema, paragraphs: z.array(paragraphSchema) });

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;
const revisionPath = (documentId: string, revisionId: string) => `${documentPath(documentId)}/revisions/${encodeURIComponent(revisionId)}`;

/** Newest first, named revisions and checkpoints together. */
export async function listRevisions(api: ApiClient, documentId: string): Promise<RevisionView[]> {
  return (await api.get(`${documentPath(documentId)}/revisions`, revisionListSchema)).revisions;
}

export async function cutRevision(api: ApiClient, documentId: string, name: string): Promise<RevisionView> {
  return (await api.post(`${documentPath(documentId)}/revisions`, { name }, revisionEnvelopeSchema)).revision;
}

export function getRevision(api: ApiClient, documentId: string, revisionId: string): Promise<{ revision: RevisionView; paragraphs: Paragraph[] }> {
  return api.get(revisionPath(documentId, revisionId), revisionDetailSchema);
}

export async function restoreRevision(api: ApiClient, documentId: string, revisionId: string): Promise<RevisionView> {
  return (await api.post(`${revisionPath(documentId, revisionId)}/restore`, {}, revisionEnvelopeSchema)).revision;
}

export function compareRevisions(api: ApiClient, documentId: string, from: string, to: string): Promise<Comparison> {
  const query = new URLSearchParams({ from, to });
  return api.get(`${documentPath(documentId)}/compare?${query.toString()}`, comparisonSchema);
}
