import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/audit/audit.repo.js';
import type { Paragraph } from '../../shared/api/documents.js';
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import { api } from '../support/api.js';
import { decide, paragraphContaining, paragraphs, proposeReplacement } from '../support/amendments.js';
import { connectClient, synced, waitFor } from '../support/collab-client.js';
import { buildDocument, type TestDocument, type TestParticipant } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let document: TestDocument;
let delegate: TestParticipant;

const MARKDOWN = '# Outcome\n\n## Actions\n\n1. Participants strongly support open standards for all.\n\n1. Participants call for a review in 2030.\n';

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  document = buildDocument(server.deps, { markdown: MARKDOWN });
  delegate = document.invite('stakeholder', { groupId: 'civil-society' });
});
afterAll(async () => server.dispose());

const path = (rest: string) => `/api/documents/${document.documentId}${rest}`;

async function standards(): Promise<Paragraph> {
  return paragraphContaining(server.url, document.chair.token, document.documentId, 'open standards');
}

async function setStatus(paragraphId: string, status: ParagraphStatus, token = document.chair.token) {
  return api<{ paragraph: Paragraph }>(server.url, 'PUT', path(`/paragraphs/${paragraphId}/status`), { token, body: { status } });
}

async function audit(): Promise<AuditEntry[]> {
  const response = await api<{ entries: AuditEntry[] }>(server.url, 'GET', path('/audit'), { token: document.chair.token });
  return response.body.entries;
}

describe('agreed and agreed-ad-ref paragraphs through the API', () => {
  it('takes the four statuses and lists them', async () => {
    const paragraph = await standards();
    for (const status of ['bracketed', 'agreed-ad-ref', 'agreed', 'open'] as const) {
      const set = await setStatus(paragraph.id as string, status);
      expect(set.status).toBe(200);
      expect(set.body.paragraph.status).toBe(status);
      expect((await standards()).status).toBe(status);
    }
    expect((await setStatus(paragraph.id as string, 'agreed', delegate.token)).status).toBe(403);
  });

  it('refuses a proposal on an agreed paragraph with a 409 that names the status, and stores nothing', async () => {
    const paragraph = await standards();
    await setStatus(paragraph.id as string, 'agreed');
    const refused = await proposeReplacement(server.url, delegate.token, document.documentId, 'strongly support', 'welcome');
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('paragraph_locked');
    expect(refused.body.error?.message).toContain('is agreed: its text is locked until the chair reopens it');
    const deletion = await api<{ error: { message: string } }>(server.url, 'POST', path('/amendments'), {
      token: delegate.token, body: { kind: 'delete-paragraph', paragraphId: paragraph.id, rationale: '' },
    });
    expect(deletion.status).toBe(409);
    expect(server.deps.amendmentsRepo.list(document.documentId)).toHaveLength(0);
    // A new paragraph after it leaves its text as it is.
    const insertion = await api(server.url, 'POST', path('/amendments'), {
      token: delegate.token, body: { kind: 'insert-paragraph', paragraphId: paragraph.id, proposed: 'A new paragraph.', rationale: '' },
    });
    expect(insertion.status).toBe(201);
  });

  it('names agreed ad ref in the refusal of a proposal on such a paragraph', async () => {
    await setStatus((await standards()).id as string, 'agreed-ad-ref');
    const refused = await proposeReplacement(server.url, delegate.token, document.documentId, 'strongly support', 'welcome');
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toContain('agreed ad ref (agreed-ad-ref)');
  });

  it('refuses to accept an amendment on a paragraph agreed after it was proposed, and changes nothing', async () => {
    const proposed = await proposeReplacement(server.url, delegate.token, document.documentId, 'strongly support', 'welcome');
    expect(proposed.status).toBe(201);
    await setStatus((await standards()).id as string, 'agreed');
    const accepted = await decide(server.url, document.chair.token, document.documentId, proposed.body.amendment.id, 'accept');
    expect(accepted.status).toBe(409);
    expect(accepted.body.error?.code).toBe('paragraph_locked');
    expect((await standards()).text).toBe('Participants strongly support open standards for all.');
    expect(server.deps.amendmentsRepo.byId(document.documentId, proposed.body.amendment.id)?.status).toBe('proposed');
    // Rejecting changes no text, so the chair may still do it.
    expect((await decide(server.url, document.chair.token, document.documentId, proposed.body.amendment.id, 'reject')).status).toBe(200);
  });

  it('audits reopening: who set a locked paragraph back, from which status, to which', async () => {
    const paragraph = await standards();
    await setStatus(paragraph.id as string, 'agreed-ad-ref');
    await setStatus(paragraph.id as string, 'agreed');
    await setStatus(paragraph.id as string, 'bracketed');
    const entries = (await audit()).filter((entry) => entry.targetId === paragraph.id);
    expect(entries.map((entry) => [entry.action, entry.details.from, entry.details.status])).toEqual([
      ['paragraph.status', 'open', 'agreed-ad-ref'],
      ['paragraph.status', 'agreed-ad-ref', 'agreed'],
      ['paragraph.reopened', 'agreed', 'bracketed'],
    ]);
    expect(entries[2]).toMatchObject({ participantId: document.chair.participantId, groupId: document.chair.groupId });
    // Reopened, its text takes proposals again.
    expect((await proposeReplacement(server.url, delegate.token, document.documentId, 'strongly support', 'welcome')).status).toBe(201);
  });

  it('keeps a paragraph locked across a restart', async () => {
    const paragraph = await standards();
    await setStatus(paragraph.id as string, 'agreed');
    await server.stop();
    server = await startTestServer({}, server.dataDir);
    const refused = await proposeReplacement(server.url, delegate.token, document.documentId, 'strongly support', 'welcome');
    expect(refused.status).toBe(409);
  });
});

