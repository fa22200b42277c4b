import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { Comparison, RevisionView, SilenceView } from '../../shared/revisions/revision-schemas.js';

let server: TestServer;
let document: TestDocument;
const clients: TestClient[] = [];
const MARKDOWN = '# Outcome\n\n## Actions\n\n1. Participants support open standards.\n\n1. Participants call for a review.\n';

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  document = buildDocument(server.deps, { markdown: MARKDOWN });
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => server.dispose());

const path = (suffix: string) => `/api/documents/${document.documentId}${suffix}`;
const cut = (name: string) => api<{ revision: RevisionView }>(server.url, 'POST', path('/revisions'), { token: document.chair.token, body: { name } });
async function writer(token: string) {
  const client = connectClient(server.wsUrl, document.documentId, token);
  clients.push(client);
  await synced(client);
  return client;
}
const onServer = () => server.deps.registry.open(document.documentId).doc.getXmlFragment('default').toString();

describe('revisions', () => {
  it('names everyone who changed the text since the revision before, not only the last writer', async () => {
    await cut('Zero draft');
    const alice = await writer(document.invite('drafter', { name: 'Alice' }).token);
    const bob = await writer(document.invite('drafter', { name: 'Bob' }).token);
    alice.type(' (Alice)', 2);
    await waitFor(() => onServer().includes('(Alice)'), 'Alice\'s edit');
    bob.type(' (Bob)', 3);
    await waitFor(() => onServer().includes('(Bob)'), 'Bob\'s edit');
    const rev1 = await cut('Rev.1');
    expect(rev1.status).toBe(201);
    expect(rev1.body.revision.contributors.map((c) => c.name).sort()).toEqual(['Alice', 'Bob']);
    const rev2 = await cut('Rev.2');
    expect(rev2.body.revision.contributors).toEqual([]);
  });

  it('creates no checkpoint when nothing changed, and one when the last person leaves after an edit', async () => {
    await cut('Zero draft');
    const alice = await writer(document.chair.token);
    server.deps.checkpoints.emptied({ room: server.deps.registry.open(document.documentId) });
    const list = async () => (await api<{ revisions: RevisionView[] }>(server.url, 'GET', path('/revisions'), { token: document.chair.token })).body.revisions;
    expect((await list()).filter((r) => r.kind === 'checkpoint')).toHaveLength(0);
    alice.type(' edited', 2);
    await waitFor(() => onServer().includes(' edited'), 'the edit');
    alice.destroy();
    await waitFor(() => server.deps.registry.open(document.documentId).connections.size === 0, 'the writer to leave');
    const checkpoints = (await list()).filter((r) => r.kind === 'checkpoint');
    expect(checkpoints).toHaveLength(1);
    expect(checkpoints[0]?.contributors.map((c) => c.participantId)).toEqual([document.chair.participantId]);
  });

  it('restores an old revision live for connected clients and keeps both revisions intact', async () => {
    const zero = await cut('Zero draft');
    const drafter = await writer(document.invite('drafter').token);
    drafter.type(' AMENDED', 2);
    await waitFor(() => onServer().includes('AMENDED'), 'the edit');
    const rev1 = await cut('Rev.1');
    const observer = await writer(document.invite('observer').token);
    expect(observer.text()).toContain('AMENDED');
    const restored = await api<{ revision: RevisionView }>(server.url, 'POST', path(`/revisions/${zero.body.revision.id}/restore`), { token: document.chair.token });
    expect(restored.status).toBe(200);
    // The restore is itself recorded, credited to the chair who made it.
    expect(restored.body.revision).toMatchObject({ kind: 'checkpoint', restoredFrom: zero.body.revision.id });
    expect(restored.body.revision.contributors.map((c) => c.participantId)).toEqual([document.chair.participantId]);
    await waitFor(() => !observer.text().includes('AMENDED') && !drafter.text().includes('AMENDED'), 'the restored text to reach everyone');
    const zeroAgain = await api<{ paragraphs: Array<{ text: string }> }>(server.url, 'GET', path(`/revisions/${zero.body.revision.id}`), { token: document.chair.token });
    const rev1Again = await api<{ paragraphs: Array<{ text: string }> }>(server.url, 'GET', path(`/revisions/${rev1.body.revision.id}`), { token: document.chair.token });
    expect(zeroAgain.body.paragraphs.map((p) => p.text).join(' ')).not.toContain('AMENDED');
    expect(rev1Again.body.paragraphs.map((p) => p.text).join(' ')).toContain('AMENDED');
    const audit = await api<{ entries: Array<{ action: string }> }>(server.url, 'GET', path('/audit'), { token: document.chair.token });
    expect(audit.body.entries.map((e) => e.action)).toContain('revision.restored');
  });

  it('compares a revision with the live text', async () => {
    const zero = await cut('Zero draft');
    const drafter = await writer(document.invite('drafter').token);
    drafter.type(' today', 2);
    await waitFor(() => onServer().includes(' today'), 'the edit');
    const comparison = await api<Comparison>(server.url, 'GET', path(`/compare?from=${zero.body.revision.id}&to=live`), { token: document.invite('stakeholder').token });
    expect(comparison.status).toBe(200);
    expect(comparison.body.summary).toMatchObject({ changed: 1, added: 0, deleted: 0 });
    const changed = comparison.body.paragraphs.find((p) => p.change === 'changed');
    expect(changed?.segments.filter((s) => s.type === 'insert').map((s) => s.text).join('')).toBe(' today');
    expect((await api(server.url, 'GET', path('/compare?from=rev_nope'), { token: document.chair.token })).status).toBe(404);
  });
});

