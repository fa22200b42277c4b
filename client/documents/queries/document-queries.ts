/** Documents: the list on the home page, one document's summary, creating and renaming. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateDocumentRequest, DocumentSummary } from '../../../shared/api/documents.js';
import { createDocument, getDocument, listDocuments, renameDocument } from '../../api/documents-api';
import { queryKeys } from '../../api/query-keys';
import { useSignedIn } from '../../auth/AuthProvider';

export function useDocumentListQuery() {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.documentList(), queryFn: () => listDocuments(api) });
}

export function useDocumentQuery(documentId: string) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.summary(documentId), queryFn: () => getDocument(api, documentId) });
}

export function useCreateDocument() {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateDocumentRequest) => createDocument(api, request),
    onSuccess: (document) => {
      queryClient.setQueryData(queryKeys.summary(document.id), document);
      // The new membership shows in /api/me and in the list.
      void queryClient.invalidateQueries({ queryKey: queryKeys.me() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.documentList() });
    },
  });
}

export function useRenameDocument(documentId: string) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => renameDocument(api, documentId, title),
    onSuccess: (document) => {
      queryClient.setQueryData(queryKeys.summary(documentId), document);
      queryClient.setQueryData<DocumentSummary[]>(queryKeys.documentList(), (list) => list?.map((item) => (item.id === documentId ? document : item)));
    },
  });
}
