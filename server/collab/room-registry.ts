/**
 * Opens documents on first use, unloads them when idle (compacting their log), owns the durable
 * outbox every room writes through, and runs the room hooks (room-hooks.ts) features add with `use`.
 */
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from '../../shared/collab/limits.js';
import type { LockingStatus } from '../../shared/document/kinds.js';
import { DurableOutbox } from './durable-outbox.js';
import { Room } from './room.js';
import { RoomHookList, type RoomHooks } from './room-hooks.js';
import type { BatchResult, UpdateLogRepo } from './update-log.repo.js';

export interface RoomRegistryOptions {
  /** How long a document with no one connected stays in memory. */
  idleUnloadMs: number;
  /** Compact a document's log once this many updates have piled up since its snapshot. */
  compactAfterUpdates: number;
  /** Sizes an update from a connection may not push the document past (default DEFAULT_DOCUMENT_LIMITS). */
  limits?: DocumentLimits;
  /** A document's locked paragraphs (id → status), from memory: no one's update may change them. None by default. */
  lockedParagraphs?: (documentId: string) => ReadonlyMap<string, LockingStatus>;
  log?: (message: string) => void;
}

export const DEFAULT_REGISTRY_OPTIONS: RoomRegistryOptions = {
  idleUnloadMs: 30_000,
  compactAfterUpdates: 500,
  limits: DEFAULT_DOCUMENT_LIMITS,
};

const NO_LOCKS: ReadonlyMap<string, LockingStatus> = new Map();

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly compactionQueued = new Set<string>();
  /** Set at shutdown: late socket events must not reopen documents or write after the database closes. */
  private closed = false;
  private readonly outbox: DurableOutbox;
  private readonly hooks = new RoomHookList();
  /** What each room runs itself: the features' hooks, then the registry's own idle countdown. */
  private readonly roomHooks: RoomHooks = {
    blocksChanged: (payload) => this.hooks.run('blocksChanged', payload),
    emptied: (payload) => {
      if (this.closed || this.rooms.get(payload.room.documentId) !== payload.room) return;
      this.hooks.run('emptied', payload);
      this.scheduleIdle(payload.room);
    },
  };

  constructor(
    private readonly updateLog: UpdateLogRepo,
    private readonly options: RoomRegistryOptions = DEFAULT_REGISTRY_OPTIONS,
  ) {
    this.outbox = new DurableOutbox({
      commit: (batch) => this.updateLog.appendBatch(batch),
      committed: (lastSeq) => this.onCommitted(lastSeq),
      failed: (documentIds, error) => this.onCommitFailed(documentIds, error),
    });
  }

  /** Adds a feature's hooks; they see every room opened from now on. */
  use(hooks: RoomHooks): void {
    this.hooks.add(hooks);
  }

  get openCount(): number {
    return this.rooms.size;
  }

  isOpen(documentId: string): boolean {
    return this.rooms.has(documentId);
  }

  /** The room of a document, loading it from disk if it is not open. */
  open(documentId: string): Room {
    this.cancelIdle(documentId);
    let room = this.rooms.get(documentId);
    if (!room) {
      room = new Room(documentId, {
        store: this.updateLog,
        outbox: this.outbox,
        limits: this.options.limits ?? DEFAULT_DOCUMENT_LIMITS,
        hooks: this.roomHooks,
        lockedParagraphs: () => this.options.lockedParagraphs?.(documentId) ?? NO_LOCKS,
      });
      this.rooms.set(documentId, room);
      this.hooks.run('opened', { room });
      room.repairStoredIds();
      // A document opened only to be read or edited by the API closes again unless someone joins.
      this.scheduleIdle(room);
    }
    return room;
  }

  /**
   * Runs `work` (database writes, and server edits of the live text through `room.edit`) in one
   * SQLite transaction with the log rows of those edits: an accepted amendment and its text, a
   * rename and its title, are on disk together or not at all. On a failed write the error is rethrown
   * and the document reloads from disk, so nothing half-done is kept or shown.
   */
  durably<T>(documentId: string, work: (room: Room) => T): T {
    const room = this.open(documentId);
    return this.outbox.commitWithin((body) => this.updateLog.transaction(body), () => work(room));
  }

  /**
   * Commits every update applied but not yet written, and sends what waited for it: for a reader that
   * must see the log as the rooms are (a revision's contributors), or a last write at shutdown.
   */
  commitPending(): void {
    this.outbox.flush();
  }

  /** Closes every socket of a participant (revoked access) in a document. */
  disconnectParticipant(documentId: string, participantId: string, code: number, reason: string): number {
    const room = this.rooms.get(documentId);
    if (!room) return 0;
    let closed = 0;
    for (const connection of [...room.connections]) {
      if (connection.participantId === participantId) {
        connection.close(code, reason);
        closed += 1;
      }
    }
    return closed;
  }

  /** Writes the document's whole state as a snapshot and drops the log it replaces. */
  compact(documentId: string): void {
    const room = this.rooms.get(documentId);
    if (!room) return;
    // The snapshot must equal the log through lastSeq: commit anything applied but not yet written.
    this.outbox.flush();
    const started = performance.now();
    const compaction = room.log.compact();
    if (!compaction) return;
    this.hooks.run('compacted', { room, ...compaction });
    const ms = (performance.now() - started).toFixed(1);
    this.options.log?.(`compacted ${documentId}: ${compaction.folded} updates folded into a snapshot of ${compaction.bytes} bytes in ${ms} ms`);
  }

  unload(documentId: string): void {
    const room = this.rooms.get(documentId);
    if (!room) return;
    this.cancelIdle(documentId);
    this.compact(documentId);
    room.closeAll(1001, 'document closed');
    room.destroy();
    this.rooms.delete(documentId);
  }

  /** Commits everything, compacts and closes every document: for a clean shutdown. */
  closeAll(): void {
    this.closed = true;
    this.outbox.flush();
    for (const documentId of [...this.rooms.keys()]) this.unload(documentId);
  }

  private onCommitted(written: Map<string, BatchResult>): void {
    for (const [documentId, result] of written) {
      const room = this.rooms.get(documentId);
      if (!room) continue;
      room.log.committed(result);
      this.hooks.run('committed', { room, ...result });
      if (room.log.uncompacted >= this.options.compactAfterUpdates) this.queueCompaction(documentId);
    }
  }

  private queueCompaction(documentId: string): void {
    if (this.compactionQueued.has(documentId)) return;
    this.compactionQueued.add(documentId);
    // After the current sends, off the path of the message that tipped the count.
    setTimeout(() => {
      this.compactionQueued.delete(documentId);
      this.compact(documentId);
    }, 0);
  }

  private onCommitFailed(documentIds: Set<string>, error: unknown): void {
    this.options.log?.(`could not write updates, reloading ${[...documentIds].join(', ')}: ${String(error)}`);
    for (const documentId of documentIds) {
      const room = this.rooms.get(documentId);
      if (!room) continue;
      // What was not written must not be kept or shown: clients reconnect and resend it.
      room.closeAll(1011, 'could not save; reconnecting');
      room.destroy();
      this.rooms.delete(documentId);
      this.cancelIdle(documentId);
    }
  }

  private scheduleIdle(room: Room): void {
    this.cancelIdle(room.documentId);
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.documentId);
      if (this.rooms.get(room.documentId) === room && room.connections.size === 0) this.unload(room.documentId);
    }, this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room.documentId, timer);
  }

  private cancelIdle(documentId: string): void {
    const timer = this.idleTimers.get(documentId);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(documentId);
  }
}
