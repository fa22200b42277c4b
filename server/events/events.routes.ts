/** `GET /api/documents/:id/events`: server-sent events carrying every amendment change as it happens. */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { requireCapability, type AppEnv } from '../http/auth.js';
import { errorBody } from '../http/errors.js';
import { EventQueue } from './event-queue.js';

const HEARTBEAT_MS = 20_000;
/** Events one stream may have waiting for its reader (thousands of ordinary ones). */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

export function eventsRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', requireCapability('amendments.read'), (c) => {
    const { document, participant } = c.var.access;
    const queue = new EventQueue(MAX_QUEUED_BYTES);
    const subscription = c.var.deps.events.subscribe(document.id, participant.id, {
      deliver: (frame) => queue.push(frame),
      end: () => queue.end(),
    });
    if (!subscription.ok) {
      // The newest stream is refused rather than the oldest closed: each tab's client reconnects when its
      // stream drops, so closing the oldest would have the tabs evicting one another every second; refused,
      // the new tab backs off and gets in as soon as another tab is closed.
      const message = `you already have ${subscription.max} event streams open on this document: close another tab or window of it and try again`;
      return c.json(errorBody('too_many_streams', message), 429);
    }
    return streamSSE(c, async (stream) => {
      stream.onAbort(() => queue.end());
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ documentId: document.id }) });
        for (let next = await queue.next(HEARTBEAT_MS); next && !stream.aborted; next = await queue.next(HEARTBEAT_MS)) {
          await stream.writeSSE(next === 'idle' ? { event: 'heartbeat', data: '{}' } : { event: next.type, data: next.data });
        }
      } finally {
        subscription.unsubscribe();
      }
    });
  });
  return app;
}
