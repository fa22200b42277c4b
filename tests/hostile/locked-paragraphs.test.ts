import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import { newParagraphId } from '../../shared/document/paragraph-id.js';
import { readBlocks } from '../../shared/document/read-blocks.js';
import { api } from '../support/api.js';
import { waitFor, type TestClient } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { fragmentOf, refusal, syncedClient } from './hostile-clients.js';

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
/** Block 3 is "First operative.", block 4 "Second operative." (the factory's document). */
const FIRST = 3;
const SECOND = 4;

function idOf(index: number): string {
  const id = readBlocks(liveDoc())[index]?.id;
  if (!id) throw new Error(`no block ${index}`);
  return id;
}

async function setStatus(index: number, status: ParagraphStatus): Promise<void> {
  const response = await api(server.url, 'PUT', `/api/documents/${document.documentId}/paragraphs/${idOf(index)}/status`, {
    token: document.chair.token,
    body: { status },
  });
  expect(response.status).toBe(200);
}

const textOf = (doc: Y.Doc, index: number) => (fragmentOf(doc).get(index) as Y.XmlElement).get(0) as Y.XmlText;

describe('an agreed paragraph on the socket', () => {
  it('refuses a stock client typing into it: nothing lands, and edits elsewhere still do', async () => {
    await setStatus(FIRST, 'agreed');
    const typist = document.invite('drafter');
    const sender = await connect(typist.token);
    const bystander = await connect(document.invite('drafter').token);
    const rows = storedRows();
    textOf(sender.doc, FIRST).insert(0, 'Hijacked ');
    const closed = await refusal(sender);
    expect(closed.code).toBe(CLOSE_CODES.badMessage);
    expect(closed.reason).toContain(`paragraph ${idOf(FIRST)} is agreed`);
    expect(readBlocks(liveDoc())[FIRST]?.text).toBe('First operative.');
    expect(storedRows()).toBe(rows);

    // Another writer's edit elsewhere lands, and so does the sender's own once it opens the live text again.
    textOf(bystander.doc, SECOND).insert(0, 'Also ');
    await waitFor(() => readBlocks(liveDoc())[SECOND]?.text === 'Also Second operative.', 'the edit elsewhere to land');
    sender.destroy();
    const again = await connect(typist.token);
    textOf(again.doc, SECOND).insert(textOf(again.doc, SECOND).length, ' Still editable.');
    await waitFor(() => readBlocks(liveDoc())[SECOND]?.text === 'Also Second operative. Still editable.', 'the sender’s later edit elsewhere to land');
    expect(readBlocks(liveDoc())[FIRST]?.text).toBe('First operative.');
    expect(readBlocks(bystander.doc)[FIRST]?.text).toBe('First operative.');
    expect(again.closes).toHaveLength(0);
  });

  const changes: Array<[string, (doc: Y.Doc) => void]> = [
    ['deleting some of its text', (doc) => textOf(doc, FIRST).delete(0, 6)],
    ['giving its text a mark', (doc) => textOf(doc, FIRST).format(0, 5, { bold: {} })],
    ['adding a line break to it', (doc) => (fragmentOf(doc).get(FIRST) as Y.XmlElement).insert(1, [new Y.XmlElement('hardBreak')])],
    ['changing its id', (doc) => (fragmentOf(doc).get(FIRST) as Y.XmlElement).setAttribute('id', newParagraphId())],
    ['deleting the whole paragraph', (doc) => fragmentOf(doc).delete(FIRST, 1)],
    ['deleting it with the paragraphs around it', (doc) => fragmentOf(doc).delete(2, 3)],
  ];

  for (const [what, change] of changes) {
    it(`refuses ${what} when it is agreed ad ref, even from the chair`, async () => {
      await setStatus(FIRST, 'agreed-ad-ref');
      const chair = await connect(document.chair.token);
      const before = Y.encodeStateVector(liveDoc());
      const blocks = readBlocks(liveDoc());
      change(chair.doc);
      const closed = await refusal(chair);
      expect(closed.code).toBe(CLOSE_CODES.badMessage);
      expect(closed.reason).toContain('is agreed-ad-ref: its text is locked until the chair reopens it');
      expect(Y.encodeStateVector(liveDoc())).toEqual(before);
      expect(readBlocks(liveDoc())).toEqual(blocks);
    });
  }

  it('lets a new paragraph go in right after it, and its text be edited again once the chair reopens it', async () => {
    await setStatus(FIRST, 'agreed');
    const writer = await connect(document.invite('drafter').token);
    const added = new Y.XmlElement('operative');
    fragmentOf(writer.doc).insert(FIRST + 1, [added]);
    await waitFor(() => readBlocks(liveDoc()).length === 6, 'the new paragraph to land');
    await setStatus(FIRST, 'bracketed');
    textOf(writer.doc, FIRST).insert(0, 'Reopened: ');
    await waitFor(() => readBlocks(liveDoc())[FIRST]?.text === 'Reopened: First operative.', 'the edit of the reopened paragraph to land');
    expect(writer.closes).toHaveLength(0);
  });
});
