/** Shapes of the participants API and of /api/me. */
import { z } from 'zod';
import { roleSchema } from '../roles.js';

export const MAX_NAME_LENGTH = 120;

export const inviteParticipantSchema = z
  .object({
    name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    role: roleSchema,
    groupId: z.string().min(1).max(40),
  })
  .strict();
export type InviteParticipantRequest = z.infer<typeof inviteParticipantSchema>;

export const participantSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  groupId: z.string(),
  invitedAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type ParticipantView = z.infer<typeof participantSchema>;

export const invitationSchema = z.object({
  participant: participantSchema,
  token: z.string(),
  signInUrl: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const meSchema = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  memberships: z.array(
    z.object({ documentId: z.string(), participantId: z.string(), role: roleSchema, groupId: z.string() }),
  ),
});
export type Me = z.infer<typeof meSchema>;

export const apiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export const participantListSchema = z.object({ participants: z.array(participantSchema) });
export const participantEnvelopeSchema = z.object({ participant: participantSchema });
