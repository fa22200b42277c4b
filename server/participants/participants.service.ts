/** Inviting participants to a document and revoking their access. */
import type { InviteParticipantRequest, Invitation, ParticipantView } from '../../shared/api/participants.js';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { findGroup } from '../../shared/groups.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { ServerConfig } from '../config.js';
import type { Db } from '../db/database.js';
import type { DocumentRecord } from '../documents/documents.repo.js';
import type { DocumentEvents } from '../events/document-events.js';
import { badRequest, notFound } from '../http/errors.js';
import type { ParticipantRecord, ParticipantsRepo } from './participants.repo.js';
import { signInUrl } from './sign-in-url.js';

export const MAX_PARTICIPANTS_PER_DOCUMENT = 2_000;

export interface ParticipantsDeps {
  db: Db;
  participants: ParticipantsRepo;
  registry: RoomRegistry;
  events: DocumentEvents;
  config: Pick<ServerConfig, 'publicUrl' | 'host' | 'port'>;
}

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

export class ParticipantsService {
  constructor(private readonly deps: ParticipantsDeps) {}

  list(documentId: string): ParticipantView[] {
    return this.deps.participants.listForDocument(documentId).map(toParticipantView);
  }

  /** A new person and their place in the document, with the token shown this once. */
  invite(document: DocumentRecord, inviter: ParticipantRecord, request: InviteParticipantRequest): Invitation {
    if (!findGroup(document.groups, request.groupId)) throw badRequest(`groupId "${request.groupId}" is not one of this document's groups`);
    if (this.deps.participants.countActive(document.id) >= MAX_PARTICIPANTS_PER_DOCUMENT) {
      throw badRequest(`a document has at most ${MAX_PARTICIPANTS_PER_DOCUMENT} participants`);
    }
    const { participant, token } = this.deps.db.transaction(() => {
      const { person, token } = this.deps.participants.createPerson(request.name);
      const participant = this.deps.participants.addParticipant({
        documentId: document.id,
        personId: person.id,
        role: request.role,
        groupId: request.groupId,
        invitedBy: inviter.id,
      });
      return { participant, token };
    })();
    return { participant: toParticipantView(participant), token, signInUrl: signInUrl(this.deps.config, document.id, token) };
  }

  /** Revokes access and closes what the participant still has open: their sockets and event streams. */
  revoke(documentId: string, by: ParticipantRecord, participantId: string): ParticipantView {
    if (participantId === by.id) throw badRequest('you cannot revoke your own access');
    const revoked = this.deps.participants.revoke(documentId, participantId);
    if (!revoked) throw notFound('participant');
    this.deps.registry.disconnectParticipant(documentId, participantId, CLOSE_CODES.revoked, 'access revoked');
    this.deps.events.endParticipant(documentId, participantId);
    return toParticipantView(revoked);
  }
}
