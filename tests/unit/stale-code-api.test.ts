import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import type { RevisionView } from '../../shared/revisions/revision-schemas.js';
import { decide } from '../support/amendments.js';
import { api } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildExportScenario, type ExportScenario } from '../export/export-support.js';

let server: TestServer;
let scenario: ExportScenario;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildExportScenario(server);
});
afterAll(async () => server.dispose());

const path = (rest: string) => `/api/documents/${scenario.document.documentId}${rest}`;

describe('codes beside the server’s English sentences', () => {
  it('gives an amendment made stale by an overlapping acceptance a code naming that amendment’s paragraph and group', async () => {
    const accepted = await decide(server.url, scenario.document.chair.token, scenario.document.documentId, scenario.scripted.id, 'accept');
    expect(accepted.status).toBe(200);
    const { body } = await api<{ amendment: AmendmentView }>(server.url, 'GET', path(`/amendments/${scenario.overlapping.id}`), { token: scenario.observer.token });
    expect(body.amendment).toMatchObject({
      status: 'stale',
      staleReason: `it overlaps amendment ${scenario.scripted.id}, which was accepted`,
      staleCode: 'overlaps-accepted',
      staleParams: { amendmentId: scenario.scripted.id, paragraphId: scenario.scripted.paragraphId, groupId: 'civil-society' },
    });
    const listed = await api<{ amendments: AmendmentView[] }>(server.url, 'GET', path('/amendments?status=stale'), { token: scenario.observer.token });
    expect(listed.body.amendments.find((amendment) => amendment.id === scenario.overlapping.id)?.staleCode).toBe('overlaps-accepted');
    const open = await api<{ amendments: AmendmentView[] }>(server.url, 'GET', path('/amendments?status=proposed'), { token: scenario.observer.token });
    expect(open.body.amendments.length).toBeGreaterThan(0);
    expect(open.body.amendments.every((amendment) => amendment.staleCode === null && amendment.staleParams === null)).toBe(true);
  });

  it('gives the checkpoints a restore cuts codes naming the restored revision', async () => {
    const chair = scenario.document.chair.token;
    const cut = await api<{ revision: RevisionView }>(server.url, 'POST', path('/revisions'), { token: chair, body: { name: 'Rev.1' } });
    expect(cut.status).toBe(201);
    expect(cut.body.revision).toMatchObject({ nameCode: null, nameParams: null });
    // A change after the cut, so that restoring has something to keep in its "before" checkpoint.
    await decide(server.url, chair, scenario.document.documentId, scenario.insertion.id, 'accept');
    const restored = await api<{ revision: RevisionView }>(server.url, 'POST', path(`/revisions/${cut.body.revision.id}/restore`), { token: chair });
    expect(restored.status).toBe(200);
    const { body } = await api<{ revisions: RevisionView[] }>(server.url, 'GET', path('/revisions'), { token: chair });
    const byName = new Map(body.revisions.map((revision) => [revision.name, revision]));
    expect(byName.get('Before restoring Rev.1')).toMatchObject({ nameCode: 'before-restoring', nameParams: { revisionId: cut.body.revision.id, name: 'Rev.1' } });
    expect(byName.get('Restored Rev.1')).toMatchObject({ nameCode: 'restored', nameParams: { revisionId: cut.body.revision.id, name: 'Rev.1' } });
  });
});
