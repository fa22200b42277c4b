import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { proposeReplacement } from '../support/amendments.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { acceptsGzip } from '../../server/http/content-encoding.js';

const NO_LIMITS = { proposals: { burst: 1_000, perMinute: 1_000 }, comments: { burst: 1_000, perMinute: 1_000 } };
const MARKDOWN = '# Outcome\n\n## Actions\n\n1. Participants strongly support open standards for all.\n';
const RATIONALE = 'A long rationale, as delegations write them. '.repeat(12);

let server: TestServer;
let document: TestDocument;

beforeAll(async () => {
  server = await startTestServer({ rateLimits: NO_LIMITS });
});
beforeEach(() => {
  document = buildDocument(server.deps, { markdown: MARKDOWN });
});
afterAll(async () => server.dispose());

/** GET with a chosen Accept-Encoding, the bytes as sent (node:http does not decompress). */
function rawGet(path: string, acceptEncoding: string): Promise<{ encoding: string | undefined; vary: string | undefined; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers: { authorization: `Bearer ${document.chair.token}`, 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function proposeMany(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const response = await proposeReplacement(server.url, document.chair.token, document.documentId, 'open standards', `open standards (${i})`, RATIONALE);
    expect(response.status).toBe(201);
  }
}

describe('listing many amendments', () => {
  const path = () => `/api/documents/${document.documentId}/amendments?status=proposed`;

  it('sends a large list gzipped to clients that take gzip, and the same list plain to those that do not', async () => {
    await proposeMany(120);
    const zipped = await rawGet(path(), 'gzip, deflate, br');
    const plain = await rawGet(path(), 'identity');
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.vary).toBe('Accept-Encoding');
    expect(plain.encoding).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(64 * 1024);
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 4);
    expect(gunzipSync(zipped.bytes).toString('utf8')).toBe(plain.bytes.toString('utf8'));
    expect((JSON.parse(plain.bytes.toString('utf8')) as { amendments: unknown[] }).amendments).toHaveLength(120);
  });

  it('lists a new amendment at once, though the list before it was kept encoded', async () => {
    await proposeMany(2);
    const before = JSON.parse((await rawGet(path(), 'identity')).bytes.toString('utf8')) as { amendments: unknown[] };
    await proposeMany(1);
    const after = JSON.parse((await rawGet(path(), 'identity')).bytes.toString('utf8')) as { amendments: unknown[] };
    expect(before.amendments).toHaveLength(2);
    expect(after.amendments).toHaveLength(3);
  });

  it('sends a small list plain whatever the client takes', async () => {
    await proposeMany(1);
    expect((await rawGet(path(), 'gzip')).encoding).toBeUndefined();
  });
});

describe('reading Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['identity, *;q=0', false],
    ['br', false],
    ['', false],
  ])('%j takes gzip: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
