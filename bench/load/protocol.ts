/** Messages between the benchmark runner and its load-generating worker threads. */
import type { Endpoint } from './endpoint.js';

export interface ClientPlan {
  endpoint: Endpoint;
  /** The writer index this client types as, or null for a client that only reads. */
  writer: number | null;
  /** The one reader whose arrivals are kept edit by edit (burst throughput and the disk check). */
  watcher: boolean;
}

export type WriteMode =
  | { kind: 'paced'; editsPerSecond: number; durationMs: number }
  | { kind: 'burst'; durationMs: number; maxBufferedBytes: number };

export interface LoadSetup {
  clients: ClientPlan[];
  /** The document every client starts from (clients still sync with the server). */
  seed: Uint8Array;
  /** writerParagraphs[w]: the paragraph writer w types into. */
  writerParagraphs: string[];
  connectConcurrency: number;
}

export type ToWorker =
  | { type: 'setup'; setup: LoadSetup }
  | { type: 'write'; mode: WriteMode; startAt: number }
  | { type: 'progress' }
  | { type: 'collect' }
  /** Forget every arrival so far (after the warm-up). */
  | { type: 'reset' }
  | { type: 'close' };

export interface WorkerStats {
  /** One latency (ms) per edit arrival at a client of this worker. */
  latencies: Float64Array;
  /** Per edit seen here: [editKey, arrivals, worst latency]. */
  perEdit: Float64Array;
  /** The watcher's arrivals, if it lives here: edit keys and arrival times. */
  watcherKeys: Float64Array;
  watcherArrivals: Float64Array;
  watcherLatencies: Float64Array;
  /** Connections closed by the server or the network during the run (not by the benchmark). */
  drops: number;
  dropReasons: string[];
}

export type FromWorker =
  | { type: 'ready'; connected: number; failed: string[] }
  /** Edits each writer sent during this write (sequence numbers go on from one write to the next). */
  | { type: 'written'; sent: Array<[writer: number, edits: number]> }
  | { type: 'progress'; arrivals: number; watcherArrivals: number }
  | { type: 'collected'; stats: WorkerStats }
  | { type: 'reset' }
  | { type: 'closed' }
  | { type: 'error'; message: string };
