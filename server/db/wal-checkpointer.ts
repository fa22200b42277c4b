/**
 * Copies the write-ahead log into the database file from a worker thread with its own connection.
 * SQLite's automatic checkpoint runs inside whichever commit crosses a thousand pages, on the main
 * thread: every few hundred writes one request or one broadcast waited 5–25 ms for it (measured here).
 * This thread checkpoints PASSIVE-ly (never waiting for, nor blocking, the writer) every interval,
 * again at once while the writer added frames meanwhile: SQLite starts the log over (instead of
 * growing it) only when a checkpoint has copied all of it, which a steady writer rarely lets happen.
 * So the main connection keeps an automatic checkpoint, four times further apart than SQLite's
 * default and mostly with nothing left to copy: it bounds the log (16 MB) and lets it start over.
 */
export const MAIN_AUTOCHECKPOINT_PAGES = 4_096;
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain JavaScript evaluated in the worker, so it needs no TypeScript loader wherever the server runs.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const timer = setInterval(() => {
  try {
    for (let attempt = 0; attempt < 4; attempt++) {
      const [result] = db.pragma('wal_checkpoint(PASSIVE)');
      if (result.log === result.checkpointed) break;
    }
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String(error) });
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  clearInterval(timer);
  db.close();
  parentPort.postMessage({ type: 'closed' });
});
`;

export class WalCheckpointer {
  private readonly worker: Worker;

  constructor(file: string, intervalMs = 1_000, log: (message: string) => void = () => undefined) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, intervalMs, driver } });
    this.worker.on('message', (message: { type: string; message?: string }) => {
      if (message.type === 'error') log(`WAL checkpoint failed: ${message.message}`);
    });
    this.worker.on('error', (error) => log(`WAL checkpointer stopped: ${error.message}`));
    this.worker.unref();
  }

  /** Closes the worker's connection (before the main one closes, so that one can fold the log in and remove it). */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => {
      this.worker.on('message', (message: { type: string }) => {
        if (message.type === 'closed') resolve();
      });
      this.worker.once('exit', () => resolve());
    });
    this.worker.postMessage('close');
    await closed;
    await this.worker.terminate();
  }
}
