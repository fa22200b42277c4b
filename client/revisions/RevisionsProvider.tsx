/**
 * Loads a document's revisions, silence procedures and paragraph statuses once for the whole
 * workspace, and keeps them current from one subscription to the document's event stream.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DocumentSummary } from '../../shared/api/documents.js';
import { useResource } from '../api/use-resource';
import { useSignedIn } from '../auth/AuthProvider';
import { useParagraphStatuses } from '../editor/use-paragraph-statuses';
import { useDocumentEvent, useEventStreamState } from '../events/DocumentEventsProvider';
import { getSilence } from '../silence/silence-api';
import { RevisionsContext, type RevisionsContextValue } from './revisions-context';
import { listRevisions, LIVE } from './revisions-api';

interface RevisionsProviderProps {
  summary: DocumentSummary;
  children: ReactNode;
}

/** Must sit inside the document's DocumentEventsProvider: it listens through that one connection. */
export function RevisionsProvider({ summary, children }: RevisionsProviderProps) {
  const { api } = useSignedIn();
  const documentId = summary.id;
  const revisions = useResource(() => listRevisions(api, documentId), [api, documentId]);
  const silence = useResource(() => getSilence(api, documentId), [api, documentId]);
  const statuses = useParagraphStatuses(documentId);
  const [exportRequest, setExportRequest] = useState<{ revisionId: string } | null>(null);

  const { refresh: refreshRevisions } = revisions;
  const { refresh: refreshSilence } = silence;
  useDocumentEvent('revision', refreshRevisions);
  useDocumentEvent('silence', refreshSilence);

  // When the stream opens again after a drop, events may have been missed: read everything again.
  const stream = useEventStreamState();
  const wasOpen = useRef(false);
  useEffect(() => {
    if (stream !== 'open') return;
    if (wasOpen.current) {
      refreshRevisions();
      refreshSilence();
    }
    wasOpen.current = true;
  }, [stream, refreshRevisions, refreshSilence]);

  const value = useMemo<RevisionsContextValue>(
    () => ({
      documentId,
      role: summary.myRole,
      myGroupId: summary.myGroupId,
      groups: summary.groups,
      revisions: revisions.resource,
      reloadRevisions: revisions.reload,
      refreshRevisions,
      silence: silence.resource,
      reloadSilence: silence.reload,
      refreshSilence,
      statuses,
      exportRequest,
      openExport: (revisionId = LIVE) => setExportRequest({ revisionId }),
      closeExport: () => setExportRequest(null),
    }),
    [documentId, summary.myRole, summary.myGroupId, summary.groups, revisions.resource, revisions.reload, refreshRevisions, silence.resource, silence.reload, refreshSilence, statuses, exportRequest],
  );

  return <RevisionsContext.Provider value={value}>{children}</RevisionsContext.Provider>;
}
