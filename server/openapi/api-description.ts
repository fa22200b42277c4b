/** The prose at the top of the OpenAPI document: authentication, errors and the collaboration socket. */
import { REFUSED_UPDATE_CLOSE_CODE } from '../../shared/collab/limits.js';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';

export function apiDescription(): string {
  return [
    'Concord: collaborative drafting of multistakeholder outcome documents. JSON in and out under `/api`.',
    '## Authentication\nEvery route except `/healthz`, `/api/openapi.json` and `/api/docs` needs `Authorization: Bearer <token>`, ' +
      'a participant token (stored hashed). A document you are not a participant of answers 404, as if it did not exist. ' +
      "What each role may do is one table (`shared/roles.ts`); each operation names the capability it needs (`x-capability`).",
    '## Errors\nEvery error is `{"error":{"code","message"}}` with a fitting status: 400 `invalid_request` (the first thing wrong with ' +
      'the body, query or path), 400 `bad_json`, 401 `unauthorized`, 403 `forbidden`, 404 `not_found`, 409 `conflict` (an amendment ' +
      "whose expected text is not there, a stale one accepted), 413 `payload_too_large`, 429 `rate_limited` (with `Retry-After`), " +
      '503 `not_saved` (a failed database write, nothing changed).',
    '## The collaboration socket\n`ws://HOST:PORT/collab/<documentId>?token=<token>` (browsers cannot set headers on a WebSocket) speaks the ' +
      'standard y-websocket protocol, sync and awareness, in binary frames: any Yjs client connects. The ProseMirror document is the ' +
      '`Y.XmlFragment` named `default`. Every update is on disk before it is relayed. Stakeholders and observers may not edit the text: ' +
      'their updates are dropped while their presence flows. Refusals close the socket with ' +
      `${CLOSE_CODES.unauthorized} (bad token), ${CLOSE_CODES.notFound} (no such document for you), ${CLOSE_CODES.revoked} (revoked), ` +
      `${CLOSE_CODES.badMessage} (a malformed message or one outside the document schema), ${CLOSE_CODES.tooMany} (too many sockets or messages), ` +
      `${REFUSED_UPDATE_CLOSE_CODE} (an update past the document limits) and 1009 (a message over COLLAB_MAX_MESSAGE_BYTES); ` +
      'the y-websocket client does not retry the 44xx codes.',
  ].join('\n\n');
}
