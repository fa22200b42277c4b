/** Calls to /api/documents. */
import { z } from 'zod';
import {
  documentSummarySchema,
  paragraphSchema,
  type CreateDocumentRequest,
  type DocumentSummary,
  type Paragraph,
} from '../../shared/api/documents.js';
import type { ApiClient } from './api-client';

const documentListSchema = z.object({ documents: z.array(documentSummarySchema) });
const documentEnvelopeSchema = z.object({ document: documentSummarySchema });
const paragraphListSchema = z.object({ paragraphs: z.array(paragraphSchema) });

const documentPath = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

export async function listDocuments(api: ApiClient): Promise<DocumentSummary[]> {
  return (await api.get('/api/documents', documentListSchema)).documents;
}

export async function getDocument(api: ApiClient, id: string): Promise<DocumentSummary> {
  return (await api.get(documentPath(id), documentEnvelopeSchema)).document;
}

export async function createDocument(api: ApiClient, request: CreateDocumentRequest): Promise<DocumentSummary> {
  return (await api.post('/api/documents', request, documentEnvelopeSchema)).document;
}

export async function renameDocument(api: ApiClient, id: string, title: string): Promise<DocumentSummary> {
  return (await api.patch(documentPath(id), { title }, documentEnvelopeSchema)).document;
}

export async function listParagraphs(api: ApiClient, id: string): Promise<Paragraph[]> {
  return (await api.get(`${documentPath(id)}/paragraphs`, paragraphListSchema)).paragraphs;
}
