import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBlocks, readTitle } from '../../shared/document/read-blocks.js';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { api } from '../support/api.js';
import { decide, proposeReplacement } from '../support/amendments.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let document: TestDocument;

// A fresh server per test: each one makes every text write of the database fail, then restarts it.
beforeEach(async () => {
  server = await startTestServer();
  document = buildDocument(server.deps, { markdown: '# Outcome\n\n1. Participants support open standards.\n' });
});
afterEach(async () => server.dispose());

/** Every write of the live text's log fails from now on, as on a full disk. */
function failTextWrites(): void {
  server.deps.db.exec(`CREATE TRIGGER fail_text_writes BEFORE INSERT ON doc_updates
    BEGIN SELECT RAISE(ABORT, 'database or disk is full (simulated)'); END`);
}

async function restart(): Promise<void> {
  await server.stop();
  server = await startTestServer({}, server.dataDir);
}

const liveText = () => readBlocks(server.deps.registry.open(document.documentId).doc).map((block) => block.text);
const auditActions = () => server.deps.audit.list(document.documentId, { limit: 1000 }).map((entry) => entry.action);

describe('a decision whose text change cannot be written', () => {
  it('answers 503, leaves the amendment proposed and unaudited, and the text unchanged, also after a restart', async () => {
    const delegate = document.invite('stakeholder');
    const proposed = await proposeReplacement(server.url, delegate.token, document.documentId, 'open standards', 'open, interoperable standards');
    const id = (proposed.body.amendment as AmendmentView).id;
    failTextWrites();
    const answer = await decide(server.url, document.chair.token, document.documentId, id, 'accept');
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ error: { code: 'not_saved' } });
    expect(server.deps.amendmentsRepo.byId(document.documentId, id)?.status).toBe('proposed');
    expect(auditActions()).not.toContain('amendment.accepted');
    expect(liveText()).toContain('Participants support open standards.');
    await restart();
    expect(server.deps.amendmentsRepo.byId(document.documentId, id)?.status).toBe('proposed');
    expect(liveText()).toContain('Participants support open standards.');
  });

  it('applies both once writes work again', async () => {
    const delegate = document.invite('stakeholder');
    const proposed = await proposeReplacement(server.url, delegate.token, document.documentId, 'open standards', 'open, interoperable standards');
    const id = (proposed.body.amendment as AmendmentView).id;
    failTextWrites();
    expect((await decide(server.url, document.chair.token, document.documentId, id, 'accept')).status).toBe(503);
    server.deps.db.exec('DROP TRIGGER fail_text_writes');
    expect((await decide(server.url, document.chair.token, document.documentId, id, 'accept')).status).toBe(200);
    await restart();
    expect(server.deps.amendmentsRepo.byId(document.documentId, id)?.status).toBe('accepted');
    expect(liveText()).toContain('Participants support open, interoperable standards.');
  });
});

describe('other server-made edits whose text cannot be written', () => {
  it('a rename answers 503 and keeps the old title in the text and the record', async () => {
    failTextWrites();
    const renamed = await api(server.url, 'PATCH', `/api/documents/${document.documentId}`, { token: document.chair.token, body: { title: 'A new name' } });
    expect(renamed.status).toBe(503);
    expect(server.deps.documents.byId(document.documentId)?.title).toBe('Outcome');
    expect(readTitle(server.deps.registry.open(document.documentId).doc)).toBe('Outcome');
    expect(auditActions()).not.toContain('document.renamed');
    await restart();
    expect(readTitle(server.deps.registry.open(document.documentId).doc)).toBe('Outcome');
  });

  it('a restore answers 503 and leaves the live text as it was', async () => {
    const cut = await api<{ revision: { id: string } }>(server.url, 'POST', `/api/documents/${document.documentId}/revisions`, { token: document.chair.token, body: { name: 'Zero draft' } });
    expect(cut.status).toBe(201);
    const delegate = document.invite('stakeholder');
    const proposed = await proposeReplacement(server.url, delegate.token, document.documentId, 'open standards', 'open, interoperable standards');
    await decide(server.url, document.chair.token, document.documentId, (proposed.body.amendment as AmendmentView).id, 'accept');
    failTextWrites();
    const restored = await api(server.url, 'POST', `/api/documents/${document.documentId}/revisions/${cut.body.revision.id}/restore`, { token: document.chair.token });
    expect(restored.status).toBe(503);
    expect(auditActions()).not.toContain('revision.restored');
    await restart();
    expect(liveText()).toContain('Participants support open, interoperable standards.');
  });
});
