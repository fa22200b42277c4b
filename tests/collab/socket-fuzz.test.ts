/**
 * Fuzzing the collaboration protocol: 100,000 malformed or hostile messages from writable and
 * read-only participants. Nothing escapes but a refusal of the sender; the document stays valid and
 * loadable; memory stays bounded; the real socket stays responsive throughout.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import WebSocket from 'ws';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { connectClient, synced, waitFor } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { MalformedMessage } from '../../server/collab/messages.js';
import type { CollabConnection } from '../../server/collab/connection.js';
import { outcomeSchema } from '../../shared/document/extensions.js';
import { readBlocks } from '../../shared/document/read-blocks.js';

let server: TestServer;
let document: TestDocument;
beforeAll(async () => {
  server = await startTestServer({ maxMessageBytes: 256 * 1024 });
});
beforeEach(() => {
  document = buildDocument(server.deps);
});
afterAll(async () => server.dispose());

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Part = readonly ['uint', number] | readonly ['bytes', Uint8Array] | readonly ['string', string];

function frame(parts: readonly Part[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const [kind, value] of parts) {
    if (kind === 'uint') encoding.writeVarUint(encoder, value);
    else if (kind === 'bytes') encoding.writeVarUint8Array(encoder, value);
    else encoding.writeVarString(encoder, value);
  }
  return encoding.toUint8Array(encoder);
}

/** A real update from a foreign doc whose first change depends on changes we never send. */
function updateWithMissingDependencies(next: () => number): Uint8Array {
  const foreign = new Y.Doc();
  const text = foreign.getXmlFragment('default');
  const element = new Y.XmlElement('operative');
  text.insert(0, [element]);
  const before = Y.encodeStateVector(foreign);
  element.insert(0, [new Y.XmlText(`orphan ${next()}`)]);
  return Y.encodeStateAsUpdate(foreign, before);
}

function hostileMessage(next: () => number): Uint8Array {
  const bytes = (length: number) => Uint8Array.from({ length }, () => Math.floor(next() * 256));
  switch (Math.floor(next() * 9)) {
    case 0:
      return bytes(1 + Math.floor(next() * 64));
    case 1: // a sync update of random bytes
      return frame([['uint', 0], ['uint', 2], ['bytes', bytes(Math.floor(next() * 200))]]);
    case 2: // truncated sync message
      return frame([['uint', 0], ['uint', 1], ['bytes', bytes(40)]]).slice(0, 5 + Math.floor(next() * 20));
    case 3: // huge varints
      return Uint8Array.from([0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
    case 4: // a state vector that is garbage
      return frame([['uint', 0], ['uint', 0], ['bytes', bytes(16)]]);
    case 5:
      return frame([['uint', 0], ['uint', 2], ['bytes', updateWithMissingDependencies(next)]]);
    case 6: // awareness with bad JSON
      return frame([['uint', 1], ['bytes', frame([['uint', 1], ['uint', Math.floor(next() * 1e6)], ['uint', 1], ['string', '{"user":']])]]);
    case 7: // an awareness flood of identities
      return frame([['uint', 1], ['bytes', frame([['uint', 50], ...Array.from({ length: 50 }, (_, i): Part[] => [['uint', 1000 + i], ['uint', 1], ['string', '{"cursor":null}']]).flat()])]]);
    default: // unknown message types
      return frame([['uint', 4 + Math.floor(next() * 100)], ['bytes', bytes(8)]]);
  }
}

function fakeConnection(participantId: string, canWrite: boolean): CollabConnection & { closed: number } {
  return {
    participantId,
    canWrite,
    presence: { name: 'Fuzzer', color: '#000000', groupId: 'academia', role: canWrite ? 'drafter' : 'observer', participantId },
    closed: 0,
    send: () => undefined,
    close() {
      this.closed += 1;
    },
  };
}

describe('fuzzing the collaboration protocol', () => {
  const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 100_000);
  it(`survives ${MESSAGES.toLocaleString('en')} hostile messages from writers and readers with the document valid and memory bounded`, async () => {
    const room = server.deps.registry.open(document.documentId);
    const before = readBlocks(room.doc).map((block) => block.text);
    const next = random(20261122);
    const writer = fakeConnection('pa_fuzz_writer', true);
    const reader = fakeConnection('pa_fuzz_reader', false);
    let refused = 0;
    const unexpected: string[] = [];
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < MESSAGES; i++) {
      // Each refusal would close the socket; a fresh connection takes its place, as a reconnecting client would.
      const connection = next() < 0.5 ? writer : reader;
      room.join(connection);
      try {
        room.receive(connection, hostileMessage(next));
      } catch (error) {
        if (error instanceof MalformedMessage) refused += 1;
        else unexpected.push(String(error));
      }
      room.leave(connection);
      if (i % 5000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    server.deps.registry.commitPending();
    expect(unexpected).toEqual([]);
    expect(refused).toBeGreaterThan(MESSAGES / 2);
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(room.awareness.getStates().size).toBe(0);
    // Still a valid outcome document: the schema accepts it, and nothing but valid changes happened.
    expect(() => yXmlFragmentToProseMirrorRootNode(room.doc.getXmlFragment('default'), outcomeSchema()).check()).not.toThrow();
    expect(readBlocks(room.doc).map((block) => block.text)).toEqual(before);
    global.gc?.();
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);

    // The stored log loads into the same document.
    const stored = server.deps.updateLog.load(document.documentId);
    const reloaded = new Y.Doc();
    for (const part of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) Y.applyUpdate(reloaded, part);
    expect(readBlocks(reloaded).map((block) => block.text)).toEqual(before);
  }, 240_000);

  it('keeps serving real clients while raw sockets throw garbage at it', async () => {
    const observer = connectClient(server.wsUrl, document.documentId, document.invite('observer').token);
    const writer = connectClient(server.wsUrl, document.documentId, document.chair.token);
    await Promise.all([synced(observer), synced(writer)]);
    const next = random(7);
    const hostileToken = document.invite('drafter').token;
    let closedByServer = 0;
    for (let round = 0; round < 40; round++) {
      const socket = new WebSocket(`${server.wsUrl}/${document.documentId}?token=${hostileToken}`);
      socket.on('error', () => undefined);
      await new Promise<void>((resolve) => socket.once('open', () => resolve()));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      for (let i = 0; i < 50 && socket.readyState === WebSocket.OPEN; i++) socket.send(hostileMessage(next));
      if (round % 10 === 0) socket.send(new Uint8Array(300 * 1024));
      const code = await Promise.race([closed, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 300))]);
      if (code > 0) closedByServer += 1;
      socket.terminate();
      writer.type(` ok${round}`, 3);
      await waitFor(() => observer.text().includes(`ok${round}`), `the live edit of round ${round}`);
    }
    expect(closedByServer).toBeGreaterThan(30);
    observer.destroy();
    writer.destroy();
  });
});
