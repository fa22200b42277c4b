/**
 * Follows `/api/documents/:id/events` for as long as it is open, reconnecting with backoff, and hands
 * each parsed DocumentEvent to the listener. Amendment, status, revision and silence changes arrive here.
 */
import type { DocumentEvent } from '../../shared/amendments/amendment-schemas.js';
import { SseParser } from './sse-parser';

/** 'refused': the server answered that this person has no access to the document (404). */
export type StreamState = 'connecting' | 'open' | 'retrying' | 'closed' | 'refused';

export interface DocumentEventsStream {
  close: () => void;
}

const TYPES = new Set(['amendment', 'comment', 'period', 'paragraph-status', 'revision', 'silence']);

export function openDocumentEvents(
  documentId: string,
  token: string,
  onEvent: (event: DocumentEvent) => void,
  onState: (state: StreamState) => void = () => undefined,
): DocumentEventsStream {
  let stopped = false;
  let controller: AbortController | undefined;
  let attempt = 0;

  async function run(): Promise<void> {
    while (!stopped) {
      controller = new AbortController();
      onState(attempt === 0 ? 'connecting' : 'retrying');
      try {
        const response = await fetch(`/api/documents/${encodeURIComponent(documentId)}/events`, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
          signal: controller.signal,
        });
        // Refusals (revoked, not a participant) are final: retrying would only be refused again.
        if (response.status === 404) {
          onState('refused');
          return;
        }
        if (response.status === 401 || response.status === 403) {
          onState('closed');
          return;
        }
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const parser = new SseParser();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const message of parser.push(value)) {
            if (message.event === 'ready') {
              attempt = 0;
              onState('open');
            } else if (TYPES.has(message.event)) {
              onEvent(JSON.parse(message.data) as DocumentEvent);
            }
          }
        }
      } catch {
        // Dropped or refused: fall through to the backoff below.
      }
      if (stopped) break;
      attempt += 1;
      onState('retrying');
      await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** Math.min(attempt, 5))));
    }
    onState('closed');
  }

  void run();
  return {
    close: () => {
      stopped = true;
      controller?.abort();
    },
  };
}
