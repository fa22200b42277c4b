/** The HTTP application: health, the API sub-apps, security headers and the built client. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { timing } from 'hono/timing';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppDeps } from './app-deps.js';
import { documentsRoutes } from './documents/documents.routes.js';
import { requireDocumentAccess, requirePerson, type AppEnv } from './http/auth.js';
import { errorBody, handleError } from './http/errors.js';
import { RateLimits } from './http/rate-limit.js';
import { meRoutes, participantsRoutes } from './participants/participants.routes.js';
import { openApiRoutes } from './openapi/openapi.routes.js';
import { amendmentsRoutes } from './amendments/amendments.routes.js';
import { eventsRoutes } from './events/events.routes.js';
import { exportRoutes } from './export/export.routes.js';
import { paragraphsRoutes } from './paragraphs/paragraphs.routes.js';
import { revisionsRoutes } from './revisions/revisions.routes.js';

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
    }),
  );
  app.onError(handleError);

  app.get('/healthz', (c) => c.json({ ok: true }));
  // Before the API's token check: the reference is public.
  app.route('/api', openApiRoutes());

  const api = new Hono<AppEnv>();
  // Server-Timing: how long the server took, apart from the transfer (for tools and the benchmark).
  api.use('*', timing({ crossOrigin: false }));
  api.use('*', bodyLimit({
    maxSize: deps.config.maxBodyBytes,
    onError: (c) => c.json(errorBody('payload_too_large', `the body exceeds ${deps.config.maxBodyBytes} bytes`), 413),
  }));
  api.use('*', requirePerson);
  const limits = new RateLimits(deps.config);
  api.route('/me', meRoutes());
  api.use('/documents/:id/*', requireDocumentAccess);
  api.route('/documents/:id/participants', participantsRoutes(limits));
  api.route('/documents/:id/events', eventsRoutes());
  api.route('/documents/:id/export', exportRoutes());
  api.route('/documents/:id/paragraphs', paragraphsRoutes(limits));
  api.route('/documents/:id', amendmentsRoutes(limits));
  api.route('/documents/:id', revisionsRoutes(limits));
  api.route('/documents', documentsRoutes(limits));
  api.all('*', (c) => c.json(errorBody('not_found', 'no such API route'), 404));
  app.route('/api', api);

  const clientDir = deps.config.clientDir;
  const indexFile = join(clientDir, 'index.html');
  if (existsSync(clientDir)) {
    app.use('/assets/*', serveStatic({ root: clientDir }));
    app.get('/favicon.svg', serveStatic({ path: join(clientDir, 'favicon.svg') }));
  }
  app.get('/favicon.ico', (c) => c.redirect('/favicon.svg', 301));
  // The client routes (/, /d/:id, …) all load the single-page app.
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The client is not built. Run `npm run build` (npm start does it for you).', 503);
    }
    return c.html(readFileSync(indexFile, 'utf8'));
  });

  return app;
}
