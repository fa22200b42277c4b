/**
 * Stopping on SIGTERM or SIGINT: close cleanly, but never past a deadline. At the deadline the process
 * makes a last synchronous flush and exits 1; a second signal does the same at once.
 */
import { Worker } from 'node:worker_threads';

export interface ShutdownOptions {
  /** Stops accepting, closes every socket, commits and closes the database. */
  close: () => Promise<void>;
  /** Commits whatever is still pending; must be synchronous and must not throw. */
  lastFlush: () => void;
  timeoutMs: number;
  log: (message: string) => void;
}

/** How long past the deadline a main thread stuck in synchronous work is given before it is killed. */
const BACKSTOP_GRACE_MS = 2_000;

// Runs on its own thread, so it fires even while the main thread is stuck. Every acknowledged edit
// is committed before anyone sees it, so a kill here loses nothing that was promised.
const BACKSTOP_SOURCE = `
const { workerData } = require('node:worker_threads');
setTimeout(() => process.kill(workerData.pid, 'SIGKILL'), workerData.afterMs);
`;

function startBackstop(afterMs: number): void {
  const worker = new Worker(BACKSTOP_SOURCE, { eval: true, workerData: { pid: process.pid, afterMs } });
  worker.unref();
}

export function stopOnSignals(options: ShutdownOptions): void {
  let stopping = false;
  const giveUp = (why: string) => {
    options.log(`${why}: a last flush, then exiting`);
    options.lastFlush();
    process.exit(1);
  };
  const stop = () => {
    if (stopping) return giveUp('Asked again to stop');
    stopping = true;
    options.log('Saving and closing…');
    startBackstop(options.timeoutMs + BACKSTOP_GRACE_MS);
    setTimeout(() => giveUp(`Not closed after ${options.timeoutMs} ms`), options.timeoutMs);
    options.close().then(
      () => process.exit(0),
      (error: unknown) => giveUp(`Closing failed (${String(error)})`),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
