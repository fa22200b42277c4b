import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { DEFAULT_COLLAB_SHARES } from '../../server/collab/fair-shares.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { openRawSocket, presenceMessage, type RawSocket } from './raw-collab-socket.js';

let server: TestServer;
let document: TestDocument;
let bystander: TestClient;

const caret = (clock: number) => ({
  anchor: { type: null, tname: null, item: { client: 1, clock }, assoc: 0 },
  head: { type: null, tname: null, item: { client: 1, clock }, assoc: 0 },
});

/** Moves a caret `count` times in one go, as a client whose presence runs away would. */
function moveCaret(raw: RawSocket, clientId: number, from: number, count: number): void {
  for (let clock = from; clock < from + count && raw.socket.readyState === raw.socket.OPEN; clock++) {
    raw.socket.send(presenceMessage(clientId, clock, { cursor: caret(clock) }));
  }
}

/** The sender's last caret reached the bystander: every message before it was accepted. */
async function caretArrived(clientId: number, clock: number): Promise<void> {
  await waitFor(() => {
    const state = bystander.provider.awareness.getStates().get(clientId) as { cursor?: ReturnType<typeof caret> } | undefined;
    return state?.cursor?.anchor.item.clock === clock;
  }, `caret ${clock} to reach the bystander`, 30_000);
}

/** A new document on `on`, with an observer's client watching it. */
async function start(on: TestServer): Promise<void> {
  server = on;
  document = buildDocument(server.deps);
  bystander = connectClient(server.wsUrl, document.documentId, document.invite('observer').token);
  await synced(bystander);
}

afterEach(() => bystander.destroy());

describe('messages per connection', () => {
  describe('at the default rate', () => {
    // Rates count per connection, and each test opens its own: one server for these tests.
    let shared: TestServer;
    beforeAll(async () => {
      shared = await startTestServer();
    });
    afterAll(async () => shared.dispose());
    beforeEach(() => start(shared));

    it(`closes a sender of ${(3 * DEFAULT_COLLAB_SHARES.messageBurst).toLocaleString('en')} messages at once with 4429, and no one else`, async () => {
      const raw = await openRawSocket(server, document.documentId, document.invite('observer').token);
      moveCaret(raw, 4242, 1, 3 * DEFAULT_COLLAB_SHARES.messageBurst);
      expect(await raw.closed).toEqual({ code: CLOSE_CODES.tooMany, reason: 'too many messages: at most 200 a second after a burst of 500' });

      const writer = connectClient(server.wsUrl, document.documentId, document.chair.token);
      await synced(writer);
      writer.type(' still live', 3);
      await waitFor(() => bystander.text().includes('still live'), 'a live edit to reach the bystander');
      expect(bystander.closes).toEqual([]);
      writer.destroy();
    });

    it("does not charge a stock client for echoing everyone else's presence back", async () => {
      // Three people whose carets move 400 times each: the bystander's client echoes all 1,200 moves.
      const senders = await Promise.all([1, 2, 3].map(() => openRawSocket(server, document.documentId, document.invite('observer').token)));
      for (const [index, sender] of senders.entries()) moveCaret(sender, 9000 + index, 1, 400);
      for (const index of [0, 1, 2]) await caretArrived(9000 + index, 400);
      const writer = connectClient(server.wsUrl, document.documentId, document.chair.token);
      await synced(writer);
      writer.type(' after the carets', 3);
      await waitFor(() => bystander.text().includes('after the carets'), 'a live edit to reach the bystander');
      expect(bystander.closes).toEqual([]);
      expect(senders.every(({ socket }) => socket.readyState === socket.OPEN)).toBe(true);
      writer.destroy();
      for (const { socket } of senders) socket.close();
    });

    it('keeps a fast typist with a busy caret connected', async () => {
      const writer = connectClient(server.wsUrl, document.documentId, document.chair.token);
      await synced(writer);
      // A few hundred keystrokes and caret moves at once: well within the burst.
      for (let i = 0; i < 200; i++) {
        writer.type(`${i % 10}`, 3);
        writer.provider.awareness.setLocalStateField('cursor', caret(i));
      }
      writer.type(' typed', 3);
      await waitFor(() => bystander.text().includes('typed'), 'the typing to reach the bystander');
      expect(writer.closes).toEqual([]);
      writer.destroy();
    });
  });

  it('lets a sender go on at the steady rate once its burst is spent', async () => {
    // Its own server: a rate small enough to spend in a test.
    const slow = await startTestServer({ collabShares: { ...DEFAULT_COLLAB_SHARES, messageBurst: 20, messagesPerSecond: 20 } });
    onTestFinished(() => slow.dispose());
    await start(slow);
    const raw = await openRawSocket(server, document.documentId, document.invite('observer').token);
    moveCaret(raw, 77, 1, 20);
    await caretArrived(77, 20);
    // At least 20 messages' worth comes back in a second, however busy the machine.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    moveCaret(raw, 77, 21, 15);
    await caretArrived(77, 35);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    moveCaret(raw, 77, 36, 40);
    expect((await raw.closed).code).toBe(CLOSE_CODES.tooMany);
  });
});
