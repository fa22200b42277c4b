/**
 * At most one full-state reply (the document for a sync request, everyone's presence for a query) on
 * its way to each connection. A request that arrives while the previous reply is still held in the
 * outbox or in the socket's buffer is coalesced: the latest one is answered once that reply has gone
 * out. A client that asks again before reading the answer learns nothing from a second copy, and a
 * flood of nine-byte requests no longer costs an encoding and a document's worth of memory each.
 */
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import type { CollabConnection } from './connection.js';

/** Encodes the reply to `request` and sends it, calling `sent` once it has left this process. */
export type Answer<Request> = (request: Request, sent: () => void) => void;

interface InFlight<Request> {
  next: { request: Request; answer: Answer<Request> } | null;
}

export class ReplyGate<Request> {
  // Weak: a connection that closes with a reply in flight never reports it sent, and is simply forgotten.
  private readonly inFlight = new WeakMap<CollabConnection, InFlight<Request>>();

  request(connection: CollabConnection, request: Request, answer: Answer<Request>): void {
    const pending = this.inFlight.get(connection);
    if (pending) {
      pending.next = { request, answer };
      return;
    }
    const entry: InFlight<Request> = { next: null };
    this.inFlight.set(connection, entry);
    try {
      answer(request, () => this.sent(connection, entry));
    } catch (error) {
      this.inFlight.delete(connection);
      throw error;
    }
  }

  private sent(connection: CollabConnection, entry: InFlight<Request>): void {
    if (this.inFlight.get(connection) !== entry) return;
    this.inFlight.delete(connection);
    const next = entry.next;
    if (!next) return;
    try {
      this.request(connection, next.request, next.answer);
    } catch (error) {
      // Called from the socket's write callback: nothing above would catch it.
      connection.close(CLOSE_CODES.badMessage, `request could not be answered: ${(error as Error).message}`.slice(0, 120));
    }
  }
}
