/** Opens a collaboration session for as long as the document page is shown. */
import { useEffect, useMemo, useState } from 'react';
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import { closeCollabSession, openCollabSession, type CollabSession } from './collab-session';

export function useCollabSession(documentId: string, token: string, personId: string, presence: PresenceUser): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { name, color, groupId, role, participantId } = presence;
  // Every awareness change is broadcast: only a real change of these fields may announce it again.
  const user = useMemo<PresenceUser>(() => ({ name, color, groupId, role, participantId }), [name, color, groupId, role, participantId]);

  useEffect(() => {
    const opened = openCollabSession({ documentId, token, participantId, personId, user });
    setSession(opened);
    return () => {
      setSession(null);
      closeCollabSession(opened);
    };
    // The presence fields are kept up to date by the effect below without reconnecting.
  }, [documentId, token, participantId, personId]);

  useEffect(() => {
    session?.provider.awareness.setLocalStateField('user', user);
  }, [session, user]);

  return session;
}
