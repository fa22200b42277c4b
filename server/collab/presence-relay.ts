/**
 * The presence (y-protocols awareness) of one room: which connection speaks for which awareness
 * client id, the names and groups the server stamps on them, and what goes out to everyone.
 *
 * Real changes (a caret moved, someone arrived or left) go out at once. Renewals, the same state with
 * a newer clock that every client sends every 15 s, are gathered and sent together: one by one, a room
 * of 200 would broadcast 13 renewals a second, and every y-websocket client echoes every presence
 * message it receives back to the server.
 */
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate as encodeAwarenessStates, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import type { CollabConnection } from './connection.js';
import { DEFAULT_COLLAB_SHARES } from './fair-shares.js';
import { MalformedMessage, decodeAwarenessEntries, encodeAwareness, encodeAwarenessUpdate } from './messages.js';
import { relayedPresence } from './presence-state.js';

/** A browser tab has one Yjs client id; a few more allow for reloads within one socket's life. */
const MAX_AWARENESS_CLIENTS_PER_CONNECTION = 8;

/** How long renewals wait to go out together; far below the 30 s after which a silent peer is dropped. */
export const RENEWAL_BATCH_MS = 1_000;

interface Speaker {
  /** The awareness client ids this connection has announced. */
  clientIds: Set<number>;
  /** Presence messages sent to everyone before it joined, less the one it got on joining. */
  broadcastsBefore: number;
  /** Messages of nothing but echoes it has sent. */
  echoes: number;
}

export class PresenceRelay {
  readonly awareness: Awareness;
  private readonly announced = new Map<CollabConnection, Speaker>();
  /** Presence messages sent to every connection so far. */
  private broadcasts = 0;
  /** Which connection speaks for each awareness client id. */
  private readonly owners = new Map<number, CollabConnection>();
  /** Client ids whose state really changed in the awareness update being handled. */
  private changedNow = new Set<number>();
  private readonly renewals = new Set<number>();
  private renewalTimer: NodeJS.Timeout | null = null;

  constructor(
    doc: Y.Doc,
    private readonly broadcast: (message: Uint8Array) => void,
    private readonly renewalBatchMs = RENEWAL_BATCH_MS,
  ) {
    this.awareness = new Awareness(doc);
    // The server keeps no awareness state of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('change', this.onChange);
    this.awareness.on('update', this.onUpdate);
  }

  /** Every known presence, for a newcomer or a query; null when there is none. */
  everyone(): Uint8Array | null {
    const states = this.awareness.getStates();
    return states.size > 0 ? encodeAwareness(encodeAwarenessStates(this.awareness, [...states.keys()])) : null;
  }

  join(connection: CollabConnection): void {
    this.announced.set(connection, { clientIds: new Set(), broadcastsBefore: this.broadcasts - 1, echoes: 0 });
  }

  leave(connection: CollabConnection): void {
    const clientIds = this.announced.get(connection)?.clientIds;
    this.announced.delete(connection);
    for (const clientId of clientIds ?? []) this.owners.delete(clientId);
    if (clientIds && clientIds.size > 0) removeAwarenessStates(this.awareness, [...clientIds], connection);
  }

  /**
   * Applies the presence entries this connection owns. y-websocket clients echo every peer's presence
   * back to the server; those echoes (same clock as what the server holds) are skipped before their
   * JSON is read, so that one connection can neither speak for another client nor take its presence
   * away when it leaves. What is kept of a state is capped and stripped (presence-state.ts).
   *
   * Presence is charged to the connection's message rate here rather than by the socket, because an
   * echo is free: in a busy room a client echoes far more than it says, and one person's runaway caret
   * would otherwise push every other client over its rate. Free up to one echo per presence message
   * the server has sent since it joined; past that, echoes are charged like anything else.
   */
  apply(connection: CollabConnection, update: Uint8Array): void {
    const speaker = this.announced.get(connection);
    if (!speaker) return;
    const owned = speaker.clientIds;
    const accepted = decodeAwarenessEntries(update).filter((entry) => {
      const owner = this.owners.get(entry.clientId);
      if (owner === connection) return true;
      const known = this.awareness.meta.get(entry.clientId);
      if (owner && known && entry.clock <= known.clock) return false;
      // A new identity, or one coming back on a new connection with a newer clock.
      if (owner) this.announced.get(owner)?.clientIds.delete(entry.clientId);
      if (owned.size >= MAX_AWARENESS_CLIENTS_PER_CONNECTION) throw new MalformedMessage('too many presence identities on one connection');
      this.owners.set(entry.clientId, connection);
      owned.add(entry.clientId);
      return true;
    });
    if (accepted.length === 0) {
      speaker.echoes += 1;
      if (speaker.echoes <= this.broadcasts - speaker.broadcastsBefore) return;
    }
    if (connection.rate && !connection.rate.take()) throw new MalformedMessage(connection.rate.refusal, CLOSE_CODES.tooMany);
    if (accepted.length === 0) return;
    // Presence carries the participant's real name and group: a client cannot wear another's.
    const maxBytes = connection.maxPresenceBytes ?? DEFAULT_COLLAB_SHARES.maxPresenceBytes;
    const stamped = accepted.map((entry) => ({
      clientId: entry.clientId,
      clock: entry.clock,
      state: relayedPresence(entry.state, connection.presence, maxBytes),
    }));
    applyAwarenessUpdate(this.awareness, encodeAwarenessUpdate(stamped), connection);
  }

  destroy(): void {
    if (this.renewalTimer) clearTimeout(this.renewalTimer);
    this.renewalTimer = null;
    this.awareness.off('change', this.onChange);
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
    this.announced.clear();
    this.owners.clear();
  }

  // y-protocols emits 'change' (states that differ) right before 'update' (those plus renewals).
  private readonly onChange = (change: { added: number[]; updated: number[]; removed: number[] }): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    this.changedNow = new Set(changed);
    this.toEveryone(encodeAwareness(encodeAwarenessStates(this.awareness, changed)));
  };

  private readonly onUpdate = (change: { updated: number[] }): void => {
    const changedNow = this.changedNow;
    this.changedNow = new Set();
    for (const clientId of change.updated) if (!changedNow.has(clientId)) this.renewals.add(clientId);
    if (this.renewals.size > 0 && !this.renewalTimer) {
      this.renewalTimer = setTimeout(this.sendRenewals, this.renewalBatchMs);
      this.renewalTimer.unref();
    }
  };

  private readonly sendRenewals = (): void => {
    this.renewalTimer = null;
    // A client that left meanwhile was already announced as gone.
    const renewed = [...this.renewals].filter((clientId) => this.awareness.states.has(clientId));
    this.renewals.clear();
    if (renewed.length > 0) this.toEveryone(encodeAwareness(encodeAwarenessStates(this.awareness, renewed)));
  };

  private toEveryone(message: Uint8Array): void {
    this.broadcasts += 1;
    this.broadcast(message);
  }
}
