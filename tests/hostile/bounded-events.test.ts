/** An amendment revised many times: its events and list entries stay the same size; its detail has the whole history. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECENT_HISTORY_IN_VIEW, amendmentDetailSchema, type AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { api } from '../support/api.js';
import { proposeReplacement } from '../support/amendments.js';
import { waitFor } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { openEventStream, STREAM_WAIT_MS, type EventStreamClient } from './event-stream-client.js';

const REVISIONS = 150;
const ROOMY = { burst: 1_000, perMinute: 1_000 };
/** A delegation's rationale runs long: 150 of them are over half a megabyte. */
const rationale = (i: number) => `Revision ${i}: ${'the wording follows the consultations of the informal working group. '.repeat(50).trim()}`;

let server: TestServer;
let document: TestDocument;
let stream: EventStreamClient | undefined;
beforeEach(async () => {
  server = await startTestServer({ writeLimits: { writes: ROOMY, revise: ROOMY, support: ROOMY } });
  document = buildDocument(server.deps);
});
afterEach(async () => {
  stream?.close();
  await server.dispose();
});

describe('events of an amendment revised many times', () => {
  it('carry a bounded summary of its history, and its detail carries all of it', async () => {
    const delegate = document.invite('stakeholder');
    const proposed = await proposeReplacement(server.url, delegate.token, document.documentId, 'First', 'Initial', rationale(0));
    const id = proposed.body.amendment.id;
    const path = `/api/documents/${document.documentId}/amendments/${id}`;
    stream = await openEventStream(server.url, document.documentId, document.chair.token);

    for (let i = 1; i <= REVISIONS; i++) {
      const revised = await api(server.url, 'PATCH', path, { token: delegate.token, body: { proposed: `Initial (${i})`, rationale: rationale(i) } });
      expect(revised.status, `revision ${i}`).toBe(200);
    }
    const events = () => (stream as EventStreamClient).events.filter((event) => event.event === 'amendment');
    await waitFor(() => events().some((event) => (JSON.parse(event.data) as { amendment: AmendmentView }).amendment.historyCount === REVISIONS), 'the last revision\'s event', STREAM_WAIT_MS);

    const sizes = events().map((event) => event.data.length);
    const last = (JSON.parse(events().at(-1)?.data ?? '{}') as { amendment: AmendmentView }).amendment;
    expect(last.historyCount).toBe(REVISIONS);
    expect(last.recentHistory.map((entry) => entry.version)).toHaveLength(RECENT_HISTORY_IN_VIEW);
    expect(last.recentHistory.at(-1)?.rationale).toBe(rationale(REVISIONS - 1));
    // Once the summary is full, each event is the size of the one before: the 150th within 1% of the 10th (longer revision numbers).
    const oneWording = rationale(REVISIONS).length;
    expect(Math.max(...sizes)).toBeLessThan((RECENT_HISTORY_IN_VIEW + 2) * oneWording);
    expect(sizes.at(-1)).toBeLessThan((sizes[9] ?? 0) * 1.01);

    const listed = await api<{ amendments: AmendmentView[] }>(server.url, 'GET', `/api/documents/${document.documentId}/amendments`, { token: document.chair.token });
    expect(JSON.stringify(listed.body).length).toBeLessThan((RECENT_HISTORY_IN_VIEW + 2) * oneWording);
    expect(listed.body.amendments[0]?.historyCount).toBe(REVISIONS);

    const detail = amendmentDetailSchema.parse((await api(server.url, 'GET', path, { token: document.invite('observer').token })).body);
    expect(detail.history).toHaveLength(REVISIONS);
    expect(detail.history.map((entry) => entry.rationale)).toEqual(Array.from({ length: REVISIONS }, (_, i) => rationale(i)));
    expect(detail.history[0]?.proposed).toBe('Initial');
    expect(detail.amendment.recentHistory).toEqual(detail.history.slice(-RECENT_HISTORY_IN_VIEW));
  });
});
