/** What the collaboration room needs to know of a connected participant. */
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import type { MessageRate } from './message-rate.js';

export interface CollabConnection {
  readonly participantId: string;
  readonly canWrite: boolean;
  readonly presence: PresenceUser;
  /** Largest presence state this connection may announce, in bytes (DEFAULT_COLLAB_SHARES when absent). */
  readonly maxPresenceBytes?: number;
  /** Its allowance of incoming messages; presence is charged by the relay, which knows an echo (none when absent). */
  readonly rate?: MessageRate;
  /** Sends one message; `sent`, if given, is called once it has left this process (not if it never does). */
  send(message: Uint8Array, sent?: () => void): void;
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
