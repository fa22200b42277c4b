/** /api/me and /api/documents/:id/participants: who is in a document, inviting and revoking. */
import { Hono } from 'hono';
import { inviteParticipantSchema, type Invitation, type Me, type ParticipantView } from '../../shared/api/participants.js';
import { participantParamsSchema } from '../../shared/api/params.js';
import { findGroup } from '../../shared/groups.js';
import { requireCapability, requireDocumentAccess, type AppEnv } from '../http/auth.js';
import { badRequest, notFound } from '../http/errors.js';
import { jsonBody, pathParams } from '../http/validate.js';
import { rateLimit, type RateLimits } from '../http/rate-limit.js';
import type { ParticipantRecord } from './participants.repo.js';
import { signInUrl } from './sign-in-url.js';

export const MAX_PARTICIPANTS_PER_DOCUMENT = 2_000;

export function toParticipantView(participant: ParticipantRecord): ParticipantView {
  return {
    id: participant.id,
    name: participant.name,
    role: participant.role,
    groupId: participant.groupId,
    invitedAt: new Date(participant.createdAt).toISOString(),
    revokedAt: participant.revokedAt === null ? null : new Date(participant.revokedAt).toISOString(),
  };
}

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
    const participants = c.var.deps.participants.listForDocument(c.var.access.document.id).map(toParticipantView);
    return c.json({ participants });
  });

  app.post('/', requireCapability('participants.invite'), rateLimit('invitations', limits.writes), jsonBody(inviteParticipantSchema), (c) => {
    const deps = c.var.deps;
    const { document, participant: inviter } = c.var.access;
    const body = c.req.valid('json');
    if (!findGroup(document.groups, body.groupId)) throw badRequest(`groupId "${body.groupId}" is not one of this document's groups`);
    if (deps.participants.countActive(document.id) >= MAX_PARTICIPANTS_PER_DOCUMENT) {
      throw badRequest(`a document has at most ${MAX_PARTICIPANTS_PER_DOCUMENT} participants`);
    }
    const { participant, token } = deps.db.transaction(() => {
      const { person, token } = deps.participants.createPerson(body.name);
      const participant = deps.participants.addParticipant({
        documentId: document.id,
        personId: person.id,
        role: body.role,
        groupId: body.groupId,
        invitedBy: inviter.id,
      });
      return { participant, token };
    })();
    const invitation: Invitation = {
      participant: toParticipantView(participant),
      token,
      signInUrl: signInUrl(deps.config, document.id, token),
    };
    return c.json(invitation, 201);
  });

  app.delete('/:pid', requireCapability('participants.revoke'), pathParams(participantParamsSchema), rateLimit('revocations', limits.writes), (c) => {
    const deps = c.var.deps;
    const { document, participant: me } = c.var.access;
    const pid = c.req.param('pid');
    if (pid === me.id) throw badRequest('you cannot revoke your own access');
    const revoked = deps.participants.revoke(document.id, pid);
    if (!revoked) throw notFound('participant');
    deps.disconnect(document.id, pid);
    return c.json({ participant: toParticipantView(revoked) });
  });

  return app;
}

