import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { decide, paragraphContaining, proposeReplacement } from '../support/amendments.js';
import { buildDocument, type TestDocument, type TestParticipant } from '../support/factories.js';
import { connectClient, synced, waitFor } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';

let server: TestServer;
let document: TestDocument;
let delegate: TestParticipant;
const MARKDOWN = '# Outcome\n\n## Actions\n\n1. Participants strongly support open standards for all.\n\n1. Participants call for a review in 2030.\n';

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  document = buildDocument(server.deps, { markdown: MARKDOWN });
  delegate = document.invite('stakeholder', { name: 'Civil society delegate', groupId: 'civil-society' });
});
afterAll(async () => server.dispose());

const url = () => server.url;
const docId = () => document.documentId;

describe('proposing amendments through the API', () => {
  it('records a replacement with author, group and anchor, and offsets into the paragraph', async () => {
    const response = await proposeReplacement(url(), delegate.token, docId(), 'strongly support', 'welcome');
    expect(response.status).toBe(201);
    expect(response.body.amendment).toMatchObject({
      kind: 'replace', expected: 'strongly support', proposed: 'welcome', status: 'proposed',
      author: { participantId: delegate.participantId, name: 'Civil society delegate', groupId: 'civil-society' },
      from: 'Participants '.length, to: 'Participants strongly support'.length,
    });
  });

  it('answers 409 when the expected text is not at those offsets, and stores nothing', async () => {
    const paragraph = await paragraphContaining(url(), delegate.token, docId(), 'strongly support');
    const response = await api<{ error: { code: string } }>(url(), 'POST', `/api/documents/${docId()}/amendments`, {
      token: delegate.token,
      body: { paragraphId: paragraph.id, from: 0, to: 8, expected: 'Everyone', proposed: 'All', rationale: '' },
    });
    expect(response.status).toBe(409);
    expect(server.deps.amendmentsRepo.list(docId())).toHaveLength(0);
  });

  it('infers insert and delete from the offsets and the proposal', async () => {
    const paragraph = await paragraphContaining(url(), delegate.token, docId(), 'review in 2030');
    const at = paragraph.text.indexOf('2030');
    const insert = await api<{ amendment: AmendmentView }>(url(), 'POST', `/api/documents/${docId()}/amendments`, {
      token: delegate.token, body: { paragraphId: paragraph.id, from: at, to: at, expected: '', proposed: 'December ' },
    });
    expect(insert.body.amendment.kind).toBe('insert');
    const del = await api<{ amendment: AmendmentView }>(url(), 'POST', `/api/documents/${docId()}/amendments`, {
      token: delegate.token, body: { paragraphId: paragraph.id, from: 0, to: 13, expected: 'Participants ', proposed: '' },
    });
    expect(del.body.amendment.kind).toBe('delete');
  });

  it('refuses proposals while the amendment period is closed, keeping existing ones visible', async () => {
    await proposeReplacement(url(), delegate.token, docId(), 'strongly support', 'welcome');
    const closed = await api(url(), 'PUT', `/api/documents/${docId()}/amendment-period`, { token: document.chair.token, body: { open: false } });
    expect(closed.status).toBe(200);
    const refused = await proposeReplacement(url(), delegate.token, docId(), 'open standards', 'open and interoperable standards');
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('amendment_period_closed');
    const list = await api<{ amendments: AmendmentView[]; periodOpen: boolean }>(url(), 'GET', `/api/documents/${docId()}/amendments`, { token: delegate.token });
    expect(list.body.amendments).toHaveLength(1);
    expect(list.body.periodOpen).toBe(false);
  });
});

