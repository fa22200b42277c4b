import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { DEFAULT_GROUPS, findGroup } from '../../shared/groups.js';

let server: TestServer;
let document: TestDocument;
const clients: TestClient[] = [];
const own: TestServer[] = [];
const client = (token: string, documentId = document.documentId, on = server) => {
  const created = connectClient(on.wsUrl, documentId, token);
  clients.push(created);
  return created;
};

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  document = buildDocument(server.deps);
});
afterEach(async () => {
  for (const created of clients.splice(0)) created.destroy();
  for (const started of own.splice(0)) await started.dispose();
});
afterAll(async () => server.dispose());

/** A server of the test's own, for a test that restarts it or changes its configuration. */
async function ownServer(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const started = await startTestServer(overrides);
  own.push(started);
  return started;
}

describe('live co-editing over the y-websocket protocol', () => {
  it('syncs the stored document to a new client', async () => {
    const alice = client(document.chair.token);
    await synced(alice);
    expect(alice.text()).toContain('First operative.');
    expect(alice.text()).toContain('Test summary');
  });

  it('converges two writers typing at once', async () => {
    const drafter = document.invite('drafter');
    const alice = client(document.chair.token);
    const bob = client(drafter.token);
    await Promise.all([synced(alice), synced(bob)]);
    alice.type(' Alice was here.', 3);
    bob.type(' Bob was here.', 4);
    await waitFor(() => alice.text() === bob.text() && alice.text().includes('Bob was here') && bob.text().includes('Alice was here'), 'convergence');
    expect(alice.text()).toBe(bob.text());
  });

  it('gives a late joiner the full state', async () => {
    const alice = client(document.chair.token);
    await synced(alice);
    for (let i = 0; i < 20; i++) alice.type(` word${i}`, 3);
    const late = client(document.invite('observer').token);
    await waitFor(() => late.text().includes('word19'), 'the late joiner to receive every word');
    expect(late.text()).toBe(alice.text());
  });

  it('keeps everything across a restart', async () => {
    // Its own server: the test stops it.
    const first = await ownServer();
    const restarted = buildDocument(first.deps);
    const alice = client(restarted.chair.token, restarted.documentId, first);
    await synced(alice);
    alice.type(' Persisted before restart.', 3);
    const observer = client(restarted.invite('observer').token, restarted.documentId, first);
    await waitFor(() => observer.text().includes('Persisted before restart.'), 'the edit to reach a second client');
    const expected = alice.text();
    for (const created of clients.splice(0)) created.destroy();
    await first.stop();

    const second = await startTestServer({}, first.dataDir);
    own.push(second);
    const reader = client(restarted.chair.token, restarted.documentId, second);
    await synced(reader);
    expect(reader.text()).toBe(expected);
  });

  it('drops a stakeholder\'s edits: they reach neither the others nor the disk', async () => {
    const stakeholder = document.invite('stakeholder');
    const chair = client(document.chair.token);
    const delegate = client(stakeholder.token);
    await Promise.all([synced(chair), synced(delegate)]);
    delegate.type(' FORGED BY STAKEHOLDER', 3);
    // A marker edit from the chair after the forged one proves the forged one had its chance to arrive.
    chair.type(' chair marker', 4);
    const observer = client(document.invite('observer').token);
    await waitFor(() => observer.text().includes('chair marker'), 'the chair marker to arrive');
    expect(observer.text()).not.toContain('FORGED');
    expect(chair.text()).not.toContain('FORGED');

    const rows = server.deps.db
      .prepare('SELECT participant_id FROM doc_updates WHERE document_id = ?')
      .all(document.documentId) as { participant_id: string }[];
    expect(rows.map((row) => row.participant_id)).not.toContain(stakeholder.participantId);
    const stored = new Y.Doc();
    const state = server.deps.updateLog.load(document.documentId);
    Y.applyUpdate(stored, Y.mergeUpdates([state.snapshot ?? new Uint8Array([0, 0]), ...state.updates]));
    expect(JSON.stringify(stored.getXmlFragment('default').toJSON())).not.toContain('FORGED');
    expect(server.deps.registry.open(document.documentId).stats.droppedReadOnlyUpdates).toBeGreaterThan(0);
  });

  it('lets a read-only participant\'s presence flow', async () => {
    const stakeholder = document.invite('stakeholder', { name: 'Delegate Dora', groupId: 'academia' });
    const chair = client(document.chair.token);
    const delegate = client(stakeholder.token);
    await Promise.all([synced(chair), synced(delegate)]);
    delegate.provider.awareness.setLocalStateField('user', { name: 'Someone Else', color: '#000000' });
    await waitFor(
      () => [...chair.provider.awareness.getStates().values()].some((state) => (state.user as { name?: string } | undefined)?.name === 'Delegate Dora'),
      'the stakeholder to appear in the chair\'s presence',
    );
    const seen = [...chair.provider.awareness.getStates().values()].map((state) => state.user as { name: string; color: string; groupId: string });
    // The server wrote the real identity over the forged one.
    expect(seen).toContainEqual(expect.objectContaining({ name: 'Delegate Dora', groupId: 'academia', color: findGroup(DEFAULT_GROUPS, 'academia')?.color }));
    expect(seen.map((user) => user?.name)).not.toContain('Someone Else');
  });

  it('keeps everyone\'s presence when many clients echo it and one of them leaves', async () => {
    const crowd = Array.from({ length: 12 }, (_, i) => client(document.invite('observer', { name: `Delegate ${i}` }).token));
    await Promise.all(crowd.map(synced));
    for (const [i, member] of crowd.entries()) member.provider.awareness.setLocalStateField('cursor', { at: i });
    const watcher = crowd[0] as TestClient;
    const names = () => new Set([...watcher.provider.awareness.getStates().values()].map((state) => (state.user as { name?: string } | undefined)?.name));
    await waitFor(() => names().size === 12, 'all twelve to be present');
    crowd[11]?.destroy();
    await waitFor(() => !names().has('Delegate 11'), 'the leaver to disappear');
    // A presence change sent after the departure: once it arrives, any renewal or removal the departure set off has too.
    const last = crowd[10] as TestClient;
    const position = { type: null, tname: null, item: { client: 1, clock: 4242 }, assoc: 0 };
    last.provider.awareness.setLocalStateField('cursor', { anchor: position, head: position });
    const lastCaret = () => watcher.provider.awareness.getStates().get(last.provider.awareness.clientID)?.cursor as { anchor?: typeof position } | undefined;
    await waitFor(() => lastCaret()?.anchor?.item.clock === 4242, 'a presence change sent after the departure to arrive');
    expect(names().size).toBe(11);
    expect(crowd.slice(0, 11).every((member) => member.closes.length === 0)).toBe(true);
  });

  it('refuses a bad token with a 44xx close code so the client stops retrying', async () => {
    const intruder = client('x'.repeat(43));
    // 'closed' is the provider's decision not to reconnect; its scheduled retry does nothing after it.
    const gaveUp = new Promise<{ code: number }>((resolve) => intruder.provider.once('closed', (event) => resolve(event)));
    expect((await gaveUp).code).toBe(CLOSE_CODES.unauthorized);
    expect(intruder.closes).toEqual([expect.objectContaining({ code: CLOSE_CODES.unauthorized })]);
    expect(intruder.provider.shouldConnect).toBe(false);
  });

  it('refuses a participant of another document as if the document did not exist', async () => {
    const other = buildDocument(server.deps);
    const stranger = client(other.chair.token, document.documentId);
    await waitFor(() => stranger.closes.length > 0, 'the refusal');
    expect(stranger.closes[0]?.code).toBe(CLOSE_CODES.notFound);
  });

  it('closes a revoked participant\'s open sockets', async () => {
    const drafter = document.invite('drafter');
    const bob = client(drafter.token);
    await synced(bob);
    const response = await fetch(`${server.url}/api/documents/${document.documentId}/participants/${drafter.participantId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${document.chair.token}` },
    });
    expect(response.status).toBe(200);
    await waitFor(() => bob.closes.length > 0, 'the revoked socket to close');
    expect(bob.closes[0]?.code).toBe(CLOSE_CODES.revoked);
    const again = client(drafter.token);
    await waitFor(() => again.closes.length > 0, 'the revoked token to be refused');
    expect(again.closes[0]?.code).toBe(CLOSE_CODES.unauthorized);
  });

  it('unloads an idle document and frees its memory', async () => {
    // Its own server: a short idle time, and a count of open documents that no other test touches.
    const quick = await ownServer({ idleUnloadMs: 50 });
    const idle = buildDocument(quick.deps);
    const alice = client(idle.chair.token, idle.documentId, quick);
    await synced(alice);
    alice.type(' before unload', 3);
    await waitFor(() => quick.deps.updateLog.storedBytes(idle.documentId).logRows > 0, 'the edit to be logged');
    expect(quick.deps.registry.openCount).toBe(1);
    alice.destroy();
    await waitFor(() => quick.deps.registry.openCount === 0, 'the document to unload');
    // Unloading compacted the log into the snapshot.
    expect(quick.deps.updateLog.storedBytes(idle.documentId).logRows).toBe(0);
    const reader = client(idle.chair.token, idle.documentId, quick);
    await synced(reader);
    expect(reader.text()).toContain('before unload');
  });
});
