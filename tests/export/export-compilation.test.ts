import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildExportScenario, exported, SCRIPT, type ExportScenario } from './export-support.js';
import { attr, elementsOf, parseElements, textOf } from './html-tree.js';

let server: TestServer;
let scenario: ExportScenario;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await buildExportScenario(server);
});
afterAll(async () => server.dispose());

async function compilation(format: string): Promise<string> {
  return (await exported(server, scenario.document.chair.token, scenario.document.documentId, `format=${format}&variant=compilation`)).text;
}

/** The text from the line starting with `from` up to the next line starting with `until`. */
function between(text: string, from: string, until: string): string {
  const start = text.indexOf(`\n${from}`);
  const end = text.indexOf(`\n${until}`, start + 1);
  expect(start, `"${from}" in the export`).toBeGreaterThanOrEqual(0);
  return text.slice(start, end < 0 ? undefined : end);
}

/** Group names in the order they appear, each with the lines that follow it. */
function groupsIn(section: string, groupLine: RegExp): string[] {
  return section.split('\n').flatMap((line) => {
    const match = groupLine.exec(line);
    return match?.[1] ? [match[1]] : [];
  });
}

describe('the compilation of amendments', () => {
  it('lists each amendment under its paragraph and group in plain text, with status, co-sponsors and rationale', async () => {
    const text = await compilation('txt');
    const op1 = between(text, '1. Participants', '2. [');
    expect(groupsIn(op1, /^ {5}(\S.*)$/)).toEqual(['Civil society', 'Technical community', 'Academia']);
    expect(op1).toContain('   Amendments to OP 1:');
    expect(op1).toContain(`       - Replace [-strongly support-] with {+welcome ${SCRIPT} & "endorse"+}`);
    expect(op1).toContain('         Status: Proposed');
    expect(op1).toContain('         Co-sponsors: Governments, Academia');
    expect(op1).toContain(`         Rationale: Clearer ${SCRIPT} & shorter`);
    expect(op1).toContain('       - Insert a new operative paragraph after this one: {+Participants note the role of the technical community.+}');
    expect(op1).toContain('       - Replace [-support open-] with {+back open+}');
    const op2 = between(text, '2. [', '    (a)');
    expect(groupsIn(op2, /^ {5}(\S.*)$/)).toEqual(['Governments', 'Civil society']);
    expect(op2).toMatch(/- Insert \{\+December \+\} after “…call for a review in”/);
    expect(op2).toMatch(/- Replace \[-call for-\] with \{\+demand\+\}\n\s+Status: Rejected\n\s+Proposed by: Amina Civil \(Civil society\)\n\s+Rationale: Stronger\.\n\s+Decision: Test chair, \d{4}-\d{2}-\d{2}: Not agreed\./);
    const op3 = between(text, '3. Participants', 'none');
    expect(groupsIn(op3, /^ {5}(\S.*)$/)).toEqual(['Private sector']);
    expect(op3).toContain('- Delete the paragraph: [-Participants welcome the report of the Secretary-General.-]');
  });

  it('lists them the same way in Markdown', async () => {
    const markdown = await compilation('md');
    const op1 = between(markdown, '1\\. Participants', '2\\. ');
    expect(op1).toContain('**Amendments to OP 1**');
    expect(groupsIn(op1, /^- \*\*(.+)\*\*$/)).toEqual(['Civil society', 'Technical community', 'Academia']);
    expect(op1).toContain('  - Replace ~~strongly support~~ with **welcome \\<script\\>alert(1)\\</script\\> \\& "endorse"**\\');
    expect(op1).toContain('    Co-sponsors: Governments, Academia\\');
    const op2 = between(markdown, '2\\. ', '(a) ');
    expect(groupsIn(op2, /^- \*\*(.+)\*\*$/)).toEqual(['Governments', 'Civil society']);
    expect(op2).toContain('    Status: Rejected\\');
  });

  it('lists them the same way in HTML, in a block after the paragraph', async () => {
    const all = parseElements(await compilation('html'));
    const blocks = all.filter((e) => attr(e, 'class') === 'amendments compilation');
    const byParagraph = new Map(blocks.map((block) => [attr(block, 'data-paragraph'), block]));
    const op1 = scenario.paragraphs.find((p) => p.number === '1.');
    const block = byParagraph.get(op1?.id ?? '');
    if (!block) throw new Error('no compilation block for operative paragraph 1');
    const inside = elementsOf(block);
    expect(inside.filter((e) => e.tagName === 'h3').map(textOf)).toEqual(['Amendments to OP 1']);
    expect(inside.filter((e) => e.tagName === 'h4').map(textOf)).toEqual(['Civil society', 'Technical community', 'Academia']);
    const items = inside.filter((e) => e.tagName === 'li').map(textOf);
    expect(items[0]).toBe(`Replace strongly support with welcome ${SCRIPT} & "endorse"Status: ProposedProposed by: Amina Civil (Civil society)Co-sponsors: Governments, AcademiaRationale: Clearer ${SCRIPT} & shorter`);
    expect(all.filter((e) => e.tagName === 'script')).toEqual([]);
    // The block follows its paragraph directly.
    const paragraph = all.find((e) => attr(e, 'id') === `p-${op1?.id}`);
    const parent = paragraph?.parentNode;
    if (!paragraph || !parent) throw new Error('operative paragraph 1 not found');
    const siblings = elementsOf(parent).filter((e) => e.parentNode === parent);
    expect(siblings[siblings.indexOf(paragraph) + 1]).toBe(block);
  });
});
