/** /api/documents: list, create, read, rename. */
import { Hono } from 'hono';
import { createDocumentSchema, renameDocumentSchema, type DocumentSummary } from '../../shared/api/documents.js';
import { readTitle } from '../../shared/document/read-blocks.js';
import type { AppDeps } from '../app-deps.js';
import { requireCapability, requireDocumentAccess, type AppEnv } from '../http/auth.js';
import { forbidden } from '../http/errors.js';
import { jsonBody } from '../http/validate.js';
import { rateLimit, type RateLimits } from '../http/rate-limit.js';
import type { ParticipantRecord } from '../participants/participants.repo.js';
import { createDocument } from './create-document.js';
import { setTitleText } from './document-content.js';
import type { DocumentRecord } from './documents.repo.js';

function liveTitle(deps: AppDeps, document: DocumentRecord): string {
  if (!deps.registry.isOpen(document.id)) return document.title;
  return readTitle(deps.registry.open(document.id).doc) || document.title;
}

export function toSummary(deps: AppDeps, document: DocumentRecord, me: ParticipantRecord): DocumentSummary {
  return {
    id: document.id,
    title: liveTitle(deps, document),
    groups: document.groups,
    createdAt: new Date(document.createdAt).toISOString(),
    updatedAt: new Date(document.updatedAt).toISOString(),
    myRole: me.role,
    myGroupId: me.groupId,
    myParticipantId: me.id,
    limits: deps.config.documentLimits,
  };
}

export function documentsRoutes(limits: RateLimits) {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const deps = c.var.deps;
    const documents = deps.participants
      .listForPerson(c.var.person.id)
      .flatMap((membership) => {
        const document = deps.documents.byId(membership.documentId);
        return document ? [toSummary(deps, document, membership)] : [];
      })
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return c.json({ documents });
  });

  app.post('/', rateLimit('new documents', limits.writes), jsonBody(createDocumentSchema), (c) => {
    const deps = c.var.deps;
    // Creating documents is the chair's office's: anyone who chairs a document may open a new one.
    const chairships = deps.participants.listForPerson(c.var.person.id).filter((p) => p.role === 'chair');
    const first = chairships[0];
    if (!first) throw forbidden('only a chair may create documents');
    const { document, chair } = createDocument(deps, c.req.valid('json'), { personId: c.var.person.id, groupId: first.groupId });
    return c.json({ document: toSummary(deps, document, chair) }, 201);
  });

  app.get('/:id', requireDocumentAccess, (c) => {
    const { document, participant } = c.var.access;
    return c.json({ document: toSummary(c.var.deps, document, participant) });
  });

  app.patch('/:id', requireDocumentAccess, requireCapability('document.rename'), rateLimit('renames', limits.writes), jsonBody(renameDocumentSchema), (c) => {
    const deps = c.var.deps;
    const { document, participant } = c.var.access;
    const { title } = c.req.valid('json');
    deps.registry.durably(document.id, (room) => {
      room.edit({ participantId: participant.id }, (doc) => setTitleText(doc, title));
      deps.documents.setTitle(document.id, title);
      deps.audit.append(document.id, { participantId: participant.id, groupId: participant.groupId }, 'document.renamed', null, { title });
    });
    const renamed = deps.documents.byId(document.id) ?? document;
    return c.json({ document: toSummary(deps, renamed, participant) });
  });

  return app;
}
