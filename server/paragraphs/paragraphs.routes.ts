/** /api/documents/:id/paragraphs: the live paragraphs, and the chair's status for each. */
import { Hono } from 'hono';
import { setParagraphStatusSchema, type Paragraph } from '../../shared/api/documents.js';
import { paragraphParamsSchema } from '../../shared/api/params.js';
import { hasStatus, readBlocks } from '../../shared/document/read-blocks.js';
import { requireCapability, type AppEnv } from '../http/auth.js';
import { badRequest, notFound } from '../http/errors.js';
import { jsonBody, pathParams } from '../http/validate.js';
import { rateLimit, type RateLimits } from '../http/rate-limit.js';

export function paragraphsRoutes(limits: RateLimits) {
  const app = new Hono<AppEnv>();

  app.get('/', requireCapability('text.read'), (c) => {
    const deps = c.var.deps;
    // Ids are made present and unique as updates are accepted (server/collab/paragraph-id-repair.ts): a read writes nothing.
    const room = deps.registry.open(c.var.access.document.id);
    const paragraphs: Paragraph[] = readBlocks(room.doc, deps.paragraphStatus.map(room.documentId));
    return c.json({ paragraphs });
  });

  app.put('/:pid/status', requireCapability('paragraphs.status'), pathParams(paragraphParamsSchema), rateLimit('status changes', limits.writes), jsonBody(setParagraphStatusSchema), (c) => {
    const deps = c.var.deps;
    const { document, participant } = c.var.access;
    const paragraphId = c.req.param('pid');
    const block = readBlocks(deps.registry.open(document.id).doc).find((candidate) => candidate.id === paragraphId);
    if (!block) throw notFound(`paragraph ${paragraphId}`);
    if (!hasStatus(block.kind)) throw badRequest('headings and the title carry no status');
    const { status } = c.req.valid('json');
    deps.db.transaction(() => {
      deps.paragraphStatus.set(document.id, paragraphId, status, participant.id);
      deps.audit.append(document.id, { participantId: participant.id, groupId: participant.groupId }, 'paragraph.status', paragraphId, { status });
    })();
    deps.events.publish(document.id, { type: 'paragraph-status', paragraphId, status });
    return c.json({ paragraph: { ...block, status } });
  });

  return app;
}
