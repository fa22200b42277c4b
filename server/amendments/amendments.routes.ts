/** /api/documents/:id/amendments (+ /:aid, decision, undo, withdraw, support, comments), stats and the period. */
import { Hono } from 'hono';
import {
  amendmentFilterSchema, bulkDecisionSchema, commentSchema, decisionSchema, periodSchema, proposeAmendmentSchema, reviseAmendmentSchema,
  type AmendmentDetail,
} from '../../shared/amendments/amendment-schemas.js';
import { auditQuerySchema } from '../../shared/api/amendments.js';
import { amendmentParamsSchema } from '../../shared/api/params.js';
import { isLockingStatus } from '../../shared/document/kinds.js';
import { readBlocks } from '../../shared/document/read-blocks.js';
import { requireCapability, type AppEnv } from '../http/auth.js';
import { ApiError } from '../http/errors.js';
import { jsonBody, pathParams, queryParams } from '../http/validate.js';
import { acceptsGzip } from '../http/content-encoding.js';
import { rateLimit, type RateLimits } from '../http/rate-limit.js';
import type { AmendmentRecord } from './amendments.repo.js';
import { undoAcceptance } from './undo-decision.js';

/** Lists past this size go gzipped to clients that take it (a list of 5,000 amendments is ~2.5 MB of JSON). */
const GZIP_FROM_BYTES = 64 * 1024;

export function amendmentsRoutes(limits: RateLimits) {
  const app = new Hono<AppEnv>();
  const service = (c: { var: AppEnv['Variables'] }) => c.var.deps.amendments;

  app.get(
    '/amendments',
    requireCapability('amendments.read'),
    queryParams(amendmentFilterSchema),
    (c) => {
      const { document, participant } = c.var.access;
      const body = service(c).listBody(document.id, c.req.valid('query'), participant);
      const headers: Record<string, string> = { 'content-type': 'application/json', vary: 'Accept-Encoding' };
      if (body.raw.length < GZIP_FROM_BYTES || !acceptsGzip(c.req.header('accept-encoding'))) return c.body(body.raw, 200, headers);
      return c.body(body.gzipped(), 200, { ...headers, 'content-encoding': 'gzip' });
    },
  );

  app.post('/amendments', requireCapability('amendments.propose'), rateLimit('proposals', limits.proposals), jsonBody(proposeAmendmentSchema), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ amendment: service(c).propose(document.id, participant, c.req.valid('json')) }, 201);
  });

  app.post('/amendments/decisions', requireCapability('amendments.decide'), rateLimit('bulk decisions', limits.writes), jsonBody(bulkDecisionSchema), (c) => {
    const { document, participant } = c.var.access;
    const { ids, decision, note } = c.req.valid('json');
    const results = ids.map((id) => {
      try {
        return { id, ok: true, amendment: service(c).decide(document.id, id, participant, { decision, note }) };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return { id, ok: false, error: { code: error.code, message: error.message } };
      }
    });
    return c.json({ results });
  });

  app.get('/amendments/:aid', requireCapability('amendments.read'), pathParams(amendmentParamsSchema), (c) => {
    const { document } = c.var.access;
    const record = service(c).get(document.id, c.req.param('aid'));
    const detail: AmendmentDetail = {
      amendment: service(c).views.one(document.id, record),
      comments: service(c).comments(document.id, record.id),
      history: service(c).views.history(record.id),
    };
    return c.json(detail);
  });

  app.patch('/amendments/:aid', requireCapability('amendments.propose'), pathParams(amendmentParamsSchema), rateLimit('amendment revisions', limits.revise), jsonBody(reviseAmendmentSchema), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ amendment: service(c).revise(document.id, c.req.param('aid'), participant, c.req.valid('json')) });
  });

  app.post('/amendments/:aid/decision', requireCapability('amendments.decide'), pathParams(amendmentParamsSchema), rateLimit('decisions', limits.writes), jsonBody(decisionSchema), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ amendment: service(c).decide(document.id, c.req.param('aid'), participant, c.req.valid('json')) });
  });

  app.post('/amendments/:aid/undo', requireCapability('amendments.decide'), pathParams(amendmentParamsSchema), rateLimit('decisions', limits.writes), (c) => {
    const { document, participant } = c.var.access;
    const deps = c.var.deps;
    const undo = {
      repo: deps.amendmentsRepo, registry: deps.registry, audit: deps.audit,
      announce: (documentId: string, id: string) => deps.amendments.announce(documentId, id),
      view: (documentId: string, record: AmendmentRecord) => deps.amendments.views.one(documentId, record),
      lockedBy: (documentId: string, paragraphId: string) => {
        const status = deps.paragraphStatus.map(documentId).get(paragraphId);
        return status && isLockingStatus(status) ? status : undefined;
      },
    };
    return c.json({ amendment: undoAcceptance(undo, document.id, c.req.param('aid'), participant) });
  });

  app.post('/amendments/:aid/withdraw', requireCapability('amendments.propose'), pathParams(amendmentParamsSchema), rateLimit('withdrawals', limits.writes), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ amendment: service(c).withdraw(document.id, c.req.param('aid'), participant) });
  });

  app.post('/amendments/:aid/support', requireCapability('amendments.support'), pathParams(amendmentParamsSchema), rateLimit('support changes', limits.support), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ amendment: service(c).support(document.id, c.req.param('aid'), participant, true) });
  });

  app.delete('/amendments/:aid/support', requireCapability('amendments.support'), pathParams(amendmentParamsSchema), rateLimit('support changes', limits.support), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ amendment: service(c).support(document.id, c.req.param('aid'), participant, false) });
  });

  app.get('/amendments/:aid/comments', requireCapability('amendments.read'), pathParams(amendmentParamsSchema), (c) => {
    const { document } = c.var.access;
    return c.json({ comments: service(c).comments(document.id, c.req.param('aid')) });
  });

  app.post('/amendments/:aid/comments', requireCapability('amendments.comment'), pathParams(amendmentParamsSchema), rateLimit('comments', limits.comments), jsonBody(commentSchema), (c) => {
    const { document, participant } = c.var.access;
    const { body, parentId } = c.req.valid('json');
    return c.json({ comment: service(c).comment(document.id, c.req.param('aid'), participant, body, parentId) }, 201);
  });

  app.get('/amendment-period', requireCapability('amendments.read'), (c) => c.json({ open: c.var.deps.amendmentsRepo.periodOpen(c.var.access.document.id) }));

  app.put('/amendment-period', requireCapability('amendments.period'), rateLimit('period changes', limits.writes), jsonBody(periodSchema), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ open: service(c).setPeriod(document.id, participant, c.req.valid('json').open) });
  });

  app.get('/stats', requireCapability('amendments.read'), (c) => {
    const deps = c.var.deps;
    const { document } = c.var.access;
    const blocks = readBlocks(deps.registry.open(document.id).doc, deps.paragraphStatus.map(document.id));
    return c.json(service(c).stats(document.id, document.groups, blocks));
  });

  app.get('/audit', requireCapability('audit.read'), queryParams(auditQuerySchema), (c) => {
    const { after, limit } = c.req.valid('query');
    return c.json({ entries: c.var.deps.audit.list(c.var.access.document.id, { afterSeq: after, limit }) });
  });

  return app;
}
