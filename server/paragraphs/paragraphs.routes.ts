/** /api/documents/:id/paragraphs: the live paragraphs, and the chair's status for each. */
import { Hono } from 'hono';
import { setParagraphStatusSchema } from '../../shared/api/documents.js';
import { paragraphParamsSchema } from '../../shared/api/params.js';
import { requireCapability, type AppEnv } from '../http/auth.js';
import { jsonBody, pathParams } from '../http/validate.js';
import { rateLimit, type RateLimits } from '../http/rate-limit.js';

export function paragraphsRoutes(limits: RateLimits) {
  const app = new Hono<AppEnv>();

  app.get('/', requireCapability('text.read'), (c) => {
    return c.json({ paragraphs: c.var.deps.paragraphStatusService.list(c.var.access.document.id) });
  });

  app.put('/:pid/status', requireCapability('paragraphs.status'), pathParams(paragraphParamsSchema), rateLimit('status changes', limits.writes), jsonBody(setParagraphStatusSchema), (c) => {
    const { document, participant } = c.var.access;
    const paragraph = c.var.deps.paragraphStatusService.set(document.id, participant, c.req.param('pid'), c.req.valid('json').status);
    return c.json({ paragraph });
  });

  return app;
}
