/** Whether this person's access to the open document has ended, as the live socket or the events stream tells it. */
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import type { ConnectionState } from '../editor/connection-state';
import type { StreamState } from '../events/document-events-stream';

const ACCESS_ENDED = new Set<number>([CLOSE_CODES.revoked, CLOSE_CODES.notFound, CLOSE_CODES.unauthorized]);

/** The close code to explain the end with, or null while access lasts. */
export function accessEndCode(connection: ConnectionState, stream: StreamState): number | null {
  if (connection.kind === 'refused' && ACCESS_ENDED.has(connection.code)) return connection.code;
  if (stream === 'refused') return CLOSE_CODES.notFound;
  return null;
}
