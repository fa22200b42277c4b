/** `GET /api/documents/:id/events`: server-sent events carrying every amendment change as it happens. */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { DocumentEvent } from '../../shared/amendments/amendment-schemas.js';
import { requireCapability, type AppEnv } from '../http/auth.js';

const HEARTBEAT_MS = 20_000;

export function eventsRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', requireCapability('amendments.read'), (c) => {
    const { document } = c.var.access;
    const events = c.var.deps.events;
    return streamSSE(c, async (stream) => {
      const queue: DocumentEvent[] = [];
      let wake: (() => void) | undefined;
      const unsubscribe = events.subscribe(document.id, (event) => {
        queue.push(event);
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ documentId: document.id }) });
      while (!stream.aborted && !stream.closed) {
        const next = queue.shift();
        if (next) {
          await stream.writeSSE({ event: next.type, data: JSON.stringify(next) });
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, HEARTBEAT_MS).unref();
        });
        wake = undefined;
        if (queue.length === 0 && !stream.aborted) await stream.writeSSE({ event: 'heartbeat', data: '{}' });
      }
      unsubscribe();
    });
  });
  return app;
}
