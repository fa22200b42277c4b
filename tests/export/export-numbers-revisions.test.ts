import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraphIndex, replaceInParagraph } from '../../shared/document/paragraph-text.js';
import { readBlocks } from '../../shared/document/read-blocks.js';
import { exportJsonSchema } from '../../shared/export/export-model.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildExportScenario, docxParts, exported, type ExportScenario } from './export-support.js';
import { wordNumbers } from './word-numbers.js';

let server: TestServer;
let scenario: ExportScenario;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildExportScenario(server);
});
afterAll(async () => server.dispose());

const docId = () => scenario.document.documentId;
const get = (query: string) => exported(server, scenario.document.chair.token, docId(), query);

/** The paragraph numbers each format shows, in order. */
const NUMBER_READERS: Record<string, (body: string) => string[]> = {
  txt: (text) => [...text.matchAll(/^ *(\d+\.|\([a-z]+\)) /gm)].map((m) => m[1] ?? ''),
  md: (markdown) => [...markdown.matchAll(/^(?:(\d+)\\\.|(\([a-z]+\))) /gm)].map((m) => (m[1] ? `${m[1]}.` : m[2] ?? '')),
  html: (html) => [...html.matchAll(/<span class="num">([^<]+)<\/span>/g)].map((m) => m[1] ?? ''),
  akn: (xml) => [...xml.matchAll(/<num>([^<]+)<\/num>/g)].map((m) => m[1] ?? ''),
  json: (json) => exportJsonSchema.parse(JSON.parse(json)).blocks.flatMap((block) => (block.number ? [block.number] : [])),
};

describe('paragraph numbers', () => {
  it('are the same in every format and variant, and equal to the numbers /paragraphs gives', async () => {
    const expected = scenario.paragraphs.flatMap((paragraph) => (paragraph.number ? [paragraph.number] : []));
    expect(expected).toEqual(['1.', '2.', '(a)', '(b)', '3.']);
    for (const variant of ['clean', 'tracked', 'compilation']) {
      for (const [format, read] of Object.entries(NUMBER_READERS)) {
        expect(read((await get(`format=${format}&variant=${variant}`)).text), `${format} ${variant}`).toEqual(expected);
      }
      const word = await docxParts((await get(`format=docx&variant=${variant}`)).bytes);
      const numbers = wordNumbers(word['word/document.xml'] ?? '', word['word/numbering.xml'] ?? '').filter((number) => number !== null);
      // The tracked file numbers its proposed new operative paragraph too, as Word would after Accept All.
      expect(numbers, `docx ${variant}`).toEqual(variant === 'tracked' ? ['1.', '2.', '3.', '(a)', '(b)', '4.'] : expected);
    }
  });
});

describe('the JSON export', () => {
  it('is the structured model: title, revision, groups, blocks with runs, and the amendments the variant shows', async () => {
    const clean = exportJsonSchema.parse(JSON.parse((await get('format=json&variant=clean')).text));
    expect(clean).toMatchObject({ format: 'concord-export', version: 1, variant: 'clean', revision: { id: null, name: 'Live text', slug: 'live' } });
    expect(clean.document.title).toBe("Chair's summary of the WSIS+20 review");
    expect(clean.groups.map((group) => group.id)).toContain('civil-society');
    expect(clean.blocks.map(({ id, kind, number, status, text }) => ({ id, kind, number, status, text }))).toEqual(
      scenario.paragraphs.map(({ id, kind, number, status, text }) => ({ id, kind, number, status, text })),
    );
    for (const block of clean.blocks) expect(block.runs.map((run) => run.text).join('')).toBe(block.text);
    expect(clean.amendments).toEqual([]);

    const tracked = exportJsonSchema.parse(JSON.parse((await get('format=json&variant=tracked')).text));
    expect(tracked.amendments.map((a) => a.id).sort()).toEqual(
      [scenario.scripted, scenario.overlapping, scenario.insertion, scenario.paragraphDeletion, scenario.paragraphInsertion].map((a) => a.id).sort(),
    );
    const op1 = tracked.blocks.find((block) => block.number === '1.');
    expect(op1?.segments?.filter((s) => s.type !== 'same').map((s) => [s.type, s.text, s.groupId])).toEqual([
      ['deleted', 'strongly support', 'civil-society'],
      ['inserted', scenario.scripted.proposed, 'civil-society'],
    ]);
    const compilation = exportJsonSchema.parse(JSON.parse((await get('format=json&variant=compilation')).text));
    expect(compilation.amendments).toHaveLength(6);
    expect(compilation.amendments.find((a) => a.id === scenario.scripted.id)?.cosponsors.map((c) => c.groupId)).toEqual(['governments', 'academia']);
  });
});

