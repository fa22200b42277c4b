import * as Y from 'yjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { acceptedWordsAt } from '../../server/amendments/undo-decision.js';
import { api } from '../support/api.js';
import { decide, paragraphContaining, proposeReplacement } from '../support/amendments.js';
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
  delegate = document.invite('stakeholder', { name: 'Civil society delegate', groupId: 'civil-society' });
});
afterAll(async () => server.dispose());

const undo = (id: string, token = document.chair.token) =>
  api<{ amendment: AmendmentView; error?: { code: string; message: string } }>(server.url, 'POST', `/api/documents/${document.documentId}/amendments/${id}/undo`, { token });
const text = async (needle: string) => (await paragraphContaining(server.url, document.chair.token, document.documentId, needle)).text;
const propose = async (expected: string, proposed: string) => (await proposeReplacement(server.url, delegate.token, document.documentId, expected, proposed)).body.amendment;

describe('undoing an accepted amendment', () => {
  it('reverts its words as a new edit, opens it again with no decision, and audits it', async () => {
    const amendment = await propose('strongly support', 'welcome');
    expect((await decide(server.url, document.chair.token, document.documentId, amendment.id, 'accept', 'Agreed.')).status).toBe(200);
    expect(await text('open standards')).toBe('Participants welcome open standards for all.');

    const answer = await undo(amendment.id);
    expect(answer.status).toBe(200);
    expect(answer.body.amendment).toMatchObject({ status: 'proposed', decision: null, from: 'Participants '.length, to: 'Participants strongly support'.length });
    expect(await text('open standards')).toBe('Participants strongly support open standards for all.');
    const audit = server.deps.audit.list(document.documentId, { afterSeq: 0, limit: 100 });
    expect(audit.map((entry) => entry.action)).toContain('amendment.acceptance-undone');
    // Open again: it can be accepted again.
    expect((await decide(server.url, document.chair.token, document.documentId, amendment.id, 'accept')).status).toBe(200);
    expect(await text('open standards')).toBe('Participants welcome open standards for all.');
  });

  it('opens again the amendments its acceptance made stale', async () => {
    const accepted = await propose('strongly', 'firmly');
    const overlapping = await propose('strongly support', 'endorse');
    await decide(server.url, document.chair.token, document.documentId, accepted.id, 'accept');
    expect((await undo(accepted.id)).status).toBe(200);
    const listed = await api<{ amendments: AmendmentView[] }>(server.url, 'GET', `/api/documents/${document.documentId}/amendments`, { token: delegate.token });
    expect(listed.body.amendments.find((item) => item.id === overlapping.id)).toMatchObject({ status: 'proposed', staleCode: null });
  });

  it('is refused once a later edit touched the words it wrote, and for anyone but the chair, and for an amendment not accepted', async () => {
    const amendment = await propose('strongly support', 'welcome');
    expect((await undo(amendment.id)).body.error?.code).toBe('conflict');
    await decide(server.url, document.chair.token, document.documentId, amendment.id, 'accept');
    expect((await undo(amendment.id, delegate.token)).status).toBe(403);
    const room = server.deps.registry.open(document.documentId);
    const paragraph = await paragraphContaining(server.url, document.chair.token, document.documentId, 'welcome');
    server.deps.registry.durably(document.documentId, () =>
      room.edit({ participantId: document.chair.participantId }, (doc) => {
        const element = doc.getXmlFragment('default').toArray().find((block) => block instanceof Y.XmlElement && block.getAttribute('id') === paragraph.id);
        const first = element instanceof Y.XmlElement ? element.toArray()[0] : undefined;
        if (!(first instanceof Y.XmlText)) throw new Error('no paragraph text');
        first.insert('Participants wel'.length, 'l');
      }),
    );
    const refused = await undo(amendment.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('not_undoable');
    expect(await text('open standards')).toBe('Participants wellcome open standards for all.');
  });
});

describe('an undo whose text change cannot be written', () => {
  it('answers 503 and changes nothing: still accepted, the text as accepted, nothing audited', async () => {
    const amendment = await propose('strongly support', 'welcome');
    await decide(server.url, document.chair.token, document.documentId, amendment.id, 'accept');
    server.deps.db.exec(`CREATE TRIGGER fail_undo_writes BEFORE INSERT ON doc_updates
      BEGIN SELECT RAISE(ABORT, 'database or disk is full (simulated)'); END`);
    try {
      const answer = await undo(amendment.id);
      expect(answer.status).toBe(503);
      expect(answer.body.error?.code).toBe('not_saved');
    } finally {
      server.deps.db.exec('DROP TRIGGER fail_undo_writes');
    }
    expect(server.deps.amendmentsRepo.byId(document.documentId, amendment.id)?.status).toBe('accepted');
    expect(server.deps.audit.list(document.documentId, { limit: 1000 }).map((entry) => entry.action)).not.toContain('amendment.acceptance-undone');
    expect(await text('open standards')).toBe('Participants welcome open standards for all.');
    // And once writes work again, it goes through.
    expect((await undo(amendment.id)).status).toBe(200);
  });
});

describe('undoing an acceptance in an agreed paragraph', () => {
  it('is refused while the paragraph is agreed, and allowed once it is reopened', async () => {
    const amendment = await propose('strongly support', 'welcome');
    await decide(server.url, document.chair.token, document.documentId, amendment.id, 'accept');
    const setStatus = (status: string) =>
      api(server.url, 'PUT', `/api/documents/${document.documentId}/paragraphs/${amendment.paragraphId}/status`, { token: document.chair.token, body: { status } });
    expect((await setStatus('agreed')).status).toBe(200);
    const refused = await undo(amendment.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('paragraph_locked');
    expect((await setStatus('open')).status).toBe(200);
    expect((await undo(amendment.id)).status).toBe(200);
  });
});

describe('finding the words an acceptance wrote', () => {
  const record = { proposed: 'welcome', contextBefore: 'Participants ', contextAfter: ' open', offsetFrom: 13 };
  it('finds them between their context, and not once the words or the context changed', () => {
    expect(acceptedWordsAt('Participants welcome open standards.', record)).toBe(13);
    expect(acceptedWordsAt('Participants warmly welcome open standards.', record)).toBe('gone');
    expect(acceptedWordsAt('Participants welcomed open standards.', record)).toBe('gone');
  });
});
