/** Times a new client from connecting to holding the whole document. */
import * as Y from 'yjs';
import { connectClient, type BenchClient } from '../../load/bench-client.js';
import type { Endpoint } from '../../load/endpoint.js';
import { clock } from '../../load/markers.js';
import { awaitQuiet } from '../../load/quiet.js';
import { covers } from './cold-corpus.js';

export interface TimedOpen {
  ms: number;
  client: BenchClient;
}

export interface OpenOptions {
  timeoutMs?: number;
  /** Wait (at most this long) for a quiet machine first; the server's CPU clock, to wait for it too. */
  quietMs?: number;
  serverCpuSeconds?: () => number;
}

export async function timeOpen(endpoint: Endpoint, expected: Map<number, number>, options: OpenOptions = {}): Promise<TimedOpen> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  if (options.quietMs) await awaitQuiet(options.serverCpuSeconds ?? (() => 0), options.quietMs);
  const doc = new Y.Doc();
  const start = clock();
  const client = connectClient(endpoint, doc, timeoutMs);
  await client.synced;
  if (!covers(doc, expected)) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the opened document stayed incomplete')), timeoutMs);
      const check = () => {
        if (!covers(doc, expected)) return;
        clearTimeout(timer);
        doc.off('update', check);
        resolve();
      };
      doc.on('update', check);
    });
  }
  return { ms: clock() - start, client };
}

export function docFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
