import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { paragraphContaining } from '../support/amendments.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let document: TestDocument;
// Limits count per person, and every document brings its own people: one server serves all the tests.
beforeAll(async () => {
  server = await startTestServer({ rateLimits: { proposals: { burst: 3, perMinute: 1 }, comments: { burst: 2, perMinute: 1 } } });
});
beforeEach(() => {
  document = buildDocument(server.deps);
});
afterAll(async () => server.dispose());

describe('per-person rate limits', () => {
  it('answers 429 with Retry-After once a person has proposed too much, and only for that person', async () => {
    const delegate = document.invite('stakeholder');
    const paragraph = await paragraphContaining(server.url, delegate.token, document.documentId, 'First operative.');
    const propose = (token: string) =>
      fetch(`${server.url}/api/documents/${document.documentId}/amendments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ paragraphId: paragraph.id, from: 0, to: 5, expected: 'First', proposed: 'Initial', rationale: '' }),
      });
    for (let i = 0; i < 3; i++) expect((await propose(delegate.token)).status).toBe(201);
    const limited = await propose(delegate.token);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    expect((await propose(document.chair.token)).status).toBe(201);
    expect(server.deps.amendmentsRepo.list(document.documentId)).toHaveLength(4);
  });

  it('limits comments the same way', async () => {
    const delegate = document.invite('stakeholder');
    const paragraph = await paragraphContaining(server.url, delegate.token, document.documentId, 'First operative.');
    const proposed = await api<{ amendment: { id: string } }>(server.url, 'POST', `/api/documents/${document.documentId}/amendments`, {
      token: document.chair.token, body: { paragraphId: paragraph.id, from: 0, to: 5, expected: 'First', proposed: 'Initial' },
    });
    const comment = () => api(server.url, 'POST', `/api/documents/${document.documentId}/amendments/${proposed.body.amendment.id}/comments`, { token: delegate.token, body: { body: 'Hm.' } });
    expect((await comment()).status).toBe(201);
    expect((await comment()).status).toBe(201);
    expect((await comment()).status).toBe(429);
  });
});
