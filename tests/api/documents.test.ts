import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { connectClient, synced, waitFor } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let document: TestDocument;
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  document = buildDocument(server.deps);
});
afterAll(async () => server.dispose());

type Paragraphs = { paragraphs: Array<{ id: string; kind: string; number: string | null; text: string; status: string | null }> };

describe('documents API', () => {
  it('answers health checks', async () => {
    expect(await api(server.url, 'GET', '/healthz')).toEqual({ status: 200, body: { ok: true } });
  });

  it('lets a chair create a document from Markdown and lists it with the chair\'s role', async () => {
    const created = await api<{ document: { id: string; title: string; myRole: string } }>(server.url, 'POST', '/api/documents', {
      token: document.chair.token,
      body: { markdown: '# Ministerial declaration\n\n1. Decides.\n' },
    });
    expect(created.status).toBe(201);
    expect(created.body.document).toMatchObject({ title: 'Ministerial declaration', myRole: 'chair' });
    const list = await api<{ documents: Array<{ id: string }> }>(server.url, 'GET', '/api/documents', { token: document.chair.token });
    expect(list.body.documents.map((d) => d.id)).toContain(created.body.document.id);
    const paragraphs = await api<Paragraphs>(server.url, 'GET', `/api/documents/${created.body.document.id}/paragraphs`, { token: document.chair.token });
    expect(paragraphs.body.paragraphs.map((p) => [p.kind, p.number, p.text])).toEqual([
      ['title', null, 'Ministerial declaration'],
      ['operative', '1.', 'Decides.'],
    ]);
  });

  it('creates a document from the demo fixture', async () => {
    const created = await api<{ document: { id: string; title: string } }>(server.url, 'POST', '/api/documents', {
      token: document.chair.token,
      body: { fixture: 'wsis20-chairs-summary' },
    });
    expect(created.status).toBe(201);
    expect(created.body.document.title).toContain('WSIS+20');
  });

  it('refuses an unknown fixture and a path trick with a clear 400', async () => {
    for (const fixture of ['no-such-fixture', '../package']) {
      const response = await api<{ error: { code: string; message: string } }>(server.url, 'POST', '/api/documents', {
        token: document.chair.token,
        body: { fixture },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBeTruthy();
    }
  });

  it('reports malformed JSON, unknown fields and oversized bodies as 4xx JSON errors', async () => {
    const count = server.deps.documents.count();
    const bad = await api<{ error: { code: string } }>(server.url, 'POST', '/api/documents', { token: document.chair.token, rawBody: '{"title":' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBeTruthy();
    const unknown = await api(server.url, 'POST', '/api/documents', { token: document.chair.token, body: { title: 'x', admin: true } });
    expect(unknown.status).toBe(400);
    const huge = await api<{ error: { code: string } }>(server.url, 'POST', '/api/documents', {
      token: document.chair.token,
      body: { markdown: 'x'.repeat(5 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    expect(server.deps.documents.count()).toBe(count);
  });

  it('renames a document: the title block changes live for connected clients', async () => {
    const reader = connectClient(server.wsUrl, document.documentId, document.invite('observer').token);
    await synced(reader);
    const renamed = await api<{ document: { title: string } }>(server.url, 'PATCH', `/api/documents/${document.documentId}`, {
      token: document.chair.token,
      body: { title: 'Chair\'s summary, Rev.1' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.document.title).toBe('Chair\'s summary, Rev.1');
    await waitFor(() => reader.text().startsWith('Chair\'s summary, Rev.1'), 'the new title to reach the reader');
    reader.destroy();
  });

  it('returns paragraphs with ids, numbers, kinds, status and plain text from the live document', async () => {
    const writer = connectClient(server.wsUrl, document.documentId, document.chair.token);
    await synced(writer);
    writer.type(' Live addition.', 3);
    await waitFor(() => server.deps.registry.open(document.documentId).doc.getXmlFragment('default').toString().includes('Live addition'), 'the edit to reach the server');
    const response = await api<Paragraphs>(server.url, 'GET', `/api/documents/${document.documentId}/paragraphs`, { token: document.invite('stakeholder').token });
    expect(response.status).toBe(200);
    const operative = response.body.paragraphs.filter((p) => p.kind === 'operative');
    expect(operative.map((p) => [p.number, p.text, p.status])).toEqual([
      ['1.', 'First operative. Live addition.', 'open'],
      ['2.', 'Second operative.', 'open'],
    ]);
    expect(response.body.paragraphs.every((p) => /^p[a-z0-9]{10}$/.test(p.id))).toBe(true);
    writer.destroy();
  });

  it('gives ids to blocks a plain Yjs client wrote without them', async () => {
    const writer = connectClient(server.wsUrl, document.documentId, document.chair.token);
    await synced(writer);
    const { XmlElement, XmlText } = await import('yjs');
    const block = new XmlElement('operative');
    block.insert(0, [new XmlText('Written by a bare Yjs client.')]);
    writer.doc.getXmlFragment('default').push([block]);
    await waitFor(() => server.deps.registry.open(document.documentId).doc.getXmlFragment('default').length === 6, 'the block to arrive');
    const response = await api<Paragraphs>(server.url, 'GET', `/api/documents/${document.documentId}/paragraphs`, { token: document.chair.token });
    const added = response.body.paragraphs.at(-1);
    expect(added).toMatchObject({ kind: 'operative', number: '3.', text: 'Written by a bare Yjs client.' });
    expect(added?.id).toMatch(/^p[a-z0-9]{10}$/);
    await waitFor(() => writer.doc.getXmlFragment('default').toArray().every((node) => (node as InstanceType<typeof XmlElement>).getAttribute('id')), 'the repaired id to reach the client');
    writer.destroy();
  });
});
