import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph } from '../../shared/api/documents.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { exported } from './export-support.js';
import { libreOfficeMissing, runLibreOffice, type LibreOfficeResult } from './libreoffice-support.js';
import { levelOf, pythonDocxMissing, readWithPythonDocx, STYLE_NAMES } from './python-docx-support.js';
import { acceptAll, asTextLine, buildWordScenario, type WordScenario } from './word-scenario.js';

const missing = libreOfficeMissing();
if (missing) console.warn(`Skipping the LibreOffice tests of the Word export: ${missing}`);

let server: TestServer;
let scenario: WordScenario;
let tracked: Uint8Array;
let clean: Uint8Array;
/** Concord's own text once every amendment is accepted through the API. */
let accepted: Paragraph[];

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildWordScenario(server);
  const { documentId, chair } = scenario.document;
  tracked = (await exported(server, chair.token, documentId, 'format=docx&variant=tracked')).bytes;
  clean = (await exported(server, chair.token, documentId, 'format=docx&variant=clean')).bytes;
  accepted = await acceptAll(server, scenario);
});
afterAll(async () => server?.dispose());

/**
 * LibreOffice's text, one line a paragraph, without the document-information line under the title, the
 * spaces that stand for a numbered paragraph's indent, and trailing empty lines.
 */
function bodyLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/^ +(?=\d+\. |\([a-z]+\) )/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  expect(lines[1], 'the document-information line under the title').toMatch(/^Live text · /);
  return [lines[0] ?? '', ...lines.slice(2)];
}

// LibreOffice starts slowly on a busy machine: each test may wait minutes for it.
const BUDGET = { timeout: 600_000 };
let run: Promise<LibreOfficeResult> | undefined;
const trackedRun = () => {
  run ??= runLibreOffice(tracked, ['accept', 'reject']);
  return run;
};

describe.skipIf(missing !== null)('the tracked Word export read by LibreOffice', () => {
  it('carries an open amendment of every kind, which change the text and its numbers', () => {
    expect(new Set(scenario.amendments.map((amendment) => amendment.kind))).toEqual(new Set(['replace', 'insert', 'delete', 'insert-paragraph', 'delete-paragraph']));
    expect(new Set(scenario.amendments.flatMap((amendment) => (amendment.paragraphKind ? [amendment.paragraphKind] : [])))).toEqual(new Set(['operative', 'heading', 'subparagraph', 'preambular']));
    expect(accepted.map(asTextLine)).not.toEqual(scenario.original.map(asTextLine));
    expect(scenario.original.filter((paragraph) => paragraph.status === 'bracketed')).toHaveLength(2);
    expect(accepted.filter((paragraph) => paragraph.kind === 'operative')).toHaveLength(scenario.original.filter((paragraph) => paragraph.kind === 'operative').length - 2);
  });

  it('gives the original text after Reject All: new paragraphs, headings included, gone whole, numbers as before', BUDGET, async () => {
    expect(bodyLines((await trackedRun()).texts.reject)).toEqual(scenario.original.map(asTextLine));
  });

  it('gives Concord’s text after Accept All: deleted paragraphs gone with their numbers, new ones numbered, the rest renumbered', BUDGET, async () => {
    expect(bodyLines((await trackedRun()).texts.accept)).toEqual(accepted.map(asTextLine));
  });

  it('reads the clean export as the text with its numbers', BUDGET, async () => {
    const { texts } = await runLibreOffice(clean, ['none']);
    expect(bodyLines(texts.none)).toEqual(scenario.original.map(asTextLine));
  });

  it.skipIf(pythonDocxMissing() !== null)('keeps every paragraph’s style and list level through Accept All and Reject All, as python-docx reads LibreOffice’s file', BUDGET, async () => {
    const { files } = await trackedRun();
    for (const [action, expected] of [['accept', accepted], ['reject', scenario.original]] as const) {
      const read = readWithPythonDocx(files[action]).paragraphs.filter((paragraph) => paragraph.style !== 'Document information' && paragraph.text !== '');
      expect(read.map(({ style, level }) => ({ style, level })), action).toEqual(expected.map((paragraph) => ({ style: STYLE_NAMES[paragraph.kind], level: levelOf(paragraph.kind) })));
    }
  });
});
