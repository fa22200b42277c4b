/**
 * Markdown: the title as `#`, headings as `##`, paragraph numbers as literal text (`1\.`) so every
 * viewer shows the editor's numbers; redlines as `~~deleted~~ **inserted** *[Group]*`. No raw HTML.
 */
import type { DescriptionPart } from './amendment-text.js';
import type { ExportCaptions } from './export-captions.js';
import type { AmendmentEntry, AmendmentList, AmendmentSection, Chunk, ExportView, ViewBlock } from './export-view.js';
import { exportHeading } from './export-heading.js';
import { markdownInline, markdownText, type MdPiece } from './markdown-inline.js';

function label(name: string): MdPiece {
  return { kind: 'raw', markdown: ` *\\[${markdownText(name)}\\]*` };
}

/** `oneLine` for headings: an ATX heading ends at the line break. */
function chunkPieces(chunks: readonly Chunk[], oneLine = false): MdPiece[] {
  return chunks.flatMap((chunk) => {
    const pieces: MdPiece[] = chunk.runs.map((run) => ({
      kind: 'text', text: oneLine ? run.text.replace(/\n/g, ' ') : run.text, marks: run.marks, change: chunk.type,
    }));
    if (chunk.endsAmendment && chunk.group) pieces.push(label(chunk.group.name));
    return pieces;
  });
}

/** An ATX heading line; a closing run of `#` would be taken for the heading's end marker. */
function atxHeading(level: string, markdown: string): string {
  return `${level} ${markdown.replace(/#+$/, (hashes) => hashes.replace(/#/g, '\\#'))}`;
}

function descriptionPieces(parts: readonly DescriptionPart[]): MdPiece[] {
  return parts.map((part) => ({ kind: 'text', text: part.text, marks: [], change: part.type === 'text' ? 'same' : part.type }));
}

function entryLines(entry: AmendmentEntry, colon: string, indent: string, withGroup: boolean): string[] {
  const inner = `${indent}  `;
  const group = withGroup ? `**${markdownText(`${entry.group.name}${colon}`)}** ` : '';
  const head = `${indent}- ${group}${markdownInline(descriptionPieces(entry.description), { atLineStart: !withGroup, indent: inner })}`;
  const facts = entry.facts.map((fact) => `${markdownText(`${fact.label}${colon}`)} ${markdownText(fact.value, { atLineStart: false, indent: inner })}`);
  return [`${head}\\`, ...facts.map((fact, i) => `${inner}${fact}${i < facts.length - 1 ? '\\' : ''}`)];
}

function sectionLines(sections: readonly AmendmentSection[], colon: string): string[] {
  return sections.flatMap(({ group, entries }) =>
    group
      ? [`- **${markdownText(group.name)}**`, ...entries.flatMap((entry) => entryLines(entry, colon, '  ', false))]
      : entries.flatMap((entry) => entryLines(entry, colon, '', true)));
}

/** Tracked leftovers under an italic lead-in, a compilation under a bold title. */
function listLines(list: AmendmentList, colon: string): string[] {
  const title = list.kind === 'others' ? `*${markdownText(`${list.title}${colon}`)}*` : `**${markdownText(list.title)}**`;
  return [title, '', ...sectionLines(list.sections, colon), ''];
}

function paragraphMarkdown(block: ViewBlock): string {
  const pieces = chunkPieces(block.chunks);
  const number = block.number ? `${block.number.replace(/^(\d+)\./, '$1\\.')} ` : '';
  const open = block.bracketed ? '\\[' : '';
  const body = markdownInline(pieces, { atLineStart: !number && !open });
  return `${number}${open}${body}${block.bracketed ? '\\]' : ''}`;
}

function blockLines(block: ViewBlock, captions: ExportCaptions): string[] {
  if (block.kind === 'title') return [];
  if (block.kind === 'heading') return [atxHeading('##', markdownInline(chunkPieces(block.chunks, true), { atLineStart: false })), ''];
  return [paragraphMarkdown(block), '', ...block.lists.flatMap((list) => listLines(list, captions.colon))];
}

export function renderMarkdown(view: ExportView): string {
  const heading = exportHeading(view);
  const titleBlock = view.blocks.find((block) => block.kind === 'title');
  const title = titleBlock ? markdownInline(chunkPieces(titleBlock.chunks, true), { atLineStart: false }) : markdownText(heading.title);
  const lines = [atxHeading('#', title), '', `*${markdownText(heading.subtitle)}*`, ''];
  const { legend, colon } = view.captions;
  if (view.variant === 'tracked') {
    lines.push(`${markdownText(`${legend.label}${colon}`)} ~~${markdownText(legend.deleted)}~~ **${markdownText(legend.inserted)}** *\\[${markdownText(legend.group)}\\]*`, '');
  }
  for (const block of view.blocks) lines.push(...blockLines(block, view.captions));
  if (view.orphans) lines.push(atxHeading('##', markdownText(view.orphans.title, { atLineStart: false })), '', ...sectionLines(view.orphans.sections, colon), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
