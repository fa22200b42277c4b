/**
 * A y-websocket connection driven message by message (the stock `ws` client, no provider), for
 * sending what a provider never would: a huge update, thousands of sync requests, forged presence.
 */
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export interface Closed {
  code: number;
  reason: string;
}

function syncMessage(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Asks for the whole document: a sync step 1 with an empty state vector. */
export const wholeStateRequest = (): Uint8Array => syncMessage(SYNC_STEP_1, Y.encodeStateVector(new Y.Doc()));
export const updateMessage = (update: Uint8Array): Uint8Array => syncMessage(SYNC_UPDATE, update);

/** A presence message announcing `states` under made-up client ids. */
export function presenceMessage(states: ReadonlyArray<Record<string, unknown>>): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, states.length);
  states.forEach((state, index) => {
    encoding.writeVarUint(update, 900_000_000 + index);
    encoding.writeVarUint(update, 1);
    encoding.writeVarString(update, JSON.stringify(state));
  });
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

export class RawCollab {
  readonly doc = new Y.Doc();
  /** Bytes and messages received so far. */
  bytes = 0;
  messages = 0;
  closedWith: Closed | null = null;
  private readonly replyWaiters: Array<() => void> = [];
  private readonly closeWaiters: Array<(closed: Closed) => void> = [];

  private constructor(
    private readonly socket: WebSocket,
    /** Whether incoming document state is applied to `doc` (off for floods of replies). */
    private readonly apply: boolean,
  ) {
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    socket.on('close', (code: number, reason: Buffer) => {
      this.closedWith = { code, reason: reason.toString() };
      for (const wake of this.closeWaiters.splice(0)) wake(this.closedWith);
    });
    socket.on('error', () => undefined);
  }

  static open(url: string, options: { apply?: boolean } = {}): Promise<RawCollab> {
    const socket = new WebSocket(url, { maxPayload: 256 * 1024 * 1024 });
    const client = new RawCollab(socket, options.apply ?? true);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
    });
  }

  send(message: Uint8Array): void {
    this.socket.send(message);
  }

  /** The server's whole document, received into `doc`. */
  async sync(timeoutMs: number): Promise<void> {
    const outcome = await this.roundTrip(timeoutMs);
    if (outcome !== 'answered') throw new Error(`no sync with the server: ${outcome === 'timeout' ? 'timed out' : `closed ${outcome.code} ${outcome.reason}`}`);
  }

  /**
   * Sends a sync request after whatever was sent before and waits for its answer: the server has
   * then handled everything before it. Or the connection closed, or the time ran out.
   */
  roundTrip(timeoutMs: number): Promise<'answered' | 'timeout' | Closed> {
    if (this.closedWith) return Promise.resolve(this.closedWith);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), timeoutMs);
      this.replyWaiters.push(() => {
        clearTimeout(timer);
        resolve('answered');
      });
      this.closeWaiters.push((closed) => {
        clearTimeout(timer);
        resolve(closed);
      });
      this.send(syncMessage(SYNC_STEP_1, Y.encodeStateVector(this.doc)));
    });
  }

  /** Resolves when the server closes the connection, or with null after `timeoutMs`. */
  closed(timeoutMs: number): Promise<Closed | null> {
    if (this.closedWith) return Promise.resolve(this.closedWith);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      this.closeWaiters.push((closed) => {
        clearTimeout(timer);
        resolve(closed);
      });
    });
  }

  close(): void {
    this.socket.terminate();
  }

  private receive(data: Uint8Array): void {
    this.bytes += data.byteLength;
    this.messages += 1;
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
    const type = decoding.readVarUint(decoder);
    if (type === SYNC_STEP_1) return;
    if (this.apply) Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), 'server');
    if (type === SYNC_STEP_2) this.replyWaiters.shift()?.();
  }
}
