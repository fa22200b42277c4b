/**
 * Holds every outgoing collaboration message until the updates received before it are committed.
 * Updates arriving in the same turn of the event loop share one SQLite transaction; nothing is sent
 * before the transaction holding what it reveals has committed.
 */
import type { BatchResult, PendingUpdate } from './update-log.repo.js';

export interface OutboxSink {
  /** Writes the batch durably; returns what was written per document. Throws if it could not. */
  commit(batch: readonly PendingUpdate[]): Map<string, BatchResult>;
  /** Called after a commit, before the held messages go out. */
  committed(written: Map<string, BatchResult>): void;
  /** Called when a commit failed: nothing in it may be shown; the documents involved must reload. */
  failed(documentIds: Set<string>, error: unknown): void;
}

export class DurableOutbox {
  private pending: PendingUpdate[] = [];
  private held: Array<{ documentId: string; send: () => void }> = [];
  private scheduled = false;

  constructor(private readonly sink: OutboxSink) {}

  enqueueUpdate(update: PendingUpdate): void {
    this.pending.push(update);
    this.schedule();
  }

  /** Sends now when nothing is waiting for disk, otherwise right after the pending batch commits. */
  send(documentId: string, send: () => void): void {
    if (this.pending.length === 0) send();
    else this.held.push({ documentId, send });
  }

  get idle(): boolean {
    return this.pending.length === 0;
  }

  /** Commits and releases everything now; used before a compaction or shutdown. */
  flush(): void {
    if (this.pending.length === 0) {
      this.release(this.held.splice(0));
      return;
    }
    const batch = this.pending;
    const held = this.held;
    this.pending = [];
    this.held = [];
    let written: Map<string, BatchResult>;
    try {
      written = this.sink.commit(batch);
    } catch (error) {
      const failedDocs = new Set(batch.map((update) => update.documentId));
      this.sink.failed(failedDocs, error);
      this.release(held.filter((message) => !failedDocs.has(message.documentId)));
      return;
    }
    this.sink.committed(written);
    this.release(held);
  }

  /**
   * Runs `work` inside `transaction` (the caller's database transaction) and writes the updates it
   * applied within that same transaction: a decision and the text change it makes are on disk
   * together or not at all. Messages revealing them go out only after the transaction commits; if
   * anything fails, the documents `work` changed are reported failed (they reload from disk) and the
   * error is rethrown.
   */
  commitWithin<T>(transaction: (body: () => T) => T, work: () => T): T {
    this.flush();
    let batch: PendingUpdate[] = [];
    let written: Map<string, BatchResult> = new Map();
    let result: T;
    try {
      result = transaction(() => {
        const value = work();
        batch = this.pending;
        this.pending = [];
        written = this.sink.commit(batch);
        return value;
      });
    } catch (error) {
      const failedDocs = new Set([...batch, ...this.pending].map((update) => update.documentId));
      this.pending = [];
      const held = this.held.splice(0);
      if (failedDocs.size > 0) this.sink.failed(failedDocs, error);
      this.release(held.filter((message) => !failedDocs.has(message.documentId)));
      throw error;
    }
    this.sink.committed(written);
    this.release(this.held.splice(0));
    return result;
  }

  private release(messages: Array<{ send: () => void }>): void {
    for (const message of messages) message.send();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }
}
