/** Who is here, from awareness states: one entry per participant however many tabs they have open. */
import { z } from 'zod';
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';

/** Others' states arrive over the network: read them defensively. */
const presenceUserSchema = z.object({
  name: z.string(),
  color: z.string(),
  groupId: z.string(),
  role: z.string(),
  participantId: z.string(),
}) satisfies z.ZodType<PresenceUser>;

export interface PresentPerson {
  user: PresenceUser;
  isSelf: boolean;
}

export function presentPeople(states: ReadonlyMap<number, Record<string, unknown>>, selfClientId: number, selfParticipantId: string): PresentPerson[] {
  const byParticipant = new Map<string, PresentPerson>();
  for (const [clientId, state] of states) {
    const parsed = presenceUserSchema.safeParse(state.user);
    if (!parsed.success) continue;
    const user = parsed.data;
    const isSelf = clientId === selfClientId || user.participantId === selfParticipantId;
    const known = byParticipant.get(user.participantId);
    // My own entry wins, so my tab's values show for me even before the server echoes them back.
    if (!known || (clientId === selfClientId && !known.isSelf)) byParticipant.set(user.participantId, { user, isSelf });
  }
  return [...byParticipant.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.user.name.localeCompare(b.user.name));
}
