import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_BYTES } from '../../shared/api/documents.js';
import { api } from '../support/api.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let document: TestDocument;
beforeAll(async () => {
  server = await startTestServer();
  document = buildDocument(server.deps);
});
afterAll(async () => server.dispose());

/** Markdown of short paragraphs of 'é' (two UTF-8 bytes, one character each), `bytes` long in UTF-8. */
function markdownOfBytes(bytes: number): string {
  const paragraph = `${'é'.repeat(999)}\n\n`; // 2,000 bytes
  const head = '# Accented\n\n';
  let text = head + paragraph.repeat(Math.floor((bytes - head.length) / 2_000));
  const rest = bytes - Buffer.byteLength(text);
  text += 'é'.repeat(Math.floor(rest / 2)) + (rest % 2 ? 'x' : '');
  expect(Buffer.byteLength(text)).toBe(bytes);
  return text;
}

const importMarkdown = (markdown: string) =>
  api<{ document?: { id: string }; error?: { code: string; message: string } }>(server.url, 'POST', '/api/documents', {
    token: document.chair.token,
    body: { title: 'Imported', markdown },
  });

describe('the Markdown import limit', () => {
  it('counts UTF-8 bytes: 2 MiB and one byte of accented text is refused with a clear error, though it is far fewer characters', async () => {
    const markdown = markdownOfBytes(MAX_MARKDOWN_BYTES + 1);
    expect(markdown.length).toBeLessThan(MAX_MARKDOWN_BYTES * 0.6);
    const response = await importMarkdown(markdown);
    expect([400, 413]).toContain(response.status);
    expect(response.body.error?.message).toMatch(/2 MiB/);
    expect(response.body.error?.message).toMatch(/bytes/);
  });

  it('accepts accented text just under 2 MiB', async () => {
    const response = await importMarkdown(markdownOfBytes(MAX_MARKDOWN_BYTES - 16));
    expect(response.status).toBe(201);
    const id = response.body.document?.id ?? '';
    const paragraphs = await api<{ paragraphs: { text: string }[] }>(server.url, 'GET', `/api/documents/${id}/paragraphs`, { token: document.chair.token });
    expect(paragraphs.status).toBe(200);
    expect(paragraphs.body.paragraphs.some((p) => p.text === 'é'.repeat(999))).toBe(true);
  });
});
