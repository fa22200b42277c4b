/** Every write route is rate-limited per person: past its burst it answers 429 with Retry-After and does nothing. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config.js';
import type { ParticipantRecord } from '../../server/participants/participants.repo.js';
import { readBlocks } from '../../shared/document/read-blocks.js';
import { buildDocument, type TestDocument, type TestParticipant } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const BURST = 2;
const SMALL = { burst: BURST, perMinute: 1 };

let server: TestServer;
let document: TestDocument;
let stakeholder: TestParticipant;
let drafter: TestParticipant;
// Limits count per person, and each test's document brings new people: one server for the file.
beforeAll(async () => {
  server = await startTestServer({ writeLimits: { writes: SMALL, revise: SMALL, support: SMALL } });
});
beforeEach(() => {
  document = buildDocument(server.deps);
  stakeholder = document.invite('stakeholder');
  drafter = document.invite('drafter');
});
afterAll(async () => server.dispose());

const doc = () => `/api/documents/${document.documentId}`;
const record = (participant: { participantId: string }) => server.deps.participants.byId(document.documentId, participant.participantId) as ParticipantRecord;

function firstOperative(): string {
  const block = readBlocks(server.deps.registry.open(document.documentId).doc).find((candidate) => candidate.kind === 'operative');
  if (!block?.id) throw new Error('no operative paragraph');
  return block.id;
}

function proposedBy(author: { participantId: string }): string {
  return server.deps.amendments.propose(document.documentId, record(author), { paragraphId: firstOperative(), from: 0, to: 5, expected: 'First', proposed: 'Initial', rationale: '' }).id;
}

function namedRevision(): string {
  const revision = server.deps.revisionsService.cut(document.documentId, { kind: 'named', name: 'Rev.1', by: record(document.chair) });
  if (!revision) throw new Error('no revision');
  return revision.id;
}

function send(token: string, request: { method: string; path: string; body?: unknown }) {
  return fetch(`${server.url}${request.path}`, {
    method: request.method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
}

interface Row {
  route: string;
  token: () => string;
  /** The i-th request of the burst and the one past it. */
  request: (i: number) => { method: string; path: string; body?: unknown };
}

/** Requests on one amendment, proposed when the first of them is built. */
function onOneAmendment(request: (id: string, i: number) => ReturnType<Row['request']>): Row['request'] {
  let id = '';
  return (i) => {
    if (!id) id = proposedBy(stakeholder);
    return request(id, i);
  };
}

const chair = () => document.chair.token;
const ROWS: Row[] = [
  { route: 'PATCH /amendments/:aid (revise)', token: () => stakeholder.token, request: onOneAmendment((id, i) => ({ method: 'PATCH', path: `${doc()}/amendments/${id}`, body: { rationale: `Reason ${i}` } })) },
  { route: 'POST and DELETE /amendments/:aid/support', token: () => drafter.token, request: onOneAmendment((id, i) => ({ method: i % 2 === 0 ? 'POST' : 'DELETE', path: `${doc()}/amendments/${id}/support` })) },
  { route: 'POST /amendments/:aid/withdraw', token: () => stakeholder.token, request: () => ({ method: 'POST', path: `${doc()}/amendments/${proposedBy(stakeholder)}/withdraw` }) },
  { route: 'POST /amendments/:aid/decision', token: chair, request: () => ({ method: 'POST', path: `${doc()}/amendments/${proposedBy(stakeholder)}/decision`, body: { decision: 'reject', note: '' } }) },
  { route: 'POST /amendments/decisions', token: chair, request: () => ({ method: 'POST', path: `${doc()}/amendments/decisions`, body: { ids: [proposedBy(stakeholder)], decision: 'reject' } }) },
  { route: 'PUT /paragraphs/:pid/status', token: chair, request: (i) => ({ method: 'PUT', path: `${doc()}/paragraphs/${firstOperative()}/status`, body: { status: i % 2 === 0 ? 'bracketed' : 'open' } }) },
  { route: 'PUT /amendment-period', token: chair, request: (i) => ({ method: 'PUT', path: `${doc()}/amendment-period`, body: { open: i % 2 === 1 } }) },
  { route: 'POST /revisions', token: chair, request: (i) => ({ method: 'POST', path: `${doc()}/revisions`, body: { name: `Rev.${i + 1}` } }) },
  { route: 'POST /revisions/:rid/restore', token: chair, request: () => ({ method: 'POST', path: `${doc()}/revisions/${namedRevision()}/restore` }) },
  { route: 'POST /silence', token: chair, request: () => ({ method: 'POST', path: `${doc()}/silence`, body: { revisionId: namedRevision() } }) },
  { route: 'POST /silence/breaks', token: () => drafter.token, request: (() => {
    let started = false;
    return (i) => {
      if (!started) server.deps.silenceService.start(document.documentId, record(document.chair), namedRevision(), undefined);
      started = true;
      return { method: 'POST', path: `${doc()}/silence/breaks`, body: { paragraphId: firstOperative(), reason: `Objection ${i}` } };
    };
  })() },
  { route: 'POST /silence/cancel', token: chair, request: () => {
    server.deps.silenceService.start(document.documentId, record(document.chair), namedRevision(), undefined);
    return { method: 'POST', path: `${doc()}/silence/cancel` };
  } },
  { route: 'POST /participants', token: chair, request: (i) => ({ method: 'POST', path: `${doc()}/participants`, body: { name: `Delegate ${i}`, role: 'observer', groupId: 'academia' } }) },
  { route: 'DELETE /participants/:pid', token: chair, request: () => ({ method: 'DELETE', path: `${doc()}/participants/${document.invite('observer').participantId}` }) },
  { route: 'POST /api/documents', token: chair, request: (i) => ({ method: 'POST', path: '/api/documents', body: { title: `Text ${i}` } }) },
  { route: 'PATCH /api/documents/:id', token: chair, request: (i) => ({ method: 'PATCH', path: doc(), body: { title: `Renamed ${i}` } }) },
];

