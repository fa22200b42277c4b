/**
 * Maps offsets in a paragraph's plain text (what the API and the UI count in) to places in its Yjs
 * content: text runs (Y.XmlText) separated by hard breaks, each break counting as one character.
 */
import * as Y from 'yjs';
import { FRAGMENT_NAME } from './kinds.js';

export interface TextSegment {
  text: Y.XmlText;
  /** Offset in the paragraph's plain text where this run starts. */
  start: number;
  length: number;
}

export function textSegments(paragraph: Y.XmlElement): TextSegment[] {
  const segments: TextSegment[] = [];
  let offset = 0;
  for (const child of paragraph.toArray()) {
    if (child instanceof Y.XmlText) {
      segments.push({ text: child, start: offset, length: child.length });
      offset += child.length;
    } else {
      offset += 1;
    }
  }
  return segments;
}

/** The text run and index holding `offset`; at a run boundary, the run ending there (or the next one with `preferNext`). */
export function locate(paragraph: Y.XmlElement, offset: number, preferNext = false): { text: Y.XmlText; index: number } | undefined {
  const segments = textSegments(paragraph);
  const candidates = segments.filter((segment) => offset >= segment.start && offset <= segment.start + segment.length);
  const segment = preferNext ? candidates[candidates.length - 1] : candidates[0];
  if (segment) return { text: segment.text, index: offset - segment.start };
  return undefined;
}

/** The paragraph-text offset of an index inside one of the paragraph's text runs. */
export function offsetOf(paragraph: Y.XmlElement, text: Y.XmlText, index: number): number | undefined {
  const segment = textSegments(paragraph).find((candidate) => candidate.text === text);
  return segment ? segment.start + index : undefined;
}

export interface ParagraphEntry {
  element: Y.XmlElement;
  index: number;
}

/** Every top-level block by id, built once for a batch of look-ups. */
export function paragraphIndex(doc: Y.Doc): Map<string, ParagraphEntry> {
  const index = new Map<string, ParagraphEntry>();
  doc
    .getXmlFragment(FRAGMENT_NAME)
    .toArray()
    .forEach((node, position) => {
      if (!(node instanceof Y.XmlElement)) return;
      const id = node.getAttribute('id');
      if (typeof id === 'string' && !index.has(id)) index.set(id, { element: node, index: position });
    });
  return index;
}

/** Deletes `[from, to)` of a paragraph's plain text and inserts `text` at `from`, across runs if need be. */
export function replaceInParagraph(paragraph: Y.XmlElement, from: number, to: number, text: string): void {
  for (const segment of [...textSegments(paragraph)].reverse()) {
    const start = Math.max(from, segment.start);
    const end = Math.min(to, segment.start + segment.length);
    if (end > start) segment.text.delete(start - segment.start, end - start);
  }
  if (text.length === 0) return;
  const at = locate(paragraph, from, true);
  if (at) {
    at.text.insert(at.index, text);
    return;
  }
  const run = new Y.XmlText();
  run.insert(0, text);
  paragraph.insert(paragraph.length, [run]);
}
