/**
 * Who was last signed in on this device and under which participant ids, kept in localStorage: signing
 * out after a token stopped working (revoked while the browser was closed) must still know whose
 * copies to delete.
 */
import type { Me } from '../../shared/api/participants.js';

const PERSON_KEY = 'concord.person';

export interface SignedInPerson {
  personId: string;
  /** Every participant id seen for this person here, revoked memberships included. */
  participantIds: string[];
}

export function readSignedInPerson(): SignedInPerson | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(PERSON_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return null;
    const { personId, participantIds } = stored as Record<string, unknown>;
    if (typeof personId !== 'string' || !Array.isArray(participantIds)) return null;
    return { personId, participantIds: participantIds.filter((id): id is string => typeof id === 'string') };
  } catch {
    return null;
  }
}

export function rememberSignedInPerson(me: Me): void {
  const previous = readSignedInPerson();
  const earlier = previous?.personId === me.person.id ? previous.participantIds : [];
  const participantIds = [...new Set([...earlier, ...me.memberships.map((membership) => membership.participantId)])];
  try {
    localStorage.setItem(PERSON_KEY, JSON.stringify({ personId: me.person.id, participantIds }));
  } catch {
    // Without storage nothing of this person is kept across reloads either.
  }
}
