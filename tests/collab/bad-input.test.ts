import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';

let server: TestServer;
let document: TestDocument;
let bystander: TestClient;

async function rawSocket(token: string): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(`${server.wsUrl}/${document.documentId}?token=${token}`);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, closed };
}

function syncUpdateMessage(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** The bystander still receives live edits: the server and the room survived. */
async function expectRoomAlive(): Promise<void> {
  const writer = connectClient(server.wsUrl, document.documentId, document.chair.token);
  await synced(writer);
  const marker = ` alive-${Math.random().toString(36).slice(2)}`;
  writer.type(marker, 3);
  await waitFor(() => bystander.text().includes(marker), 'a live edit to reach the bystander');
  writer.destroy();
}

let shared: TestServer;
beforeAll(async () => {
  shared = await startTestServer({ maxMessageBytes: 64 * 1024 });
});
beforeEach(async () => {
  server = shared;
  document = buildDocument(server.deps);
  bystander = connectClient(server.wsUrl, document.documentId, document.invite('observer').token);
  await synced(bystander);
});
afterEach(async () => {
  bystander.destroy();
  if (server !== shared) await server.dispose();
});
afterAll(async () => shared.dispose());

describe('bad input on the collaboration socket', () => {
  it('closes a sender of text frames and no one else', async () => {
    const { socket, closed } = await rawSocket(document.chair.token);
    socket.send('{"hello":"world"}');
    expect(await closed).toBe(CLOSE_CODES.badMessage);
    await expectRoomAlive();
  });

  it('closes a sender of an unknown message type or random bytes', async () => {
    for (const bytes of [new Uint8Array([99, 1, 2, 3]), new Uint8Array([0, 7, 1, 1]), new Uint8Array([0, 2, 200])]) {
      const { socket, closed } = await rawSocket(document.chair.token);
      socket.send(bytes);
      expect(await closed).toBe(CLOSE_CODES.badMessage);
    }
    await expectRoomAlive();
  });

  it('refuses an undecodable update without storing anything', async () => {
    const rowsBefore = server.deps.updateLog.storedBytes(document.documentId).logRows;
    const { socket, closed } = await rawSocket(document.chair.token);
    socket.send(syncUpdateMessage(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 1])));
    expect(await closed).toBe(CLOSE_CODES.badMessage);
    expect(server.deps.updateLog.storedBytes(document.documentId).logRows).toBe(rowsBefore);
    await expectRoomAlive();
  });

  it('closes only the sender of a message over the size limit', async () => {
    const { socket, closed } = await rawSocket(document.chair.token);
    socket.send(new Uint8Array(100 * 1024));
    expect(await closed).toBe(1009);
    await expectRoomAlive();
  });

  it('closes an awareness update carrying malformed JSON', async () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, 12345);
    encoding.writeVarUint(inner, 1);
    encoding.writeVarString(inner, '{not json');
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
    const { socket, closed } = await rawSocket(document.chair.token);
    socket.send(encoding.toUint8Array(encoder));
    expect(await closed).toBe(CLOSE_CODES.badMessage);
    await expectRoomAlive();
  });

  it('drops a connection that stops answering pings', async () => {
    // Its own server: a ping every 100 ms would reach every other test's sockets too.
    bystander.destroy();
    server = await startTestServer({ pingIntervalMs: 100 });
    document = buildDocument(server.deps);
    bystander = connectClient(server.wsUrl, document.documentId, document.invite('observer').token);
    await synced(bystander);
    const { socket, closed } = await rawSocket(document.chair.token);
    await waitFor(() => server.deps.registry.open(document.documentId).connections.size === 2, 'both connections to join');
    // A frozen peer: its socket no longer reads, so it never answers a ping.
    (socket as unknown as { _socket: { pause: () => void } })._socket.pause();
    await waitFor(() => server.deps.registry.open(document.documentId).connections.size === 1, 'the dead connection to be dropped');
    socket.terminate();
    await closed;
    await expectRoomAlive();
  });
});
