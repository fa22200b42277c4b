/**
 * Concurrent HTTP clients, each in a worker thread of its own: two clients reading megabyte lists at
 * once in one thread would wait on each other's parsing and inflating, and the load generator, not the
 * server, would set the tail. Each worker sends its share of the requests one after another and
 * times each until its whole body has arrived, after a few untimed ones: a fresh thread runs its
 * HTTP client in V8's interpreter at first, as the load workers do (see the fan-out warm-up).
 */
const WARMUP_REQUESTS = 5;
import { Worker } from 'node:worker_threads';

export interface TimedRequest {
  url: string;
  token: string;
}

export interface RequestTimes {
  /** Milliseconds until the whole body arrived, one per request. */
  times: number[];
  /** The server's own time (Server-Timing total), where it sent one. */
  serverTimes: number[];
}

// Plain JavaScript, so the worker needs no TypeScript loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const times = [];
  const serverTimes = [];
  for (const { url, token } of workerData.requests.slice(0, workerData.warmup)) {
    await (await fetch(url, { headers: { authorization: 'Bearer ' + token } })).arrayBuffer();
  }
  for (const { url, token } of workerData.requests) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: 'Bearer ' + token } });
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error('GET ' + url + ' answered ' + response.status);
    const total = /total;dur=([\\d.]+)/.exec(response.headers.get('server-timing') || '');
    if (total) serverTimes.push(Number(total[1]));
  }
  parentPort.postMessage({ times, serverTimes });
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

function runClient(requests: TimedRequest[]): Promise<RequestTimes> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { requests, warmup: WARMUP_REQUESTS } });
    worker.once('message', (message: RequestTimes & { error?: string }) => {
      void worker.terminate();
      if (message.error) reject(new Error(`HTTP client failed: ${message.error}`));
      else resolve(message);
    });
    worker.once('error', reject);
  });
}

/** Sends GET requests from `clients` concurrent clients (request i goes to client i mod clients). */
export async function timedGets(requests: readonly TimedRequest[], clients: number): Promise<RequestTimes> {
  const shares = Array.from({ length: Math.max(1, clients) }, (_, c) => requests.filter((_, i) => i % clients === c));
  const results = await Promise.all(shares.filter((share) => share.length > 0).map(runClient));
  return { times: results.flatMap((r) => r.times), serverTimes: results.flatMap((r) => r.serverTimes) };
}
