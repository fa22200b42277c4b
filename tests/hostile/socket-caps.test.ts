import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { DEFAULT_COLLAB_SHARES } from '../../server/collab/fair-shares.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { openRawSocket } from './raw-collab-socket.js';

let server: TestServer;
let document: TestDocument;
const clients: TestClient[] = [];

function client(token: string): TestClient {
  const created = connectClient(server.wsUrl, document.documentId, token);
  clients.push(created);
  return created;
}

/** Every client sees a fresh edit of the chair's: they are connected and live. */
async function allLive(watchers: TestClient[]): Promise<void> {
  const writer = client(document.chair.token);
  await synced(writer);
  const marker = ` live-${Math.random().toString(36).slice(2)}`;
  writer.type(marker, 3);
  for (const watcher of watchers) await waitFor(() => watcher.text().includes(marker), 'a live edit to reach every client', 30_000);
}

afterEach(() => {
  for (const created of clients.splice(0)) created.destroy();
});

describe('sockets per participant', () => {
  // The cap counts per participant, and each test invites its own: one server for these tests.
  let shared: TestServer;
  beforeAll(async () => {
    shared = await startTestServer();
  });
  afterAll(async () => shared.dispose());
  beforeEach(() => {
    server = shared;
    document = buildDocument(server.deps);
  });

  it(`closes a participant's socket past ${DEFAULT_COLLAB_SHARES.socketsPerParticipant} on one document with 4429; the others stay`, async () => {
    const observer = document.invite('observer');
    const tabs = Array.from({ length: DEFAULT_COLLAB_SHARES.socketsPerParticipant }, () => client(observer.token));
    await Promise.all(tabs.map(synced));

    const extra = client(observer.token);
    await waitFor(() => extra.closes.length > 0, 'the extra socket to be closed', 30_000);
    expect(extra.closes[0]).toEqual({ code: CLOSE_CODES.tooMany, reason: 'too many connections: at most 8 per participant on one document' });
    expect(extra.provider.synced).toBe(false);

    // Someone else is not counted against that participant, and every accepted tab is still live.
    const colleague = client(document.invite('observer').token);
    await synced(colleague);
    await allLive([...tabs, colleague]);
    expect(tabs.every((tab) => tab.closes.length === 0)).toBe(true);
  });

  it('gives a place back when a socket closes', async () => {
    const observer = document.invite('observer');
    const sockets = await Promise.all(
      Array.from({ length: DEFAULT_COLLAB_SHARES.socketsPerParticipant }, () => openRawSocket(server, document.documentId, observer.token)),
    );
    const first = sockets[0];
    if (!first) throw new Error('no socket');
    first.socket.close();
    await first.closed;
    // The server counts the departure once its side of the socket has closed.
    const room = server.deps.registry.open(document.documentId);
    await waitFor(() => room.connections.size === DEFAULT_COLLAB_SHARES.socketsPerParticipant - 1, 'the server to see the socket gone');
    const again = client(observer.token);
    await synced(again);
    expect(again.closes).toEqual([]);
    for (const { socket } of sockets) socket.close();
  });
});

describe('sockets per process', () => {
  it('answers an upgrade past the cap with 503 before any socket is made', async () => {
    // Its own server: a cap on the whole process.
    const capped = await startTestServer({ collabShares: { ...DEFAULT_COLLAB_SHARES, maxSockets: 3 } });
    onTestFinished(() => capped.dispose());
    server = capped;
    document = buildDocument(server.deps);
    const held = await Promise.all([1, 2, 3].map(() => openRawSocket(server, document.documentId, document.invite('observer').token)));
    await expect(openRawSocket(server, document.documentId, document.invite('observer').token)).rejects.toThrow('upgrade answered 503');
    const [first] = held;
    first?.socket.close();
    await first?.closed;
    await waitFor(() => server.deps.registry.open(document.documentId).connections.size === 2, 'the server to see the socket gone');
    const next = await openRawSocket(server, document.documentId, document.invite('observer').token);
    expect(next.socket.readyState).toBe(next.socket.OPEN);
    for (const { socket } of [...held, next]) socket.close();
  });
});
