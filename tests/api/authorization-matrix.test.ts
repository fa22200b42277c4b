/**
 * Every REST route, for every kind of caller, with the status expected in each cell, called in process
 * (no port, no socket). A new route gets a row here when it lands; the collaboration socket's row is in
 * authorization-socket.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantRecord } from '../../server/participants/participants.repo.js';
import { readBlocks } from '../../shared/document/read-blocks.js';
import type { TestDocument } from '../support/factories.js';
import { inProcessApp } from './in-process-app.js';
import { CALLERS, type Caller, matrixCallers } from './matrix-callers.js';

let env: ReturnType<typeof inProcessApp>;
let document: TestDocument;
let tokens: Record<Caller, string | undefined>;
let matrixStakeholder: ParticipantRecord;
let otherAuthor: ParticipantRecord;

beforeAll(() => {
  env = inProcessApp();
  ({ document, tokens, stakeholder: matrixStakeholder, otherAuthor } = matrixCallers(env.deps));
});
afterAll(() => env.dispose());

interface Row {
  route: string;
  request: () => { method: string; path: string; body?: unknown };
  expected: Record<Caller, number>;
  /** A streaming route: only the status is read, then the stream is cancelled. */
  stream?: boolean;
}

/** The first operative paragraph as the API sees it, to amend. */
function firstOperative() {
  const block = readBlocks(env.deps.registry.open(document.documentId).doc).find((b) => b.kind === 'operative');
  if (!block?.id) throw new Error('no operative paragraph');
  return { paragraphId: block.id, text: block.text };
}

/** A fresh proposal by `author`, replacing the first word of the first operative paragraph. */
function freshAmendment(author: ParticipantRecord): string {
  const { paragraphId, text } = firstOperative();
  const word = text.split(' ')[0] ?? '';
  return env.deps.amendments.propose(document.documentId, author, { paragraphId, from: 0, to: word.length, expected: word, proposed: `${word}!`, rationale: '' }).id;
}
const chairRecord = () => env.deps.participants.byId(document.documentId, document.chair.participantId) as ParticipantRecord;
/** A fresh named revision to read, restore, compare or circulate. */
function namedRevision(): string {
  return env.deps.revisionsService.cut(document.documentId, { kind: 'named', name: 'Matrix', by: chairRecord() })?.id ?? '';
}
function cancelSilence(): void {
  if (env.deps.silenceService.list(document.documentId).some((p) => p.outcome === null)) env.deps.silenceService.cancel(document.documentId, chairRecord());
}
const amendmentPath = (author: () => ParticipantRecord) => () => `${doc()}/amendments/${freshAmendment(author())}`;
const byStakeholder = amendmentPath(() => matrixStakeholder);
const byOther = amendmentPath(() => otherAuthor);
const proposers = (status: number): Record<Caller, number> => ({
  chair: status, drafter: status, stakeholder: status, observer: 403, revoked: 401, none: 401, outsider: 404,
});
const authorOnly = (status: number): Record<Caller, number> => ({
  chair: 403, drafter: 403, stakeholder: status, observer: 403, revoked: 401, none: 401, outsider: 404,
});

const doc = () => `/api/documents/${document.documentId}`;
const everyoneIn = (status: number, outsider = 404): Record<Caller, number> => ({
  chair: status, drafter: status, stakeholder: status, observer: status, revoked: 401, none: 401, outsider,
});
const chairOnly = (status: number): Record<Caller, number> => ({
  chair: status, drafter: 403, stakeholder: 403, observer: 403, revoked: 401, none: 401, outsider: 404,
});

