/** The people present in a document, kept up to date from the session's awareness. */
import { useEffect, useState } from 'react';
import type { CollabSession } from '../editor/collab-session';
import { presentPeople, type PresentPerson } from './presence-users';

function sameList(a: readonly PresentPerson[], b: readonly PresentPerson[]): boolean {
  return a.length === b.length && a.every((person, index) => {
    const other = b[index];
    return other !== undefined && other.isSelf === person.isSelf && JSON.stringify(other.user) === JSON.stringify(person.user);
  });
}

export function usePresence(session: CollabSession | null, selfParticipantId: string): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>([]);
  useEffect(() => {
    if (!session) return;
    const awareness = session.provider.awareness;
    const update = () => {
      const next = presentPeople(awareness.getStates(), awareness.clientID, selfParticipantId);
      setPeople((previous) => (sameList(previous, next) ? previous : next));
    };
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [session, selfParticipantId]);
  return people;
}
