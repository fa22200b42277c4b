import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lexer, marked, type Token } from 'marked';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildExportScenario, exported, SCRIPT, type ExportScenario } from './export-support.js';
import { attr, elementsOf, hasClass, isElement, parseElements, textOf, type HtmlElement } from './html-tree.js';

let server: TestServer;
let scenario: ExportScenario;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildExportScenario(server);
});
afterAll(async () => server.dispose());

async function download(format: string, variant: string): Promise<string> {
  return (await exported(server, scenario.document.chair.token, scenario.document.documentId, `format=${format}&variant=${variant}`)).text;
}

describe('the HTML export', () => {
  it('is a self-contained, print-ready page: charset, language, inline styles, no scripts or external assets', async () => {
    const html = await download('html', 'clean');
    const all = parseElements((html));
    expect(all[0] && attr(all[0], 'lang')).toBe('en');
    expect(all.some((e) => e.tagName === 'meta' && attr(e, 'charset') === 'utf-8')).toBe(true);
    const style = all.find((e) => e.tagName === 'style');
    expect(style && textOf(style)).toMatch(/@media print/);
    expect(style && textOf(style)).toMatch(/@page \{[^}]*margin/);
    expect(all.filter((e) => ['script', 'link', 'img', 'iframe'].includes(e.tagName))).toEqual([]);
    expect(all.filter((e) => attr(e, 'src') || attr(e, 'href'))).toEqual([]);
  });

  it('has the title as h1, headings as h2 and numbered paragraphs carrying the editor numbers', async () => {
    const all = parseElements((await download('html', 'clean')));
    expect(all.filter((e) => e.tagName === 'h1').map(textOf)).toEqual(["Chair's summary of the WSIS+20 review"]);
    expect(all.filter((e) => e.tagName === 'h2').map(textOf)).toEqual(['Introduction', 'Actions']);
    const numbered = all.filter((e) => e.tagName === 'p' && hasClass(e, 'numbered'));
    const childText = (element: HtmlElement, index: number) => {
      const child = element.childNodes[index];
      return child ? textOf(child) : '';
    };
    expect(numbered.map((p) => childText(p, 0))).toEqual(scenario.paragraphs.map((p) => p.number).filter(Boolean));
    expect(numbered.map((p) => childText(p, 1))[1]).toBe('[Participants call for a review in 2030 of:]');
    const preambular = all.filter((e) => e.tagName === 'p' && hasClass(e, 'preambular'));
    expect(preambular[0]?.childNodes.flatMap((child) => (isElement(child) ? elementsOf(child) : []))[0]?.tagName).toBe('em');
  });

  it('shows open amendments as ins/del in the group colour with the group named', async () => {
    const html = await download('html', 'tracked');
    const all = parseElements((html));
    const ins = all.filter((e) => e.tagName === 'ins' && attr(e, 'data-amendment') === scenario.scripted.id);
    expect(ins.map(textOf)).toEqual([`welcome ${SCRIPT} & "endorse"`]);
    const [inserted] = ins;
    if (!inserted) throw new Error('no insertion');
    expect(attr(inserted, 'title')).toBe(`Civil society (Amina Civil): Clearer ${SCRIPT} & shorter`);
    const groupClass = attr(inserted, 'class');
    expect(html).toMatch(new RegExp(`\\.${groupClass} \\{ color: #2c5340; \\}`));
    expect(all.filter((e) => hasClass(e, 'group-label')).map(textOf)).toContain('[Civil society]');
    expect(all.filter((e) => e.tagName === 'del').map(textOf)).toContain('strongly support');
  });

  it('keeps a script in an amendment or its rationale as text, never as an element', async () => {
    for (const variant of ['tracked', 'compilation']) {
      const html = await download('html', variant);
      const all = parseElements((html));
      expect(all.filter((e) => e.tagName === 'script'), variant).toEqual([]);
      expect(html).not.toContain('<script>');
      expect(all.map(textOf).join('')).toContain(SCRIPT);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; shorter');
    }
  });
});

describe('the Markdown export', () => {
  it('escapes what people wrote, so a script never becomes raw HTML once rendered', async () => {
    for (const variant of ['tracked', 'compilation']) {
      const markdown = await download('md', variant);
      expect(markdown).not.toMatch(/(?<!\\)<script/);
      expect(Lexer.lex(markdown).flatMap(function walk(token: Token): Token[] {
        return [token, ...('tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]).flatMap(walk) : [])];
      }).filter((token) => token.type === 'html'), variant).toEqual([]);
      const rendered = parseElements(await marked.parse(markdown, { gfm: true }));
      expect(rendered.filter((e) => e.tagName === 'script'), variant).toEqual([]);
      expect(rendered.map(textOf).join(''), variant).toContain(SCRIPT);
      expect(rendered.filter((e) => e.tagName === 'del').map(textOf), variant).toContain('strongly support');
    }
  });

  it('writes the title, headings and literal paragraph numbers, and redlines with group labels', async () => {
    const clean = await download('md', 'clean');
    expect(clean.startsWith("# Chair's summary of the WSIS+20 review\n")).toBe(true);
    expect(clean).toContain('\n## Actions\n');
    expect(clean).toContain('\n1\\. Participants strongly support open standards for all.\n');
    expect(clean).toContain('\n2\\. \\[Participants call for a review in 2030 of:\\]\n');
    expect(clean).toContain('\n(a) closing the connectivity gap;\n');
    expect(clean).toContain('\n*Recalling* the World Summit');
    const tracked = await download('md', 'tracked');
    expect(tracked).toContain('1\\. Participants ~~strongly support~~**welcome \\<script\\>alert(1)\\</script\\> \\& "endorse"** *\\[Civil society\\]* open standards');
    expect(tracked).toContain('~~Participants welcome the report of the Secretary-General.~~ *\\[Private sector\\]*');
  });
});

describe('the plain-text export', () => {
  it('numbers paragraphs as in the editor and writes redlines as [-deleted-]{+inserted+} (Group)', async () => {
    const text = await download('txt', 'tracked');
    expect(text).toContain(`1. Participants [-strongly support-]{+welcome ${SCRIPT} & "endorse"+} (Civil society) open standards for all.`);
    expect(text).toContain('2. [Participants call for a review in {+December +} (Governments)2030 of:]');
    expect(text).toContain('    (a) closing the connectivity gap;');
    expect(text).toContain('{+Participants note the role of the technical community.+} (Technical community)');
    expect(text).not.toContain('demand');
  });
});
