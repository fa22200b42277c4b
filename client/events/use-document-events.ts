/** React hook: subscribe to a document's server-pushed events while the component is mounted. */
import { useEffect, useRef, useState } from 'react';
import type { DocumentEvent } from '../../shared/amendments/amendment-schemas.js';
import { openDocumentEvents, type StreamState } from './document-events-stream';

export function useDocumentEvents(documentId: string, token: string, onEvent: (event: DocumentEvent) => void): StreamState {
  const [state, setState] = useState<StreamState>('connecting');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const stream = openDocumentEvents(documentId, token, (event) => handler.current(event), setState);
    return () => stream.close();
  }, [documentId, token]);
  return state;
}
