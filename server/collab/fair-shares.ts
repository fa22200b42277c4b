/** What one participant or one connection may cost the collaboration server, whatever its role. */

export interface CollabShares {
  /** Concurrent sockets one participant may hold on one document (a tab each, with room for reloads). */
  socketsPerParticipant: number;
  /** Concurrent sockets on this process; beyond it an upgrade is answered 503. */
  maxSockets: number;
  /** Messages a connection may send in a burst… */
  messageBurst: number;
  /** …and regains per second. */
  messagesPerSecond: number;
  /** A receiver may fall this far behind, plus twice the document's size, before it is dropped. */
  backlogFloorBytes: number;
  /** Largest presence (awareness) state one client may announce. */
  maxPresenceBytes: number;
}

export const DEFAULT_COLLAB_SHARES: CollabShares = {
  socketsPerParticipant: 8,
  maxSockets: 10_000,
  // Fast typing with its caret moves is a few dozen messages a second; reconnecting with a backlog
  // of offline edits and presence is a short burst.
  messageBurst: 500,
  messagesPerSecond: 200,
  backlogFloorBytes: 1024 * 1024,
  maxPresenceBytes: 4096,
};
