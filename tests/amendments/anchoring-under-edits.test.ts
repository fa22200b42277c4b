/**
 * Concurrency with real clients: a drafter edits around and inside pending amendments, splits and
 * joins their paragraphs; accepting then applies at the right place or marks the amendment stale
 * exactly when its expected text was touched.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { joinBackward, splitBlock } from '@tiptap/pm/commands';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { decide, paragraphContaining, paragraphs, proposeReplacement } from '../support/amendments.js';
import { buildDocument, type TestDocument, type TestParticipant } from '../support/factories.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { blockIndexContaining, editAsProseMirror, positionIn } from '../support/prosemirror-edit.js';
import { api } from '../support/api.js';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';

let server: TestServer;
let document: TestDocument;
let delegate: TestParticipant;
let drafter: TestClient;
const MARKDOWN = '# Outcome\n\n## Actions\n\n1. Participants strongly support open standards for all.\n\n1. Participants call for a review in 2030.\n';

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  document = buildDocument(server.deps, { markdown: MARKDOWN });
  delegate = document.invite('stakeholder', { groupId: 'civil-society' });
  drafter = connectClient(server.wsUrl, document.documentId, document.invite('drafter').token);
  await synced(drafter);
});
afterEach(() => drafter.destroy());
afterAll(async () => server.dispose());

const docId = () => document.documentId;
const serverText = () => server.deps.registry.open(docId()).doc.getXmlFragment('default').toString();

/** Types `text` into the drafter's copy at `offset` within the block containing `needle`, and waits for the server. */
async function drafterTypes(needle: string, offset: (text: string) => number, text: string) {
  editAsProseMirror(drafter.doc, (state) => {
    const index = blockIndexContaining(state.doc, needle);
    return state.tr.insertText(text, positionIn(state.doc, index, offset(state.doc.child(index).textContent)));
  });
  await waitFor(() => serverText().includes(text), 'the drafter\'s edit to reach the server');
  server.deps.staleWatcher.flush(docId());
}

async function drafterEdits(edit: Parameters<typeof editAsProseMirror>[1], marker: () => boolean) {
  editAsProseMirror(drafter.doc, edit);
  await waitFor(marker, 'the drafter\'s edit to reach the server');
  server.deps.staleWatcher.flush(docId());
}

async function textOf(needle: string) {
  return (await paragraphContaining(server.url, delegate.token, docId(), needle)).text;
}

async function status(id: string) {
  const response = await api<{ amendment: AmendmentView }>(server.url, 'GET', `/api/documents/${docId()}/amendments/${id}`, { token: delegate.token });
  return response.body.amendment.status;
}

