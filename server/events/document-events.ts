/** In-memory fan-out of document events (amendment changes, period changes) to connected listeners. */
import type { DocumentEvent } from '../../shared/amendments/amendment-schemas.js';

type Listener = (event: DocumentEvent) => void;

export class DocumentEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(documentId: string, listener: Listener): () => void {
    const set = this.listeners.get(documentId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(documentId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(documentId);
    };
  }

  publish(documentId: string, event: DocumentEvent): void {
    for (const listener of this.listeners.get(documentId) ?? []) {
      try {
        listener(event);
      } catch {
        // A broken listener (a closed stream) must not stop the others.
      }
    }
  }

  listenerCount(documentId: string): number {
    return this.listeners.get(documentId)?.size ?? 0;
  }
}
