/**
 * `GET /healthz` every ~5 ms from a worker thread of its own, on one kept-alive connection: the times
 * of the answers show, from outside, how long the server's event loop was blocked.
 */
import { Worker } from 'node:worker_threads';
import { clock } from '../../load/markers.js';
import { sleep } from '../../load/until.js';
import { normalFor, NORMAL_GAP_MS, stallBetween, type Stall } from './stall.js';

export const PROBE_EVERY_MS = 5;

// Plain JavaScript, so the thread needs no TypeScript loader. Answer times use the clock every
// thread of this process shares (performance.timeOrigin + performance.now()).
const PROBE_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const now = () => performance.timeOrigin + performance.now();
let answers = [];
let failures = 0;
let stopped = false;
function probe() {
  if (stopped) return;
  const sent = now();
  const again = () => setTimeout(probe, Math.max(0, workerData.everyMs - (now() - sent)));
  const request = http.get({ host: workerData.host, port: workerData.port, path: '/healthz', agent }, (response) => {
    response.resume();
    response.on('end', () => {
      if (response.statusCode === 200) answers.push(now());
      else failures += 1;
      again();
    });
  });
  request.on('error', () => {
    failures += 1;
    again();
  });
}
parentPort.on('message', (message) => {
  if (message === 'take') {
    parentPort.postMessage({ answers: Float64Array.from(answers), failures });
    answers = [];
  } else if (message === 'stop') {
    stopped = true;
    agent.destroy();
    parentPort.postMessage({ answers: Float64Array.from(answers), failures });
  }
});
probe();
`;

interface Batch {
  answers: Float64Array;
  failures: number;
}

export class HealthProbe {
  private readonly answers: number[] = [];
  private failures = 0;

  private constructor(private readonly worker: Worker) {}

  static start(host: string, port: number): HealthProbe {
    return new HealthProbe(new Worker(PROBE_SOURCE, { eval: true, workerData: { host, port, everyMs: PROBE_EVERY_MS } }));
  }

  /** Probes that failed or were answered with anything but 200 (neither counts as an answer). */
  get failedProbes(): number {
    return this.failures;
  }

  async stallSince(start: number): Promise<Stall> {
    await this.collect('take');
    return stallBetween(this.answers, start, clock());
  }

  /**
   * Waits until the server has answered normally (no gap of NORMAL_GAP_MS) for `quietMs` since `since`,
   * at most until `deadline`; true if it did.
   */
  async untilNormal(since: number, quietMs: number, deadline: number): Promise<boolean> {
    for (;;) {
      await this.collect('take');
      const now = clock();
      if (normalFor(this.answers, since, now) >= quietMs) return true;
      if (now >= deadline) return false;
      await sleep(Math.min(100, NORMAL_GAP_MS));
    }
  }

  async stop(): Promise<void> {
    await this.collect('stop');
    await this.worker.terminate();
  }

  private collect(message: 'take' | 'stop'): Promise<void> {
    return new Promise((resolve, reject) => {
      const onMessage = (batch: Batch) => {
        this.worker.off('error', onError);
        for (const at of batch.answers) this.answers.push(at);
        this.failures = batch.failures;
        resolve();
      };
      const onError = (error: Error) => {
        this.worker.off('message', onMessage);
        reject(error);
      };
      this.worker.once('message', onMessage);
      this.worker.once('error', onError);
      this.worker.postMessage(message);
    });
  }
}
