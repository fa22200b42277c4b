/** /api/documents: list, create, read, rename. */
import { Hono } from 'hono';
import { createDocumentSchema, renameDocumentSchema } from '../../shared/api/documents.js';
import { requireCapability, requireDocumentAccess, type AppEnv } from '../http/auth.js';
import { jsonBody } from '../http/validate.js';
import { rateLimit, type RateLimits } from '../http/rate-limit.js';

export function documentsRoutes(limits: RateLimits) {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => c.json({ documents: c.var.deps.documentsService.listFor(c.var.person.id) }));

  app.post('/', rateLimit('new documents', limits.writes), jsonBody(createDocumentSchema), (c) => {
    return c.json({ document: c.var.deps.documentsService.create(c.var.person.id, c.req.valid('json')) }, 201);
  });

  app.get('/:id', requireDocumentAccess, (c) => {
    const { document, participant } = c.var.access;
    return c.json({ document: c.var.deps.documentsService.summary(document, participant) });
  });

  app.patch('/:id', requireDocumentAccess, requireCapability('document.rename'), rateLimit('renames', limits.writes), jsonBody(renameDocumentSchema), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ document: c.var.deps.documentsService.rename(document, participant, c.req.valid('json').title) });
  });

  return app;
}
