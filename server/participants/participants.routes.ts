/** /api/me and /api/documents/:id/participants: who is in a document, inviting and revoking. */
import { Hono } from 'hono';
import { inviteParticipantSchema, type Me } from '../../shared/api/participants.js';
import { participantParamsSchema } from '../../shared/api/params.js';
import { requireCapability, type AppEnv } from '../http/auth.js';
import { jsonBody, pathParams } from '../http/validate.js';
import { rateLimit, type RateLimits } from '../http/rate-limit.js';

export function meRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const memberships = c.var.deps.participants.listForPerson(c.var.person.id);
    const me: Me = {
      person: c.var.person,
      memberships: memberships.map((m) => ({ documentId: m.documentId, participantId: m.id, role: m.role, groupId: m.groupId })),
    };
    return c.json(me);
  });
  return app;
}

export function participantsRoutes(limits: RateLimits) {
  const app = new Hono<AppEnv>();

  app.get('/', requireCapability('participants.list'), (c) => {
    return c.json({ participants: c.var.deps.participantsService.list(c.var.access.document.id) });
  });

  app.post('/', requireCapability('participants.invite'), rateLimit('invitations', limits.writes), jsonBody(inviteParticipantSchema), (c) => {
    const { document, participant } = c.var.access;
    return c.json(c.var.deps.participantsService.invite(document, participant, c.req.valid('json')), 201);
  });

  app.delete('/:pid', requireCapability('participants.revoke'), pathParams(participantParamsSchema), rateLimit('revocations', limits.writes), (c) => {
    const { document, participant } = c.var.access;
    return c.json({ participant: c.var.deps.participantsService.revoke(document.id, participant, c.req.param('pid')) });
  });

  return app;
}

