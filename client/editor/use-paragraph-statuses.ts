/** The chair's paragraph statuses for a document, kept current while the page is open. */
import { useEffect, useState } from 'react';
import { useSignedIn } from '../auth/AuthProvider';
import { watchParagraphStatuses, type ParagraphStatuses } from './paragraph-status-feed';

const NONE: ParagraphStatuses = new Map();

export function useParagraphStatuses(documentId: string): ParagraphStatuses {
  const { api, token } = useSignedIn();
  const [statuses, setStatuses] = useState<ParagraphStatuses>(NONE);
  useEffect(() => watchParagraphStatuses({ api, token, documentId, onChange: setStatuses }), [api, token, documentId]);
  return statuses;
}
