/**
 * One open document: the shared Y.Doc, its awareness, and the participants connected to it.
 * Writes go to the durable outbox; every message out waits until what it reveals is on disk.
 */
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { DurableOutbox } from './durable-outbox.js';
import type { CollabConnection, EditOrigin } from './connection.js';
import { originParticipant } from './connection.js';
import { MalformedMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate, parseMessage, syncStep2FromUpdate } from './messages.js';
import { PresenceRelay } from './presence-relay.js';
import type { LogPosition } from './update-log.repo.js';

const MERGE_GROUP = 16;

export interface RoomStats {
  droppedReadOnlyUpdates: number;
}

export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly connections = new Set<CollabConnection>();
  private readonly presence: PresenceRelay;
  lastSeq: number;
  throughSeq: number;
  uncompacted: number;
  readonly stats: RoomStats = { droppedReadOnlyUpdates: 0 };
  /** Updates applied in this turn and not yet sent: released, merged, once their commit is on disk. */
  private unsent: Uint8Array[] = [];
  /**
   * The stored snapshot while the document is still exactly it: a newcomer holding nothing gets these
   * bytes as they are, instead of the whole document encoded again (the first open of a long text).
   */
  private wholeState: Uint8Array | null;

  constructor(
    readonly documentId: string,
    load: (doc: Y.Doc) => LogPosition,
    private readonly outbox: DurableOutbox,
  ) {
    const position = load(this.doc);
    this.lastSeq = position.lastSeq;
    this.throughSeq = position.throughSeq;
    this.uncompacted = position.uncompacted;
    this.wholeState = position.wholeState;
    this.presence = new PresenceRelay(this.doc, (message) => this.broadcast(message));
    this.doc.on('update', this.onDocUpdate);
  }

  get awareness(): Awareness {
    return this.presence.awareness;
  }

  join(connection: CollabConnection): void {
    this.connections.add(connection);
    this.presence.join(connection);
    this.send(connection, encodeSyncStep1(this.doc));
    const everyone = this.presence.everyone();
    if (everyone) this.send(connection, everyone);
  }

  leave(connection: CollabConnection): void {
    this.connections.delete(connection);
    this.presence.leave(connection);
  }

  /** Handles one binary frame; throws MalformedMessage when the sender should be disconnected. */
  receive(connection: CollabConnection, data: Uint8Array): void {
    const message = parseMessage(data);
    switch (message.type) {
      case 'sync-step-1': {
        let reply: Uint8Array;
        try {
          reply = this.wholeState && isEmptyStateVector(message.stateVector)
            ? syncStep2FromUpdate(this.wholeState)
            : encodeSyncStep2(this.doc, message.stateVector);
        } catch (error) {
          throw new MalformedMessage(`unreadable state vector: ${(error as Error).message}`);
        }
        this.send(connection, reply);
        return;
      }
      case 'sync-step-2':
      case 'update':
        if (!connection.canWrite) {
          this.stats.droppedReadOnlyUpdates += 1;
          return;
        }
        this.applyClientUpdate(connection, message.update);
        return;
      case 'awareness':
        this.presence.apply(connection, message.update);
        return;
      case 'query-awareness': {
        const everyone = this.presence.everyone();
        if (everyone) this.send(connection, everyone);
        return;
      }
      case 'auth':
        return;
    }
  }

  /** Applies a change made by the server (e.g. a rename) as one transaction credited to `origin`. */
  edit(origin: EditOrigin, change: (doc: Y.Doc) => void): void {
    this.doc.transact(() => change(this.doc), origin);
  }

  closeAll(code: number, reason: string): void {
    for (const connection of [...this.connections]) connection.close(code, reason);
  }

  destroy(): void {
    this.doc.off('update', this.onDocUpdate);
    this.presence.destroy();
    this.doc.destroy();
    this.connections.clear();
  }

  private applyClientUpdate(connection: CollabConnection, update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error) {
      throw new MalformedMessage(`update could not be applied: ${(error as Error).message}`);
    }
    // The server is every client's only source, so a client cannot legitimately depend on something
    // the server lacks: an update with missing dependencies is garbage, and would otherwise be held
    // in memory forever.
    if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) {
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
      throw new MalformedMessage('update refers to changes this document does not have');
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.wholeState = null;
    this.outbox.enqueueUpdate({
      documentId: this.documentId,
      participantId: originParticipant(origin),
      data: update,
      createdAt: Date.now(),
    });
    // Updates committed together go out together: one merged frame per recipient per commit, instead
    // of one frame per update per recipient (what makes a busy room's fan-out slow). The sender gets
    // its own change back inside the merged frame; Yjs ignores what it already has.
    this.unsent.push(update);
    if (this.unsent.length > 1) return;
    this.outbox.send(this.documentId, () => {
      const updates = this.unsent;
      this.unsent = [];
      // Y.mergeUpdates grows faster than linearly, so a burst is merged in small groups.
      for (let start = 0; start < updates.length; start += MERGE_GROUP) {
        const group = updates.slice(start, start + MERGE_GROUP);
        const message = encodeUpdate(group.length === 1 ? (group[0] as Uint8Array) : Y.mergeUpdates(group));
        for (const connection of this.connections) connection.send(message);
      }
    });
  };

  private broadcast(message: Uint8Array): void {
    this.outbox.send(this.documentId, () => {
      for (const connection of this.connections) connection.send(message);
    });
  }

  private send(connection: CollabConnection, message: Uint8Array): void {
    this.outbox.send(this.documentId, () => {
      if (this.connections.has(connection)) connection.send(message);
    });
  }
}

/** A Yjs state vector of no clients: a client that holds nothing yet. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
