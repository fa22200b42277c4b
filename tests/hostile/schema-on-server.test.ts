import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { readBlocks, readTitle } from '../../shared/document/read-blocks.js';
import { api } from '../support/api.js';
import { waitFor, type TestClient } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { fragmentOf, operative, refusal, syncedClient } from './hostile-clients.js';

let server: TestServer;
let document: TestDocument;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  document = buildDocument(server.deps);
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => server.dispose());

async function connect(token: string): Promise<TestClient> {
  const client = await syncedClient(server.wsUrl, document.documentId, token);
  clients.push(client);
  return client;
}

const liveDoc = () => server.deps.registry.open(document.documentId).doc;
const storedRows = () => server.deps.updateLog.storedBytes(document.documentId).logRows;

/** After a restart of the file's server (its data kept), what the document holds on disk. */
async function reopened(): Promise<Y.Doc> {
  for (const client of clients.splice(0)) client.destroy();
  await server.stop();
  server = await startTestServer({}, server.dataDir);
  return server.deps.registry.open(document.documentId).doc;
}

describe('updates that break the document schema', () => {
  const violations: Array<[string, (doc: Y.Doc) => void, string]> = [
    ['an unknown block type', (doc) => fragmentOf(doc).insert(2, [new Y.XmlElement('script')]), '"script" is not a block'],
    ['a malformed paragraph id', (doc) => fragmentOf(doc).insert(2, [operative('Forged.', 'not-an-id')]), 'malformed paragraph id'],
    ['an unknown attribute', (doc) => (fragmentOf(doc).get(3) as Y.XmlElement).setAttribute('onclick', 'alert(1)'), '"onclick" is not an attribute'],
    ['an extra top-level type', (doc) => doc.getMap('elsewhere').set('payload', 'x'.repeat(1000)), 'only the "default" fragment'],
    ['an unknown mark', (doc) => {
      const text = (fragmentOf(doc).get(3) as Y.XmlElement).get(0) as Y.XmlText;
      text.format(0, 3, { blink: {} });
    }, '"blink" is not a mark'],
    ['a block nested in a block', (doc) => (fragmentOf(doc).get(3) as Y.XmlElement).insert(0, [new Y.XmlElement('operative')]), 'holds text and line breaks only'],
  ];

  for (const [what, forge, reason] of violations) {
    it(`refuses ${what}, never stores it and never sends it on`, async () => {
      const forger = await connect(document.invite('drafter').token);
      const bystander = await connect(document.invite('observer').token);
      const rows = storedRows();
      const before = Y.encodeStateVector(liveDoc());
      forge(forger.doc);
      const closed = await refusal(forger);
      expect(closed.code).toBe(CLOSE_CODES.badMessage);
      expect(closed.reason).toContain(reason);
      expect(Y.encodeStateVector(liveDoc())).toEqual(before);
      expect(storedRows()).toBe(rows);
      expect(bystander.doc.share.has('elsewhere')).toBe(false);
      expect(readBlocks(bystander.doc)).toEqual(readBlocks(liveDoc()));
      const stored = await reopened();
      expect(stored.share.has('elsewhere')).toBe(false);
      expect(readBlocks(stored).map((block) => block.kind)).toEqual(['title', 'heading', 'preambular', 'operative', 'operative']);
    });
  }

  it('gives a forged copy of a paragraph id a fresh id: the paragraph that held it keeps it and its status', async () => {
    const original = readBlocks(liveDoc()).find((block) => block.text === 'Second operative.');
    if (!original?.id) throw new Error('no second operative');
    const status = await api(server.url, 'PUT', `/api/documents/${document.documentId}/paragraphs/${original.id}/status`, {
      token: document.chair.token, body: { status: 'bracketed' },
    });
    expect(status.status).toBe(200);
    const forger = await connect(document.invite('drafter').token);
    // Inserted before the original, so document order alone would hand the id to the forgery.
    fragmentOf(forger.doc).insert(2, [operative('Forged text that wants the status.', original.id)]);
    await waitFor(() => readBlocks(liveDoc()).some((block) => block.text === 'Forged text that wants the status.' && block.id !== original.id), 'the forgery to get a fresh id');
    const paragraphs = await api<{ paragraphs: Array<{ id: string; text: string; status: string }> }>(server.url, 'GET', `/api/documents/${document.documentId}/paragraphs`, { token: document.chair.token });
    const holder = paragraphs.body.paragraphs.filter((paragraph) => paragraph.id === original.id);
    expect(holder).toEqual([expect.objectContaining({ text: 'Second operative.', status: 'bracketed' })]);
    await waitFor(() => readBlocks(forger.doc).filter((block) => block.id === original.id).length === 1, 'the repair to reach the forger');
    expect(forger.closes).toHaveLength(0);
  });

  it('gives blocks written without an id an id as they are accepted', async () => {
    const writer = await connect(document.invite('drafter').token);
    const bare = new Y.XmlElement('operative');
    const text = new Y.XmlText();
    text.insert(0, 'A stock client wrote this without an id.');
    bare.insert(0, [text]);
    fragmentOf(writer.doc).insert(fragmentOf(writer.doc).length, [bare]);
    await waitFor(() => readBlocks(liveDoc()).some((block) => block.text.startsWith('A stock client') && block.id !== null), 'an id for the new block');
  });
});

describe('the title belongs to the chair', () => {
  it('refuses a drafter typing into the title block, and keeps the title and the document name', async () => {
    const drafter = await connect(document.invite('drafter').token);
    const title = fragmentOf(drafter.doc).get(0) as Y.XmlElement;
    (title.get(0) as Y.XmlText).insert(0, 'Hijacked ');
    const closed = await refusal(drafter);
    expect(closed.code).toBe(CLOSE_CODES.badMessage);
    expect(closed.reason).toContain('only the chair may change the title');
    expect(readTitle(liveDoc())).toBe('Test summary');
  });

  it('refuses a drafter deleting the title text or inserting a block before the title', async () => {
    const deleter = await connect(document.invite('drafter').token);
    const title = fragmentOf(deleter.doc).get(0) as Y.XmlElement;
    (title.get(0) as Y.XmlText).delete(0, 4);
    expect((await refusal(deleter)).reason).toContain('only the chair may change the title');
    const inserter = await connect(document.invite('drafter').token);
    fragmentOf(inserter.doc).insert(0, [operative('Before the title.')]);
    expect((await refusal(inserter)).reason).toContain('nothing may come before the title');
    expect(readTitle(liveDoc())).toBe('Test summary');
    expect(readBlocks(liveDoc())[0]?.kind).toBe('title');
  });

  it('lets the chair edit the title through the socket', async () => {
    const chair = await connect(document.chair.token);
    const title = fragmentOf(chair.doc).get(0) as Y.XmlElement;
    (title.get(0) as Y.XmlText).insert(4, ' revised');
    await waitFor(() => readTitle(liveDoc()) === 'Test revised summary', 'the chair’s title edit to land');
    expect(chair.closes).toHaveLength(0);
  });
});
