/** The collaboration socket, for every kind of caller of the authorization matrix: who may write, who may read, who is refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { connectClient, synced, waitFor } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { CALLERS, type Caller, type MatrixCallers, matrixCallers } from './matrix-callers.js';

let server: TestServer;
let callers: MatrixCallers;
beforeAll(async () => {
  server = await startTestServer();
  callers = matrixCallers(server.deps);
});
afterAll(async () => server.dispose());

const SOCKET: Record<Caller, 'write' | 'read' | number> = {
  chair: 'write', drafter: 'write', stakeholder: 'read', observer: 'read',
  revoked: CLOSE_CODES.unauthorized, none: CLOSE_CODES.unauthorized, outsider: CLOSE_CODES.notFound,
};

describe('authorization matrix: the collaboration socket', () => {
  for (const caller of CALLERS) {
    it(`/collab/:id as ${caller} → ${SOCKET[caller]}`, async () => {
      const expected = SOCKET[caller];
      const { document, tokens } = callers;
      const client = connectClient(server.wsUrl, document.documentId, tokens[caller] ?? '');
      try {
        if (typeof expected === 'number') {
          await waitFor(() => client.closes.length > 0, 'the refusal');
          expect(client.closes[0]?.code).toBe(expected);
          return;
        }
        await synced(client);
        const marker = ` marker-${caller}`;
        client.type(marker, 3);
        // A chair edit after it shows whether the caller's edit was kept or dropped.
        const witness = connectClient(server.wsUrl, document.documentId, tokens.chair ?? '');
        await synced(witness);
        witness.type(` witness-${caller}`, 4);
        await waitFor(() => client.text().includes(`witness-${caller}`), 'the witness edit');
        const onServer = () => server.deps.registry.open(document.documentId).doc.getXmlFragment('default').toString();
        await waitFor(() => onServer().includes(`witness-${caller}`), 'the server to hold the witness edit');
        expect(onServer().includes(marker)).toBe(expected === 'write');
        witness.destroy();
      } finally {
        client.destroy();
      }
    });
  }
});