describe('an amendment pending while the text is edited', () => {
  it('applies at the right place after an edit before its range', async () => {
    const { body } = await proposeReplacement(server.url, delegate.token, docId(), 'strongly support', 'welcome');
    await drafterTypes('strongly support', () => 0, 'All ');
    expect((await decide(server.url, document.chair.token, docId(), body.amendment.id, 'accept')).status).toBe(200);
    expect(await textOf('open standards')).toBe('All Participants welcome open standards for all.');
  });

  it('applies at the right place after an edit after its range', async () => {
    const { body } = await proposeReplacement(server.url, delegate.token, docId(), 'strongly support', 'welcome');
    await drafterTypes('strongly support', (text) => text.length - 1, ' and everyone');
    expect((await decide(server.url, document.chair.token, docId(), body.amendment.id, 'accept')).status).toBe(200);
    expect(await textOf('open standards')).toBe('Participants welcome open standards for all and everyone.');
  });

  it('keeps typing at either edge outside the range', async () => {
    const { body } = await proposeReplacement(server.url, delegate.token, docId(), 'strongly support', 'welcome');
    await drafterTypes('strongly support', (text) => text.indexOf('strongly'), 'very ');
    await drafterTypes('strongly support', (text) => text.indexOf(' open'), 'ed');
    expect(await status(body.amendment.id)).toBe('proposed');
    expect((await decide(server.url, document.chair.token, docId(), body.amendment.id, 'accept')).status).toBe(200);
    expect(await textOf('open standards')).toBe('Participants very welcomeed open standards for all.');
  });

  it('becomes stale, pushed at once, when its expected text is edited, and accepting then changes nothing', async () => {
    const { body } = await proposeReplacement(server.url, delegate.token, docId(), 'strongly support', 'welcome');
    await drafterTypes('strongly support', (text) => text.indexOf('support'), 'firmly ');
    expect(await status(body.amendment.id)).toBe('stale');
    const before = await textOf('open standards');
    const attempt = await decide(server.url, document.chair.token, docId(), body.amendment.id, 'accept');
    expect(attempt.status).toBe(409);
    expect(await textOf('open standards')).toBe(before);
  });

  it('becomes stale when its paragraph is deleted', async () => {
    const { body } = await proposeReplacement(server.url, delegate.token, docId(), 'review in 2030', 'review in 2028');
    await drafterEdits((state) => {
      const index = blockIndexContaining(state.doc, 'review in 2030');
      const from = positionIn(state.doc, index) - 1;
      return state.tr.delete(from, from + state.doc.child(index).nodeSize);
    }, () => !serverText().includes('review in 2030'));
    expect(await status(body.amendment.id)).toBe('stale');
    expect((await decide(server.url, document.chair.token, docId(), body.amendment.id, 'accept')).status).toBe(409);
  });

  it('follows its text into the new paragraph when the paragraph is split before it', async () => {
    const { body } = await proposeReplacement(server.url, delegate.token, docId(), 'open standards', 'open and interoperable standards');
    const splitAt = (state: Parameters<typeof editAsProseMirror>[1] extends (s: infer S) => Transaction ? S : never) => {
      const index = blockIndexContaining(state.doc, 'strongly support');
      const at = positionIn(state.doc, index, state.doc.child(index).textContent.indexOf('strongly'));
      const withCursor = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
      let split: Transaction | undefined;
      splitBlock(withCursor, (tr) => (split = tr));
      if (!split) throw new Error('split failed');
      // Re-express on the original state: selection change plus the split's steps.
      const tr = state.tr.setSelection(TextSelection.create(state.doc, at));
      for (const step of split.steps) tr.step(step);
      return tr;
    };
    await drafterEdits(splitAt, () => server.deps.registry.open(docId()).doc.getXmlFragment('default').length === 5);
    const blocks = await paragraphs(server.url, delegate.token, docId());
    expect(blocks.filter((b) => b.kind === 'operative').map((b) => b.text)).toEqual([
      'Participants ', 'strongly support open standards for all.', 'Participants call for a review in 2030.',
    ]);
    expect(await status(body.amendment.id)).toBe('proposed');
    expect((await decide(server.url, document.chair.token, docId(), body.amendment.id, 'accept')).status).toBe(200);
    expect(await textOf('interoperable')).toBe('strongly support open and interoperable standards for all.');
  });

  it('follows its text when its paragraph is joined to the one before', async () => {
    const { body } = await proposeReplacement(server.url, delegate.token, docId(), 'review in 2030', 'review in 2028');
    await drafterEdits((state) => {
      const index = blockIndexContaining(state.doc, 'review in 2030');
      const at = positionIn(state.doc, index);
      const withCursor = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
      let joined: Transaction | undefined;
      joinBackward(withCursor, (tr) => (joined = tr));
      if (!joined) throw new Error('join failed');
      const tr = state.tr.setSelection(TextSelection.create(state.doc, at));
      for (const step of joined.steps) tr.step(step);
      return tr;
    }, () => server.deps.registry.open(docId()).doc.getXmlFragment('default').length === 3);
    expect(await status(body.amendment.id)).toBe('proposed');
    expect((await decide(server.url, document.chair.token, docId(), body.amendment.id, 'accept')).status).toBe(200);
    expect(await textOf('2028')).toBe('Participants strongly support open standards for all.Participants call for a review in 2028.');
  });

  it('marks it stale rather than moving it when its text becomes ambiguous', async () => {
    const { body } = await proposeReplacement(server.url, delegate.token, docId(), 'Participants', 'Delegations');
    // Retype the paragraph's kind (a new Yjs element: the positions break) and give the next paragraph
    // the same opening, so the quote and its context now match in two places.
    await drafterEdits((state) => {
      const index = blockIndexContaining(state.doc, 'strongly support');
      const pos = positionIn(state.doc, index) - 1;
      const node = state.doc.child(index);
      const preambular = state.schema.nodes.preambular;
      if (!preambular) throw new Error('no preambular node');
      const next = positionIn(state.doc, index + 1);
      return state.tr.insertText('Participants strongly support open standards for all. ', next).setNodeMarkup(pos, preambular, node.attrs);
    }, () => serverText().includes('for all. Participants call'));
    expect(await status(body.amendment.id)).toBe('stale');
  });
});
