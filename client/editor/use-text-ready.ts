/**
 * Whether the text can be shown: once this device's stored copy has loaded and holds the document, or
 * the server has synced. Before that an editor would start from an empty, invalid document.
 */
import { useEffect, useState } from 'react';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';
import type { CollabSession } from './collab-session';

export function useTextReady(session: CollabSession | null): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(false);
    if (!session) return;
    const { ydoc, provider, persistence } = session;
    const fragment = ydoc.getXmlFragment(FRAGMENT_NAME);
    const check = () => {
      if (provider.synced || (persistence.synced && fragment.length > 0)) setReady(true);
    };
    provider.on('sync', check);
    persistence.on('synced', check);
    check();
    return () => {
      provider.off('sync', check);
      persistence.off('synced', check);
    };
  }, [session]);
  return ready;
}
