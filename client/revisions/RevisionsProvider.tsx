/** What the revisions, silence, status and export features of an open document share: who I am here, and the export dialog. */
import { useMemo, useState, type ReactNode } from 'react';
import type { DocumentSummary } from '../../shared/api/documents.js';
import { RevisionsContext, type RevisionsContextValue } from './revisions-context';
import { LIVE } from './revisions-api';

export function RevisionsProvider({ summary, children }: { summary: DocumentSummary; children: ReactNode }) {
  const [exportRequest, setExportRequest] = useState<{ revisionId: string } | null>(null);
  const value = useMemo<RevisionsContextValue>(
    () => ({
      documentId: summary.id,
      role: summary.myRole,
      myGroupId: summary.myGroupId,
      groups: summary.groups,
      exportRequest,
      openExport: (revisionId = LIVE) => setExportRequest({ revisionId }),
      closeExport: () => setExportRequest(null),
    }),
    [summary.id, summary.myRole, summary.myGroupId, summary.groups, exportRequest],
  );
  return <RevisionsContext.Provider value={value}>{children}</RevisionsContext.Provider>;
}
