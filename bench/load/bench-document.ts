/**
 * The shape of the benchmark's documents, in Concord's schema: a title, then one operative
 * paragraph per writer, each owned by one writer who types at its end.
 */
import * as Y from 'yjs';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';
import { newParagraphId } from '../../shared/document/paragraph-id.js';
import { readMarkers, type EditMarker } from './markers.js';

export function fragmentOf(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(FRAGMENT_NAME);
}

export function newBlock(kind: 'title' | 'operative', text: string): Y.XmlElement {
  const element = new Y.XmlElement(kind);
  element.setAttribute('id', newParagraphId());
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** Adds a title if there is none and one paragraph per writer; returns the writers' paragraph ids. */
export function addWriterParagraphs(doc: Y.Doc, writers: number): string[] {
  const fragment = fragmentOf(doc);
  const ids: string[] = [];
  doc.transact(() => {
    const first = fragment.get(0);
    if (!(first instanceof Y.XmlElement && first.nodeName === 'title')) fragment.insert(0, [newBlock('title', 'Benchmark')]);
    for (let writer = 0; writer < writers; writer++) {
      const block = newBlock('operative', `Paragraph typed by writer ${writer}:`);
      fragment.push([block]);
      ids.push(String(block.getAttribute('id')));
    }
  });
  return ids;
}

/** The text a writer types into: the XmlText of its paragraph. */
export function paragraphText(doc: Y.Doc, paragraphId: string): Y.XmlText {
  for (const node of fragmentOf(doc).toArray()) {
    if (node instanceof Y.XmlElement && node.getAttribute('id') === paragraphId) {
      const text = node.get(0);
      if (text instanceof Y.XmlText) return text;
    }
  }
  throw new Error(`no paragraph ${paragraphId} in the document`);
}

/** Every edit marker present in a document's text (e.g. a document loaded from a server's disk). */
export function markersIn(doc: Y.Doc): EditMarker[] {
  const found: EditMarker[] = [];
  for (const node of fragmentOf(doc).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlText)) continue;
      for (const op of child.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') found.push(...readMarkers(op.insert));
    }
  }
  return found;
}
