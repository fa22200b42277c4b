/** Calls to /api/me and /api/documents/:id/participants. */
import { z } from 'zod';
import {
  invitationSchema,
  meSchema,
  participantSchema,
  type InviteParticipantRequest,
  type Invitation,
  type Me,
  type ParticipantView,
} from '../../shared/api/participants.js';
import type { ApiClient } from './api-client';

const participantListSchema = z.object({ participants: z.array(participantSchema) });
const participantEnvelopeSchema = z.object({ participant: participantSchema });

const participantsPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/participants`;

export function getMe(api: ApiClient): Promise<Me> {
  return api.get('/api/me', meSchema);
}

export async function listParticipants(api: ApiClient, documentId: string): Promise<ParticipantView[]> {
  return (await api.get(participantsPath(documentId), participantListSchema)).participants;
}

export function inviteParticipant(api: ApiClient, documentId: string, request: InviteParticipantRequest): Promise<Invitation> {
  return api.post(participantsPath(documentId), request, invitationSchema);
}

export async function revokeParticipant(api: ApiClient, documentId: string, participantId: string): Promise<ParticipantView> {
  const path = `${participantsPath(documentId)}/${encodeURIComponent(participantId)}`;
  return (await api.delete(path, participantEnvelopeSchema)).participant;
}
