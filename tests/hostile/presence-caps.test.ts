import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { DEFAULT_COLLAB_SHARES } from '../../server/collab/fair-shares.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { openRawSocket, presenceMessage } from './raw-collab-socket.js';

let server: TestServer;
let document: TestDocument;
const clients: TestClient[] = [];

/** A caret as y-prosemirror writes it (Yjs relative positions as JSON). */
const caret = {
  anchor: { type: null, tname: null, item: { client: 12, clock: 40 }, assoc: 0 },
  head: { type: null, tname: null, item: { client: 12, clock: 44 }, assoc: -1 },
};

function client(token: string): TestClient {
  const created = connectClient(server.wsUrl, document.documentId, token);
  clients.push(created);
  return created;
}

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  document = buildDocument(server.deps);
});
afterEach(() => {
  for (const created of clients.splice(0)) created.destroy();
});
afterAll(async () => server.dispose());

describe('presence', () => {
  it(`refuses a state over ${DEFAULT_COLLAB_SHARES.maxPresenceBytes} bytes with 4400, and relays none of it`, async () => {
    const bystander = client(document.invite('observer').token);
    await synced(bystander);
    const raw = await openRawSocket(server, document.documentId, document.invite('observer').token);
    raw.socket.send(presenceMessage(5150, 1, { cursor: caret, padding: 'x'.repeat(1024 * 1024) }));
    const closed = await raw.closed;
    expect(closed.code).toBe(CLOSE_CODES.badMessage);
    expect(closed.reason).toMatch(/^presence state of \d{7} bytes; at most 4096$/);

    // A newcomer sees no trace of it, and neither does the server's own presence.
    const newcomer = client(document.invite('observer').token);
    await synced(newcomer);
    expect(newcomer.provider.awareness.getStates().has(5150)).toBe(false);
    expect(bystander.provider.awareness.getStates().has(5150)).toBe(false);
    expect(server.deps.registry.open(document.documentId).awareness.getStates().has(5150)).toBe(false);
  });

  it('relays only the stamped user and the caret: everything else a client sets is stripped', async () => {
    const delegate = document.invite('stakeholder', { name: 'Real Delegate', groupId: 'academia' });
    const raw = await openRawSocket(server, document.documentId, delegate.token);
    const forged = {
      user: { name: 'The Chair', role: 'chair', participantId: document.chair.participantId, avatar: 'https://example.org/x.png' },
      cursor: { ...caret, note: 'hidden', anchor: { ...caret.anchor, payload: 'y'.repeat(500) } },
      selectionHistory: Array.from({ length: 50 }, (_, i) => i),
      status: 'away',
    };
    raw.socket.send(presenceMessage(6160, 1, forged));
    const newcomer = client(document.invite('observer').token);
    await synced(newcomer);
    await waitFor(() => newcomer.provider.awareness.getStates().has(6160), 'the presence to reach the newcomer');
    expect(newcomer.provider.awareness.getStates().get(6160)).toEqual({
      user: { name: 'Real Delegate', color: expect.any(String) as string, groupId: 'academia', role: 'stakeholder', participantId: delegate.participantId },
      cursor: caret,
    });

    // A caret that is not two relative positions is dropped, the rest of the presence kept.
    raw.socket.send(presenceMessage(6160, 2, { cursor: { anchor: 3, head: 'end' } }));
    await waitFor(() => !('cursor' in (newcomer.provider.awareness.getStates().get(6160) ?? { cursor: 1 })), 'the bad caret to be dropped');
    expect(newcomer.provider.awareness.getStates().get(6160)).toMatchObject({ user: { name: 'Real Delegate' } });
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });

  it("keeps the stock editor's presence as it is: the user and a live caret", async () => {
    const drafter = client(document.invite('drafter', { name: 'Drafter Dana' }).token);
    await synced(drafter);
    drafter.provider.awareness.setLocalStateField('cursor', caret);
    const newcomer = client(document.invite('observer').token);
    await synced(newcomer);
    const id = drafter.provider.awareness.clientID;
    await waitFor(() => newcomer.provider.awareness.getStates().get(id)?.cursor !== undefined, "the drafter's caret to reach the newcomer");
    expect(newcomer.provider.awareness.getStates().get(id)).toMatchObject({ user: { name: 'Drafter Dana', role: 'drafter' }, cursor: caret });
  });
});
