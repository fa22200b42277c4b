/**
 * The editor document's top-level blocks by id, each with its plain text exactly as the API counts it
 * (text runs joined, a hard break as '\n'), so that paragraph offset `o` is document position
 * `start + o`: every inline character and leaf is one position wide.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { isBlockKind, type BlockKind } from '../../../shared/document/kinds.js';
import { citeParagraphs, type ParagraphCitation } from '../../../shared/document/paragraph-citation.js';
import { numberBlocks } from '../../../shared/document/numbering.js';

export interface DocParagraph {
  id: string;
  kind: BlockKind;
  /** 1., (a), … or null. */
  number: string | null;
  /** Position of the block node itself. */
  pos: number;
  /** Position of offset 0 of its text. */
  start: number;
  nodeSize: number;
  text: string;
  /** Place among the document's blocks. */
  index: number;
  /** How people cite it: PP 12, OP 7 (b), a heading's words. */
  citation: ParagraphCitation;
}

export interface ParagraphIndex {
  list: readonly DocParagraph[];
  byId: ReadonlyMap<string, DocParagraph>;
}

export function paragraphText(node: PmNode): string {
  let text = '';
  node.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else if (child.type.name === 'hardBreak') text += '\n';
    // Any other inline leaf keeps offsets and positions aligned.
    else text += '\uFFFC';
  });
  return text;
}

export function indexParagraphs(doc: PmNode): ParagraphIndex {
  const kinds: BlockKind[] = [];
  const texts: string[] = [];
  doc.forEach((node) => {
    kinds.push(isBlockKind(node.type.name) ? node.type.name : 'preambular');
    texts.push(node.isTextblock ? paragraphText(node) : '');
  });
  const numbers = numberBlocks(kinds);
  const citations = citeParagraphs(kinds.map((kind, at) => ({ kind, text: texts[at] ?? '' })));
  const list: DocParagraph[] = [];
  const byId = new Map<string, DocParagraph>();
  let index = 0;
  doc.forEach((node, pos) => {
    const id: unknown = node.attrs.id;
    const kind = kinds[index] ?? 'preambular';
    if (typeof id === 'string' && node.isTextblock) {
      const citation = citations[index] ?? { kind: 'preambular', number: 0 };
      const paragraph = { id, kind, number: numbers[index] ?? null, pos, start: pos + 1, nodeSize: node.nodeSize, text: texts[index] ?? '', index, citation };
      list.push(paragraph);
      if (!byId.has(id)) byId.set(id, paragraph);
    }
    index += 1;
  });
  return { list, byId };
}

/** The paragraph holding document position `pos` (inside its text), if any. */
export function paragraphAt(index: ParagraphIndex, pos: number): DocParagraph | undefined {
  return index.list.find((paragraph) => pos >= paragraph.start && pos <= paragraph.start + paragraph.text.length);
}
