/** What the collaboration room needs to know of a connected participant. */
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';

export interface CollabConnection {
  readonly participantId: string;
  readonly canWrite: boolean;
  readonly presence: PresenceUser;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** The origin of a change made by the server itself on someone's behalf (a rename, a restore, …). */
export interface ServerEdit {
  readonly participantId: string | null;
}

export type EditOrigin = CollabConnection | ServerEdit;

export function originParticipant(origin: unknown): string | null {
  if (origin && typeof origin === 'object' && 'participantId' in origin) {
    const id = (origin as { participantId: unknown }).participantId;
    return typeof id === 'string' ? id : null;
  }
  return null;
}
