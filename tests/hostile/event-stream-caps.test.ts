/** At most `eventStreamsPerParticipant` event streams per participant per document; the next one is refused with a 429. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config.js';
import { waitFor } from '../support/collab-client.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { openEventStream, STREAM_WAIT_MS, type EventStreamClient } from './event-stream-client.js';

const CAP = 3;
let server: TestServer;
let document: TestDocument;
const streams: EventStreamClient[] = [];
// The cap counts per participant and document, and each test has its own document: one server for the file.
beforeAll(async () => {
  server = await startTestServer({ eventStreamsPerParticipant: CAP });
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

describe('caps on event streams', () => {
  it('refuses one stream too many with 429 and a JSON error, leaving the open ones be', async () => {
    const observer = document.invite('observer');
    const open = [];
    for (let i = 0; i < CAP; i++) open.push(await follow(document.documentId, observer.token));
    expect(open.map((stream) => stream.status)).toEqual(Array(CAP).fill(200));

    const refused = await follow(document.documentId, observer.token);
    expect(refused.status).toBe(429);
    expect(refused.refusal?.error?.code).toBe('too_many_streams');
    expect(refused.refusal?.error?.message).toContain(String(CAP));
    expect(open.some((stream) => stream.ended())).toBe(false);
    expect(server.deps.events.streamCount(document.documentId, observer.participantId)).toBe(CAP);
  });

  it('counts each participant and each document apart', async () => {
    const observer = document.invite('observer');
    for (let i = 0; i < CAP; i++) await follow(document.documentId, observer.token);
    expect((await follow(document.documentId, document.invite('observer').token)).status).toBe(200);
    expect((await follow(document.documentId, document.chair.token)).status).toBe(200);

    const other = buildDocument(server.deps);
    server.deps.participants.addParticipant({
      documentId: other.documentId, personId: observer.personId, role: 'observer', groupId: 'academia', invitedBy: other.chair.participantId,
    });
    expect((await follow(other.documentId, observer.token)).status).toBe(200);
  });

  it('takes a new stream once one of the open ones is closed', async () => {
    const observer = document.invite('observer');
    const open = [];
    for (let i = 0; i < CAP; i++) open.push(await follow(document.documentId, observer.token));
    expect((await follow(document.documentId, observer.token)).status).toBe(429);

    open[0]?.close();
    await waitFor(() => server.deps.events.streamCount(document.documentId, observer.participantId) < CAP, 'the closed stream to be let go', STREAM_WAIT_MS);
    expect((await follow(document.documentId, observer.token)).status).toBe(200);
  });

  it('allows 8 streams unless EVENT_STREAMS_PER_PARTICIPANT says otherwise', () => {
    expect(configFromEnv({}).eventStreamsPerParticipant).toBe(8);
    expect(configFromEnv({ EVENT_STREAMS_PER_PARTICIPANT: '2' }).eventStreamsPerParticipant).toBe(2);
  });
});
