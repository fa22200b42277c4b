import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { aknSchemaErrors, buildExportScenario, docxParts, download, exported, type ExportScenario } from './export-support.js';

let server: TestServer;
let scenario: ExportScenario;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildExportScenario(server);
});
afterAll(async () => server.dispose());

async function text(query: string): Promise<string> {
  return (await exported(server, scenario.document.chair.token, scenario.document.documentId, query)).text;
}

/** The visible text of a DOCX's body, then of its footers. */
async function docxText(query: string): Promise<string> {
  const file = await exported(server, scenario.document.chair.token, scenario.document.documentId, query);
  const parts = await docxParts(file.bytes);
  const xml = Object.entries(parts).filter(([name]) => name === 'word/document.xml' || /^word\/footer\d*\.xml$/.test(name)).map(([, part]) => part).join('');
  return [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((match) => match[1]).join('');
}

const NBSP = '\u00a0';

describe('export captions in the language asked for', () => {
  it('writes English captions by default and French ones with lang=fr in plain text', async () => {
    const english = await text('format=txt&variant=compilation');
    expect(english).toContain('Compilation of amendments');
    expect(english).toContain('   Amendments to OP 1:');
    expect(english).toContain('Status: Proposed');
    const french = await text('format=txt&variant=compilation&lang=fr');
    expect(french).toContain('Compilation des amendements');
    expect(french).toContain(`   Amendements — paragraphe 1${NBSP}:`);
    expect(french).toContain(`Statut${NBSP}: Proposé`);
    expect(french).toContain(`Coauteurs${NBSP}: Governments, Academia`);
    expect(french).toMatch(/Remplacer \[-call for-\] par \{\+demand\+\}/);
    expect(french).toContain('Texte en cours');
    expect(french).not.toMatch(/Amendments to|Proposed by|Rationale/);
  });

  it('writes the tracked legend and the leftovers list in French in Markdown', async () => {
    const french = await text('format=md&variant=tracked&lang=fr');
    expect(french).toContain(`Légende${NBSP}: ~~texte supprimé~~ **texte inséré** *\\[groupe auteur\\]*`);
    expect(french).toContain(`*Autres propositions — paragraphe 1 (chevauchement, ou texte modifié depuis)${NBSP}:*`);
    const english = await text('format=md&variant=tracked');
    expect(english).toContain('*Also proposed on OP 1 (overlapping, or its text has changed):*');
  });

  it('marks the HTML page French and captions its lists in French', async () => {
    const french = await text('format=html&variant=compilation&lang=fr');
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('<h3>Amendements — paragraphe 1</h3>');
    expect(french).toContain(`<span class="fact-label">Justification${NBSP}:</span>`);
    expect(await text('format=html&variant=compilation')).toContain('<h3>Amendments to OP 1</h3>');
  });

  it('captions the DOCX compilation and its footer in French', async () => {
    const french = await docxText('format=docx&variant=compilation&lang=fr');
    expect(french).toContain('Amendements — paragraphe 1');
    expect(french).toContain('Proposé par');
    expect(french).toContain(' sur ');
    const english = await docxText('format=docx&variant=compilation');
    expect(english).toContain('Amendments to OP 1');
    expect(english).toContain(' of ');
  });

  it('writes a valid French Akoma Ntoso expression', async () => {
    const xml = await text('format=akn&variant=compilation&lang=fr');
    expect(xml).toContain('<FRBRlanguage language="fra"/>');
    expect(xml).toMatch(/\/fra@live"/);
    expect(xml).toContain('<p class="heading">Amendements — paragraphe 1</p>');
    expect(xml).toContain('showAs="La présidence"');
    expect(await aknSchemaErrors(xml)).toEqual([]);
  });

  it('carries the language in the JSON export', async () => {
    expect(JSON.parse(await text('format=json&lang=fr'))).toMatchObject({ language: 'fr', revision: { name: 'Texte en cours' } });
    expect(JSON.parse(await text('format=json'))).toMatchObject({ language: 'en', revision: { name: 'Live text' } });
  });

  it('refuses a language it has no captions for', async () => {
    const response = await download(server, scenario.document.chair.token, scenario.document.documentId, 'format=txt&lang=de');
    expect(response.status).toBe(400);
    expect(response.text).toContain('lang must be one of en, fr');
  });
});
