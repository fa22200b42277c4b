import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { exported } from './export-support.js';
import { buildWordScenario, type WordScenario } from './word-scenario.js';

const PYTHON = '/usr/bin/python3';
const READER = resolve(import.meta.dirname, 'python-docx/read-docx.py');
const missing = spawnSync(PYTHON, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0 ? null : `python-docx is not installed (apt-get install -y python3-docx)`;
if (missing) console.warn(`Skipping the python-docx tests of the Word export: ${missing}`);

interface ReadParagraph {
  style: string;
  text: string;
  level: number | null;
  numId: number | null;
  bookmarks: string[];
}

let server: TestServer;
let scenario: WordScenario;
const dir = mkdtempSync(join(tmpdir(), 'concord-python-docx-'));

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildWordScenario(server);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await server?.dispose();
});

async function read(query: string): Promise<{ language: string | null; paragraphs: ReadParagraph[] }> {
  const file = join(dir, `${query.replace(/\W+/g, '-')}.docx`);
  writeFileSync(file, (await exported(server, scenario.document.chair.token, scenario.document.documentId, query)).bytes);
  return JSON.parse(execFileSync(PYTHON, [READER, file], { encoding: 'utf8' }));
}

const STYLE_NAMES = { title: 'Title', heading: 'Heading 1', preambular: 'Preambular paragraph', operative: 'Operative paragraph', subparagraph: 'Sub-item' } as const;

describe.skipIf(missing !== null)('the Word export read by python-docx', () => {
  it('gives each paragraph its style, its list level in one numbering, its text and its id as a bookmark', async () => {
    const { paragraphs } = await read('format=docx&variant=clean');
    const body = paragraphs.filter((paragraph) => paragraph.style !== 'Document information');
    expect(body.map((paragraph) => ({ style: paragraph.style, text: paragraph.text, level: paragraph.level, bookmarks: paragraph.bookmarks }))).toEqual(
      scenario.original.map((paragraph) => ({
        style: STYLE_NAMES[paragraph.kind],
        text: paragraph.text,
        level: paragraph.kind === 'operative' ? 0 : paragraph.kind === 'subparagraph' ? 1 : null,
        bookmarks: [`concord_${paragraph.id}`],
      })),
    );
    expect(new Set(body.flatMap((paragraph) => (paragraph.numId === null ? [] : [paragraph.numId]))).size).toBe(1);
  });

  it('sets the document language from the export language', async () => {
    expect((await read('format=docx&variant=clean')).language).toBe('en-GB');
    expect((await read('format=docx&variant=tracked&lang=fr')).language).toBe('fr-FR');
  });
});
