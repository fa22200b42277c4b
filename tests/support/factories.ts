/** Factories for documents and participants, written through the real repositories. */
import type { AppDeps } from '../../server/app-deps.js';
import { createDocument } from '../../server/documents/create-document.js';
import type { Role } from '../../shared/roles.js';

export interface TestParticipant {
  participantId: string;
  personId: string;
  name: string;
  role: Role;
  groupId: string;
  token: string;
}

export interface TestDocument {
  documentId: string;
  chair: TestParticipant;
  invite: (role: Role, options?: { name?: string; groupId?: string }) => TestParticipant;
}

export function buildDocument(
  deps: AppDeps,
  options: { markdown?: string; title?: string; chairGroupId?: string } = {},
): TestDocument {
  const { person, token } = deps.participants.createPerson('Test chair');
  const { document, chair } = createDocument(
    deps,
    { markdown: options.markdown ?? '# Test summary\n\n## Section\n\n*Recalling* the past,\n\n1. First operative.\n\n1. Second operative.\n', title: options.title },
    { personId: person.id, groupId: options.chairGroupId ?? 'governments' },
  );
  const invite = (role: Role, invited: { name?: string; groupId?: string } = {}): TestParticipant => {
    const created = deps.participants.createPerson(invited.name ?? `Test ${role}`);
    const participant = deps.participants.addParticipant({
      documentId: document.id,
      personId: created.person.id,
      role,
      groupId: invited.groupId ?? 'civil-society',
      invitedBy: chair.id,
    });
    return { participantId: participant.id, personId: created.person.id, name: participant.name, role, groupId: participant.groupId, token: created.token };
  };
  return {
    documentId: document.id,
    chair: { participantId: chair.id, personId: person.id, name: person.name, role: 'chair', groupId: chair.groupId, token },
    invite,
  };
}
