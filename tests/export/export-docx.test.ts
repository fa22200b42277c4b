import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildExportScenario, docxParts, exported, SCRIPT, type ExportScenario } from './export-support.js';
import { wordNumbers } from './word-numbers.js';

let server: TestServer;
let scenario: ExportScenario;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildExportScenario(server);
});
afterAll(async () => server.dispose());

async function wordParts(variant: string) {
  const file = await exported(server, scenario.document.chair.token, scenario.document.documentId, `format=docx&variant=${variant}`);
  return docxParts(file.bytes);
}

interface WordParagraph {
  style: string;
  text: string;
  xml: string;
}

/** The body's paragraphs in order: style and visible text (deleted text left out, tabs as "\t"), after the list number Word gives it and a tab. */
function paragraphsOf(documentXml: string, numberingXml = ''): WordParagraph[] {
  const numbers = wordNumbers(documentXml, numberingXml);
  return [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((match, index) => {
    const xml = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((piece) => (piece[0] === '<w:tab/>' ? '\t' : piece[1] ?? '')).join('');
    const number = numbers[index];
    return { style, text: `${number ? `${number}\t` : ''}${decodeXml(text)}`, xml };
  });
}

function decodeXml(text: string): string {
  const fragment = parseFragment(`<p>${text}</p>`);
  const p = fragment.childNodes[0];
  return p && 'childNodes' in p ? p.childNodes.map((node) => ('value' in node ? node.value : '')).join('') : text;
}

describe('the Word export', () => {
  it('writes the paragraphs in order with title, heading and paragraph styles and the editor numbers as Word numbering', async () => {
    const parts = await wordParts('clean');
    const paragraphs = paragraphsOf(parts['word/document.xml'] ?? '', parts['word/numbering.xml']);
    const body = paragraphs.filter((paragraph) => paragraph.style !== 'DocMeta');
    expect(body.map((paragraph) => [paragraph.style, paragraph.text])).toEqual([
      ['Title', "Chair's summary of the WSIS+20 review"],
      ['Heading1', 'Introduction'],
      ['Preambular', 'Recalling the World Summit on the Information Society,'],
      ['Preambular', 'Noting the attendance of 11,000 participants from 169 countries,'],
      ['Heading1', 'Actions'],
      ['Operative', '1.\tParticipants strongly support open standards for all.'],
      ['Operative', '2.\t[Participants call for a review in 2030 of:]'],
      ['SubItem', '(a)\tclosing the connectivity gap;'],
      ['SubItem', '(b)\treducing the cost of devices.'],
      ['Operative', '3.\tParticipants welcome the report of the Secretary-General.'],
    ]);
    expect(body.map((paragraph) => /^(\d+\.|\([a-z]+\))\t/.exec(paragraph.text)?.[1]).filter(Boolean)).toEqual(
      scenario.paragraphs.map((paragraph) => paragraph.number).filter(Boolean),
    );
    expect(parts['word/document.xml']).toContain('<w:i/>');
    expect(parts['word/document.xml']).not.toContain('<w:ins ');
    expect(parts['word/document.xml']).not.toMatch(/<w:t[^>]*>(\d+\.|\([a-z]+\))<\/w:t>/);
  });

  it('defines real styles with a hanging indent for numbered paragraphs', async () => {
    const styles = (await wordParts('clean'))['word/styles.xml'] ?? '';
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Title">/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">/);
    const operative = /<w:style w:type="paragraph" w:styleId="Operative">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(operative).toMatch(/<w:ind [^>]*w:hanging="720"/);
  });

  it('puts the title and revision in the header and a PAGE field in the footer', async () => {
    const parts = await wordParts('clean');
    const header = Object.entries(parts).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(header).toContain("Chair&apos;s summary of the WSIS+20 review");
    expect(header).toContain('Live text');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(parts['word/_rels/document.xml.rels']).toMatch(/header\d*\.xml/);
  });

  it('writes open amendments as real tracked changes whose author is the proposing group', async () => {
    const xml = (await wordParts('tracked'))['word/document.xml'] ?? '';
    const deletions = [...xml.matchAll(/<w:del w:id="\d+" w:author="([^"]+)" w:date="[^"]+">([\s\S]*?)<\/w:del>/g)].map((m) => [m[1], decodeXml((m[2] ?? '').replace(/<[^>]+>/g, ''))]);
    const insertions = [...xml.matchAll(/<w:ins w:id="\d+" w:author="([^"]+)" w:date="[^"]+">([\s\S]*?)<\/w:ins>/g)].map((m) => [m[1], decodeXml((m[2] ?? '').replace(/<[^>]+>/g, ''))]);
    expect(deletions).toEqual([
      ['Civil society', 'strongly support'],
      ['Private sector', 'Participants welcome the report of the Secretary-General.'],
    ]);
    expect(insertions).toEqual([
      ['Civil society', `welcome ${SCRIPT} & "endorse"`],
      ['Technical community', 'Participants note the role of the technical community.'],
      ['Governments', 'December '],
    ]);
    expect(xml).toContain('<w:delText');
    // The proposed new paragraph's mark is an insertion too, so rejecting it removes the paragraph.
    expect(xml).toMatch(/<w:rPr><w:ins w:id="\d+" w:author="Technical community"/);
    // The overlapping proposal stays visible, listed under its paragraph; the rejected one is not tracked.
    const listed = paragraphsOf(xml).filter((paragraph) => paragraph.style === 'AmendmentNote').map((paragraph) => paragraph.text);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain('Academia: Replace support open with back open');
    expect(xml).not.toContain('demand');
  });

  it('follows each paragraph with its amendments by group in the compilation', async () => {
    const parts = await wordParts('compilation');
    const paragraphs = paragraphsOf(parts['word/document.xml'] ?? '', parts['word/numbering.xml']);
    const texts = paragraphs.map((paragraph) => `${paragraph.style}: ${paragraph.text}`);
    const op2 = texts.findIndex((text) => text.startsWith('Operative: 2.'));
    expect(texts.slice(op2 + 1, op2 + 6)).toEqual([
      'AmendmentHeading: Amendments to OP 2',
      'AmendmentGroup: Governments',
      expect.stringContaining('Insert December  after'),
      'AmendmentGroup: Civil society',
      expect.stringMatching(/^AmendmentNote: Replace call for with demand\s*Status: Rejected/),
    ]);
  });
});
