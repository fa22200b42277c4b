/** Follows `GET /api/documents/:id/events` over a real socket for a test, keeping every event it receives. */
import { SseParser, type ServerSentEvent } from '../../client/events/sse-parser.js';
import { waitFor } from '../support/collab-client.js';

export interface EventStreamClient {
  status: number;
  /** The JSON body of a refused stream. */
  refusal: { error?: { code: string; message: string } } | undefined;
  events: ServerSentEvent[];
  /** The server ended the stream (or it was refused). */
  ended: () => boolean;
  /** Events of one type, with their data parsed. */
  ofType: <T>(type: string) => T[];
  close: () => void;
}

/** Generous: the machine running the tests is shared. */
export const STREAM_WAIT_MS = 20_000;

export async function openEventStream(baseUrl: string, documentId: string, token: string): Promise<EventStreamClient> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/documents/${documentId}/events`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const events: ServerSentEvent[] = [];
  let ended = false;
  const client: EventStreamClient = {
    status: response.status,
    refusal: undefined,
    events,
    ended: () => ended,
    ofType: <T>(type: string) => events.filter((event) => event.event === type).map((event) => JSON.parse(event.data) as T),
    close: () => controller.abort(),
  };
  if (!response.ok || !response.body) {
    client.refusal = (await response.json()) as EventStreamClient['refusal'];
    ended = true;
    return client;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        events.push(...parser.push(value));
      }
    } catch {
      // Aborted by the test.
    }
    ended = true;
  })();
  await waitFor(() => events.some((event) => event.event === 'ready') || ended, 'the event stream to be ready', STREAM_WAIT_MS);
  return client;
}
