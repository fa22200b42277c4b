/**
 * The cold-open document: N small updates, two words each, typed by a dozen authors into
 * operative paragraphs of about 200 words, on top of a given starting state.
 */
import * as Y from 'yjs';
import { fragmentOf, newBlock } from '../../load/bench-document.js';

export interface ColdCorpus {
  base: Uint8Array;
  updates: Uint8Array[];
  /** Everything merged: what a fully synced client holds. */
  finalState: Uint8Array;
  stateVector: Map<number, number>;
  words: number;
  updateBytes: number;
}

const WORDS = (
  'recognizing reaffirming the importance of digital inclusion for all stakeholders calls upon member states ' +
  'to strengthen international cooperation on information and communication technologies for sustainable ' +
  'development encourages governments private sector civil society technical community academia and ' +
  'international organizations to bridge the digital divide welcomes the progress made since the summit ' +
  'notes with concern persistent gaps in connectivity affordability skills and trust requests the secretary ' +
  'general to report on implementation decides to review progress'
).split(' ');

const UPDATES_PER_PARAGRAPH = 100;
const AUTHORS = 12;

export function buildCorpus(base: Uint8Array, updateCount: number, wordsPerUpdate = 2): ColdCorpus {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  const authors = Array.from({ length: AUTHORS }, (_, i) => 1_000_000 + i * 7_919);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const fragment = fragmentOf(doc);
  let text: Y.XmlText | null = null;
  let word = 0;
  const nextWords = () => {
    let chunk = '';
    for (let i = 0; i < wordsPerUpdate; i++) chunk += ` ${WORDS[word++ % WORDS.length] ?? 'text'}`;
    return chunk;
  };
  for (let i = 0; i < updateCount; i++) {
    if (i % UPDATES_PER_PARAGRAPH === 0) {
      // Each paragraph is typed by one author; the Yjs client id is who typed it.
      doc.clientID = authors[(i / UPDATES_PER_PARAGRAPH) % AUTHORS] ?? 1;
      const block = newBlock('operative', nextWords().trimStart());
      fragment.push([block]);
      const first = block.get(0);
      text = first instanceof Y.XmlText ? first : null;
    } else if (text) {
      text.insert(text.length, nextWords());
    }
  }
  return {
    base,
    updates,
    finalState: Y.encodeStateAsUpdate(doc),
    stateVector: Y.decodeStateVector(Y.encodeStateVector(doc)),
    words: updateCount * wordsPerUpdate,
    updateBytes: updates.reduce((total, update) => total + update.length, 0),
  };
}

/** True when `doc` holds everything the corpus holds. */
export function covers(doc: Y.Doc, expected: Map<number, number>): boolean {
  const actual = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of expected) if ((actual.get(client) ?? 0) < clock) return false;
  return true;
}
