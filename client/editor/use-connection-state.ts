/** The connection state of a session, as React state. */
import { useEffect, useState } from 'react';
import type { CollabSession } from './collab-session';
import { watchConnection, type ConnectionState } from './connection-state';

export function useConnectionState(session: CollabSession | null): ConnectionState {
  const [state, setState] = useState<ConnectionState>({ kind: 'connecting' });
  useEffect(() => {
    if (!session) return;
    return watchConnection(session.provider, setState);
  }, [session]);
  return state;
}
