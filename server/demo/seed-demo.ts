/** Seeds the demo chair's summary and its cast on an empty database. */
import { DEFAULT_GROUPS } from '../../shared/groups.js';
import type { Role } from '../../shared/roles.js';
import type { AppDeps } from '../app-deps.js';
import { createDocument } from '../documents/create-document.js';
import { signInUrl } from '../participants/sign-in-url.js';

export const DEMO_FIXTURE = 'wsis20-chairs-summary';

export interface DemoParticipant {
  name: string;
  role: Role;
  groupId: string;
  token: string;
  signInUrl: string;
}

const CAST: Array<{ name: string; role: Role; groupId: string }> = [
  { name: 'Drafting committee member', role: 'drafter', groupId: 'governments' },
  { name: 'Observer', role: 'observer', groupId: 'international-organizations' },
  ...DEFAULT_GROUPS.map((group) => ({ name: `${group.name} delegate`, role: 'stakeholder' as Role, groupId: group.id })),
];

export function seedDemoIfEmpty(deps: AppDeps): { documentId: string; participants: DemoParticipant[] } | undefined {
  if (deps.documents.count() > 0) return undefined;
  return deps.db.transaction(() => {
    const { person: chairPerson, token: chairToken } = deps.participants.createPerson("Chair's office");
    const { document, chair } = createDocument(deps, { fixture: DEMO_FIXTURE }, { personId: chairPerson.id, groupId: 'governments' });
    const participants: DemoParticipant[] = [
      { name: chairPerson.name, role: 'chair', groupId: chair.groupId, token: chairToken, signInUrl: signInUrl(deps.config, document.id, chairToken) },
    ];
    for (const member of CAST) {
      const { person, token } = deps.participants.createPerson(member.name);
      deps.participants.addParticipant({ documentId: document.id, personId: person.id, role: member.role, groupId: member.groupId, invitedBy: chair.id });
      participants.push({ ...member, token, signInUrl: signInUrl(deps.config, document.id, token) });
    }
    return { documentId: document.id, participants };
  })();
}
