/**
 * The demo document with one open amendment of every kind, for reading the tracked Word export with
 * independent programs: replace, insert and delete inside paragraphs; new operative, sub-item, heading and
 * preambular paragraphs; deleted operative paragraphs (one before a heading, one the last, one bracketed) and a
 * deleted sub-item.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import type { Paragraph } from '../../shared/api/documents.js';
import { api } from '../support/api.js';
import { paragraphs } from '../support/amendments.js';
import { buildDocument, type TestDocument, type TestParticipant } from '../support/factories.js';
import type { TestServer } from '../support/test-server.js';

export const DEMO_MARKDOWN = readFileSync(resolve(import.meta.dirname, '../../fixtures/wsis20-chairs-summary.md'), 'utf8');

export interface WordScenario {
  document: TestDocument;
  /** The open amendments the tracked export shows as tracked changes. */
  amendments: AmendmentView[];
  /** The live paragraphs before any amendment is decided. */
  original: Paragraph[];
}

function find(live: readonly Paragraph[], needle: string): Paragraph & { id: string } {
  const found = live.find((paragraph) => paragraph.text.includes(needle));
  if (!found?.id) throw new Error(`no paragraph contains "${needle}"`);
  return { ...found, id: found.id };
}

export async function buildWordScenario(server: TestServer): Promise<WordScenario> {
  const document = buildDocument(server.deps, { markdown: DEMO_MARKDOWN });
  const id = document.documentId;
  const member = (groupId: string, name: string): TestParticipant => document.invite('stakeholder', { name, groupId });
  const civil = member('civil-society', 'Amina Civil');
  const governments = member('governments', 'Carla Delegate');
  const privateSector = member('private-sector', 'Dan Business');
  const technical = member('technical-community', 'Eve Engineer');
  const academia = member('academia', 'Ben Academic');
  const organizations = member('international-organizations', 'Ines Agency');
  const live = await paragraphs(server.url, document.chair.token, id);

  const inside = (paragraph: Paragraph & { id: string }, expected: string, proposed: string, at = paragraph.text.indexOf(expected)) => ({
    paragraphId: paragraph.id, from: at, to: at + expected.length, expected, proposed, rationale: 'Wording.',
  });
  const commitment = find(live, 'reaffirmed their commitment to the vision');
  const standards = find(live, 'importance of open technical standards');
  const actionLines = find(live, 'without reopening previously agreed principles');
  const cornerstone = find(live, 'WSIS process remains a cornerstone');
  const rights = find(live, 'same rights that people have offline');
  const languages = find(live, 'content and services in local languages');
  const accessibility = find(live, 'ensuring accessibility for persons with disabilities');
  const regulators = find(live, 'contribution of regulators');
  const beforeHeading = find(live, 'close alignment between the WSIS action lines');
  const mindful = find(live, 'lay the groundwork for the overall review');
  const last = live[live.length - 1];
  if (!last?.id) throw new Error('the demo has no last paragraph');
  const proposals: [TestParticipant, Record<string, unknown>][] = [
    [civil, inside(commitment, 'reaffirmed', 'renewed')],
    [governments, inside(standards, '', 'free and ', standards.text.indexOf('open technical standards'))],
    [privateSector, inside(actionLines, ', without reopening previously agreed principles', '')],
    [technical, { kind: 'insert-paragraph', paragraphId: cornerstone.id, paragraphKind: 'operative', proposed: 'Participants noted the role of the technical community in keeping the Internet open.', rationale: 'Balance.' }],
    [academia, { kind: 'insert-paragraph', paragraphId: rights.id, paragraphKind: 'heading', proposed: 'Research and education', rationale: 'A section of its own.' }],
    [organizations, { kind: 'insert-paragraph', paragraphId: languages.id, paragraphKind: 'subparagraph', proposed: 'supporting community networks;', rationale: 'Coverage.' }],
    [privateSector, { kind: 'delete-paragraph', paragraphId: regulators.id, rationale: 'Redundant.' }],
    [civil, { kind: 'delete-paragraph', paragraphId: accessibility.id, rationale: 'Covered elsewhere.' }],
    [governments, { kind: 'delete-paragraph', paragraphId: last.id, rationale: 'Procedural.' }],
    [technical, { kind: 'delete-paragraph', paragraphId: beforeHeading.id, rationale: 'Said in 1.' }],
    [academia, { kind: 'insert-paragraph', paragraphId: mindful.id, paragraphKind: 'preambular', proposed: 'Welcoming the contributions of academia,', rationale: 'Balance.' }],
  ];
  const propose = async (who: TestParticipant, body: Record<string, unknown>) => {
    const response = await api<{ amendment: AmendmentView }>(server.url, 'POST', `/api/documents/${id}/amendments`, { token: who.token, body });
    if (response.status !== 201) throw new Error(`proposal refused: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.amendment;
  };
  const amendments: AmendmentView[] = [];
  for (const [who, body] of proposals) amendments.push(await propose(who, body));
  // Brackets are text the export adds: deleted with a deleted paragraph, kept around a kept one.
  for (const paragraph of [regulators, cornerstone]) {
    const response = await api(server.url, 'PUT', `/api/documents/${id}/paragraphs/${paragraph.id}/status`, { token: document.chair.token, body: { status: 'bracketed' } });
    if (response.status !== 200) throw new Error(`status refused: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { document, amendments, original: await paragraphs(server.url, document.chair.token, id) };
}

/** Accepts every amendment shown as a tracked change through the API, oldest first: Concord's own text after Accept All. */
export async function acceptAll(server: TestServer, scenario: WordScenario): Promise<Paragraph[]> {
  const { documentId, chair } = scenario.document;
  for (const amendment of scenario.amendments) {
    const response = await api(server.url, 'POST', `/api/documents/${documentId}/amendments/${amendment.id}/decision`, { token: chair.token, body: { decision: 'accept', note: '' } });
    if (response.status !== 200) throw new Error(`accepting ${amendment.kind} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return paragraphs(server.url, chair.token, documentId);
}

/** A paragraph's text as the export writes it: in brackets when bracketed. */
export const shownText = (paragraph: Paragraph) => (paragraph.status === 'bracketed' ? `[${paragraph.text}]` : paragraph.text);

/** A paragraph as LibreOffice's text export writes it (without the indent): its list number, a space, its text. */
export const asTextLine = (paragraph: Paragraph) => (paragraph.number ? `${paragraph.number} ${shownText(paragraph)}` : shownText(paragraph));
