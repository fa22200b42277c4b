/**
 * Reads a Yjs v1 update struct by struct without building Yjs objects, so an update can be checked
 * before it is applied, and a check can stop at the first struct that breaks a rule (a 150,000-block
 * update is refused after reading the first few thousand blocks, not after decoding all of it).
 */
import * as decoding from 'lib0/decoding';

export const TYPE_REFS = { array: 0, map: 1, text: 2, xmlElement: 3, xmlFragment: 4, xmlHook: 5, xmlText: 6 } as const;

export type ScannedContent =
  | { kind: 'deleted' }
  | { kind: 'json' }
  | { kind: 'binary' }
  | { kind: 'string'; length: number }
  | { kind: 'embed' }
  | { kind: 'format'; key: string; value: unknown }
  | { kind: 'type'; typeRef: number; nodeName: string | null }
  | { kind: 'any'; values: unknown[] }
  | { kind: 'doc' }
  /** Garbage-collected or skipped clocks: no content, but they tell which clocks the update covers. */
  | { kind: 'gc' }
  | { kind: 'skip' };

export interface ScannedId {
  client: number;
  clock: number;
}

export interface ScannedItem {
  client: number;
  clock: number;
  length: number;
  origin: ScannedId | null;
  rightOrigin: ScannedId | null;
  /** Written only when the item has neither origin: a root type's name, or the id of the parent type's item. */
  parent: string | ScannedId | null;
  parentSub: string | null;
  content: ScannedContent;
}

export interface ScannedDeletion {
  client: number;
  clock: number;
  length: number;
}

export class UnreadableUpdate extends Error {}

const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;
const BITS5 = 31;
const SKIP = 10;

function readId(decoder: decoding.Decoder): ScannedId {
  return { client: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder) };
}

function readContent(decoder: decoding.Decoder, ref: number): { content: ScannedContent; length: number } {
  switch (ref) {
    case 1:
      return { content: { kind: 'deleted' }, length: decoding.readVarUint(decoder) };
    case 2: {
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) decoding.readVarString(decoder);
      return { content: { kind: 'json' }, length: count };
    }
    case 3:
      decoding.readVarUint8Array(decoder);
      return { content: { kind: 'binary' }, length: 1 };
    case 4: {
      const text = decoding.readVarString(decoder);
      return { content: { kind: 'string', length: text.length }, length: text.length };
    }
    case 5:
      decoding.readVarString(decoder);
      return { content: { kind: 'embed' }, length: 1 };
    case 6: {
      const key = decoding.readVarString(decoder);
      const value = JSON.parse(decoding.readVarString(decoder)) as unknown;
      return { content: { kind: 'format', key, value }, length: 1 };
    }
    case 7: {
      const typeRef = decoding.readVarUint(decoder);
      const nodeName = typeRef === TYPE_REFS.xmlElement || typeRef === TYPE_REFS.xmlHook ? decoding.readVarString(decoder) : null;
      return { content: { kind: 'type', typeRef, nodeName }, length: 1 };
    }
    case 8: {
      const count = decoding.readVarUint(decoder);
      const values: unknown[] = [];
      for (let i = 0; i < count; i++) values.push(decoding.readAny(decoder));
      return { content: { kind: 'any', values }, length: count };
    }
    case 9:
      decoding.readVarString(decoder);
      decoding.readAny(decoder);
      return { content: { kind: 'doc' }, length: 1 };
    default:
      throw new UnreadableUpdate(`unknown content type ${ref}`);
  }
}

/**
 * Calls `visit` for each struct of the update in the order it is written; `visit` returning false
 * stops the scan. Returns the update's deletions, or null if
 * the scan was stopped.
 */
export function scanUpdate(update: Uint8Array, visit: (item: ScannedItem) => boolean): ScannedDeletion[] | null {
  // What `visit` throws is the caller's verdict and passes through; only reading errors become UnreadableUpdate.
  let visiting = false;
  const visited = (item: ScannedItem) => {
    visiting = true;
    const goOn = visit(item);
    visiting = false;
    return goOn;
  };
  try {
    const decoder = decoding.createDecoder(update);
    const clients = decoding.readVarUint(decoder);
    for (let c = 0; c < clients; c++) {
      const structs = decoding.readVarUint(decoder);
      const client = decoding.readVarUint(decoder);
      let clock = decoding.readVarUint(decoder);
      for (let s = 0; s < structs; s++) {
        const info = decoding.readUint8(decoder);
        if (info === SKIP || (info & BITS5) === 0) {
          const length = decoding.readVarUint(decoder);
          const content: ScannedContent = { kind: info === SKIP ? 'skip' : 'gc' };
          if (length > 0 && !visited({ client, clock, length, origin: null, rightOrigin: null, parent: null, parentSub: null, content })) return null;
          clock += length;
          continue;
        }
        const origin = (info & BIT8) === BIT8 ? readId(decoder) : null;
        const rightOrigin = (info & BIT7) === BIT7 ? readId(decoder) : null;
        const hasParentInfo = (info & (BIT7 | BIT8)) === 0;
        let parent: string | ScannedId | null = null;
        if (hasParentInfo) parent = decoding.readVarUint(decoder) === 1 ? decoding.readVarString(decoder) : readId(decoder);
        const parentSub = hasParentInfo && (info & BIT6) === BIT6 ? decoding.readVarString(decoder) : null;
        const { content, length } = readContent(decoder, info & BITS5);
        if (length < 1) throw new UnreadableUpdate('an item of no length');
        if (!visited({ client, clock, length, origin, rightOrigin, parent, parentSub, content })) return null;
        clock += length;
      }
    }
    const deletions: ScannedDeletion[] = [];
    const deleteClients = decoding.readVarUint(decoder);
    for (let c = 0; c < deleteClients; c++) {
      const client = decoding.readVarUint(decoder);
      const ranges = decoding.readVarUint(decoder);
      for (let r = 0; r < ranges; r++) {
        deletions.push({ client, clock: decoding.readVarUint(decoder), length: decoding.readVarUint(decoder) });
      }
    }
    return deletions;
  } catch (error) {
    if (visiting || error instanceof UnreadableUpdate) throw error;
    throw new UnreadableUpdate((error as Error).message);
  }
}
