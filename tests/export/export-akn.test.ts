import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXPORT_VARIANTS } from '../../shared/export/export-model.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { aknSchemaErrors, buildExportScenario, exported, type ExportScenario } from './export-support.js';

let server: TestServer;
let scenario: ExportScenario;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildExportScenario(server);
});
afterAll(async () => server.dispose());

async function akn(query: string): Promise<string> {
  return (await exported(server, scenario.document.chair.token, scenario.document.documentId, `format=akn&${query}`)).text;
}

/** The inner XML of the first element matching a tag and attribute filter. */
function element(xml: string, tag: string, attributes = ''): string {
  const match = new RegExp(`<${tag}${attributes}[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml);
  return match?.[1] ?? '';
}

describe('the Akoma Ntoso export', () => {
  it.each(EXPORT_VARIANTS)('is valid against the Akoma Ntoso 3.0 schema (%s)', async (variant) => {
    expect(await aknSchemaErrors(await akn(`variant=${variant}`))).toEqual([]);
  });

  it('is valid for a revision too, and for a text with no operative paragraph and odd characters', async () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('default');
    const title = new Y.XmlElement('title');
    title.insert(0, [new Y.XmlText('Odd\u0001 <title> & more')]);
    const heading = new Y.XmlElement('heading');
    heading.insert(0, [new Y.XmlText('Only a heading')]);
    fragment.insert(0, [title, heading]);
    const revision = server.deps.revisions.insert({
      documentId: scenario.document.documentId, kind: 'named', name: 'Zero draft', state: Y.encodeStateAsUpdate(doc), stateHash: 'x',
      paragraphs: [], contributors: [], createdBy: null, restoredFrom: null,
    });
    for (const variant of EXPORT_VARIANTS) {
      const xml = await akn(`variant=${variant}&revision=${revision.id}`);
      expect(await aknSchemaErrors(xml), variant).toEqual([]);
      expect(xml).toContain('Odd &lt;title&gt; &amp; more');
    }
  });

  it('identifies the document with FRBR after AKN4UN: country un, a three-letter language, work and expression IRIs', async () => {
    const xml = await akn('variant=clean');
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">');
    expect(xml).toMatch(/<doc name="chairsSummary">/);
    const work = element(xml, 'FRBRWork');
    expect(work).toMatch(/<FRBRthis value="\/akn\/un\/doc\/chairs-summary\/\d{4}-\d{2}-\d{2}\/chairs-summary-of-the-wsis20-review\/!main"\/>/);
    expect(work).toContain('<FRBRcountry value="un"/>');
    expect(work).toMatch(/<FRBRauthor href="#chair"/);
    const expression = element(xml, 'FRBRExpression');
    expect(expression).toMatch(/<FRBRuri value="\/akn\/un\/doc\/chairs-summary\/[\d-]+\/chairs-summary-of-the-wsis20-review\/eng@live"\/>/);
    expect(expression).toContain('<FRBRlanguage language="eng"/>');
    expect(element(xml, 'FRBRManifestation')).toContain('<FRBRformat value="application/akn+xml"/>');
    const references = element(xml, 'references', ' source="#concord"');
    expect(references).toContain('<TLCOrganization eId="chair"');
    expect(references).toContain('<TLCOrganization eId="grp_civil-society" href="/akn/ontology/organizations/un/stakeholder-group/civil-society" showAs="Civil society"/>');
  });

  it('puts preambular paragraphs in the preamble and numbers operative paragraphs with eIds and sub-items nested', async () => {
    const xml = await akn('variant=clean');
    const preamble = element(xml, 'preamble');
    expect(preamble).toMatch(/<recitals eId="recitals_1"><heading[^>]*>Introduction<\/heading><recital eId="recital_1"><p><i>Recalling<\/i> the World Summit/);
    const body = element(xml, 'mainBody');
    expect(body).toMatch(/<section eId="sec_1"><heading eId="sec_1__heading">Actions<\/heading><paragraph eId="para_1"><num>1\.<\/num><content><p>Participants strongly support open standards for all\.<\/p><\/content><\/paragraph>/);
    expect(body).toMatch(/<paragraph eId="para_2"><num>2\.<\/num><intro><p>\[Participants call for a review in 2030 of:\]<\/p><\/intro><subparagraph eId="para_2__subpara_a"><num>\(a\)<\/num><content><p>closing the connectivity gap;<\/p>/);
    expect([...body.matchAll(/<num>([^<]+)<\/num>/g)].map((match) => match[1])).toEqual(
      scenario.paragraphs.map((paragraph) => paragraph.number).filter(Boolean),
    );
  });

  it('marks open amendments as ins/del attributed to their group and describes them in analysis', async () => {
    const xml = await akn('variant=tracked');
    const scripted = scenario.scripted.id;
    expect(xml).toContain(`<del eId="${scripted}__del" class="amendment deletion" refersTo="#grp_civil-society" title="Civil society">strongly support</del>`);
    expect(xml).toContain(`<ins eId="${scripted}__ins" class="amendment insertion" refersTo="#grp_civil-society" title="Civil society">welcome &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;endorse&quot;</ins>`);
    expect(xml).not.toContain('<script>');
    const mods = element(xml, 'activeModifications');
    expect(mods).toContain(`<textualMod type="substitution" eId="amod_1"><source href="#grp_civil-society"/><destination href="#para_1"/><old href="#${scripted}__del"/><new href="#${scripted}__ins"/></textualMod>`);
    expect(mods).toMatch(new RegExp(`<textualMod type="repeal" eId="amod_\\d+"><source href="#grp_private-sector"/><destination href="#para_3"/><old href="#${scenario.paragraphDeletion.id}__del"/></textualMod>`));
    expect(mods).toMatch(new RegExp(`<textualMod type="insertion"[^>]*><source href="#grp_technical-community"/><destination href="#para_new_1"/><new href="#${scenario.paragraphInsertion.id}__ins"/>`));
    // The overlapping amendment is listed under its paragraph and still described.
    expect(mods).toContain(`<old href="#${scenario.overlapping.id}__del"/>`);
    expect(xml).not.toContain(scenario.rejected.id);
  });

  it('lists every amendment, whatever its status, under its paragraph and group in the compilation', async () => {
    const xml = await akn('variant=compilation');
    const op2 = /<paragraph eId="para_2">[\s\S]*?<\/paragraph>/.exec(xml)?.[0] ?? '';
    expect(op2).toContain('<p class="heading">Amendments to OP 2</p>');
    expect(op2).toMatch(/<blockContainer eId="para_2__amendments_governments" class="amendments-by-group"><p class="group"><b>Governments<\/b><\/p><p class="amendment">Insert <ins [^>]*>December <\/ins>/);
    expect(op2).toMatch(/<b>Civil society<\/b><\/p><p class="amendment">Replace <del [^>]*>call for<\/del> with <ins [^>]*>demand<\/ins><\/p><p class="amendment-facts">Status: Rejected/);
    expect(xml).toContain('Rationale: Clearer &lt;script&gt;alert(1)&lt;/script&gt; &amp; shorter');
  });
});
