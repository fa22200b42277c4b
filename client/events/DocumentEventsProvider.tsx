/**
 * One events connection per open document: the provider opens `/api/documents/:id/events` once, keeps the
 * cached server state current from it, and lets any component below react to an event as it comes (toasts).
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DocumentEvent } from '../../shared/amendments/amendment-schemas.js';
import { openDocumentEvents, type StreamState } from './document-events-stream';
import { syncServerState } from './server-state-sync';

type Listener = (event: DocumentEvent) => void;

export interface DocumentEventsValue {
  documentId: string;
  /** 'open' again after a drop means events may have been missed; the cache is re-read then. */
  state: StreamState;
  subscribe: (listener: Listener) => () => void;
}

const DocumentEventsContext = createContext<DocumentEventsValue | null>(null);

export function DocumentEventsProvider({ documentId, token, children }: { documentId: string; token: string; children: ReactNode }) {
  const [state, setState] = useState<StreamState>('connecting');
  const listeners = useRef(new Set<Listener>());
  const queryClient = useQueryClient();

  useEffect(() => {
    const sync = syncServerState(queryClient, documentId);
    const stream = openDocumentEvents(
      documentId,
      token,
      (event) => {
        // Listeners first: they may compare the event with what the cache held before it.
        for (const listener of [...listeners.current]) listener(event);
        sync.apply(event);
      },
      (next) => {
        sync.streamState(next);
        setState(next);
      },
    );
    return () => {
      stream.close();
      sync.close();
    };
  }, [documentId, token, queryClient]);

  // Stable, so subscribers do not resubscribe each time the state changes.
  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const value = useMemo<DocumentEventsValue>(() => ({ documentId, state, subscribe }), [documentId, state, subscribe]);
  return <DocumentEventsContext.Provider value={value}>{children}</DocumentEventsContext.Provider>;
}

/** The provider for this document, if one is mounted above. */
export function useDocumentEventsContext(): DocumentEventsValue | null {
  return useContext(DocumentEventsContext);
}

/** Calls `handler` for each event of one type, through the one connection. */
export function useDocumentEvent<T extends DocumentEvent['type']>(type: T, handler: (event: Extract<DocumentEvent, { type: T }>) => void): void {
  const context = useContext(DocumentEventsContext);
  const latest = useRef(handler);
  latest.current = handler;
  const subscribe = context?.subscribe;
  useEffect(() => {
    if (!subscribe) return;
    return subscribe((event) => {
      if (event.type === type) latest.current(event as Extract<DocumentEvent, { type: T }>);
    });
  }, [subscribe, type]);
}

/** The state of the one connection ('connecting' when no provider is mounted). */
export function useEventStreamState(): StreamState {
  return useContext(DocumentEventsContext)?.state ?? 'connecting';
}