describe('exporting a revision', () => {
  it('shows the revision text and statuses, not the live ones, and lists amendments that no longer fit it', async () => {
    const live = server.deps.registry.open(docId()).doc;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(live));
    const op1 = scenario.paragraphs.find((p) => p.number === '1.');
    const op3 = scenario.paragraphs.find((p) => p.number === '3.');
    const element = paragraphIndex(doc).get(op1?.id ?? '')?.element;
    if (!element || !op1 || !op3?.id) throw new Error('paragraphs not found');
    const at = op1.text.indexOf('strongly support');
    replaceInParagraph(element, at, at + 'strongly support'.length, 'firmly support');
    const revision = server.deps.revisions.insert({
      documentId: docId(), kind: 'named', name: 'Rev.1', state: Y.encodeStateAsUpdate(doc), stateHash: 'x',
      paragraphs: readBlocks(doc, new Map([[op3.id, 'bracketed']])), contributors: [], createdBy: null, restoredFrom: null,
    });

    const text = await get(`format=txt&variant=clean&revision=${revision.id}`);
    expect(text.headers.get('content-disposition')).toBe('attachment; filename="chairs-summary-of-the-wsis20-review_rev1_clean.txt"');
    expect(text.text).toContain('Rev.1 · Clean text');
    expect(text.text).toContain('1. Participants firmly support open standards for all.');
    expect(text.text).not.toContain('strongly support');
    // Statuses as the revision recorded them: operative 3 bracketed, operative 2 (bracketed live since) open.
    expect(text.text).toContain('3. [Participants welcome the report of the Secretary-General.]');
    expect(text.text).toContain('2. Participants call for a review in 2030 of:');

    for (const format of ['html', 'md', 'json', 'akn']) {
      const body = (await get(`format=${format}&revision=${revision.id}`)).text;
      expect(body, format).toContain('firmly support');
      expect(body, format).not.toContain('strongly support');
    }
    const word = (await docxParts((await get(`format=docx&revision=${revision.id}`)).bytes));
    expect(word['word/document.xml']).toContain('firmly support');
    expect(Object.entries(word).find(([name]) => name.startsWith('word/header'))?.[1]).toContain('Rev.1');

    // The live amendment on "strongly support" is not in Rev.1's words: listed under its paragraph, not applied.
    const tracked = (await get(`format=txt&variant=tracked&revision=${revision.id}`)).text;
    expect(tracked).toContain('1. Participants firmly support open standards for all.');
    expect(tracked).toContain('   Also proposed on OP 1 (overlapping, or its text has changed):');
    expect(tracked).toContain('     - Civil society: Replace [-strongly support-] with');
  });

  it('lists amendments whose paragraph is not in the exported text at the end of the compilation', async () => {
    const doc = new Y.Doc();
    const title = new Y.XmlElement('title');
    title.insert(0, [new Y.XmlText('Zero draft')]);
    const paragraph = new Y.XmlElement('operative');
    paragraph.setAttribute('id', 'pzerodraft01');
    paragraph.insert(0, [new Y.XmlText('Participants met.')]);
    doc.getXmlFragment('default').insert(0, [title, paragraph]);
    const revision = server.deps.revisions.insert({
      documentId: docId(), kind: 'named', name: 'Zero draft', state: Y.encodeStateAsUpdate(doc), stateHash: 'x',
      paragraphs: [], contributors: [], createdBy: null, restoredFrom: null,
    });
    const text = (await get(`format=txt&variant=compilation&revision=${revision.id}`)).text;
    expect(text).toContain('1. Participants met.');
    const orphans = text.slice(text.indexOf('Amendments on paragraphs not in this text'));
    expect(orphans).toContain('Civil society');
    expect(orphans).toContain('- Replace [-call for-] with {+demand+}');
    expect(orphans).toContain('- Delete the paragraph: [-Participants welcome the report of the Secretary-General.-]');
  });
});
