/**
 * Opens documents on first use, unloads them when idle (compacting their log), and owns the
 * durable outbox every room writes through.
 */
import * as Y from 'yjs';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from '../../shared/collab/limits.js';
import { DurableOutbox } from './durable-outbox.js';
import { Room } from './room.js';
import type { BatchResult, UpdateLogRepo } from './update-log.repo.js';

export interface RoomRegistryOptions {
  /** How long a document with no one connected stays in memory. */
  idleUnloadMs: number;
  /** Compact a document's log once this many updates have piled up since its snapshot. */
  compactAfterUpdates: number;
  /** Sizes an update from a connection may not push the document past (default DEFAULT_DOCUMENT_LIMITS). */
  limits?: DocumentLimits;
  /** Called after a document's state was compacted (e.g. to refresh its title column). */
  onCompacted?: (documentId: string, doc: Y.Doc) => void;
  log?: (message: string) => void;
}

export const DEFAULT_REGISTRY_OPTIONS: RoomRegistryOptions = {
  idleUnloadMs: 30_000,
  compactAfterUpdates: 500,
  limits: DEFAULT_DOCUMENT_LIMITS,
};

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly compactionQueued = new Set<string>();
  /** Set at shutdown: late socket events must not reopen documents or write after the database closes. */
  private closed = false;
  readonly outbox: DurableOutbox;
  /** Called once for each document loaded into memory (features that watch the live text hook in here). */
  private readonly openedListeners: Array<(room: Room) => void> = [];
  private readonly emptiedListeners: Array<(room: Room) => void> = [];

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
      room = new Room(documentId, (doc) => this.updateLog.loadInto(documentId, doc), this.outbox, this.options.limits ?? DEFAULT_DOCUMENT_LIMITS);
      this.rooms.set(documentId, room);
      for (const listener of this.openedListeners) listener(room);
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

  onRoomOpened(listener: (room: Room) => void): void {
    this.openedListeners.push(listener);
  }

  /** Called when the last connection leaves a document. */
  onRoomEmptied(listener: (room: Room) => void): void {
    this.emptiedListeners.push(listener);
  }

  /** Notes that a connection left; an empty room unloads after the idle delay. */
  released(room: Room): void {
    if (this.closed || room.connections.size > 0 || this.rooms.get(room.documentId) !== room) return;
    for (const listener of this.emptiedListeners) listener(room);
    this.scheduleIdle(room);
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
    if (room.uncompacted === 0 && room.throughSeq === room.lastSeq) return;
    const started = performance.now();
    const folded = room.uncompacted;
    const state = Y.encodeStateAsUpdate(room.doc);
    this.updateLog.compact(documentId, state, room.lastSeq);
    room.throughSeq = room.lastSeq;
    room.uncompacted = 0;
    this.options.onCompacted?.(documentId, room.doc);
    const ms = (performance.now() - started).toFixed(1);
    this.options.log?.(`compacted ${documentId}: ${folded} updates folded into a snapshot of ${state.length} bytes in ${ms} ms`);
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
    for (const [documentId, { lastSeq, count }] of written) {
      const room = this.rooms.get(documentId);
      if (!room) continue;
      room.uncompacted += count;
      room.lastSeq = lastSeq;
      if (room.uncompacted >= this.options.compactAfterUpdates) this.queueCompaction(documentId);
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
