/**
 * In-memory fan-out of document events (amendment, comment, period, status, revision and silence
 * changes) to the event streams of the participants who hold them.
 */
import type { DocumentEvent } from '../../shared/amendments/amendment-schemas.js';

/** An event as it goes on the wire: serialized once, however many streams it reaches. */
export interface EventFrame {
  type: DocumentEvent['type'];
  data: string;
}

export interface EventSubscriber {
  deliver: (frame: EventFrame) => void;
  /** Access ended: the stream must close now, without sending what it still holds. */
  end: () => void;
}

export type SubscribeResult = { ok: true; unsubscribe: () => void } | { ok: false; reason: 'too-many-streams'; max: number };

/** A document's streams, by the participant holding them. */
type DocumentStreams = Map<string, Set<EventSubscriber>>;

export class DocumentEvents {
  private readonly documents = new Map<string, DocumentStreams>();

  constructor(private readonly options: { maxStreamsPerParticipant: number }) {}

  /**
   * Call in the same turn as the access check: a revocation then either came first (and the check
   * refused the caller) or comes later (and ends this stream), so no event reaches a former member.
   */
  subscribe(documentId: string, participantId: string, subscriber: EventSubscriber): SubscribeResult {
    const streams = this.documents.get(documentId) ?? new Map<string, Set<EventSubscriber>>();
    const own = streams.get(participantId) ?? new Set<EventSubscriber>();
    const max = this.options.maxStreamsPerParticipant;
    if (own.size >= max) return { ok: false, reason: 'too-many-streams', max };
    own.add(subscriber);
    streams.set(participantId, own);
    this.documents.set(documentId, streams);
    return { ok: true, unsubscribe: () => this.remove(documentId, participantId, subscriber) };
  }

  publish(documentId: string, event: DocumentEvent): void {
    const streams = this.documents.get(documentId);
    if (!streams) return;
    const frame: EventFrame = { type: event.type, data: JSON.stringify(event) };
    for (const own of streams.values()) {
      for (const subscriber of own) {
        try {
          subscriber.deliver(frame);
        } catch {
          // A broken subscriber (a closed stream) must not stop the others.
        }
      }
    }
  }

  /** Ends every stream a participant holds on a document, at once (their access was revoked). */
  endParticipant(documentId: string, participantId: string): void {
    const streams = this.documents.get(documentId);
    const own = streams?.get(participantId);
    if (!streams || !own) return;
    streams.delete(participantId);
    if (streams.size === 0) this.documents.delete(documentId);
    for (const subscriber of own) {
      try {
        subscriber.end();
      } catch {
        // Ending one stream must not keep the others open.
      }
    }
  }

  /** Ends every stream on every document: the server is stopping (clients reconnect to the next one). */
  endAll(): void {
    for (const [documentId, streams] of [...this.documents]) {
      for (const participantId of [...streams.keys()]) this.endParticipant(documentId, participantId);
    }
  }

  listenerCount(documentId: string): number {
    let count = 0;
    for (const own of this.documents.get(documentId)?.values() ?? []) count += own.size;
    return count;
  }

  streamCount(documentId: string, participantId: string): number {
    return this.documents.get(documentId)?.get(participantId)?.size ?? 0;
  }

  private remove(documentId: string, participantId: string, subscriber: EventSubscriber): void {
    const streams = this.documents.get(documentId);
    const own = streams?.get(participantId);
    if (!streams || !own?.delete(subscriber)) return;
    if (own.size === 0) streams.delete(participantId);
    if (streams.size === 0) this.documents.delete(documentId);
  }
}
