/** The document's title as it stands in the live text (the title block), falling back to the stored one. */
import { useEffect, useState } from 'react';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';
import { readTitle } from '../../shared/document/read-blocks.js';
import type { CollabSession } from '../editor/collab-session';

export function useLiveTitle(session: CollabSession | null, storedTitle: string): string {
  const [liveTitle, setLiveTitle] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!session) return;
    const fragment = session.ydoc.getXmlFragment(FRAGMENT_NAME);
    const update = () => setLiveTitle(readTitle(session.ydoc));
    fragment.observeDeep(update);
    update();
    return () => fragment.unobserveDeep(update);
  }, [session]);
  return liveTitle || storedTitle;
}
