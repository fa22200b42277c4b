import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { DEFAULT_COLLAB_SHARES } from '../../server/collab/fair-shares.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { openRawSocket, presenceMessage, presenceQuery, syncRequest, type RawSocket } from './raw-collab-socket.js';

const REQUESTS = 3_000;

let server: TestServer;
let document: TestDocument;
let bystander: TestClient;

/** A document of some 25 KB, so that answering every request would send tens of megabytes. */
function longMarkdown(): string {
  const paragraphs = Array.from({ length: 100 }, (_, i) => `1. Operative paragraph ${i} ${'calls upon all stakeholders to act '.repeat(6)}`);
  return `# Flood test\n\n## Section\n\n${paragraphs.join('\n\n')}\n`;
}

const MARKER_CLOCK = 987_654;
/** A caret only this test's socket announces, to know when the server has handled everything before it. */
const marker = { anchor: { item: { client: 1, clock: MARKER_CLOCK } }, head: { item: { client: 1, clock: MARKER_CLOCK } } };

/** Counts what the socket receives, by kind: sync-step-2 replies, presence messages, and when our own caret came back. */
function tally(raw: RawSocket) {
  const seen = { syncReplies: 0, firstReplyBytes: 0, presence: 0, bytesWhenMarkerArrived: -1 };
  raw.socket.on('message', (data: Buffer) => {
    if (data[0] === 0 && data[1] === 1) {
      seen.syncReplies += 1;
      if (seen.firstReplyBytes === 0) seen.firstReplyBytes = data.length;
    }
    if (data[0] === 1) {
      seen.presence += 1;
      if (seen.bytesWhenMarkerArrived < 0 && data.includes(Buffer.from(`"clock":${MARKER_CLOCK}`))) seen.bytesWhenMarkerArrived = raw.received.bytes;
    }
  });
  return seen;
}

async function start(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<void> {
  server = await startTestServer(overrides);
  document = buildDocument(server.deps, { markdown: longMarkdown() });
  bystander = connectClient(server.wsUrl, document.documentId, document.invite('observer').token);
  await synced(bystander);
}

afterEach(async () => {
  bystander.destroy();
  await server.dispose();
});

describe(`${REQUESTS.toLocaleString('en')} sync requests on one socket`, () => {
  it('are answered with at most a few copies of the document: one reply in flight, the rest coalesced', async () => {
    // A rate high enough that the gate, not the message rate, is what is tested here.
    await start({ collabShares: { ...DEFAULT_COLLAB_SHARES, messageBurst: 100_000 } });
    const raw = await openRawSocket(server, document.documentId, document.invite('observer').token);
    const seen = tally(raw);
    for (let i = 0; i < REQUESTS; i++) raw.socket.send(syncRequest());
    // Presence goes out after the requests are handled: today's server has sent all 3,000 replies by then.
    raw.socket.send(presenceMessage(31, 1, { cursor: marker }));
    await waitFor(() => seen.bytesWhenMarkerArrived >= 0, 'our own presence to come back', 30_000);
    // The last request is still answered, once the reply before it has gone out.
    await waitFor(() => seen.syncReplies >= 2, 'the coalesced reply', 30_000);
    const documentBytes = seen.firstReplyBytes;
    expect(documentBytes).toBeGreaterThan(20_000);
    expect(seen.bytesWhenMarkerArrived).toBeLessThan(20 * documentBytes);
    expect(raw.received.bytes).toBeLessThan(20 * documentBytes);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });

  it('close the sender with 4429 at the default rate, having cost it a few replies', async () => {
    await start();
    const raw = await openRawSocket(server, document.documentId, document.invite('observer').token);
    const seen = tally(raw);
    for (let i = 0; i < REQUESTS && raw.socket.readyState === raw.socket.OPEN; i++) raw.socket.send(syncRequest());
    const closed = await raw.closed;
    expect(closed.code).toBe(CLOSE_CODES.tooMany);
    expect(seen.syncReplies).toBeGreaterThan(0);
    expect(raw.received.bytes).toBeLessThan(20 * seen.firstReplyBytes);
  });
});

describe(`${REQUESTS.toLocaleString('en')} presence queries on one socket`, () => {
  it('are answered with a few copies of everyone\'s presence', async () => {
    await start({ collabShares: { ...DEFAULT_COLLAB_SHARES, messageBurst: 100_000 } });
    bystander.provider.awareness.setLocalStateField('cursor', null);
    const raw = await openRawSocket(server, document.documentId, document.invite('observer').token);
    const seen = tally(raw);
    await waitFor(() => seen.presence >= 1 || raw.received.messages >= 2, 'the presence sent on joining');
    const before = seen.presence;
    for (let i = 0; i < REQUESTS; i++) raw.socket.send(presenceQuery());
    raw.socket.send(presenceMessage(33, 1, { cursor: marker }));
    await waitFor(() => seen.bytesWhenMarkerArrived >= 0, 'our own presence to come back', 30_000);
    expect(seen.presence - before).toBeLessThan(10);
    raw.socket.close();
  });
});
