/** Revocation ends a participant's event streams at once, and no event published after it reaches them. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { api } from '../support/api.js';
import { proposeReplacement } from '../support/amendments.js';
import { waitFor } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { openEventStream, STREAM_WAIT_MS, type EventStreamClient } from './event-stream-client.js';

let server: TestServer;
let document: TestDocument;
const streams: EventStreamClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => {
  document = buildDocument(server.deps);
});
afterEach(() => {
  for (const stream of streams.splice(0)) stream.close();
});
afterAll(async () => server.dispose());

async function follow(documentId: string, token: string): Promise<EventStreamClient> {
  const stream = await openEventStream(server.url, documentId, token);
  streams.push(stream);
  return stream;
}

const amendmentIds = (stream: EventStreamClient) => stream.ofType<{ amendment: AmendmentView }>('amendment').map((event) => event.amendment.id);

function revoke(participantId: string) {
  return api(server.url, 'DELETE', `/api/documents/${document.documentId}/participants/${participantId}`, { token: document.chair.token });
}

describe('event streams of a revoked participant', () => {
  it('ends the stream on the spot and sends it nothing published afterwards, while others keep theirs', async () => {
    const delegate = document.invite('stakeholder');
    const observer = document.invite('observer');
    const revokedStreams = [await follow(document.documentId, delegate.token), await follow(document.documentId, delegate.token)];
    const watcher = await follow(document.documentId, observer.token);

    const before = await proposeReplacement(server.url, document.chair.token, document.documentId, 'First', 'Initial');
    await waitFor(() => revokedStreams.every((stream) => amendmentIds(stream).includes(before.body.amendment.id)), 'the delegate to see the first proposal', STREAM_WAIT_MS);

    expect((await revoke(delegate.participantId)).status).toBe(200);
    // Ended within the revocation itself, not at the next event or heartbeat.
    expect(server.deps.events.streamCount(document.documentId, delegate.participantId)).toBe(0);
    await waitFor(() => revokedStreams.every((stream) => stream.ended()), 'the revoked streams to end', STREAM_WAIT_MS);

    const after = await proposeReplacement(server.url, document.chair.token, document.documentId, 'Second', 'Next');
    expect(after.status).toBe(201);
    await waitFor(() => amendmentIds(watcher).includes(after.body.amendment.id), 'the observer to see the later proposal', STREAM_WAIT_MS);
    expect(watcher.ended()).toBe(false);
    for (const stream of revokedStreams) expect(amendmentIds(stream)).not.toContain(after.body.amendment.id);
  });

  it('refuses a new stream with the revoked token', async () => {
    const delegate = document.invite('stakeholder');
    expect((await revoke(delegate.participantId)).status).toBe(200);
    const again = await follow(document.documentId, delegate.token);
    // The delegate took part in no other document, so the token itself is gone.
    expect(again.status).toBe(401);
    expect(again.refusal?.error?.code).toBe('unauthorized');
  });

  it('ends only the revoked document\'s streams of a person who takes part in two', async () => {
    const delegate = document.invite('stakeholder');
    const other = buildDocument(server.deps);
    server.deps.participants.addParticipant({
      documentId: other.documentId, personId: delegate.personId, role: 'stakeholder', groupId: 'academia', invitedBy: other.chair.participantId,
    });
    const revokedHere = await follow(document.documentId, delegate.token);
    const keptThere = await follow(other.documentId, delegate.token);

    expect((await revoke(delegate.participantId)).status).toBe(200);
    await waitFor(() => revokedHere.ended(), 'the revoked document\'s stream to end', STREAM_WAIT_MS);

    const elsewhere = await proposeReplacement(server.url, other.chair.token, other.documentId, 'First', 'Initial');
    await waitFor(() => amendmentIds(keptThere).includes(elsewhere.body.amendment.id), 'the other document\'s events to go on', STREAM_WAIT_MS);
    expect(keptThere.ended()).toBe(false);
    const refused = await follow(document.documentId, delegate.token);
    expect(refused.status).toBe(404);
  });
});
