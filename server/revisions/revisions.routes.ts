/** /api/documents/:id/revisions (+ /:rid, /:rid/restore), /compare and /silence. */
import { Hono } from 'hono';
import { breakSilenceSchema, cutRevisionSchema, startSilenceSchema } from '../../shared/revisions/revision-schemas.js';
import { compareQuerySchema } from '../../shared/api/revisions.js';
import { revisionParamsSchema } from '../../shared/api/params.js';
import { requireCapability, type AppEnv } from '../http/auth.js';
import { jsonBody, pathParams, queryParams } from '../http/validate.js';
import { rateLimit, type RateLimits } from '../http/rate-limit.js';

export function revisionsRoutes(limits: RateLimits) {
  const app = new Hono<AppEnv>();

  app.get('/revisions', requireCapability('revisions.read'), (c) => {
    const { document } = c.var.access;
    const service = c.var.deps.revisionsService;
    return c.json({ revisions: service.views(document.id, c.var.deps.revisions.list(document.id)) });
  });

  app.post('/revisions', requireCapability('revisions.cut'), rateLimit('revisions', limits.writes), jsonBody(cutRevisionSchema), (c) => {
    const { document, participant } = c.var.access;
    const service = c.var.deps.revisionsService;
    const record = service.cut(document.id, { kind: 'named', name: c.req.valid('json').name, by: participant });
    if (!record) throw new Error('a named revision is always cut');
    const [view] = service.views(document.id, [record]);
    return c.json({ revision: view }, 201);
  });

  app.get('/revisions/:rid', requireCapability('revisions.read'), pathParams(revisionParamsSchema), (c) => {
    const { document } = c.var.access;
    const service = c.var.deps.revisionsService;
    const record = service.get(document.id, c.req.param('rid'));
    const [view] = service.views(document.id, [record]);
    return c.json({ revision: view, paragraphs: record.paragraphs });
  });

  app.post('/revisions/:rid/restore', requireCapability('revisions.restore'), pathParams(revisionParamsSchema), rateLimit('restores', limits.writes), (c) => {
    const { document, participant } = c.var.access;
    const service = c.var.deps.revisionsService;
    const record = service.restore(document.id, c.req.param('rid'), participant);
    const [view] = service.views(document.id, [record]);
    return c.json({ revision: view });
  });

  app.get(
    '/compare',
    requireCapability('revisions.read'),
    queryParams(compareQuerySchema),
    (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(c.var.deps.revisionsService.compare(c.var.access.document.id, from, to));
    },
  );

  app.get('/silence', requireCapability('revisions.read'), (c) => {
    const procedures = c.var.deps.silenceService.list(c.var.access.document.id);
    return c.json({ current: procedures.find((procedure) => procedure.outcome === null) ?? null, procedures });
  });

  app.post('/silence', requireCapability('silence.run'), rateLimit('silence procedures', limits.writes), jsonBody(startSilenceSchema), (c) => {
    const { document, participant } = c.var.access;
    const { revisionId, deadline } = c.req.valid('json');
    return c.json({ procedure: c.var.deps.silenceService.start(document.id, participant, revisionId, deadline) }, 201);
  });

  app.post('/silence/breaks', requireCapability('silence.break'), rateLimit('silence breaks', limits.writes), jsonBody(breakSilenceSchema), (c) => {
    const { document, participant } = c.var.access;
    const { paragraphId, reason } = c.req.valid('json');
    return c.json({ procedure: c.var.deps.silenceService.breakSilence(document.id, participant, paragraphId, reason) }, 201);
  });

  app.post('/silence/cancel', requireCapability('silence.run'), rateLimit('silence cancellations', limits.writes), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ procedure: c.var.deps.silenceService.cancel(document.id, participant) });
  });

  return app;
}