function auditCount(): number {
  return (server.deps.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

describe('rate limits on every write', () => {
  for (const row of ROWS) {
    it(`${row.route} answers 429 with Retry-After past its burst, and does nothing`, async () => {
      for (let i = 0; i < BURST; i++) {
        const response = await send(row.token(), row.request(i));
        expect(response.status, `request ${i + 1} of the burst`).toBeLessThan(429);
      }
      const request = row.request(BURST);
      const before = auditCount();
      const limited = await send(row.token(), request);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await limited.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('rate_limited');
      expect(body.error.message).toMatch(/try again in \d+ s/);
      expect(auditCount()).toBe(before);
    });
  }

  it('counts each person and each kind of write apart', async () => {
    const mine = proposedBy(stakeholder);
    const theirs = proposedBy(drafter);
    const path = () => `${doc()}/amendments/${proposedBy(stakeholder)}/decision`;
    for (let i = 0; i < BURST; i++) expect((await send(chair(), { method: 'POST', path: path(), body: { decision: 'reject' } })).status).toBe(200);
    expect((await send(chair(), { method: 'POST', path: path(), body: { decision: 'reject' } })).status).toBe(429);
    // The chair's office can still close the period after a run of decisions.
    expect((await send(chair(), { method: 'PUT', path: `${doc()}/amendment-period`, body: { open: false } })).status).toBe(200);

    for (let i = 0; i < BURST; i++) expect((await send(stakeholder.token, { method: 'PATCH', path: `${doc()}/amendments/${mine}`, body: { rationale: `r${i}` } })).status).toBe(200);
    expect((await send(stakeholder.token, { method: 'PATCH', path: `${doc()}/amendments/${mine}`, body: { rationale: 'again' } })).status).toBe(429);
    expect((await send(drafter.token, { method: 'PATCH', path: `${doc()}/amendments/${theirs}`, body: { rationale: 'mine' } })).status).toBe(200);
  });

  it('leaves the connection usable after refusing a large body', async () => {
    const period = (open: boolean, padding = '') => send(chair(), { method: 'PUT', path: `${doc()}/amendment-period`, body: { open, padding } });
    for (let i = 0; i < BURST; i++) await period(true);
    for (const size of [1_000, 300_000, 1_000_000]) expect((await period(true, 'x'.repeat(size))).status).toBe(429);
    for (let i = 0; i < 3; i++) {
      expect((await send(chair(), { method: 'GET', path: doc() })).status).toBe(200);
      expect((await period(true)).status).toBe(429);
    }
  });

  it('has generous documented defaults, each configurable', () => {
    expect(configFromEnv({}).writeLimits).toEqual({
      writes: { burst: 240, perMinute: 120 },
      revise: { burst: 20, perMinute: 10 },
      support: { burst: 60, perMinute: 30 },
    });
    const env = { WRITES_BURST: '5', WRITES_PER_MINUTE: '4', REVISE_BURST: '3', REVISE_PER_MINUTE: '2', SUPPORT_BURST: '7', SUPPORT_PER_MINUTE: '6' };
    expect(configFromEnv(env).writeLimits).toEqual({ writes: { burst: 5, perMinute: 4 }, revise: { burst: 3, perMinute: 2 }, support: { burst: 7, perMinute: 6 } });
  });
});
