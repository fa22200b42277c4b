/** The kinds of caller the authorization matrix tries every route and the socket with, on one document. */
import type { AppDeps } from '../../server/app-deps.js';
import type { ParticipantRecord } from '../../server/participants/participants.repo.js';
import { buildDocument, type TestDocument } from '../support/factories.js';

export const CALLERS = ['chair', 'drafter', 'stakeholder', 'observer', 'revoked', 'none', 'outsider'] as const;
export type Caller = (typeof CALLERS)[number];

export interface MatrixCallers {
  document: TestDocument;
  tokens: Record<Caller, string | undefined>;
  /** The stakeholder among the callers, and a second one of another group: authors of amendments to act on. */
  stakeholder: ParticipantRecord;
  otherAuthor: ParticipantRecord;
}

export function matrixCallers(deps: AppDeps): MatrixCallers {
  const document = buildDocument(deps);
  const record = (participantId: string) => deps.participants.byId(document.documentId, participantId) as ParticipantRecord;
  const stakeholder = document.invite('stakeholder');
  const revoked = document.invite('drafter');
  deps.participants.revoke(document.documentId, revoked.participantId);
  return {
    document,
    tokens: {
      chair: document.chair.token,
      drafter: document.invite('drafter').token,
      stakeholder: stakeholder.token,
      observer: document.invite('observer').token,
      revoked: revoked.token,
      none: undefined,
      // The chair of another document: authenticated, but a stranger to this one.
      outsider: buildDocument(deps).chair.token,
    },
    stakeholder: record(stakeholder.participantId),
    otherAuthor: record(document.invite('stakeholder', { groupId: 'academia' }).participantId),
  };
}