const ROWS: Row[] = [
  { route: 'GET /api/me', request: () => ({ method: 'GET', path: '/api/me' }), expected: everyoneIn(200, 200) },
  { route: 'GET /api/documents', request: () => ({ method: 'GET', path: '/api/documents' }), expected: everyoneIn(200, 200) },
  {
    route: 'POST /api/documents',
    request: () => ({ method: 'POST', path: '/api/documents', body: { title: 'New text' } }),
    // The outsider chairs another document, and chairs may open new documents.
    expected: { chair: 201, drafter: 403, stakeholder: 403, observer: 403, revoked: 401, none: 401, outsider: 201 },
  },
  { route: 'GET /api/documents/:id', request: () => ({ method: 'GET', path: doc() }), expected: everyoneIn(200) },
  { route: 'PATCH /api/documents/:id', request: () => ({ method: 'PATCH', path: doc(), body: { title: 'Renamed' } }), expected: chairOnly(200) },
  { route: 'GET /api/documents/:id/paragraphs', request: () => ({ method: 'GET', path: `${doc()}/paragraphs` }), expected: everyoneIn(200) },
  { route: 'GET /api/documents/:id/participants', request: () => ({ method: 'GET', path: `${doc()}/participants` }), expected: everyoneIn(200) },
  {
    route: 'POST /api/documents/:id/participants',
    request: () => ({ method: 'POST', path: `${doc()}/participants`, body: { name: 'New delegate', role: 'stakeholder', groupId: 'academia' } }),
    expected: chairOnly(201),
  },
  {
    route: 'DELETE /api/documents/:id/participants/:pid',
    request: () => ({ method: 'DELETE', path: `${doc()}/participants/${document.invite('observer').participantId}` }),
    expected: chairOnly(200),
  },
  { route: 'GET /api/documents/:id/amendments', request: () => ({ method: 'GET', path: `${doc()}/amendments?status=proposed` }), expected: everyoneIn(200) },
  {
    route: 'POST /api/documents/:id/amendments',
    request: () => {
      const { paragraphId, text } = firstOperative();
      return { method: 'POST', path: `${doc()}/amendments`, body: { paragraphId, from: text.length, to: text.length, expected: '', proposed: ' Indeed.', rationale: 'r' } };
    },
    expected: proposers(201),
  },
  { route: 'GET /api/documents/:id/amendments/:aid', request: () => ({ method: 'GET', path: byOther() }), expected: everyoneIn(200) },
  { route: 'PATCH /api/documents/:id/amendments/:aid', request: () => ({ method: 'PATCH', path: byStakeholder(), body: { rationale: 'Better reason.' } }), expected: authorOnly(200) },
  { route: 'POST /api/documents/:id/amendments/:aid/decision', request: () => ({ method: 'POST', path: `${byOther()}/decision`, body: { decision: 'reject', note: '' } }), expected: chairOnly(200) },
  {
    route: 'POST /api/documents/:id/amendments/decisions',
    request: () => ({ method: 'POST', path: `${doc()}/amendments/decisions`, body: { ids: [freshAmendment(otherAuthor)], decision: 'reject' } }),
    expected: chairOnly(200),
  },
  {
    route: 'POST /api/documents/:id/amendments/:aid/undo',
    request: () => {
      const id = freshAmendment(otherAuthor);
      env.deps.amendments.decide(document.documentId, id, chairRecord(), { decision: 'accept', note: '' });
      return { method: 'POST', path: `${doc()}/amendments/${id}/undo` };
    },
    expected: chairOnly(200),
  },
  { route: 'POST /api/documents/:id/amendments/:aid/withdraw', request: () => ({ method: 'POST', path: `${byStakeholder()}/withdraw` }), expected: authorOnly(200) },
  { route: 'POST /api/documents/:id/amendments/:aid/support', request: () => ({ method: 'POST', path: `${byOther()}/support` }), expected: proposers(200) },
  { route: 'DELETE /api/documents/:id/amendments/:aid/support', request: () => ({ method: 'DELETE', path: `${byOther()}/support` }), expected: proposers(200) },
  { route: 'GET /api/documents/:id/amendments/:aid/comments', request: () => ({ method: 'GET', path: `${byOther()}/comments` }), expected: everyoneIn(200) },
  { route: 'POST /api/documents/:id/amendments/:aid/comments', request: () => ({ method: 'POST', path: `${byOther()}/comments`, body: { body: 'A view.' } }), expected: proposers(201) },
  { route: 'GET /api/documents/:id/amendment-period', request: () => ({ method: 'GET', path: `${doc()}/amendment-period` }), expected: everyoneIn(200) },
  { route: 'PUT /api/documents/:id/amendment-period', request: () => ({ method: 'PUT', path: `${doc()}/amendment-period`, body: { open: true } }), expected: chairOnly(200) },
  { route: 'GET /api/documents/:id/stats', request: () => ({ method: 'GET', path: `${doc()}/stats` }), expected: everyoneIn(200) },
  { route: 'GET /api/documents/:id/audit', request: () => ({ method: 'GET', path: `${doc()}/audit` }), expected: everyoneIn(200) },
  {
    route: 'PUT /api/documents/:id/paragraphs/:pid/status',
    request: () => ({ method: 'PUT', path: `${doc()}/paragraphs/${firstOperative().paragraphId}/status`, body: { status: 'bracketed' } }),
    expected: chairOnly(200),
  },
  { route: 'GET /api/documents/:id/revisions', request: () => ({ method: 'GET', path: `${doc()}/revisions` }), expected: everyoneIn(200) },
  { route: 'POST /api/documents/:id/revisions', request: () => ({ method: 'POST', path: `${doc()}/revisions`, body: { name: 'Rev.1' } }), expected: chairOnly(201) },
  { route: 'GET /api/documents/:id/revisions/:rid', request: () => ({ method: 'GET', path: `${doc()}/revisions/${namedRevision()}` }), expected: everyoneIn(200) },
  { route: 'POST /api/documents/:id/revisions/:rid/restore', request: () => ({ method: 'POST', path: `${doc()}/revisions/${namedRevision()}/restore` }), expected: chairOnly(200) },
  { route: 'GET /api/documents/:id/compare', request: () => ({ method: 'GET', path: `${doc()}/compare?from=${namedRevision()}&to=live` }), expected: everyoneIn(200) },
  { route: 'GET /api/documents/:id/silence', request: () => ({ method: 'GET', path: `${doc()}/silence` }), expected: everyoneIn(200) },
  {
    route: 'POST /api/documents/:id/silence',
    request: () => {
      cancelSilence();
      return { method: 'POST', path: `${doc()}/silence`, body: { revisionId: namedRevision() } };
    },
    expected: chairOnly(201),
  },
  {
    route: 'POST /api/documents/:id/silence/breaks',
    request: () => {
      cancelSilence();
      const revisionId = namedRevision();
      env.deps.silenceService.start(document.documentId, chairRecord(), revisionId, undefined);
      const paragraphId = env.deps.revisions.byId(document.documentId, revisionId)?.paragraphs.find((p) => p.kind === 'operative')?.id;
      return { method: 'POST', path: `${doc()}/silence/breaks`, body: { paragraphId, reason: 'Cannot agree.' } };
    },
    expected: proposers(201),
  },
  {
    route: 'POST /api/documents/:id/silence/cancel',
    request: () => {
      cancelSilence();
      env.deps.silenceService.start(document.documentId, chairRecord(), namedRevision(), undefined);
      return { method: 'POST', path: `${doc()}/silence/cancel` };
    },
    expected: chairOnly(200),
  },
  { route: 'GET /api/documents/:id/export', request: () => ({ method: 'GET', path: `${doc()}/export?format=txt&variant=compilation` }), expected: everyoneIn(200) },
  { route: 'GET /api/documents/:id/events', request: () => ({ method: 'GET', path: `${doc()}/events` }), expected: everyoneIn(200), stream: true },
];

describe('authorization matrix: REST routes', () => {
  for (const row of ROWS) {
    for (const caller of CALLERS) {
      it(`${row.route} as ${caller} → ${row.expected[caller]}`, async () => {
        const { method, path, body } = row.request();
        const response = await env.request(method, path, { token: tokens[caller], body });
        expect(response.status).toBe(row.expected[caller]);
        if (row.stream) {
          await response.body?.cancel();
          return;
        }
        if (response.status >= 400) expect(((await response.json()) as { error?: { message?: unknown } }).error?.message).toEqual(expect.any(String));
      });
    }
  }
});
