/** A document's participants: the list, and the chair's invitations and revocations written into it. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InviteParticipantRequest, ParticipantView } from '../../../shared/api/participants.js';
import { inviteParticipant, listParticipants, revokeParticipant } from '../../api/participants-api';
import { queryKeys } from '../../api/query-keys';
import { useSignedIn } from '../../auth/AuthProvider';

export function useParticipantsQuery(documentId: string) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.participants(documentId), queryFn: () => listParticipants(api, documentId) });
}

function putParticipant(queryClient: QueryClient, documentId: string, participant: ParticipantView): void {
  queryClient.setQueryData<ParticipantView[]>(queryKeys.participants(documentId), (list) =>
    list && (list.some((item) => item.id === participant.id) ? list.map((item) => (item.id === participant.id ? participant : item)) : [...list, participant]),
  );
}

export function useInviteParticipant(documentId: string) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: InviteParticipantRequest) => inviteParticipant(api, documentId, request),
    onSuccess: (invitation) => putParticipant(queryClient, documentId, invitation.participant),
  });
}

export function useRevokeParticipant(documentId: string) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participantId: string) => revokeParticipant(api, documentId, participantId),
    onSuccess: (participant) => putParticipant(queryClient, documentId, participant),
  });
}
