/** Revisions: the list (newest first, kept current by 'revision' events), one revision's text, a comparison, cutting and restoring. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RevisionView } from '../../../shared/revisions/revision-schemas.js';
import { KEPT_BY_EVENTS, queryKeys } from '../../api/query-keys';
import { useSignedIn } from '../../auth/AuthProvider';
import { compareRevisions, cutRevision, getRevision, listRevisions, restoreRevision } from '../revisions-api';

export function useRevisionsQuery(documentId: string) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.revisions(documentId), queryFn: () => listRevisions(api, documentId), ...KEPT_BY_EVENTS });
}

export function useRevisionQuery(documentId: string, revisionId: string) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.revision(documentId, revisionId), queryFn: () => getRevision(api, documentId, revisionId), ...KEPT_BY_EVENTS });
}

/** Not kept by events (the live side changes with every keystroke): read when shown, or on request. */
export function useCompareQuery(documentId: string, from: string, to: string) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.compare(documentId, from, to), queryFn: () => compareRevisions(api, documentId, from, to) });
}

function putRevision(queryClient: QueryClient, documentId: string, revision: RevisionView): void {
  queryClient.setQueryData<RevisionView[]>(queryKeys.revisions(documentId), (list) =>
    list && (list.some((item) => item.id === revision.id) ? list : [revision, ...list]),
  );
}

export function useCutRevision(documentId: string) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => cutRevision(api, documentId, name),
    onSuccess: (revision) => putRevision(queryClient, documentId, revision),
  });
}

export function useRestoreRevision(documentId: string) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (revisionId: string) => restoreRevision(api, documentId, revisionId),
    onSuccess: (revision) => putRevision(queryClient, documentId, revision),
  });
}
