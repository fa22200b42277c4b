/** Encoding and decoding of y-websocket protocol messages (sync, awareness, awareness query). */
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export type IncomingMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'auth' };

/** A message the sender must be disconnected for; `closeCode` tells it why (4400 unless a limit was broken). */
export class MalformedMessage extends Error {
  constructor(message: string, readonly closeCode: number = CLOSE_CODES.badMessage) {
    super(message);
  }
}

/** Parses one frame; throws MalformedMessage on anything that is not a well-formed protocol message. */
export function parseMessage(data: Uint8Array): IncomingMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const messageType = decoding.readVarUint(decoder);
    let message: IncomingMessage;
    switch (messageType) {
      case MESSAGE_SYNC: {
        const syncType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (syncType === SYNC_STEP_1) message = { type: 'sync-step-1', stateVector: payload };
        else if (syncType === SYNC_STEP_2) message = { type: 'sync-step-2', update: payload };
        else if (syncType === SYNC_UPDATE) message = { type: 'update', update: payload };
        else throw new MalformedMessage(`unknown sync message type ${syncType}`);
        break;
      }
      case MESSAGE_AWARENESS:
        message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
        break;
      case MESSAGE_QUERY_AWARENESS:
        message = { type: 'query-awareness' };
        break;
      case MESSAGE_AUTH:
        message = { type: 'auth' };
        break;
      default:
        throw new MalformedMessage(`unknown message type ${messageType}`);
    }
    return message;
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage(`unreadable message: ${(error as Error).message}`);
  }
}

function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (doc: Y.Doc) => syncMessage(SYNC_STEP_1, Y.encodeStateVector(doc));
export const encodeSyncStep2 = (doc: Y.Doc, stateVector?: Uint8Array) =>
  syncMessage(SYNC_STEP_2, Y.encodeStateAsUpdate(doc, stateVector));
export const syncStep2FromUpdate = (update: Uint8Array) => syncMessage(SYNC_STEP_2, update);
export const encodeUpdate = (update: Uint8Array) => syncMessage(SYNC_UPDATE, update);

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** An awareness entry as received: its state still the JSON text's bytes, read only if it is kept. */
export interface RawAwarenessEntry {
  clientId: number;
  clock: number;
  state: Uint8Array;
}

/** Reads an awareness update's entries without parsing their JSON; throws MalformedMessage on bad bytes. */
export function decodeAwarenessEntries(update: Uint8Array): RawAwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: RawAwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      // lib0 writes a string as its UTF-8 bytes with their length in front.
      entries.push({ clientId, clock, state: decoding.readVarUint8Array(decoder) });
    }
    return entries;
  } catch (error) {
    throw new MalformedMessage(`unreadable awareness update: ${(error as Error).message}`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses an awareness state; throws MalformedMessage unless it is a JSON object or null. */
export function parseAwarenessState(bytes: Uint8Array): Record<string, unknown> | null {
  let state: unknown;
  try {
    state = JSON.parse(utf8.decode(bytes)) as unknown;
  } catch (error) {
    throw new MalformedMessage(`unreadable awareness state: ${(error as Error).message}`);
  }
  if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
    throw new MalformedMessage('awareness state must be an object or null');
  }
  return state as Record<string, unknown> | null;
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