describe('silence broken on a paragraph', () => {
  it('sets it back to bracketed with the break as its reason, audited, and unlocks its text', async () => {
    const paragraph = await standards();
    await setStatus(paragraph.id as string, 'agreed');
    const revision = await api<{ revision: { id: string } }>(server.url, 'POST', path('/revisions'), { token: document.chair.token, body: { name: 'Rev.1' } });
    const started = await api(server.url, 'POST', path('/silence'), { token: document.chair.token, body: { revisionId: revision.body.revision.id } });
    expect(started.status).toBe(201);
    const watcher = connectClient(server.wsUrl, document.documentId, document.invite('drafter').token);
    await synced(watcher);

    const reason = 'We cannot accept the reference to open standards.';
    const broken = await api(server.url, 'POST', path('/silence/breaks'), { token: delegate.token, body: { paragraphId: paragraph.id, reason } });
    expect(broken.status).toBe(201);
    expect((await standards()).status).toBe('bracketed');
    const entry = (await audit()).find((candidate) => candidate.action === 'paragraph.reopened' && candidate.targetId === paragraph.id);
    expect(entry).toMatchObject({
      participantId: null,
      details: { from: 'agreed', status: 'bracketed', reason, brokenBy: { participantId: delegate.participantId, groupId: 'civil-society' } },
    });

    // Unlocked at once: a drafter's edit of its text lands.
    const index = (await paragraphs(server.url, document.chair.token, document.documentId)).findIndex((candidate) => candidate.id === paragraph.id);
    watcher.type(' Under discussion.', index);
    await waitFor(() => server.deps.paragraphStatusService.list(document.documentId)[index]?.text.endsWith('Under discussion.') === true, 'the edit to land');
    expect(watcher.closes).toHaveLength(0);
    watcher.destroy();
  });

  it('leaves a paragraph that is already bracketed as it is, with no status entry', async () => {
    const paragraph = await standards();
    await setStatus(paragraph.id as string, 'bracketed');
    const revision = await api<{ revision: { id: string } }>(server.url, 'POST', path('/revisions'), { token: document.chair.token, body: { name: 'Rev.1' } });
    await api(server.url, 'POST', path('/silence'), { token: document.chair.token, body: { revisionId: revision.body.revision.id } });
    const before = (await audit()).length;
    const broken = await api(server.url, 'POST', path('/silence/breaks'), { token: delegate.token, body: { paragraphId: paragraph.id, reason: 'Still not.' } });
    expect(broken.status).toBe(201);
    expect((await audit()).slice(before).map((candidate) => candidate.action)).toEqual(['silence.broken']);
  });
});
