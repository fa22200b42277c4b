/** Facts about the collaboration socket both sides rely on. */

/** Close codes 4400–4499 tell the y-websocket client not to reconnect. */
export const CLOSE_CODES = {
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  revoked: 4410,
  badMessage: 4400,
  /** Too many sockets for one participant, or messages sent faster than the allowed rate. */
  tooMany: 4429,
} as const;

export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** The awareness `user` field, set by the server from the participant's identity so no one can wear another's name. */
export interface PresenceUser {
  name: string;
  color: string;
  groupId: string;
  role: string;
  participantId: string;
}

export function collabPath(documentId: string): string {
  return `/collab/${encodeURIComponent(documentId)}`;
}
