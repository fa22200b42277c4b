/** One participant's collaboration socket as the room sees it, with its share of the server. */
import type { WebSocket } from 'ws';
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import type { CollabConnection } from './connection.js';
import type { DocumentSize } from './document-size.js';
import { MessageRate } from './message-rate.js';
import type { CollabShares } from './fair-shares.js';

export interface SocketIdentity {
  participantId: string;
  canWrite: boolean;
  presence: PresenceUser;
}

export class SocketConnection implements CollabConnection {
  alive = true;
  readonly participantId: string;
  readonly canWrite: boolean;
  readonly presence: PresenceUser;
  readonly maxPresenceBytes: number;
  readonly rate: MessageRate;
  private readonly backlogFloorBytes: number;

  constructor(
    readonly socket: WebSocket,
    identity: SocketIdentity,
    shares: CollabShares,
    private readonly documentSize: DocumentSize,
    private readonly onDropped: (bufferedBytes: number) => void,
  ) {
    this.participantId = identity.participantId;
    this.canWrite = identity.canWrite;
    this.presence = identity.presence;
    this.maxPresenceBytes = shares.maxPresenceBytes;
    this.backlogFloorBytes = shares.backlogFloorBytes;
    this.rate = new MessageRate(shares.messageBurst, shares.messagesPerSecond);
  }

  /** How far behind this receiver may fall: enough for a whole resync and what arrives during it. */
  get maxBacklogBytes(): number {
    return this.backlogFloorBytes + 2 * this.documentSize.bytes;
  }

  // On the fan-out path (once per recipient per broadcast): two reads and a comparison, nothing more.
  send(message: Uint8Array, sent?: () => void): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    const buffered = this.socket.bufferedAmount;
    if (buffered > this.maxBacklogBytes) {
      this.drop(buffered);
      return;
    }
    this.socket.send(message, { binary: true }, sent && (() => sent()));
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }

  /**
   * Terminated rather than closed with 1013: a close frame would wait behind the backlog the receiver
   * is not reading, holding it in memory for the close timeout. The client sees the connection drop,
   * reconnects and resyncs.
   */
  private drop(buffered: number): void {
    this.onDropped(buffered);
    this.socket.terminate();
  }
}
