/**
 * The chair's paragraph statuses (open, bracketed, agreed) live on the server, not in the shared text:
 * loaded from /paragraphs each time the document's event stream (re)opens, so nothing falls between,
 * then kept current from its 'paragraph-status' events.
 */
import { useEffect, useState } from 'react';
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import { listParagraphs } from '../api/documents-api';
import { useSignedIn } from '../auth/AuthProvider';
import { useDocumentEvent, useEventStreamState } from '../events/DocumentEventsProvider';

export type ParagraphStatuses = ReadonlyMap<string, ParagraphStatus>;

const NONE: ParagraphStatuses = new Map();

export function useParagraphStatuses(documentId: string): ParagraphStatuses {
  const { api } = useSignedIn();
  const [statuses, setStatuses] = useState<ParagraphStatuses>(NONE);
  const stream = useEventStreamState();

  useEffect(() => {
    if (stream !== 'open') return;
    let current = true;
    listParagraphs(api, documentId).then(
      (paragraphs) => {
        if (!current) return;
        const loaded = new Map<string, ParagraphStatus>();
        for (const paragraph of paragraphs) {
          if (paragraph.id && paragraph.status && paragraph.status !== 'open') loaded.set(paragraph.id, paragraph.status);
        }
        setStatuses(loaded);
      },
      () => {
        // Kept as they were; the next reconnect or event brings them up to date.
      },
    );
    return () => {
      current = false;
    };
  }, [api, documentId, stream]);

  useDocumentEvent('paragraph-status', (event) => {
    setStatuses((previous) => {
      const next = new Map(previous);
      if (event.status === 'open') next.delete(event.paragraphId);
      else next.set(event.paragraphId, event.status);
      return next;
    });
  });

  return statuses;
}
