import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SilenceView } from '../../shared/revisions/revision-schemas.js';
import { inProcessApp } from '../api/in-process-app.js';
import { buildDocument, type TestDocument } from '../support/factories.js';

let server: ReturnType<typeof inProcessApp>;
let document: TestDocument;

beforeAll(() => {
  server = inProcessApp();
  document = buildDocument(server.deps);
});
afterAll(() => server.dispose());

const unconcluded = () =>
  server.deps.db.prepare('SELECT count(*) AS n FROM silence_procedures WHERE document_id = ? AND outcome IS NULL').get(document.documentId) as { n: number };
const silenceAudit = () => server.deps.audit.list(document.documentId).filter((entry) => entry.action.startsWith('silence.') && entry.action !== 'silence.started');

describe('reading a silence procedure', () => {
  it('shows the outcome of a procedure past its deadline without recording it, and the sweep records the same', async () => {
    const chair = server.deps.participants.byId(document.documentId, document.chair.participantId);
    if (!chair) throw new Error('no chair');
    const revision = server.deps.revisionsService.cut(document.documentId, { kind: 'named', name: 'Rev.1', by: chair });
    if (!revision) throw new Error('no revision');
    const startedAt = Date.now() - 3_600_000;
    const deadline = new Date(startedAt + 60_000).toISOString();
    server.deps.silenceService.start(document.documentId, chair, revision.id, deadline, startedAt);

    const read = async () => {
      const response = await server.request('GET', `/api/documents/${document.documentId}/silence`, { token: document.chair.token });
      return ((await response.json()) as { current: SilenceView | null; procedures: SilenceView[] });
    };
    const before = await read();
    expect(before.current).toBeNull();
    expect(before.procedures[0]).toMatchObject({ outcome: 'held', concludedAt: deadline });
    expect(unconcluded().n).toBe(1);
    expect(silenceAudit()).toEqual([]);

    server.deps.silenceService.concludeDue();
    expect(unconcluded().n).toBe(0);
    expect(silenceAudit().map((entry) => entry.action)).toEqual(['silence.held']);
    expect((await read()).procedures[0]).toEqual(before.procedures[0]);
  });
});
