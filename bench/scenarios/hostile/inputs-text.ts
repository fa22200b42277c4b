/**
 * Hostile inputs that are text: one update of 150,000 empty paragraphs (past the blocks-per-update
 * limit), a 5,000-paragraph paste within the limits and every read after it, and the comparison of two
 * different 4,000-word paragraphs.
 */
import * as Y from 'yjs';
import { FRAGMENT_NAME } from '../../../shared/document/kinds.js';
import { newParagraphId } from '../../../shared/document/paragraph-id.js';
import { sleep } from '../../load/until.js';
import { collabUrl, n, newDocument, outcomeOfRoundTrip, type HostileInput, type InputContext, type InputKey, type InputOutcome } from './hostile-input.js';
import { RawCollab, updateMessage } from './raw-collab.js';

const MB = 1024 * 1024;

function block(text: string | null): Y.XmlElement {
  const element = new Y.XmlElement('operative');
  element.setAttribute('id', newParagraphId());
  if (text !== null) element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** Applies `change` to the client's copy and returns it as one update, as a provider would send it. */
function updateOf(client: RawCollab, change: (fragment: Y.XmlFragment) => void): Uint8Array {
  const before = Y.encodeStateVector(client.doc);
  client.doc.transact(() => change(client.doc.getXmlFragment(FRAGMENT_NAME)));
  return Y.encodeStateAsUpdate(client.doc, before);
}

async function connected(context: InputContext, documentId: string, token: string): Promise<RawCollab> {
  const client = await RawCollab.open(collabUrl(context, documentId, token));
  await client.sync(context.budgetMs);
  return client;
}

/** Sends one update and waits until the server has handled it (or refused it). */
async function sendUpdate(context: InputContext, client: RawCollab, update: Uint8Array): Promise<InputOutcome> {
  client.send(updateMessage(update));
  return outcomeOfRoundTrip(await client.roundTrip(context.budgetMs));
}

export function emptyParagraphsInput(sizes: { emptyBlocks: number }): HostileInput {
  return {
    key: 'emptyBlocks',
    label: `one update of ${n(sizes.emptyBlocks)} empty paragraphs`,
    metrics: [{ key: 'emptyBlocks_updateMB', label: 'empty paragraphs: update MB', better: 'none', digits: 1 }],
    async prepare(context) {
      const documentId = await newDocument(context, { title: 'Hostile: empty paragraphs' });
      const drafter = await context.server.invite(documentId, 'Hostile drafter', 'drafter');
      const client = await connected(context, documentId, drafter);
      const update = updateOf(client, (fragment) => fragment.insert(fragment.length, Array.from({ length: context.sizes.emptyBlocks }, () => block(null))));
      return async () => {
        const outcome = await sendUpdate(context, client, update);
        client.close();
        return { ...outcome, figures: { emptyBlocks_updateMB: update.byteLength / MB } };
      };
    },
  };
}

interface PasteState {
  documentId: string;
  revisionId: string;
  amendmentId: string;
  amendedParagraphId: string;
  client: RawCollab;
}

/** The paste, then GET /paragraphs, an export, a compare and a stale check on the pasted document. */
export function pasteInputs(sizes: { pasteBlocks: number }): HostileInput[] {
  let state: PasteState | null = null;
  const pasted = (): PasteState => {
    if (!state) throw new Error('the paste was not made');
    return state;
  };
  const timedGet = (key: InputKey, label: string, path: (paste: PasteState) => string): HostileInput => ({
    key,
    label,
    metrics: [{ key: `${key}_answerMs`, label: `${label}: answer ms`, better: 'lower', digits: 0 }],
    async prepare(context) {
      const paste = pasted();
      return async () => {
        const answer = await context.chair.call('GET', path(paste));
        return { refused: null, figures: { [`${key}_answerMs`]: answer.ms } };
      };
    },
  });
  return [
    {
      key: 'paste',
      label: `a paste of ${n(sizes.pasteBlocks)} paragraphs`,
      async prepare(context) {
        const documentId = await newDocument(context, { title: 'Hostile: a long paste', fixture: 'wsis20-chairs-summary' });
        const base = `/api/documents/${documentId}`;
        const paragraphs = (await context.chair.call<{ paragraphs: Array<{ id: string; kind: string; text: string }> }>('GET', `${base}/paragraphs`)).body.paragraphs;
        const target = paragraphs.find((p) => p.kind === 'operative' && p.text.length > 0);
        if (!target) throw new Error('no operative paragraph to amend');
        // The whole paragraph, so that its text is found nowhere else once it is rewritten.
        const amendment = await context.chair.call<{ amendment: { id: string } }>('POST', `${base}/amendments`, {
          paragraphId: target.id, from: 0, to: target.text.length, expected: target.text, proposed: 'Amended', rationale: 'hostile bench',
        });
        const revision = await context.chair.call<{ revision: { id: string } }>('POST', `${base}/revisions`, { name: 'Before the paste' });
        const client = await connected(context, documentId, context.chairToken);
        state = { documentId, revisionId: revision.body.revision.id, amendmentId: amendment.body.amendment.id, amendedParagraphId: target.id, client };
        const words = 'the participants note the importance of digital inclusion for all stakeholders';
        const update = updateOf(client, (fragment) =>
          fragment.insert(fragment.length, Array.from({ length: context.sizes.pasteBlocks }, (_, i) => block(`Pasted paragraph ${i + 1}: ${words}.`))),
        );
        return () => sendUpdate(context, client, update);
      },
    },
    timedGet('pasteParagraphs', 'GET /paragraphs after the paste', (paste) => `/api/documents/${paste.documentId}/paragraphs`),
    timedGet('pasteExport', 'a tracked Word export after the paste', (paste) => `/api/documents/${paste.documentId}/export?format=docx&variant=tracked`),
    timedGet('pasteCompare', 'comparing the revision before the paste with it', (paste) => `/api/documents/${paste.documentId}/compare?from=${paste.revisionId}&to=live`),
    {
      key: 'pasteStale',
      label: 'an edit that makes an amendment stale, after the paste',
      metrics: [{ key: 'pasteStale_untilStaleMs', label: 'stale check: ms until stale', better: 'lower', digits: 0 }],
      async prepare(context) {
        const paste = pasted();
        const target = paste.client.doc
          .getXmlFragment(FRAGMENT_NAME)
          .toArray()
          .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute('id') === paste.amendedParagraphId);
        const text = target?.get(0);
        if (!(text instanceof Y.XmlText)) throw new Error('the amended paragraph is not in the pasted document');
        return async () => {
          const started = performance.now();
          const update = updateOf(paste.client, () => {
            text.delete(0, text.length);
            text.insert(0, 'Rewritten by the hostile bench.');
          });
          const outcome = await sendUpdate(context, paste.client, update);
          if (outcome.refused !== null || outcome.unanswered) return outcome;
          const path = `/api/documents/${paste.documentId}/amendments/${paste.amendmentId}`;
          const deadline = Date.now() + context.budgetMs;
          while ((await context.chair.call<{ amendment: { status: string } }>('GET', path)).body.amendment.status !== 'stale') {
            if (Date.now() > deadline) return { refused: null, figures: {}, note: 'the amendment did not turn stale' };
            await sleep(20);
          }
          paste.client.close();
          return { refused: null, figures: { pasteStale_untilStaleMs: performance.now() - started } };
        };
      },
    },
  ];
}

