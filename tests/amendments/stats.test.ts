import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { decide, proposeReplacement } from '../support/amendments.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { AmendmentStats } from '../../shared/amendments/amendment-schemas.js';

const MARKDOWN = '# Outcome\n\n## Actions\n\n1. Participants strongly support open standards for all.\n\n1. Participants call for a review in 2030.\n';

let server: TestServer;
let document: TestDocument;
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  document = buildDocument(server.deps, { markdown: MARKDOWN });
});
afterAll(async () => server.dispose());

async function stats(): Promise<AmendmentStats> {
  const response = await api<AmendmentStats>(server.url, 'GET', `/api/documents/${document.documentId}/stats`, { token: document.chair.token });
  expect(response.status).toBe(200);
  return response.body;
}
const group = (figures: AmendmentStats, groupId: string) => figures.byGroup.find((entry) => entry.groupId === groupId);

describe('tracking figures by group', () => {
  it('follow every proposal, support and decision as it happens, with the live paragraph in the ranking', async () => {
    const civil = document.invite('stakeholder', { name: 'Civil society delegate', groupId: 'civil-society' });
    const business = document.invite('stakeholder', { name: 'Business delegate', groupId: 'private-sector' });
    expect((await stats()).totals.proposed).toBe(0);

    const first = await proposeReplacement(server.url, civil.token, document.documentId, 'strongly support', 'welcome');
    await proposeReplacement(server.url, civil.token, document.documentId, 'open standards', 'open and free standards');
    let figures = await stats();
    expect(figures.totals.proposed).toBe(2);
    expect(group(figures, 'civil-society')).toMatchObject({ total: 2, acceptanceRate: null });
    expect(figures.paragraphs[0]).toMatchObject({ count: 2, number: '1.', excerpt: expect.stringContaining('strongly support') });

    const supported = await api(server.url, 'POST', `/api/documents/${document.documentId}/amendments/${first.body.amendment.id}/support`, { token: business.token });
    expect(supported.status).toBe(200);
    expect(group(await stats(), 'private-sector')?.supportsGiven).toBe(1);

    expect((await decide(server.url, document.chair.token, document.documentId, first.body.amendment.id, 'reject')).status).toBe(200);
    figures = await stats();
    expect(figures.totals).toMatchObject({ proposed: 1, rejected: 1 });
    expect(group(figures, 'civil-society')).toMatchObject({ total: 2, acceptanceRate: 0 });
  });
});
