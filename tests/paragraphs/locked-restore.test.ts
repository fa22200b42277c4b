import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { api } from '../support/api.js';
import { decide, paragraphContaining, proposeReplacement } from '../support/amendments.js';
import { buildDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.dispose());

describe('restoring a revision over an agreed paragraph', () => {
  it('answers 409 naming the paragraph and changes nothing, and restores once the chair reopens it', async () => {
    const document = buildDocument(server.deps, { markdown: '# Outcome\n\n1. Participants support open standards.\n' });
    const chair = document.chair.token;
    const path = (rest: string) => `/api/documents/${document.documentId}${rest}`;
    const cut = await api<{ revision: { id: string } }>(server.url, 'POST', path('/revisions'), { token: chair, body: { name: 'Zero draft' } });
    const delegate = document.invite('stakeholder');
    const proposed = await proposeReplacement(server.url, delegate.token, document.documentId, 'open standards', 'open, interoperable standards');
    await decide(server.url, chair, document.documentId, (proposed.body.amendment as AmendmentView).id, 'accept');
    const agreed = await paragraphContaining(server.url, chair, document.documentId, 'interoperable');
    if (!agreed.id) throw new Error('the paragraph has no id');
    expect((await api(server.url, 'PUT', path(`/paragraphs/${agreed.id}/status`), { token: chair, body: { status: 'agreed' } })).status).toBe(200);

    const refused = await api<{ error: { code: string; message: string } }>(server.url, 'POST', path(`/revisions/${cut.body.revision.id}/restore`), { token: chair });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'paragraph_locked', message: expect.stringContaining(agreed.id) });
    expect((await paragraphContaining(server.url, chair, document.documentId, 'interoperable')).text).toBe('Participants support open, interoperable standards.');

    expect((await api(server.url, 'PUT', path(`/paragraphs/${agreed.id}/status`), { token: chair, body: { status: 'bracketed' } })).status).toBe(200);
    expect((await api(server.url, 'POST', path(`/revisions/${cut.body.revision.id}/restore`), { token: chair })).status).toBe(200);
    expect((await paragraphContaining(server.url, chair, document.documentId, 'open standards')).text).toBe('Participants support open standards.');
  });
});
