/**
 * One open document: the shared Y.Doc, its awareness, and the participants connected to it.
 * Writes go to the durable outbox; every message out waits until what it reveals is on disk.
 */
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { DurableOutbox } from './durable-outbox.js';
import type { CollabConnection, EditOrigin, ServerEdit } from './connection.js';
import { originParticipant } from './connection.js';
import { MalformedMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate, parseMessage, syncStep2FromUpdate } from './messages.js';
import { PresenceRelay } from './presence-relay.js';
import { ReplyGate } from './reply-gate.js';
import { DocumentSize } from './document-size.js';
import { DocumentLog, type LogStore } from './document-log.js';
import type { RoomHooks } from './room-hooks.js';
import { can, roleSchema } from '../../shared/roles.js';
import type { DocumentLimits } from '../../shared/collab/limits.js';
import { FRAGMENT_NAME, type LockingStatus } from '../../shared/document/kinds.js';
import { blockChanges, type BlockChanges } from './block-changes.js';
import { blocksNeedingIds, giveFreshIds } from './paragraph-id-repair.js';
import { checkUpdate } from './update-guard.js';

const MERGE_GROUP = 16;

export interface RoomStats {
  droppedReadOnlyUpdates: number;
  refusedUpdates: number;
}

/** What a room is built from: where its log is stored, what it writes through, and whom it tells. */
export interface RoomParts {
  store: LogStore;
  outbox: DurableOutbox;
  /** Sizes an update from a connection may not push the document past. */
  limits: DocumentLimits;
  /** The hooks the room runs itself (`blocksChanged`, `emptied`); the registry runs the others. */
  hooks: RoomHooks;
  /** The document's locked paragraphs as they are now (kept in memory, read on every client update). */
  lockedParagraphs: () => ReadonlyMap<string, LockingStatus>;
}

/** The origin of ids the server gives to blocks that lack one or repeat another's. */
const ID_REPAIR: ServerEdit = { participantId: null };

export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly connections = new Set<CollabConnection>();
  readonly log: DocumentLog;
  readonly size: DocumentSize;
  readonly stats: RoomStats = { droppedReadOnlyUpdates: 0, refusedUpdates: 0 };
  private readonly presence: PresenceRelay;
  private readonly fragment: Y.XmlFragment;
  private readonly outbox: DurableOutbox;
  private readonly limits: DocumentLimits;
  private readonly hooks: RoomHooks;
  private readonly lockedParagraphs: () => ReadonlyMap<string, LockingStatus>;
  /** One whole-state reply in flight per connection: the document for a sync request, everyone's presence for a query. */
  private readonly documentReplies = new ReplyGate<Uint8Array>();
  private readonly presenceReplies = new ReplyGate<null>();
  private destroyed = false;
  /** The block changes of the last transaction, kept for the id repair that follows a client's update. */
  private lastChanges: BlockChanges | null = null;
  /** Updates applied in this turn and not yet sent: released, merged, once their commit is on disk. */
  private unsent: Uint8Array[] = [];
  /**
   * The stored snapshot while the document is still exactly it: a newcomer holding nothing gets these
   * bytes as they are, instead of the whole document encoded again (the first open of a long text).
   */
  private wholeState: Uint8Array | null;

  constructor(
    readonly documentId: string,
    parts: RoomParts,
  ) {
    this.outbox = parts.outbox;
    this.limits = parts.limits;
    this.hooks = parts.hooks;
    this.lockedParagraphs = parts.lockedParagraphs;
    this.fragment = this.doc.getXmlFragment(FRAGMENT_NAME);
    this.log = new DocumentLog(documentId, this.doc, parts.store);
    this.wholeState = this.log.load();
    this.size = new DocumentSize(this.doc);
    this.presence = new PresenceRelay(this.doc, (message) => this.broadcast(message));
    this.doc.on('update', this.onDocUpdate);
    this.doc.on('afterTransaction', this.onTransaction);
  }

  /**
   * Gives ids to blocks stored before ids were checked on the way in. Called once the room is open,
   * so that the features watching it see the repair like any other edit.
   */
  repairStoredIds(): void {
    const missing = blocksNeedingIds(this.doc);
    if (missing.length > 0) this.edit(ID_REPAIR, () => giveFreshIds(missing));
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

  /** The last connection out runs `emptied`, unless the room was already closed and destroyed. */
  leave(connection: CollabConnection): void {
    this.connections.delete(connection);
    this.presence.leave(connection);
    if (this.connections.size === 0 && !this.destroyed) this.hooks.emptied?.({ room: this });
  }

  /** Handles one binary frame; throws MalformedMessage when the sender should be disconnected. */
  receive(connection: CollabConnection, data: Uint8Array): void {
    const message = parseMessage(data);
    switch (message.type) {
      case 'sync-step-1': {
        // Read now, so that a reply deferred by the gate below cannot fail later on bad bytes.
        try {
          Y.decodeStateVector(message.stateVector);
        } catch (error) {
          throw new MalformedMessage(`unreadable state vector: ${(error as Error).message}`);
        }
        this.documentReplies.request(connection, message.stateVector, (stateVector, sent) => {
          const whole = isEmptyStateVector(stateVector);
          const reply = this.wholeState && whole ? syncStep2FromUpdate(this.wholeState) : encodeSyncStep2(this.doc, stateVector);
          this.size.replied(reply.length, whole);
          this.send(connection, reply, sent);
        });
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
      case 'query-awareness':
        this.presenceReplies.request(connection, null, (_, sent) => {
          const everyone = this.presence.everyone();
          if (everyone) this.send(connection, everyone, sent);
          else sent();
        });
        return;
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
    this.destroyed = true;
    this.doc.off('update', this.onDocUpdate);
    this.doc.off('afterTransaction', this.onTransaction);
    this.presence.destroy();
    this.doc.destroy();
    this.connections.clear();
  }

  private applyClientUpdate(connection: CollabConnection, update: Uint8Array): void {
    // Checked before anything is applied: a refused update leaves the document, the log and the
    // other connections as they were.
    const role = roleSchema.safeParse(connection.presence.role);
    const verdict = checkUpdate(this.doc, update, {
      limits: this.limits,
      mayEditTitle: role.success && can(role.data, 'document.rename'),
      lockedParagraphs: this.lockedParagraphs(),
    });
    if (!verdict.ok) {
      this.stats.refusedUpdates += 1;
      throw new MalformedMessage(verdict.reason, verdict.code);
    }
    this.lastChanges = null;
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error) {
      throw new MalformedMessage(`update could not be applied: ${(error as Error).message}`);
    }
    // The server is every client's only source, so a client cannot legitimately depend on something
    // the server lacks (the check refuses that; this is the backstop): such an update would otherwise
    // be held in memory forever.
    if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) {
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
      throw new MalformedMessage('update refers to changes this document does not have');
    }
    const changes = this.lastChanges as BlockChanges | null;
    if (changes && (changes.structure || changes.idsChanged)) {
      const repairs = blocksNeedingIds(this.doc, changes.isNew);
      if (repairs.length > 0) this.edit(ID_REPAIR, () => giveFreshIds(repairs));
    }
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    const changes = blockChanges(transaction, this.fragment);
    this.lastChanges = changes;
    if (changes) this.hooks.blocksChanged?.({ room: this, changes, origin: transaction.origin });
  };

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

  private send(connection: CollabConnection, message: Uint8Array, sent?: () => void): void {
    this.outbox.send(this.documentId, () => {
      if (this.connections.has(connection)) connection.send(message, sent);
    });
  }
}

/** A Yjs state vector of no clients: a client that holds nothing yet. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
