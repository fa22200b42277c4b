import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORT_VARIANTS } from '../../shared/export/export-model.js';
import { buildDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildExportScenario, download, type ExportScenario } from './export-support.js';

let server: TestServer;
let scenario: ExportScenario;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildExportScenario(server);
});
afterAll(async () => server.dispose());

const docId = () => scenario.document.documentId;
const chair = () => scenario.document.chair.token;

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  akn: 'application/akn+xml; charset=utf-8',
};

describe('the export route', () => {
  it('answers every format and variant as an attachment named after document, revision and variant', async () => {
    for (const format of EXPORT_FORMATS) {
      for (const variant of EXPORT_VARIANTS) {
        const response = await download(server, chair(), docId(), `format=${format}&variant=${variant}`);
        expect(response.status, `${format} ${variant}`).toBe(200);
        expect(response.headers.get('content-type')).toBe(CONTENT_TYPES[format]);
        const extension = format === 'akn' ? 'akn.xml' : format;
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename="chairs-summary-of-the-wsis20-review_live_${variant}.${extension}"`,
        );
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(response.bytes.byteLength).toBeGreaterThan(200);
      }
    }
  });

  it('defaults to the clean variant of the live text', async () => {
    const response = await download(server, chair(), docId(), 'format=txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('_live_clean.txt"');
    expect(response.text).not.toContain('{+');
  });

  it('lets every participant export, observers and stakeholders included', async () => {
    for (const who of [scenario.observer, scenario.civil, scenario.document.invite('drafter')]) {
      const response = await download(server, who.token, docId(), 'format=md&variant=compilation');
      expect(response.status, who.role).toBe(200);
    }
  });

  it('refuses an unknown format or variant with 400 and says what is allowed', async () => {
    const badFormat = await download(server, chair(), docId(), 'format=pdf');
    expect(badFormat.status).toBe(400);
    expect(JSON.parse(badFormat.text)).toEqual({ error: { code: 'invalid_request', message: 'format must be one of docx, html, md, txt, json, akn' } });
    const missing = await download(server, chair(), docId(), 'variant=clean');
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.text).error.message).toContain('format must be one of');
    const badVariant = await download(server, chair(), docId(), 'format=html&variant=redline');
    expect(badVariant.status).toBe(400);
    expect(JSON.parse(badVariant.text).error.message).toBe('variant must be one of clean, tracked, compilation');
  });

  it('answers 404 for a revision that does not exist, or belongs to another document', async () => {
    const unknown = await download(server, chair(), docId(), 'format=html&revision=rev_nope');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).error.code).toBe('not_found');
    const other = buildDocument(server.deps);
    const foreign = server.deps.revisions.insert({
      documentId: other.documentId, kind: 'named', name: 'Rev.1', state: new Uint8Array([0, 0]), stateHash: 'x',
      paragraphs: [], contributors: [], createdBy: null, restoredFrom: null,
    });
    const crossed = await download(server, chair(), docId(), `format=html&revision=${foreign.id}`);
    expect(crossed.status).toBe(404);
  });

  it('answers 401 without a token and 404 to someone outside the document', async () => {
    const anonymous = await download(server, undefined, docId(), 'format=txt');
    expect(anonymous.status).toBe(401);
    const outsider = buildDocument(server.deps).chair.token;
    const stranger = await download(server, outsider, docId(), 'format=txt');
    expect(stranger.status).toBe(404);
    expect(stranger.text).not.toContain('strongly support');
  });
});
