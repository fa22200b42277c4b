/**
 * Reads each block's formatted text straight from the Y doc, beside `readBlocks`: the same elements in
 * the same order, and run texts that join to exactly the block's plain text, so the offsets amendments
 * are addressed by hold in the runs too.
 */
import * as Y from 'yjs';
import { FRAGMENT_NAME } from '../document/kinds.js';
import { readBlocks, type Block } from '../document/read-blocks.js';
import { MARKS, type InlineRun, type Mark } from './export-model.js';

export interface RichBlock extends Block {
  runs: InlineRun[];
}

// y-prosemirror stores a mark as a text attribute named after it, with `--<hash>` when it carries attributes.
function marksOf(attributes: Record<string, unknown> | undefined): Mark[] {
  if (!attributes) return [];
  const names = new Set(Object.keys(attributes).map((key) => key.split('--')[0]));
  return MARKS.filter((mark) => names.has(mark));
}

function pushRun(runs: InlineRun[], text: string, marks: Mark[]): void {
  if (text.length === 0) return;
  const last = runs[runs.length - 1];
  if (last && last.marks.length === marks.length && last.marks.every((mark, i) => mark === marks[i])) last.text += text;
  else runs.push({ text, marks });
}

/** Runs of one block; a hard break becomes `\n` in the run before it, as `blockText` counts it. */
export function inlineRuns(element: Y.XmlElement): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert === 'string') pushRun(runs, op.insert, marksOf(op.attributes));
      }
    } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
      pushRun(runs, '\n', runs[runs.length - 1]?.marks ?? []);
    }
  }
  return runs;
}

export function readRichBlocks(doc: Y.Doc): RichBlock[] {
  const elements = doc
    .getXmlFragment(FRAGMENT_NAME)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
  return readBlocks(doc).map((block) => {
    const element = elements[block.index];
    return { ...block, runs: element ? inlineRuns(element) : [{ text: block.text, marks: [] }] };
  });
}
