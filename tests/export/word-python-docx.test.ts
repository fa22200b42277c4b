import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { exported } from './export-support.js';
import { levelOf, pythonDocxMissing, readWithPythonDocx, STYLE_NAMES, type ReadDocument } from './python-docx-support.js';
import { buildWordScenario, shownText, type WordScenario } from './word-scenario.js';

const missing = pythonDocxMissing();
if (missing) console.warn(`Skipping the python-docx tests of the Word export: ${missing}`);

let server: TestServer;
let scenario: WordScenario;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildWordScenario(server);
});
afterAll(async () => server?.dispose());

async function read(query: string): Promise<ReadDocument> {
  return readWithPythonDocx((await exported(server, scenario.document.chair.token, scenario.document.documentId, query)).bytes);
}

describe.skipIf(missing !== null)('the Word export read by python-docx', () => {
  it('gives each paragraph its style, its list level in one numbering, its text and its id as a bookmark', async () => {
    const { paragraphs } = await read('format=docx&variant=clean');
    const body = paragraphs.filter((paragraph) => paragraph.style !== 'Document information');
    expect(body.map((paragraph) => ({ style: paragraph.style, text: paragraph.text, level: paragraph.level, bookmarks: paragraph.bookmarks }))).toEqual(
      scenario.original.map((paragraph) => ({ style: STYLE_NAMES[paragraph.kind], text: shownText(paragraph), level: levelOf(paragraph.kind), bookmarks: [`concord_${paragraph.id}`] })),
    );
    expect(new Set(body.flatMap((paragraph) => (paragraph.numId === null ? [] : [paragraph.numId]))).size).toBe(1);
  });

  it('sets the document language from the export language', async () => {
    expect((await read('format=docx&variant=clean')).language).toBe('en-GB');
    expect((await read('format=docx&variant=tracked&lang=fr')).language).toBe('fr-FR');
  });
});
