/** Calls to /api/documents/:id/amendments (+ decisions, support, comments), the period and the stats. */
import { z } from 'zod';
import {
  amendmentDetailSchema,
  amendmentViewSchema,
  commentViewSchema,
  statsSchema,
  type AmendmentDetail,
  type AmendmentStats,
  type AmendmentView,
  type CommentView,
  type proposeAmendmentSchema,
  type reviseAmendmentSchema,
} from '../../shared/amendments/amendment-schemas.js';
import type { ApiClient } from '../api/api-client';

export type ProposeBody = z.input<typeof proposeAmendmentSchema>;
export type ReviseBody = z.input<typeof reviseAmendmentSchema>;
export type Decision = 'accept' | 'reject';

const listSchema = z.object({ amendments: z.array(amendmentViewSchema), periodOpen: z.boolean() });
const envelopeSchema = z.object({ amendment: amendmentViewSchema });
const commentsSchema = z.object({ comments: z.array(commentViewSchema) });
const commentEnvelopeSchema = z.object({ comment: commentViewSchema });
const periodSchema = z.object({ open: z.boolean() });
const bulkSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      ok: z.boolean(),
      amendment: amendmentViewSchema.optional(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    }),
  ),
});
export type BulkResult = z.infer<typeof bulkSchema>['results'][number];

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;
const amendmentPath = (documentId: string, id: string) => `${documentPath(documentId)}/amendments/${encodeURIComponent(id)}`;

export function listAmendments(api: ApiClient, documentId: string): Promise<{ amendments: AmendmentView[]; periodOpen: boolean }> {
  return api.get(`${documentPath(documentId)}/amendments`, listSchema);
}

/** The amendment with its comments and its whole history (views in lists and events carry only the latest wordings). */
export function getAmendment(api: ApiClient, documentId: string, id: string): Promise<AmendmentDetail> {
  return api.get(amendmentPath(documentId, id), amendmentDetailSchema);
}

export async function proposeAmendment(api: ApiClient, documentId: string, body: ProposeBody): Promise<AmendmentView> {
  return (await api.post(`${documentPath(documentId)}/amendments`, body, envelopeSchema)).amendment;
}

export async function reviseAmendment(api: ApiClient, documentId: string, id: string, body: ReviseBody): Promise<AmendmentView> {
  return (await api.patch(amendmentPath(documentId, id), body, envelopeSchema)).amendment;
}

export async function decideAmendment(api: ApiClient, documentId: string, id: string, decision: Decision, note: string): Promise<AmendmentView> {
  return (await api.post(`${amendmentPath(documentId, id)}/decision`, { decision, note }, envelopeSchema)).amendment;
}

export async function decideAmendments(api: ApiClient, documentId: string, ids: readonly string[], decision: Decision, note: string): Promise<BulkResult[]> {
  return (await api.post(`${documentPath(documentId)}/amendments/decisions`, { ids, decision, note }, bulkSchema)).results;
}

/** The chair undoes an acceptance: its words reverted as a new edit; the amendment is open again. */
export async function undoAcceptance(api: ApiClient, documentId: string, id: string): Promise<AmendmentView> {
  return (await api.post(`${amendmentPath(documentId, id)}/undo`, {}, envelopeSchema)).amendment;
}

export async function withdrawAmendment(api: ApiClient, documentId: string, id: string): Promise<AmendmentView> {
  return (await api.post(`${amendmentPath(documentId, id)}/withdraw`, {}, envelopeSchema)).amendment;
}

export async function setSupport(api: ApiClient, documentId: string, id: string, on: boolean): Promise<AmendmentView> {
  const path = `${amendmentPath(documentId, id)}/support`;
  return (on ? await api.post(path, {}, envelopeSchema) : await api.delete(path, envelopeSchema)).amendment;
}

export async function listComments(api: ApiClient, documentId: string, id: string): Promise<CommentView[]> {
  return (await api.get(`${amendmentPath(documentId, id)}/comments`, commentsSchema)).comments;
}

export async function addComment(api: ApiClient, documentId: string, id: string, body: string, parentId?: string): Promise<CommentView> {
  return (await api.post(`${amendmentPath(documentId, id)}/comments`, parentId ? { body, parentId } : { body }, commentEnvelopeSchema)).comment;
}

export async function setAmendmentPeriod(api: ApiClient, documentId: string, open: boolean): Promise<boolean> {
  return (await api.put(`${documentPath(documentId)}/amendment-period`, { open }, periodSchema)).open;
}

export function getStats(api: ApiClient, documentId: string): Promise<AmendmentStats> {
  return api.get(`${documentPath(documentId)}/stats`, statsSchema);
}
