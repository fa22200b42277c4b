/** How many of the live text's paragraphs are agreed (and bracketed), recounted as the text changes. */
import { useEffect, useState } from 'react';
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import { readBlocks } from '../../shared/document/read-blocks.js';
import type { CollabSession } from '../editor/collab-session';

export interface ParagraphProgress {
  agreed: number;
  /** Agreed ad ref: agreed pending confirmation. */
  adRef: number;
  bracketed: number;
  /** Paragraphs that carry a status (headings and the title do not). */
  total: number;
}

/** Typing changes the count rarely: recount after a short pause rather than on every keystroke. */
const RECOUNT_DELAY_MS = 400;

export function countProgress(session: CollabSession, statuses: ReadonlyMap<string, ParagraphStatus>): ParagraphProgress {
  const progress = { agreed: 0, adRef: 0, bracketed: 0, total: 0 };
  for (const block of readBlocks(session.ydoc, statuses)) {
    if (block.status === null) continue;
    progress.total += 1;
    if (block.status === 'agreed') progress.agreed += 1;
    else if (block.status === 'agreed-ad-ref') progress.adRef += 1;
    else if (block.status === 'bracketed') progress.bracketed += 1;
  }
  return progress;
}

export function useParagraphProgress(session: CollabSession | null, statuses: ReadonlyMap<string, ParagraphStatus>): ParagraphProgress | null {
  const [progress, setProgress] = useState<ParagraphProgress | null>(null);
  useEffect(() => {
    if (!session) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => setProgress(countProgress(session, statuses));
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(recount, RECOUNT_DELAY_MS);
    };
    recount();
    session.ydoc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      session.ydoc.off('update', onUpdate);
    };
  }, [session, statuses]);
  return progress;
}
