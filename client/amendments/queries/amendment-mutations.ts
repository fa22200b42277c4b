/** Changes to amendments: each answer goes into the cached list at once, before its pushed event arrives. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import type { ApiClient } from '../../api/api-client';
import { useSignedIn } from '../../auth/AuthProvider';
import {
  addComment,
  decideAmendment,
  decideAmendments,
  proposeAmendment,
  reviseAmendment,
  setAmendmentPeriod,
  setSupport,
  undoAcceptance,
  withdrawAmendment,
  type Decision,
  type ProposeBody,
  type ReviseBody,
} from '../amendments-api';
import { putAmendment, putComment, putPeriod } from './amendment-queries';

function useAmendmentMutation<V>(documentId: string, call: (api: ApiClient, documentId: string, variables: V) => Promise<AmendmentView>) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => call(api, documentId, variables),
    onSuccess: (amendment) => putAmendment(queryClient, documentId, amendment),
  });
}

export const useProposeAmendment = (documentId: string) =>
  useAmendmentMutation(documentId, (api, id, body: ProposeBody) => proposeAmendment(api, id, body));

export const useReviseAmendment = (documentId: string) =>
  useAmendmentMutation(documentId, (api, id, { amendmentId, body }: { amendmentId: string; body: ReviseBody }) => reviseAmendment(api, id, amendmentId, body));

export const useDecideAmendment = (documentId: string) =>
  useAmendmentMutation(documentId, (api, id, v: { amendmentId: string; decision: Decision; note: string }) => decideAmendment(api, id, v.amendmentId, v.decision, v.note));

export const useWithdrawAmendment = (documentId: string) =>
  useAmendmentMutation(documentId, (api, id, amendmentId: string) => withdrawAmendment(api, id, amendmentId));

export const useUndoAcceptance = (documentId: string) =>
  useAmendmentMutation(documentId, (api, id, amendmentId: string) => undoAcceptance(api, id, amendmentId));

export const useSupportAmendment = (documentId: string) =>
  useAmendmentMutation(documentId, (api, id, { amendmentId, on }: { amendmentId: string; on: boolean }) => setSupport(api, id, amendmentId, on));

/** The chair's decision on many at once: every amendment decided goes into the list, the failures come back. */
export function useDecideAmendments(documentId: string) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ids, decision, note }: { ids: readonly string[]; decision: Decision; note: string }) => decideAmendments(api, documentId, ids, decision, note),
    onSuccess: (results) => {
      for (const result of results) if (result.amendment) putAmendment(queryClient, documentId, result.amendment);
    },
  });
}

export function useSetPeriod(documentId: string) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (open: boolean) => setAmendmentPeriod(api, documentId, open),
    onSuccess: (open) => putPeriod(queryClient, documentId, open),
  });
}

export function useAddComment(documentId: string, amendmentId: string) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, parentId }: { body: string; parentId?: string }) => addComment(api, documentId, amendmentId, body, parentId),
    onSuccess: (comment) => putComment(queryClient, documentId, comment),
  });
}
