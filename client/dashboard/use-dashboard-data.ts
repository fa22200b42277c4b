/** Everything the dashboard shows, loaded together and refreshed quietly when amendments change. */
import { useEffect, useRef } from 'react';
import type { AmendmentStats, AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import type { DocumentSummary, Paragraph } from '../../shared/api/documents.js';
import { getStats, listAmendments } from '../amendments/amendments-api';
import { getDocument, listParagraphs } from '../api/documents-api';
import { useResource, type Resource } from '../api/use-resource';
import { useSignedIn } from '../auth/AuthProvider';
import { useDocumentEvent, useEventStreamState } from '../events/DocumentEventsProvider';

export interface DashboardData {
  summary: DocumentSummary;
  stats: AmendmentStats;
  amendments: AmendmentView[];
  paragraphs: ReadonlyMap<string, Paragraph>;
}

const REFRESH_DELAY_MS = 400;

export function useDashboardData(documentId: string): { resource: Resource<DashboardData>; reload: () => void } {
  const { api } = useSignedIn();
  const { resource, reload, refresh } = useResource(async () => {
    const [summary, stats, list, paragraphs] = await Promise.all([
      getDocument(api, documentId),
      getStats(api, documentId),
      listAmendments(api, documentId),
      listParagraphs(api, documentId),
    ]);
    const byId = new Map<string, Paragraph>();
    for (const paragraph of paragraphs) if (paragraph.id) byId.set(paragraph.id, paragraph);
    return { summary, stats, amendments: list.amendments, paragraphs: byId };
  }, [api, documentId]);

  // A burst of decisions (a bulk accept) makes one refresh, not one per amendment.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const later = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(refresh, REFRESH_DELAY_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  useDocumentEvent('amendment', later);
  useDocumentEvent('paragraph-status', later);

  const stream = useEventStreamState();
  const opened = useRef(false);
  useEffect(() => {
    if (stream !== 'open') return;
    if (opened.current) refresh();
    opened.current = true;
  }, [stream, refresh]);

  return { resource, reload };
}
