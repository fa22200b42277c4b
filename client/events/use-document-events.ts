/**
 * React hook: subscribe to a document's server-pushed events while the component is mounted. Inside a
 * DocumentEventsProvider for the same document it shares that provider's connection; elsewhere it
 * opens a connection of its own.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentEvent } from '../../shared/amendments/amendment-schemas.js';
import { openDocumentEvents, type StreamState } from './document-events-stream';
import { useDocumentEventsContext } from './DocumentEventsProvider';

export function useDocumentEvents(documentId: string, token: string, onEvent: (event: DocumentEvent) => void): StreamState {
  const shared = useDocumentEventsContext();
  const useShared = shared?.documentId === documentId;
  const [ownState, setOwnState] = useState<StreamState>('connecting');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const subscribe = useShared ? shared.subscribe : undefined;

  useEffect(() => {
    if (subscribe) return subscribe((event) => handler.current(event));
    const stream = openDocumentEvents(documentId, token, (event) => handler.current(event), setOwnState);
    return () => stream.close();
  }, [documentId, token, subscribe]);

  return useShared ? shared.state : ownState;
}
