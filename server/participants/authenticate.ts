/** Who a token belongs to in a document: the one check behind every API route and the socket. */
import type { DocumentsRepo, DocumentRecord } from '../documents/documents.repo.js';
import type { ParticipantsRepo, ParticipantRecord, Person } from './participants.repo.js';
import { findGroup } from '../../shared/groups.js';
import { looksLikeToken } from './tokens.js';

export interface DocumentAccess {
  person: Person;
  participant: ParticipantRecord;
  document: DocumentRecord;
  groupColor: string;
}

export type AccessResult =
  | { ok: true; access: DocumentAccess }
  | { ok: false; reason: 'unauthenticated' | 'not-found' };

export class Authenticator {
  constructor(
    private readonly participants: ParticipantsRepo,
    private readonly documents: DocumentsRepo,
  ) {}

  person(token: string | undefined | null): Person | undefined {
    if (!looksLikeToken(token)) return undefined;
    return this.participants.personByToken(token);
  }

  /**
   * A document the person is not a participant of is reported as not found, so documents
   * cannot be discovered by probing ids.
   */
  documentAccess(person: Person, documentId: string): DocumentAccess | undefined {
    const participant = this.participants.membership(documentId, person.id);
    if (!participant) return undefined;
    const document = this.documents.byId(documentId);
    if (!document) return undefined;
    const groupColor = findGroup(document.groups, participant.groupId)?.color ?? '#6b7280';
    return { person, participant, document, groupColor };
  }

  access(token: string | undefined | null, documentId: string): AccessResult {
    const person = this.person(token);
    if (!person) return { ok: false, reason: 'unauthenticated' };
    const access = this.documentAccess(person, documentId);
    return access ? { ok: true, access } : { ok: false, reason: 'not-found' };
  }
}
