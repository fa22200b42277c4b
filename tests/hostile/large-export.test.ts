import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { RENDER_IN_PLACE_UP_TO } from '../../server/export/export-renderer.js';
import { healthy } from './hostile-clients.js';

let server: TestServer;
let document: TestDocument;
const PARAGRAPHS = RENDER_IN_PLACE_UP_TO + 100;

beforeAll(async () => {
  server = await startTestServer();
  const markdown = `# A long outcome\n\n${Array.from({ length: PARAGRAPHS }, (_, i) => `1. Operative paragraph ${i} recalls the commitments of the summit.`).join('\n\n')}\n`;
  document = buildDocument(server.deps, { markdown });
});
afterAll(async () => server.dispose());

async function exported(format: string, variant: string): Promise<Response> {
  return fetch(`${server.url}/api/documents/${document.documentId}/export?format=${format}&variant=${variant}`, {
    headers: { authorization: `Bearer ${document.chair.token}` },
  });
}

describe('exports of a document too long to render on the event loop', () => {
  it('renders them in the export worker, whole, while the server keeps answering', async () => {
    const [docx, health] = await Promise.all([exported('docx', 'tracked'), healthy(server.url)]);
    expect(health).toBe(true);
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(body).toContain(`Operative paragraph ${PARAGRAPHS - 1} recalls`);
    const text = await (await exported('txt', 'clean')).text();
    expect(text).toContain('Operative paragraph 0 recalls');
    expect(text).toContain(`Operative paragraph ${PARAGRAPHS - 1} recalls`);
  });
});
