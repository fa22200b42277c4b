/** Deletes this device's copies of a document the person may no longer read; says when they are gone. */
import { useEffect, useState } from 'react';
import { useMe } from '../auth/MeProvider';
import { clearDocumentCopies } from '../local-data/clear-local-data';

export function useForgetDocument(documentId: string, participantId: string | null, active: boolean): boolean {
  const { me } = useMe();
  const [cleared, setCleared] = useState(false);
  const personId = me.person.id;
  const ids = me.memberships.filter((membership) => membership.documentId === documentId).map((membership) => membership.participantId);
  const participantIds = [...new Set(participantId ? [participantId, ...ids] : ids)].join(' ');

  useEffect(() => {
    if (!active) return;
    let current = true;
    void clearDocumentCopies(documentId, personId, participantIds ? participantIds.split(' ') : []).then(() => {
      if (current) setCleared(true);
    });
    return () => {
      current = false;
    };
  }, [active, documentId, personId, participantIds]);
  return cleared;
}
