import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../shared/export/export-model.js';
import { api } from '../support/api.js';
import { paragraphContaining } from '../support/amendments.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let document: TestDocument;

beforeAll(async () => {
  server = await startTestServer();
  document = buildDocument(server.deps);
  for (const [needle, status] of [['First operative.', 'agreed-ad-ref'], ['Second operative.', 'agreed']] as const) {
    const paragraph = await paragraphContaining(server.url, document.chair.token, document.documentId, needle);
    await api(server.url, 'PUT', `/api/documents/${document.documentId}/paragraphs/${paragraph.id}/status`, { token: document.chair.token, body: { status } });
  }
});
afterAll(async () => server.dispose());

async function exported(query: string): Promise<string> {
  const response = await fetch(`${server.url}/api/documents/${document.documentId}/export?${query}`, { headers: { authorization: `Bearer ${document.chair.token}` } });
  expect(response.status).toBe(200);
  return response.text();
}

describe('exports of locked paragraphs', () => {
  it('give agreed and agreed-ad-ref in the JSON blocks', async () => {
    const json = exportJsonSchema.parse(JSON.parse(await exported('format=json&variant=clean')));
    expect(json.blocks.filter((block) => block.kind === 'operative').map((block) => [block.text, block.status])).toEqual([
      ['First operative.', 'agreed-ad-ref'],
      ['Second operative.', 'agreed'],
    ]);
  });

  it('class the HTML paragraphs by status, without brackets', async () => {
    const html = await exported('format=html&variant=clean');
    expect(html).toMatch(/<p class="[^"]*status-agreed-ad-ref[^"]*"[^>]*><span class="num">1\.<\/span><span class="text">First operative\.<\/span>/);
    expect(html).toMatch(/<p class="[^"]*status-agreed\b[^"]*"[^>]*><span class="num">2\.<\/span><span class="text">Second operative\.<\/span>/);
  });
});
