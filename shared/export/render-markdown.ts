/**
 * Markdown: the title as `#`, headings as `##`, paragraph numbers as literal text (`1\.`) so every
 * viewer shows the editor's numbers; redlines as `~~deleted~~ **inserted** *[Group]*`. No raw HTML.
 */
import type { DescriptionPart } from './amendment-text.js';
import type { AmendmentEntry, Chunk, CompilationGroup, ExportView, ViewBlock } from './export-view.js';
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

function entryLines(entry: AmendmentEntry, indent: string, withGroup: boolean): string[] {
  const inner = `${indent}  `;
  const group = withGroup ? `**${markdownText(entry.group.name)}:** ` : '';
  const head = `${indent}- ${group}${markdownInline(descriptionPieces(entry.description), { atLineStart: !withGroup, indent: inner })}`;
  const facts = entry.facts.map((fact) => `${fact.label}: ${markdownText(fact.value, { atLineStart: false, indent: inner })}`);
  return [`${head}\\`, ...facts.map((fact, i) => `${inner}${fact}${i < facts.length - 1 ? '\\' : ''}`)];
}

function compilationLines(groups: readonly CompilationGroup[]): string[] {
  return groups.flatMap((group) => [`- **${markdownText(group.group.name)}**`, ...group.entries.flatMap((entry) => entryLines(entry, '  ', false))]);
}

function paragraphMarkdown(block: ViewBlock): string {
  const pieces = chunkPieces(block.chunks);
  const number = block.number ? `${block.number.replace(/^(\d+)\./, '$1\\.')} ` : '';
  const open = block.bracketed ? '\\[' : '';
  const body = markdownInline(pieces, { atLineStart: !number && !open });
  return `${number}${open}${body}${block.bracketed ? '\\]' : ''}`;
}

function blockLines(block: ViewBlock): string[] {
  if (block.kind === 'title') return [];
  if (block.kind === 'heading') return [atxHeading('##', markdownInline(chunkPieces(block.chunks, true), { atLineStart: false })), ''];
  const lines = [paragraphMarkdown(block), ''];
  if (block.others.length > 0) {
    lines.push(`*Also proposed on ${block.ref} (overlapping, or its text has changed):*`, '');
    lines.push(...block.others.flatMap((entry) => entryLines(entry, '', true)), '');
  }
  if (block.compilation.length > 0) {
    lines.push(`**Amendments to ${block.ref}**`, '', ...compilationLines(block.compilation), '');
  }
  return lines;
}

export function renderMarkdown(view: ExportView): string {
  const heading = exportHeading(view);
  const titleBlock = view.blocks.find((block) => block.kind === 'title');
  const title = titleBlock ? markdownInline(chunkPieces(titleBlock.chunks, true), { atLineStart: false }) : markdownText(heading.title);
  const lines = [atxHeading('#', title), '', `*${markdownText(heading.subtitle)}*`, ''];
  if (view.variant === 'tracked') lines.push('Legend: ~~deleted text~~ **inserted text** *\\[proposing group\\]*', '');
  for (const block of view.blocks) lines.push(...blockLines(block));
  if (view.orphans.length > 0) lines.push(`## ${heading.orphansTitle}`, '', ...compilationLines(view.orphans), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
