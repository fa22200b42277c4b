/** Whether this device holds edits not yet sent; also arms the leave-page warning. */
import { useEffect, useState } from 'react';
import type { CollabSession } from './collab-session';
import { watchUnsentChanges } from './unsent-changes';

export function useUnsentChanges(session: CollabSession | null): boolean {
  const [unsent, setUnsent] = useState(false);
  useEffect(() => {
    if (!session) return;
    setUnsent(false);
    return watchUnsentChanges(session, setUnsent);
  }, [session]);
  return unsent;
}
