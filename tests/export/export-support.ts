/**
 * Export tests' shared set-up: a document with formatting, a bracketed paragraph and amendments from
 * several groups (one carrying `<script>` and `&`), downloads through the real route, and readers for
 * what comes back (DOCX parts, Akoma Ntoso validation).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import type { Paragraph } from '../../shared/api/documents.js';
import { api } from '../support/api.js';
import { paragraphs, proposeReplacement, decide } from '../support/amendments.js';
import { buildDocument, type TestDocument, type TestParticipant } from '../support/factories.js';
import type { TestServer } from '../support/test-server.js';

export const SCRIPT = '<script>alert(1)</script>';

export const MARKDOWN = `# Chair's summary of the WSIS+20 review

## Introduction

*Recalling* the World Summit on the Information Society,

*Noting* the attendance of **11,000** participants from 169 countries,

## Actions

1. Participants strongly support open standards for all.

1. Participants call for a review in 2030 of:

   - closing the connectivity gap;
   - reducing the cost of devices.

1. Participants welcome the report of the Secretary-General.
`;

export interface ExportScenario {
  document: TestDocument;
  civil: TestParticipant;
  academia: TestParticipant;
  governments: TestParticipant;
  privateSector: TestParticipant;
  technical: TestParticipant;
  observer: TestParticipant;
  /** Civil society: "strongly support" → a proposal with a script and an ampersand; co-sponsored by governments and academia. */
  scripted: AmendmentView;
  /** Academia: overlaps `scripted`, so it is listed under the paragraph rather than inline. */
  overlapping: AmendmentView;
  /** Governments: inserts "December " before 2030. */
  insertion: AmendmentView;
  /** Civil society: "call for" → "demand", rejected by the chair. */
  rejected: AmendmentView;
  /** Private sector: deletes operative paragraph 3. */
  paragraphDeletion: AmendmentView;
  /** Technical community: a new paragraph after operative paragraph 1. */
  paragraphInsertion: AmendmentView;
  /** The live paragraphs as `/paragraphs` gives them. */
  paragraphs: Paragraph[];
}

async function propose(server: TestServer, who: TestParticipant, documentId: string, body: Record<string, unknown>): Promise<AmendmentView> {
  const response = await api<{ amendment: AmendmentView }>(server.url, 'POST', `/api/documents/${documentId}/amendments`, { token: who.token, body });
  if (response.status !== 201) throw new Error(`proposal refused: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.amendment;
}

async function replacement(server: TestServer, who: TestParticipant, documentId: string, expected: string, proposed: string, rationale: string): Promise<AmendmentView> {
  const response = await proposeReplacement(server.url, who.token, documentId, expected, proposed, rationale);
  if (response.status !== 201) throw new Error(`proposal refused: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.amendment;
}

export async function buildExportScenario(server: TestServer): Promise<ExportScenario> {
  const document = buildDocument(server.deps, { markdown: MARKDOWN });
  const id = document.documentId;
  const civil = document.invite('stakeholder', { name: 'Amina Civil', groupId: 'civil-society' });
  const academia = document.invite('stakeholder', { name: 'Ben Academic', groupId: 'academia' });
  const governments = document.invite('stakeholder', { name: 'Carla Delegate', groupId: 'governments' });
  const privateSector = document.invite('stakeholder', { name: 'Dan Business', groupId: 'private-sector' });
  const technical = document.invite('stakeholder', { name: 'Eve Engineer', groupId: 'technical-community' });
  const observer = document.invite('observer', { name: 'Olga Observer', groupId: 'international-organizations' });

  const scripted = await replacement(server, civil, id, 'strongly support', `welcome ${SCRIPT} & "endorse"`, `Clearer ${SCRIPT} & shorter`);
  for (const supporter of [governments, academia]) {
    const supported = await api(server.url, 'POST', `/api/documents/${id}/amendments/${scripted.id}/support`, { token: supporter.token });
    if (supported.status !== 200) throw new Error(`support refused: ${supported.status}`);
  }
  const overlapping = await replacement(server, academia, id, 'support open', 'back open', 'Simpler.');
  const live = await paragraphs(server.url, document.chair.token, id);
  const review = live.find((paragraph) => paragraph.text.includes('review in 2030'));
  const welcome = live.find((paragraph) => paragraph.text.includes('welcome the report'));
  const first = live.find((paragraph) => paragraph.number === '1.');
  if (!review?.id || !welcome?.id || !first?.id) throw new Error('scenario paragraphs not found');
  const at = review.text.indexOf('2030');
  const insertion = await propose(server, governments, id, { paragraphId: review.id, from: at, to: at, expected: '', proposed: 'December ', rationale: 'A date.' });
  const rejected = await replacement(server, civil, id, 'call for', 'demand', 'Stronger.');
  const decided = await decide(server.url, document.chair.token, id, rejected.id, 'reject', 'Not agreed.');
  if (decided.status !== 200) throw new Error(`decision refused: ${decided.status}`);
  const paragraphDeletion = await propose(server, privateSector, id, { kind: 'delete-paragraph', paragraphId: welcome.id, rationale: 'Redundant.' });
  const paragraphInsertion = await propose(server, technical, id, {
    kind: 'insert-paragraph', paragraphId: first.id, paragraphKind: 'operative', proposed: 'Participants note the role of the technical community.', rationale: 'Balance.',
  });
  const bracketed = await api(server.url, 'PUT', `/api/documents/${id}/paragraphs/${review.id}/status`, { token: document.chair.token, body: { status: 'bracketed' } });
  if (bracketed.status !== 200) throw new Error(`status refused: ${bracketed.status} ${JSON.stringify(bracketed.body)}`);
  return {
    document, civil, academia, governments, privateSector, technical, observer,
    scripted, overlapping, insertion, rejected: decided.body.amendment, paragraphDeletion, paragraphInsertion,
    paragraphs: await paragraphs(server.url, document.chair.token, id),
  };
}

export interface Download {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  text: string;
}

export async function download(server: TestServer, token: string | undefined, documentId: string, query: string): Promise<Download> {
  const response = await fetch(`${server.url}/api/documents/${documentId}/export?${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: new TextDecoder().decode(bytes) };
}

/** Downloads and fails loudly on anything but a 200. */
export async function exported(server: TestServer, token: string, documentId: string, query: string): Promise<Download> {
  const result = await download(server, token, documentId, query);
  if (result.status !== 200) throw new Error(`export ${query} answered ${result.status}: ${result.text}`);
  return result;
}

export async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file && /\.(xml|rels)$/.test(name)) parts[name] = await file.async('string');
  }
  return parts;
}

const SCHEMA_DIR = resolve(import.meta.dirname, '../../fixtures/schemas');
const AKN_XSD = readFileSync(resolve(SCHEMA_DIR, 'akomantoso30.xsd'), 'utf8');
const XML_XSD = readFileSync(resolve(SCHEMA_DIR, 'xml.xsd'), 'utf8');

/** xmllint's verdict against the Akoma Ntoso 3.0 schema: the error messages, none when valid. */
export async function aknSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.akn.xml', contents: xml }],
    schema: [{ fileName: 'akomantoso30.xsd', contents: AKN_XSD }],
    preload: [{ fileName: 'xml.xsd', contents: XML_XSD }],
  });
  return result.errors.map((error) => error.rawMessage);
}
