/** The silence procedure now running and its history (kept current by 'silence' events), and the chair's and groups' moves on it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SilenceView } from '../../../shared/revisions/revision-schemas.js';
import type { ApiClient } from '../../api/api-client';
import { KEPT_BY_EVENTS, queryKeys } from '../../api/query-keys';
import { useSignedIn } from '../../auth/AuthProvider';
import { breakSilence, cancelSilence, getSilence, startSilence, type SilenceState } from '../silence-api';

export function useSilenceQuery(documentId: string) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.silence(documentId), queryFn: () => getSilence(api, documentId), ...KEPT_BY_EVENTS });
}

/** The procedure an answer carries replaces its older self, and is the current one while it runs. */
function withProcedure(state: SilenceState, procedure: SilenceView): SilenceState {
  const known = state.procedures.some((item) => item.id === procedure.id);
  const procedures = known ? state.procedures.map((item) => (item.id === procedure.id ? procedure : item)) : [procedure, ...state.procedures];
  const running = procedure.outcome === null;
  const current = running ? procedure : state.current?.id === procedure.id ? null : state.current;
  return { current, procedures };
}

function useSilenceMutation<V>(documentId: string, call: (api: ApiClient, documentId: string, variables: V) => Promise<SilenceView>) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => call(api, documentId, variables),
    onSuccess: (procedure) => queryClient.setQueryData<SilenceState>(queryKeys.silence(documentId), (state) => state && withProcedure(state, procedure)),
  });
}

export const useStartSilence = (documentId: string) =>
  useSilenceMutation(documentId, (api, id, { revisionId, deadline }: { revisionId: string; deadline?: string }) => startSilence(api, id, revisionId, deadline));

export const useBreakSilence = (documentId: string) =>
  useSilenceMutation(documentId, (api, id, { paragraphId, reason }: { paragraphId: string; reason: string }) => breakSilence(api, id, paragraphId, reason));

export const useCancelSilence = (documentId: string) => useSilenceMutation<void>(documentId, (api, id) => cancelSilence(api, id));
