/**
 * One open document's place in the update log: the last update written, the last one folded into
 * the snapshot, and how many lie between. Only this class moves those positions, as updates are
 * loaded, committed and compacted.
 */
import * as Y from 'yjs';
import type { BatchResult, UpdateLogRepo } from './update-log.repo.js';

export type LogStore = Pick<UpdateLogRepo, 'loadInto' | 'compact'>;

export interface Compaction {
  throughSeq: number;
  /** Updates folded into the new snapshot. */
  folded: number;
  /** The snapshot's size. */
  bytes: number;
}

export class DocumentLog {
  private last = 0;
  private through = 0;
  private sinceSnapshot = 0;

  constructor(
    readonly documentId: string,
    private readonly doc: Y.Doc,
    private readonly store: LogStore,
  ) {}

  /** The last update written. */
  get lastSeq(): number {
    return this.last;
  }

  /** The last update folded into the snapshot. */
  get throughSeq(): number {
    return this.through;
  }

  /** Updates written since the snapshot. */
  get uncompacted(): number {
    return this.sinceSnapshot;
  }

  /**
   * Applies the stored state to the document. Returns the snapshot's bytes when the document is that
   * snapshot alone, ready to send as the whole state; null otherwise.
   */
  load(): Uint8Array | null {
    const position = this.store.loadInto(this.documentId, this.doc);
    this.last = position.lastSeq;
    this.through = position.throughSeq;
    this.sinceSnapshot = position.uncompacted;
    return position.wholeState;
  }

  committed(written: BatchResult): void {
    this.last = written.lastSeq;
    this.sinceSnapshot += written.count;
  }

  /**
   * Writes the document's state as the snapshot through the last committed update; null when the
   * snapshot already is that. Everything applied must be committed first, or the snapshot would hold
   * updates the log does not.
   */
  compact(): Compaction | null {
    if (this.sinceSnapshot === 0 && this.through === this.last) return null;
    const folded = this.sinceSnapshot;
    const state = Y.encodeStateAsUpdate(this.doc);
    this.store.compact(this.documentId, state, this.last);
    this.through = this.last;
    this.sinceSnapshot = 0;
    return { throughSeq: this.through, folded, bytes: state.length };
  }
}
