/** Raw collaboration sockets for the fair-share tests: a plain `ws` client, and one that never reads. */
import { connect, type Socket } from 'node:net';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import type { TestServer } from '../support/test-server.js';

export interface RawSocket {
  socket: WebSocket;
  /** Bytes and messages received so far. */
  received: { bytes: number; messages: number };
  /** Resolves with the close the server sent (1006 when the connection just dropped). */
  closed: Promise<{ code: number; reason: string }>;
}

/** Opens a socket and resolves once the server has accepted it (or closed it straight away). */
export async function openRawSocket(server: TestServer, documentId: string, token: string): Promise<RawSocket> {
  const socket = new WebSocket(`${server.wsUrl}/${documentId}?token=${token}`);
  const received = { bytes: 0, messages: 0 };
  socket.on('message', (data: Buffer) => {
    received.bytes += data.length;
    received.messages += 1;
  });
  socket.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_, response) => reject(new Error(`upgrade answered ${response.statusCode}`)));
  });
  return { socket, received, closed };
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A sync-step-1 request with the given (encoded) state vector; empty: "I hold nothing". */
export function syncRequest(stateVector: Uint8Array = new Uint8Array([0])): Uint8Array {
  return message((encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, stateVector);
  });
}

/** An awareness message announcing one client's state as JSON. */
export function presenceMessage(clientId: number, clock: number, state: unknown): Uint8Array {
  return message((encoder) => {
    encoding.writeVarUint(encoder, 1);
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
  });
}

export const presenceQuery = (): Uint8Array => new Uint8Array([3]);

/**
 * A client that completes the WebSocket handshake and then never reads again: whatever the server
 * sends piles up in the kernel's buffers, then in the server's.
 */
export async function neverReadingSocket(server: TestServer, documentId: string, token: string): Promise<Socket> {
  const socket = connect(server.port, '127.0.0.1');
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    `GET /collab/${documentId}?token=${token} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  const head = await new Promise<string>((resolve) => socket.once('data', (data: Buffer) => resolve(data.toString('latin1'))));
  socket.pause();
  if (!head.startsWith('HTTP/1.1 101')) throw new Error(`handshake refused: ${head.split('\r\n')[0]}`);
  return socket;
}
