/** The chair's status of one paragraph: PUT /api/documents/:id/paragraphs/:pid/status. */
import { z } from 'zod';
import { paragraphSchema } from '../../shared/api/documents.js';
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import type { ApiClient } from '../api/api-client';

const paragraphEnvelopeSchema = z.object({ paragraph: paragraphSchema });

export async function setParagraphStatus(api: ApiClient, documentId: string, paragraphId: string, status: ParagraphStatus): Promise<void> {
  const path = `/api/documents/${encodeURIComponent(documentId)}/paragraphs/${encodeURIComponent(paragraphId)}/status`;
  await api.put(path, { status }, paragraphEnvelopeSchema);
}
