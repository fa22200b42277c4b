/** Helpers for amendment tests: paragraphs by text, proposing and deciding through the real API. */
import { api } from './api.js';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import type { Paragraph } from '../../shared/api/documents.js';

export async function paragraphs(baseUrl: string, token: string, documentId: string): Promise<Paragraph[]> {
  const response = await api<{ paragraphs: Paragraph[] }>(baseUrl, 'GET', `/api/documents/${documentId}/paragraphs`, { token });
  return response.body.paragraphs;
}

export async function paragraphContaining(baseUrl: string, token: string, documentId: string, needle: string): Promise<Paragraph> {
  const found = (await paragraphs(baseUrl, token, documentId)).find((p) => p.text.includes(needle));
  if (!found) throw new Error(`no paragraph contains "${needle}"`);
  return found;
}

/** Proposes replacing `expected` (first occurrence in its paragraph) with `proposed`. */
export async function proposeReplacement(
  baseUrl: string,
  token: string,
  documentId: string,
  expected: string,
  proposed: string,
  rationale = 'Clearer wording.',
) {
  const paragraph = await paragraphContaining(baseUrl, token, documentId, expected);
  const from = paragraph.text.indexOf(expected);
  return api<{ amendment: AmendmentView; error?: { code: string; message: string } }>(baseUrl, 'POST', `/api/documents/${documentId}/amendments`, {
    token,
    body: { paragraphId: paragraph.id, from, to: from + expected.length, expected, proposed, rationale },
  });
}

export function decide(baseUrl: string, token: string, documentId: string, amendmentId: string, decision: 'accept' | 'reject', note = '') {
  return api<{ amendment: AmendmentView; error?: { code: string; message: string } }>(baseUrl, 'POST', `/api/documents/${documentId}/amendments/${amendmentId}/decision`, {
    token,
    body: { decision, note },
  });
}
