/**
 * API fuzzing: invalid JSON, wrong types, unknown fields, huge strings, path tricks and SQL
 * metacharacters in every field and id. Always a 4xx with a JSON error (or a clean success for
 * input that is merely unusual), never a 500, and a refused request writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { readBlocks } from '../../shared/document/read-blocks.js';

let server: TestServer;
let document: TestDocument;
let amendmentId = "";
let paragraphId = "";

beforeAll(async () => {
  server = await startTestServer({ rateLimits: { proposals: { burst: 100_000, perMinute: 100_000 }, comments: { burst: 100_000, perMinute: 100_000 } } });
  document = buildDocument(server.deps);
  const block = readBlocks(server.deps.registry.open(document.documentId).doc).find((b) => b.kind === 'operative');
  paragraphId = block?.id as string;
  const chair = server.deps.participants.byId(document.documentId, document.chair.participantId);
  if (!chair) throw new Error('no chair');
  amendmentId = server.deps.amendments.propose(document.documentId, chair, { paragraphId, from: 0, to: 5, expected: 'First', proposed: 'Initial', rationale: '' }).id;
});
afterAll(async () => server.dispose());

const HOSTILE_STRINGS = [
  "'; DROP TABLE documents; --",
  '" OR 1=1 --',
  '../../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2f',
  '\u0000\u0001\u0002',
  '<script>alert(1)</script>',
  '𝕮𝖔𝖓𝖈𝖔𝖗𝖉 ‮ RTL',
  'x'.repeat(300_000),
];
const WRONG_TYPES: unknown[] = [null, 42, -1, 1e308, true, [], {}, ['a'], { $gt: '' }];

interface Target {
  route: string;
  method: string;
  path: () => string;
  body: Record<string, unknown>;
}

const doc = () => `/api/documents/${document.documentId}`;
const TARGETS: Target[] = [
  { route: 'POST /api/documents', method: 'POST', path: () => '/api/documents', body: { title: 'T', markdown: '# T' } },
  { route: 'PATCH /api/documents/:id', method: 'PATCH', path: doc, body: { title: 'Renamed' } },
  { route: 'POST /participants', method: 'POST', path: () => `${doc()}/participants`, body: { name: 'N', role: 'observer', groupId: 'academia' } },
  { route: 'POST /amendments', method: 'POST', path: () => `${doc()}/amendments`, body: { paragraphId: '', from: 0, to: 5, expected: 'First', proposed: 'Initial', rationale: '' } },
  { route: 'PATCH /amendments/:aid', method: 'PATCH', path: () => `${doc()}/amendments/${amendmentId}`, body: { rationale: 'r' } },
  { route: 'POST /amendments/:aid/comments', method: 'POST', path: () => `${doc()}/amendments/${amendmentId}/comments`, body: { body: 'c' } },
  { route: 'POST /amendments/decisions', method: 'POST', path: () => `${doc()}/amendments/decisions`, body: { ids: [amendmentId], decision: 'reject', note: '' } },
  { route: 'PUT /amendment-period', method: 'PUT', path: () => `${doc()}/amendment-period`, body: { open: true } },
  { route: 'PUT /paragraphs/:pid/status', method: 'PUT', path: () => `${doc()}/paragraphs/${paragraphId}/status`, body: { status: 'open' } },
  { route: 'POST /revisions', method: 'POST', path: () => `${doc()}/revisions`, body: { name: 'Rev' } },
  { route: 'POST /silence/breaks', method: 'POST', path: () => `${doc()}/silence/breaks`, body: { paragraphId: '', reason: 'r' } },
];

function counts() {
  const count = (table: string) => (server.deps.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return ['documents', 'participants', 'people', 'amendments', 'amendment_comments', 'revisions', 'paragraph_statuses', 'audit_log', 'silence_breaks'].map(count).join(',');
}

async function expectHandled(method: string, path: string, init: { body?: unknown; rawBody?: string }) {
  const before = counts();
  const response = await api<{ error?: { code: string; message: string } }>(server.url, method, path, { token: document.chair.token, ...init });
  expect(response.status, `${method} ${path} → ${response.status}`).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.body.error?.message, `${method} ${path} gave no JSON error`).toEqual(expect.any(String));
    expect(counts(), `${method} ${path} wrote despite refusing`).toBe(before);
  }
  return response.status;
}

describe('fuzzing the REST API', () => {
  for (const target of TARGETS) {
    it(`${target.route} refuses bad input cleanly`, async () => {
      const statuses: number[] = [];
      for (const raw of ['{', '{"a":', 'null', '[]', '"text"', '123', '{"__proto__":{"admin":true}}', '\u0000']) {
        statuses.push(await expectHandled(target.method, target.path(), { rawBody: raw }));
      }
      statuses.push(await expectHandled(target.method, target.path(), { body: { ...target.body, unexpected: 1 } }));
      for (const field of Object.keys(target.body)) {
        for (const value of [...WRONG_TYPES, ...HOSTILE_STRINGS]) {
          statuses.push(await expectHandled(target.method, target.path(), { body: { ...target.body, [field]: value } }));
        }
      }
      expect(statuses.filter((status) => status >= 400).length).toBeGreaterThan(0);
    });
  }

  it('treats hostile ids in every path as not found, never as a server error', async () => {
    const ids = ["'; DROP TABLE amendments; --", '..%2F..%2Fpackage.json', '%00', 'x'.repeat(5000), '"><img src=x>', '0 OR 1=1'];
    for (const id of ids) {
      const encoded = encodeURIComponent(id);
      for (const path of [
        `/api/documents/${encoded}`,
        `/api/documents/${encoded}/paragraphs`,
        `${doc()}/amendments/${encoded}`,
        `${doc()}/amendments/${encoded}/comments`,
        `${doc()}/revisions/${encoded}`,
        `${doc()}/compare?from=${encoded}`,
        `${doc()}/participants/${encoded}`,
      ]) {
        const method = path.endsWith(`/participants/${encoded}`) ? 'DELETE' : 'GET';
        const status = await expectHandled(method, path, {});
        expect(status).toBeGreaterThanOrEqual(400);
      }
    }
    expect(server.deps.documents.count()).toBeGreaterThan(0);
  });

  it('stores unusual but valid text exactly as given', async () => {
    const name = "O'Brien; DROP TABLE people; -- <b>";
    const response = await api<{ participant: { name: string } }>(server.url, 'POST', `${doc()}/participants`, {
      token: document.chair.token, body: { name, role: 'observer', groupId: 'academia' },
    });
    expect(response.status).toBe(201);
    expect(response.body.participant.name).toBe(name);
  });
});
