/** Reads the outcome document's blocks (id, kind, number, status, plain text) straight from the Y doc. */
import * as Y from 'yjs';
import { FRAGMENT_NAME, isBlockKind, type BlockKind, type ParagraphStatus } from './kinds.js';
import { numberBlocks } from './numbering.js';

export interface Block {
  id: string | null;
  index: number;
  kind: BlockKind;
  number: string | null;
  status: ParagraphStatus | null;
  text: string;
}

/** Plain text of a block: text runs joined, a hard break as a newline. */
export function blockText(element: Y.XmlElement): string {
  let text = '';
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') text += op.insert;
    } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
      text += '\n';
    }
  }
  return text;
}

/** Whether a block kind carries a status (headings and the title do not). */
export function hasStatus(kind: BlockKind): boolean {
  return kind !== 'title' && kind !== 'heading';
}

/** The blocks of a document; `statuses` holds the chair's paragraph statuses (absent means open). */
export function readBlocks(doc: Y.Doc, statuses: ReadonlyMap<string, ParagraphStatus> = new Map()): Block[] {
  const fragment = doc.getXmlFragment(FRAGMENT_NAME);
  const elements = fragment.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
  const kinds = elements.map((element) => (isBlockKind(element.nodeName) ? element.nodeName : 'preambular'));
  const numbers = numberBlocks(kinds);
  return elements.map((element, index) => {
    const kind = kinds[index] ?? 'preambular';
    const id = element.getAttribute('id');
    return {
      id: typeof id === 'string' ? id : null,
      index,
      kind,
      number: numbers[index] ?? null,
      status: hasStatus(kind) ? (typeof id === 'string' ? statuses.get(id) : undefined) ?? 'open' : null,
      text: blockText(element),
    };
  });
}

export function readTitle(doc: Y.Doc): string | undefined {
  const first = doc.getXmlFragment(FRAGMENT_NAME).get(0);
  return first instanceof Y.XmlElement && first.nodeName === 'title' ? blockText(first).trim() : undefined;
}