describe('the silence procedure', () => {
  it('records a break before the deadline and refuses one after it, then records the outcome', async () => {
    const rev = await cut('Rev.2');
    const delegate = document.invite('stakeholder', { groupId: 'private-sector' });
    const deadline = new Date(Date.now() + 60_000).toISOString();
    const started = await api<{ procedure: SilenceView }>(server.url, 'POST', path('/silence'), { token: document.chair.token, body: { revisionId: rev.body.revision.id, deadline } });
    expect(started.status).toBe(201);
    const paragraphId = (server.deps.revisions.byId(document.documentId, rev.body.revision.id)?.paragraphs.find((p) => p.kind === 'operative')?.id) as string;
    const broken = await api<{ procedure: SilenceView }>(server.url, 'POST', path('/silence/breaks'), { token: delegate.token, body: { paragraphId, reason: 'We cannot accept the reference to standards.' } });
    expect(broken.status).toBe(201);
    expect(broken.body.procedure.breaks).toEqual([expect.objectContaining({ paragraphId, groupId: 'private-sector', number: '1.' })]);
    const twice = await api(server.url, 'POST', path('/silence/breaks'), { token: delegate.token, body: { paragraphId, reason: 'Again.' } });
    expect(twice.status).toBe(409);

    // The deadline passes.
    server.deps.silenceService.concludeDue(Date.parse(deadline) + 1);
    const late = await api<{ error: { code: string } }>(server.url, 'POST', path('/silence/breaks'), { token: document.invite('stakeholder', { groupId: 'academia' }).token, body: { paragraphId, reason: 'Too late.' } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('silence_over');
    const state = await api<{ procedures: SilenceView[] }>(server.url, 'GET', path('/silence'), { token: delegate.token });
    expect(state.body.procedures[0]).toMatchObject({ outcome: 'broken', breaks: [expect.objectContaining({ groupId: 'private-sector' })] });
  });

  it('records that silence held when nobody broke it', async () => {
    const rev = await cut('Final');
    const deadline = new Date(Date.now() + 60_000).toISOString();
    await api(server.url, 'POST', path('/silence'), { token: document.chair.token, body: { revisionId: rev.body.revision.id, deadline } });
    server.deps.silenceService.concludeDue(Date.parse(deadline) + 1);
    const state = await api<{ current: SilenceView | null; procedures: SilenceView[] }>(server.url, 'GET', path('/silence'), { token: document.chair.token });
    expect(state.body.current).toBeNull();
    expect(state.body.procedures[0]?.outcome).toBe('held');
  });
});

describe('paragraph status', () => {
  it('lets the chair bracket and agree paragraphs, shown in the paragraphs and counted in stats', async () => {
    const paragraphs = (await api<{ paragraphs: Array<{ id: string; kind: string; status: string | null }> }>(server.url, 'GET', path('/paragraphs'), { token: document.chair.token })).body.paragraphs;
    const [first, second] = paragraphs.filter((p) => p.kind === 'operative');
    expect((await api(server.url, 'PUT', path(`/paragraphs/${first?.id}/status`), { token: document.chair.token, body: { status: 'agreed' } })).status).toBe(200);
    expect((await api(server.url, 'PUT', path(`/paragraphs/${second?.id}/status`), { token: document.chair.token, body: { status: 'bracketed' } })).status).toBe(200);
    const heading = paragraphs.find((p) => p.kind === 'heading');
    expect((await api(server.url, 'PUT', path(`/paragraphs/${heading?.id}/status`), { token: document.chair.token, body: { status: 'agreed' } })).status).toBe(400);
    const after = (await api<{ paragraphs: Array<{ id: string; status: string | null }> }>(server.url, 'GET', path('/paragraphs'), { token: document.chair.token })).body.paragraphs;
    expect(after.find((p) => p.id === first?.id)?.status).toBe('agreed');
    expect(after.find((p) => p.id === second?.id)?.status).toBe('bracketed');
    const stats = await api<{ paragraphStatus: Record<string, number> }>(server.url, 'GET', path('/stats'), { token: document.chair.token });
    expect(stats.body.paragraphStatus).toEqual({ open: 0, bracketed: 1, 'agreed-ad-ref': 0, agreed: 1 });
  });
});
