/**
 * Every REST route and the collaboration socket, for every kind of caller, with the status expected
 * in each cell. A new route gets a row here when it lands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { connectClient, synced, waitFor } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';

const CALLERS = ['chair', 'drafter', 'stakeholder', 'observer', 'revoked', 'none', 'outsider'] as const;
type Caller = (typeof CALLERS)[number];

let server: TestServer;
let document: TestDocument;
const tokens = {} as Record<Caller, string | undefined>;

beforeAll(async () => {
  server = await startTestServer();
  document = buildDocument(server.deps);
  tokens.chair = document.chair.token;
  tokens.drafter = document.invite('drafter').token;
  tokens.stakeholder = document.invite('stakeholder').token;
  tokens.observer = document.invite('observer').token;
  const revoked = document.invite('drafter');
  server.deps.participants.revoke(document.documentId, revoked.participantId);
  tokens.revoked = revoked.token;
  tokens.none = undefined;
  // The chair of another document: authenticated, but a stranger to this one.
  tokens.outsider = buildDocument(server.deps).chair.token;
});
afterAll(async () => server.dispose());

interface Row {
  route: string;
  request: () => { method: string; path: string; body?: unknown };
  expected: Record<Caller, number>;
}

const doc = () => `/api/documents/${document.documentId}`;
const everyoneIn = (status: number, outsider = 404): Record<Caller, number> => ({
  chair: status, drafter: status, stakeholder: status, observer: status, revoked: 401, none: 401, outsider,
});
const chairOnly = (status: number): Record<Caller, number> => ({
  chair: status, drafter: 403, stakeholder: 403, observer: 403, revoked: 401, none: 401, outsider: 404,
});

const ROWS: Row[] = [
  { route: 'GET /api/me', request: () => ({ method: 'GET', path: '/api/me' }), expected: everyoneIn(200, 200) },
  { route: 'GET /api/documents', request: () => ({ method: 'GET', path: '/api/documents' }), expected: everyoneIn(200, 200) },
  {
    route: 'POST /api/documents',
    request: () => ({ method: 'POST', path: '/api/documents', body: { title: 'New text' } }),
    // The outsider chairs another document, and chairs may open new documents.
    expected: { chair: 201, drafter: 403, stakeholder: 403, observer: 403, revoked: 401, none: 401, outsider: 201 },
  },
  { route: 'GET /api/documents/:id', request: () => ({ method: 'GET', path: doc() }), expected: everyoneIn(200) },
  { route: 'PATCH /api/documents/:id', request: () => ({ method: 'PATCH', path: doc(), body: { title: 'Renamed' } }), expected: chairOnly(200) },
  { route: 'GET /api/documents/:id/paragraphs', request: () => ({ method: 'GET', path: `${doc()}/paragraphs` }), expected: everyoneIn(200) },
  { route: 'GET /api/documents/:id/participants', request: () => ({ method: 'GET', path: `${doc()}/participants` }), expected: everyoneIn(200) },
  {
    route: 'POST /api/documents/:id/participants',
    request: () => ({ method: 'POST', path: `${doc()}/participants`, body: { name: 'New delegate', role: 'stakeholder', groupId: 'academia' } }),
    expected: chairOnly(201),
  },
  {
    route: 'DELETE /api/documents/:id/participants/:pid',
    request: () => ({ method: 'DELETE', path: `${doc()}/participants/${document.invite('observer').participantId}` }),
    expected: chairOnly(200),
  },
];

describe('authorization matrix: REST routes', () => {
  for (const row of ROWS) {
    for (const caller of CALLERS) {
      it(`${row.route} as ${caller} → ${row.expected[caller]}`, async () => {
        const { method, path, body } = row.request();
        const response = await api<{ error?: { code: string; message: string } }>(server.url, method, path, { token: tokens[caller], body });
        expect(response.status).toBe(row.expected[caller]);
        if (response.status >= 400) expect(response.body.error?.message).toEqual(expect.any(String));
      });
    }
  }
});

const SOCKET: Record<Caller, 'write' | 'read' | number> = {
  chair: 'write', drafter: 'write', stakeholder: 'read', observer: 'read',
  revoked: CLOSE_CODES.unauthorized, none: CLOSE_CODES.unauthorized, outsider: CLOSE_CODES.notFound,
};

describe('authorization matrix: the collaboration socket', () => {
  for (const caller of CALLERS) {
    it(`/collab/:id as ${caller} → ${SOCKET[caller]}`, async () => {
      const expected = SOCKET[caller];
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
