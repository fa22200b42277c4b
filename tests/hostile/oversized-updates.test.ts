import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REFUSED_UPDATE_CLOSE_CODE } from '../../shared/collab/limits.js';
import { readBlocks } from '../../shared/document/read-blocks.js';
import { api } from '../support/api.js';
import { waitFor, type TestClient } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { appendParagraphs, fragmentOf, healthy, refusal, syncedClient } from './hostile-clients.js';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

let server: TestServer;
let document: TestDocument;
const clients: TestClient[] = [];

let shared: TestServer;
beforeAll(async () => {
  shared = await startTestServer();
});
beforeEach(() => {
  server = shared;
  document = buildDocument(server.deps);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  if (server !== shared) await server.dispose();
});
afterAll(async () => shared.dispose());

/** A server of the test's own, with smaller document limits than the file's. */
async function limitedServer(documentLimits: { maxBlocksPerDocument: number; maxBlocksPerUpdate: number; maxParagraphChars: number }): Promise<void> {
  server = await startTestServer({ documentLimits });
  document = buildDocument(server.deps);
}

async function drafter(): Promise<TestClient> {
  const client = await syncedClient(server.wsUrl, document.documentId, document.invite('drafter').token);
  clients.push(client);
  return client;
}

const storedRows = () => server.deps.updateLog.storedBytes(document.documentId).logRows;

describe('updates beyond the document limits', () => {
  it('refuses one update of 150,000 empty paragraphs before applying or storing it, and keeps answering everyone', async () => {
    const writer = await drafter();
    const bystander = await drafter();
    const rowsBefore = storedRows();
    const blocksBefore = readBlocks(server.deps.registry.open(document.documentId).doc).length;
    const probes: Promise<boolean>[] = [];
    const probing = setInterval(() => probes.push(healthy(server.url)), 20);
    appendParagraphs(writer.doc, 150_000);
    const closed = await refusal(writer);
    clearInterval(probing);
    expect(closed.code).toBe(REFUSED_UPDATE_CLOSE_CODE);
    expect(closed.reason).toContain('more than 10,000 paragraphs');
    expect(await Promise.all(probes)).not.toContain(false);
    expect(await healthy(server.url)).toBe(true);
    expect(readBlocks(server.deps.registry.open(document.documentId).doc)).toHaveLength(blocksBefore);
    expect(storedRows()).toBe(rowsBefore);
    expect(fragmentOf(bystander.doc).length).toBe(blocksBefore);
  });

  it('refuses a paragraph longer than the limit and keeps the paragraph as it was', async () => {
    await limitedServer({ maxBlocksPerDocument: 100, maxBlocksPerUpdate: 50, maxParagraphChars: 1_000 });
    const writer = await drafter();
    writer.type('x'.repeat(1_001), 3);
    const closed = await refusal(writer);
    expect(closed.code).toBe(REFUSED_UPDATE_CLOSE_CODE);
    expect(closed.reason).toContain('characters long; the limit is 1,000');
    expect(readBlocks(server.deps.registry.open(document.documentId).doc).map((block) => block.text)).not.toContainEqual(expect.stringContaining('xxxx'));
  });

  it('refuses an update that would make the document longer than its limit, and accepts one within it', async () => {
    await limitedServer({ maxBlocksPerDocument: 30, maxBlocksPerUpdate: 50, maxParagraphChars: 1_000 });
    const within = await drafter();
    appendParagraphs(within.doc, 20, (i) => `Within the limit ${i}.`);
    await waitFor(() => readBlocks(server.deps.registry.open(document.documentId).doc).length === 25, 'the 20 paragraphs to land');
    const beyond = await drafter();
    appendParagraphs(beyond.doc, 6);
    const closed = await refusal(beyond);
    expect(closed.code).toBe(REFUSED_UPDATE_CLOSE_CODE);
    expect(closed.reason).toBe('This change would make the document 31 paragraphs long; the limit is 30.');
    expect(within.closes).toHaveLength(0);
  });
});

