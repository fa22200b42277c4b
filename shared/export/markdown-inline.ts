/**
 * Inline Markdown from formatted pieces of user text: escaped line by line, marks and redlines as
 * delimiters kept tight around the words (CommonMark ignores `** word**`), hard breaks as `\`.
 */
import { escapeMarkdownLine } from './escape.js';
import type { Mark } from './export-model.js';

export type Change = 'same' | 'deleted' | 'inserted';

export type MdPiece =
  | { kind: 'text'; text: string; marks: readonly Mark[]; change: Change }
  /** Already valid Markdown of ours (a label), placed as is. */
  | { kind: 'raw'; markdown: string };

const MARK_DELIMITERS: [Mark, string][] = [['strike', '~~'], ['bold', '**'], ['italic', '*']];
const CHANGE_DELIMITERS: Record<Change, string> = { same: '', deleted: '~~', inserted: '**' };

/** Wraps text in a delimiter, leaving its outer whitespace outside so the delimiter still counts. */
export function wrap(delimiter: string, text: string): string {
  if (!delimiter) return text;
  const start = text.length - text.trimStart().length;
  const core = text.trim();
  if (!core) return text;
  return `${text.slice(0, start)}${delimiter}${core}${delimiter}${text.slice(start + core.length)}`;
}

function marked(text: string, marks: readonly Mark[], change: Change): string {
  let out = text;
  for (const [mark, delimiter] of MARK_DELIMITERS) {
    // Inside a redline the change's own delimiter says it; the same mark again would collide with it.
    if (!marks.includes(mark) || (change === 'deleted' && mark === 'strike') || (change === 'inserted' && mark === 'bold')) continue;
    out = wrap(delimiter, out);
  }
  return out;
}

interface Item {
  change: Change | 'raw';
  markdown: string;
}

/** Markdown for a run of pieces; `atLineStart` when nothing of ours precedes the first piece on its line. */
export function markdownInline(pieces: readonly MdPiece[], options: { atLineStart: boolean; indent?: string } = { atLineStart: false }): string {
  const lines: Item[][] = [[]];
  let atLineStart = options.atLineStart;
  for (const piece of pieces) {
    const line = lines[lines.length - 1] ?? [];
    if (piece.kind === 'raw') {
      line.push({ change: 'raw', markdown: piece.markdown });
      atLineStart = false;
      continue;
    }
    piece.text.split('\n').forEach((part, index) => {
      if (index > 0) {
        lines.push([]);
        atLineStart = true;
      }
      const escaped = escapeMarkdownLine(part, atLineStart);
      if (!escaped) return;
      // Only what is written leaves the line start behind: leading blanks are dropped there.
      atLineStart = false;
      const current = lines[lines.length - 1] ?? [];
      const last = current[current.length - 1];
      const markdown = marked(escaped, piece.marks, piece.change);
      if (last && last.change === piece.change) last.markdown += markdown;
      else current.push({ change: piece.change, markdown });
    });
  }
  const rendered = lines.map((items) => items.map((item) => (item.change === 'raw' ? item.markdown : wrap(CHANGE_DELIMITERS[item.change], item.markdown))).join(''));
  // A break at the very end would leave a literal backslash: Markdown has no trailing hard break.
  while (rendered.length > 1 && rendered[rendered.length - 1] === '') rendered.pop();
  return rendered.join(`\\\n${options.indent ?? ''}`);
}

/** Plain user text (a rationale, a name) for Markdown, its line breaks kept as hard breaks. */
export function markdownText(text: string, options: { atLineStart: boolean; indent?: string } = { atLineStart: false }): string {
  return markdownInline([{ kind: 'text', text, marks: [], change: 'same' }], options);
}
