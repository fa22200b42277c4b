/** Bodies, query strings and path parameters are refused at the edge in one shape: 400 `invalid_request` naming the field. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { inProcessApp } from './in-process-app.js';

let env: ReturnType<typeof inProcessApp>;
let document: TestDocument;
const doc = () => `/api/documents/${document.documentId}`;

beforeAll(() => {
  env = inProcessApp();
  document = buildDocument(env.deps);
});
afterAll(() => env.dispose());

async function refusal(method: string, path: string, body?: unknown) {
  const response = await env.request(method, path, { token: document.chair.token, body });
  return { status: response.status, body: (await response.json()) as unknown };
}

const invalid = (message: string) => ({ status: 400, body: { error: { code: 'invalid_request', message } } });

describe('validation at the edge', () => {
  it('refuses a body field with its path', async () => {
    expect(await refusal('PUT', `${doc()}/amendment-period`, { open: 'yes' })).toEqual(invalid('open: Invalid input: expected boolean, received string'));
  });

  it('refuses audit paging that is not a whole number, and pages with one', async () => {
    expect(await refusal('GET', `${doc()}/audit?after=-1`)).toEqual(invalid('after must be an integer of at least 0'));
    expect(await refusal('GET', `${doc()}/audit?limit=1.5`)).toEqual(invalid('limit must be an integer of at least 1'));
    expect(await refusal('GET', `${doc()}/audit?limit=abc`)).toEqual(invalid('limit must be an integer of at least 1'));
    const page = await env.request('GET', `${doc()}/audit?after=0&limit=1`, { token: document.chair.token });
    expect(page.status).toBe(200);
    expect(((await page.json()) as { entries: unknown[] }).entries.length).toBeLessThanOrEqual(1);
  });

  it('refuses a comparison without its first side', async () => {
    expect(await refusal('GET', `${doc()}/compare`)).toEqual(invalid('from must be a revision id or "live"'));
  });

  it('refuses an unknown amendment status filter', async () => {
    const { status, body } = await refusal('GET', `${doc()}/amendments?status=pending`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'invalid_request', message: expect.stringMatching(/^status: /) } });
  });

  it('refuses an id longer than any id the server makes, before looking it up', async () => {
    const long = 'x'.repeat(81);
    for (const [method, path] of [
      ['GET', `${doc()}/amendments/${long}`],
      ['GET', `${doc()}/revisions/${long}`],
      ['DELETE', `${doc()}/participants/${long}`],
    ] as const) {
      const { status, body } = await refusal(method, path);
      expect(status, path).toBe(400);
      expect(body, path).toMatchObject({ error: { code: 'invalid_request', message: expect.stringMatching(/^(aid|rid|pid): /) } });
    }
  });

  it('still answers 404 for a well-formed id that names nothing', async () => {
    expect((await refusal('GET', `${doc()}/amendments/am_nothing`)).status).toBe(404);
  });
});