describe('a 5,000-paragraph paste within the limits', () => {
  it('is accepted, and the reads that follow it answer with every paragraph', async () => {
    const writer = await drafter();
    appendParagraphs(writer.doc, 5_000, (i) => `Pasted paragraph ${i} recalls the commitments made at the summit.`);
    await waitFor(() => fragmentOf(server.deps.registry.open(document.documentId).doc).length >= 5_005, 'the paste to land', 60_000);
    expect(writer.closes).toHaveLength(0);
    const token = document.chair.token;
    const paragraphs = await api<{ paragraphs: unknown[] }>(server.url, 'GET', `/api/documents/${document.documentId}/paragraphs`, { token });
    expect(paragraphs.body.paragraphs).toHaveLength(5_005);
    const exported = await api<string>(server.url, 'GET', `/api/documents/${document.documentId}/export?format=txt`, { token });
    expect(exported.status).toBe(200);
    expect(exported.body).toContain('Pasted paragraph 4999 recalls');
    const compared = await api<{ paragraphs: unknown[] }>(server.url, 'GET', `/api/documents/${document.documentId}/compare?from=live&to=live`, { token });
    expect(compared.status).toBe(200);
    // Reads write nothing: the ids were made unique when the paste was accepted.
    const rows = storedRows();
    await api(server.url, 'GET', `/api/documents/${document.documentId}/paragraphs`, { token });
    expect(storedRows()).toBe(rows);
    expect(new Set(readBlocks(server.deps.registry.open(document.documentId).doc).map((block) => block.id)).size).toBe(5_005);
  });

  it('keeps the stale checks working after it: an amendment whose text was deleted turns stale', async () => {
    const writer = await drafter();
    appendParagraphs(writer.doc, 5_000, (i) => `Pasted paragraph ${i}.`);
    await waitFor(() => fragmentOf(server.deps.registry.open(document.documentId).doc).length >= 5_005, 'the paste to land', 60_000);
    const paragraphs = readBlocks(server.deps.registry.open(document.documentId).doc);
    const target = paragraphs.find((block) => block.text === 'Pasted paragraph 2500.');
    if (!target?.id) throw new Error('no pasted paragraph');
    const proposed = await api<{ amendment: { id: string } }>(server.url, 'POST', `/api/documents/${document.documentId}/amendments`, {
      token: document.chair.token,
      body: { paragraphId: target.id, from: 0, to: 6, expected: 'Pasted', proposed: 'Copied', rationale: '' },
    });
    expect(proposed.status).toBe(201);
    writer.doc.transact(() => fragmentOf(writer.doc).delete(target.index, 1));
    await waitFor(() => server.deps.amendmentsRepo.byId(document.documentId, proposed.body.amendment.id)?.status === 'stale', 'the amendment to turn stale', 30_000);
  });
});

describe('an update that depends on changes the server does not have', () => {
  it('is refused before it is applied', async () => {
    const writer = await drafter();
    const elsewhere = new Y.Doc();
    fragmentOf(elsewhere).insert(0, [new Y.XmlElement('operative')]);
    const orphan = new Y.Doc();
    Y.applyUpdate(orphan, Y.encodeStateAsUpdate(elsewhere));
    const before = Y.encodeStateVector(orphan);
    (fragmentOf(orphan).get(0) as Y.XmlElement).setAttribute('id', 'pabcdefghij');
    // Only the second change goes out: it builds on a block the server never saw.
    writer.provider.ws?.send(updateMessage(Y.encodeStateAsUpdate(orphan, before)));
    const closed = await refusal(writer);
    expect(closed.code).toBe(4400);
    expect(closed.reason).toContain('does not have');
  });
});

function updateMessage(update: Uint8Array): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return new Uint8Array(encoding.toUint8Array(encoder));
}

describe('replacing text counts what it deletes', () => {
  it('accepts replacing a paragraph near the character limit with another of the same length', async () => {
    await limitedServer({ maxBlocksPerDocument: 100, maxBlocksPerUpdate: 50, maxParagraphChars: 1_000 });
    const writer = await drafter();
    writer.type('a'.repeat(900), 3);
    await waitFor(() => readBlocks(server.deps.registry.open(document.documentId).doc)[3]?.text.endsWith('a'.repeat(900)) === true, 'the long text to land');
    const text = (fragmentOf(writer.doc).get(3) as Y.XmlElement).get(0) as Y.XmlText;
    writer.doc.transact(() => {
      const length = text.length;
      text.delete(0, length);
      text.insert(0, 'b'.repeat(length));
    });
    await waitFor(() => readBlocks(server.deps.registry.open(document.documentId).doc)[3]?.text.startsWith('bbbb') === true, 'the replacement to land');
    expect(writer.closes).toHaveLength(0);
  });
});