describe('deciding amendments', () => {
  it('applies an accepted replacement to the live text for everyone at once', async () => {
    const reader = connectClient(server.wsUrl, docId(), document.invite('observer').token);
    await synced(reader);
    const proposed = await proposeReplacement(url(), delegate.token, docId(), 'strongly support', 'welcome');
    const accepted = await decide(url(), document.chair.token, docId(), proposed.body.amendment.id, 'accept', 'Agreed in informals.');
    expect(accepted.status).toBe(200);
    expect(accepted.body.amendment).toMatchObject({ status: 'accepted', decision: { note: 'Agreed in informals.', by: { participantId: document.chair.participantId } } });
    await waitFor(() => reader.text().includes('Participants welcome open standards for all.'), 'the accepted text to reach the reader');
  });

  it('applies a decision once when two chairs accept at the same moment', async () => {
    const secondChair = document.invite('chair', { name: 'Vice-chair', groupId: 'governments' });
    const proposed = await proposeReplacement(url(), delegate.token, docId(), 'strongly support', 'welcome');
    const [first, second] = await Promise.all([
      decide(url(), document.chair.token, docId(), proposed.body.amendment.id, 'accept'),
      decide(url(), secondChair.token, docId(), proposed.body.amendment.id, 'accept'),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const text = (await paragraphContaining(url(), delegate.token, docId(), 'open standards')).text;
    expect(text).toBe('Participants welcome open standards for all.');
  });

  it('rejects with a note and leaves the text alone', async () => {
    const proposed = await proposeReplacement(url(), delegate.token, docId(), 'strongly support', 'welcome');
    const rejected = await decide(url(), document.chair.token, docId(), proposed.body.amendment.id, 'reject', 'No consensus.');
    expect(rejected.body.amendment).toMatchObject({ status: 'rejected', decision: { note: 'No consensus.' } });
    expect((await paragraphContaining(url(), delegate.token, docId(), 'open standards')).text).toContain('strongly support');
  });

  it('makes overlapping amendments stale when one of them is accepted', async () => {
    const a = await proposeReplacement(url(), delegate.token, docId(), 'strongly support open standards', 'welcome open standards');
    const b = await proposeReplacement(url(), document.chair.token, docId(), 'open standards for all', 'open standards for everyone');
    const c = await proposeReplacement(url(), document.chair.token, docId(), 'review in 2030', 'review in 2028');
    await decide(url(), document.chair.token, docId(), a.body.amendment.id, 'accept');
    expect(server.deps.amendmentsRepo.byId(docId(), b.body.amendment.id)?.status).toBe('stale');
    expect(server.deps.amendmentsRepo.byId(docId(), c.body.amendment.id)?.status).toBe('proposed');
    const again = await decide(url(), document.chair.token, docId(), b.body.amendment.id, 'accept');
    expect(again.status).toBe(409);
  });

  it('inserts and deletes whole paragraphs', async () => {
    const first = await paragraphContaining(url(), delegate.token, docId(), 'strongly support');
    const inserted = await api<{ amendment: AmendmentView }>(url(), 'POST', `/api/documents/${docId()}/amendments`, {
      token: delegate.token, body: { kind: 'insert-paragraph', paragraphId: first.id, paragraphKind: 'operative', proposed: 'Participants stress human rights online.', rationale: '' },
    });
    const second = await paragraphContaining(url(), delegate.token, docId(), 'review in 2030');
    const deleted = await api<{ amendment: AmendmentView }>(url(), 'POST', `/api/documents/${docId()}/amendments`, {
      token: delegate.token, body: { kind: 'delete-paragraph', paragraphId: second.id, expected: second.text },
    });
    expect((await decide(url(), document.chair.token, docId(), inserted.body.amendment.id, 'accept')).status).toBe(200);
    expect((await decide(url(), document.chair.token, docId(), deleted.body.amendment.id, 'accept')).status).toBe(200);
    const response = await api<{ paragraphs: Array<{ kind: string; number: string | null; text: string }> }>(url(), 'GET', `/api/documents/${docId()}/paragraphs`, { token: delegate.token });
    expect(response.body.paragraphs.filter((p) => p.kind === 'operative').map((p) => [p.number, p.text])).toEqual([
      ['1.', 'Participants strongly support open standards for all.'],
      ['2.', 'Participants stress human rights online.'],
    ]);
  });
});

describe('withdrawing, supporting, commenting and the audit log', () => {
  it('lets only the author withdraw, and records every step in the audit log', async () => {
    const proposed = await proposeReplacement(url(), delegate.token, docId(), 'strongly support', 'welcome');
    const id = proposed.body.amendment.id;
    const other = document.invite('stakeholder', { groupId: 'academia' });
    expect((await api(url(), 'POST', `/api/documents/${docId()}/amendments/${id}/withdraw`, { token: other.token })).status).toBe(403);
    expect((await api(url(), 'POST', `/api/documents/${docId()}/amendments/${id}/support`, { token: other.token })).status).toBe(200);
    const comment = await api<{ comment: { id: string } }>(url(), 'POST', `/api/documents/${docId()}/amendments/${id}/comments`, { token: other.token, body: { body: 'We could live with "welcome".' } });
    expect(comment.status).toBe(201);
    const reply = await api(url(), 'POST', `/api/documents/${docId()}/amendments/${id}/comments`, { token: delegate.token, body: { body: 'Thank you.', parentId: comment.body.comment.id } });
    expect(reply.status).toBe(201);
    const withdrawn = await api<{ amendment: AmendmentView }>(url(), 'POST', `/api/documents/${docId()}/amendments/${id}/withdraw`, { token: delegate.token });
    expect(withdrawn.body.amendment).toMatchObject({ status: 'withdrawn', commentCount: 2, supporters: [{ participantId: other.participantId, groupId: 'academia' }] });
    const audit = await api<{ entries: Array<{ action: string; groupId: string }> }>(url(), 'GET', `/api/documents/${docId()}/audit`, { token: document.chair.token });
    expect(audit.body.entries.map((entry) => entry.action)).toEqual([
      'amendment.proposed', 'amendment.supported', 'amendment.commented', 'amendment.commented', 'amendment.withdrawn',
    ]);
    expect(audit.body.entries[0]?.groupId).toBe('civil-society');
  });

  it('never lets the audit log be rewritten', () => {
    server.deps.audit.append(docId(), { participantId: null, groupId: null }, 'test', null);
    expect(() => server.deps.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => server.deps.db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
  });
});
