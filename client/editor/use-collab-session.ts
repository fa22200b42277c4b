/** Opens a collaboration session for as long as the document page is shown. */
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import { closeCollabSession, openCollabSession, type CollabSession, type CollabSessionOptions } from './collab-session';

export function useCollabSession(documentId: string, token: string, personId: string, presence: PresenceUser): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { name, color, groupId, role, participantId } = presence;
  // Every awareness change is broadcast: only a real change of these fields may announce it again.
  const user = useMemo<PresenceUser>(() => ({ name, color, groupId, role, participantId }), [name, color, groupId, role, participantId]);

  // A session opens with the presence fields as they are then; the effect below keeps them up to
  // date without reconnecting.
  const open = useEffectEvent((connection: Omit<CollabSessionOptions, 'user'>) => openCollabSession({ ...connection, user }));
  useEffect(() => {
    const opened = open({ documentId, token, participantId, personId });
    setSession(opened);
    return () => {
      setSession(null);
      closeCollabSession(opened);
    };
  }, [documentId, token, participantId, personId]);

  useEffect(() => {
    session?.provider.awareness.setLocalStateField('user', user);
  }, [session, user]);

  return session;
}
