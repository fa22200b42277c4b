import type { Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { DEFAULT_COLLAB_SHARES } from '../../server/collab/fair-shares.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { buildDocument, type TestDocument, type TestParticipant } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { neverReadingSocket, openRawSocket, syncRequest } from './raw-collab-socket.js';

const PARAGRAPH_CHARS = 15_000;
/** 22 MB of edits: far past the bound plus what the kernel buffers, far below the old 64 MiB. */
const MAX_EDITS = 1_500;

let server: TestServer;
let document: TestDocument;
let writer: TestClient;
let bystander: TestClient;

/** Replaces the text of one paragraph: the document stays the same size, the update is 15 KB. */
function rewriteParagraph(client: TestClient, round: number): string {
  const element = client.doc.getXmlFragment('default').get(3) as Y.XmlElement;
  const text = element.get(0) as Y.XmlText;
  const marker = `round-${round} `;
  client.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, marker + String.fromCharCode(97 + (round % 26)).repeat(PARAGRAPH_CHARS - marker.length));
  });
  return marker;
}

/** Someone opening the document holding nothing: the server encodes the whole state for them. */
async function newcomerSyncs(): Promise<void> {
  const raw = await openRawSocket(server, document.documentId, document.invite('observer').token);
  const replied = new Promise<void>((resolve) => raw.socket.on('message', (data: Buffer) => data[0] === 0 && data[1] === 1 && resolve()));
  raw.socket.send(syncRequest());
  await replied;
  raw.socket.close();
}

function isConnected(participant: TestParticipant): boolean {
  return [...server.deps.registry.open(document.documentId).connections].some((c) => c.participantId === participant.participantId);
}

beforeEach(async () => {
  // The rate is lifted so that only the backlog bound is at work here.
  server = await startTestServer({ collabShares: { ...DEFAULT_COLLAB_SHARES, messageBurst: 1_000_000 } });
  document = buildDocument(server.deps);
  writer = connectClient(server.wsUrl, document.documentId, document.chair.token);
  bystander = connectClient(server.wsUrl, document.documentId, document.invite('observer').token);
  await Promise.all([synced(writer), synced(bystander)]);
});
afterEach(async () => {
  writer.destroy();
  bystander.destroy();
  await server.dispose();
});

describe('a receiver that never reads', () => {
  it('is dropped once it is further behind than the bound, while everyone else keeps up', async () => {
    const lurker = document.invite('observer');
    let socket: Socket | null = await neverReadingSocket(server, document.documentId, lurker.token);
    await waitFor(() => isConnected(lurker), 'the server to accept the socket that never reads');

    let edits = 0;
    while (isConnected(lurker) && edits < MAX_EDITS) {
      let marker = '';
      for (let i = 0; i < 10; i++) marker = rewriteParagraph(writer, edits++);
      // Everyone else keeps up the whole time.
      await waitFor(() => bystander.text().includes(marker), `edit ${edits} to reach the bystander`, 30_000);
      // Newcomers keep the server's idea of the document's size exact.
      await newcomerSyncs();
    }
    expect(isConnected(lurker)).toBe(false);
    const sentBytes = edits * PARAGRAPH_CHARS;
    // The kernel holds a few megabytes of it; the server held at most the bound's worth.
    expect(sentBytes).toBeLessThan(16 * 1024 * 1024);

    const last = rewriteParagraph(writer, edits);
    await waitFor(() => bystander.text().includes(last), 'an edit after the drop to reach the bystander');
    const fresh = connectClient(server.wsUrl, document.documentId, document.invite('observer').token);
    await synced(fresh);
    expect(fresh.text()).toContain(last);
    expect(writer.closes).toEqual([]);
    expect(bystander.closes).toEqual([]);
    fresh.destroy();
    socket.destroy();
    socket = null;
  }, 120_000);
});