/** `count` words of three letters from one of two vocabularies that share none. */
function shortWords(letter: string, count: number): string {
  return Array.from({ length: count }, (_, i) => `${letter}${((i * 7_919) % 1_296).toString(36).padStart(2, '0')}`).join(' ');
}

export function wordDiffInput(sizes: { diffWords: number }): HostileInput {
  return {
    key: 'wordDiff',
    label: `comparing two different ${n(sizes.diffWords)}-word paragraphs`,
    metrics: [
      { key: 'wordDiff_answerMs', label: 'word diff: answer ms', better: 'lower', digits: 0 },
      { key: 'wordDiff_replacedWhole', label: 'word diff: paragraphs shown as a whole replacement', better: 'none', digits: 0 },
    ],
    async prepare(context) {
      const words = context.sizes.diffWords;
      const documentId = await newDocument(context, { title: 'Hostile: word diff', markdown: `# Word diff\n\n1. ${shortWords('k', words)}\n` });
      const base = `/api/documents/${documentId}`;
      const revision = await context.chair.call<{ revision: { id: string } }>('POST', `${base}/revisions`, { name: 'Rev.1' });
      const client = await connected(context, documentId, context.chairToken);
      const paragraph = client.doc.getXmlFragment(FRAGMENT_NAME).toArray().find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'operative');
      const text = paragraph?.get(0);
      if (!(text instanceof Y.XmlText)) throw new Error('no operative paragraph to rewrite');
      const rewritten = updateOf(client, () => {
        text.delete(0, text.length);
        text.insert(0, shortWords('q', words));
      });
      const taken = await sendUpdate(context, client, rewritten);
      client.close();
      if (taken.refused !== null) throw new Error(`the rewritten paragraph was refused: ${taken.note ?? ''}`);
      return async () => {
        const answer = await context.chair.call<{ paragraphs: Array<{ replacedWhole?: boolean }> }>('GET', `${base}/compare?from=${revision.body.revision.id}&to=live`);
        return { refused: null, figures: { wordDiff_answerMs: answer.ms, wordDiff_replacedWhole: answer.body.paragraphs.filter((p) => p.replacedWhole).length } };
      };
    },
  };
}
