/**
 * The pool of load-generating worker threads, kept for the whole run. Workers run TypeScript
 * through tsx's loader, registered inside each thread (Node 20 does not pass it on by itself).
 */
import { Worker } from 'node:worker_threads';
import type { FromWorker, LoadSetup, ToWorker } from './protocol.js';

type Reply<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

class LoadWorker {
  private readonly inbox: FromWorker[] = [];
  private readonly waiting: Array<(message: FromWorker) => void> = [];
  private failure: Error | null = null;

  constructor(readonly thread: Worker) {
    thread.on('message', (message: FromWorker) => {
      const waiter = this.waiting.shift();
      if (waiter) waiter(message);
      else this.inbox.push(message);
    });
    thread.on('error', (error) => {
      this.failure = error;
      for (const waiter of this.waiting.splice(0)) waiter({ type: 'error', message: error.stack ?? error.message });
    });
  }

  async ask<T extends FromWorker['type']>(message: ToWorker, expect: T): Promise<Reply<T>> {
    if (this.failure) throw this.failure;
    this.thread.postMessage(message);
    const reply = this.inbox.shift() ?? (await new Promise<FromWorker>((resolve) => this.waiting.push(resolve)));
    if (reply.type === 'error') throw new Error(`load worker failed: ${reply.message}`);
    if (reply.type !== expect) throw new Error(`load worker answered ${reply.type}, expected ${expect}`);
    return reply as Reply<T>;
  }
}

export class LoadPool {
  private constructor(private readonly workers: LoadWorker[]) {}

  static start(size: number): LoadPool {
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./load-worker.ts', import.meta.url).href;
    const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return new LoadPool(Array.from({ length: size }, () => new LoadWorker(new Worker(bootstrap, { eval: true }))));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends each worker its own message (or the same one) and waits for every reply. */
  all<T extends FromWorker['type']>(message: ToWorker | ((index: number) => ToWorker), expect: T): Promise<Array<Reply<T>>> {
    return Promise.all(
      this.workers.map((worker, index) => worker.ask(typeof message === 'function' ? message(index) : message, expect)),
    );
  }

  async setup(setups: LoadSetup[]): Promise<{ connected: number; failed: string[] }> {
    const replies = await this.all((index) => ({ type: 'setup', setup: setups[index] ?? { ...emptySetup } }), 'ready');
    return {
      connected: replies.reduce((total, reply) => total + reply.connected, 0),
      failed: replies.flatMap((reply) => reply.failed),
    };
  }

  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }
}

const emptySetup: LoadSetup = { clients: [], seed: new Uint8Array([0, 0]), writerParagraphs: [], connectConcurrency: 1 };
