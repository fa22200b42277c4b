/** Plain text: one line per paragraph, numbers as in the editor, redlines as `[-deleted-]{+inserted+} (Group)`. */
import type { DescriptionPart } from './amendment-text.js';
import type { AmendmentEntry, Chunk, CompilationGroup, ExportView, ViewBlock } from './export-view.js';
import { exportHeading } from './export-heading.js';

const SUB_INDENT = '    ';

function chunkText(chunk: Chunk): string {
  const text = chunk.runs.map((run) => run.text).join('');
  const marked = chunk.type === 'deleted' ? `[-${text}-]` : chunk.type === 'inserted' ? `{+${text}+}` : text;
  return chunk.endsAmendment && chunk.group ? `${marked} (${chunk.group.name})` : marked;
}

function describe(parts: readonly DescriptionPart[]): string {
  return parts.map((part) => (part.type === 'deleted' ? `[-${part.text}-]` : part.type === 'inserted' ? `{+${part.text}+}` : part.text)).join('');
}

function indentLines(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

function entryLines(entry: AmendmentEntry, indent: string, withGroup: boolean): string[] {
  const head = `${withGroup ? `${entry.group.name}: ` : ''}${describe(entry.description)}`;
  const inner = `${indent}  `;
  return [
    `${indent}- ${indentLines(head, inner)}`,
    ...entry.facts.map((fact) => `${inner}${fact.label}: ${indentLines(fact.value, `${inner}  `)}`),
  ];
}

function compilationLines(groups: readonly CompilationGroup[], indent: string): string[] {
  return groups.flatMap((group) => [`${indent}${group.group.name}`, ...group.entries.flatMap((entry) => entryLines(entry, `${indent}  `, false))]);
}

function blockLines(block: ViewBlock): string[] {
  const body = block.chunks.map(chunkText).join('');
  const text = block.bracketed ? `[${body}]` : body;
  if (block.kind === 'title') return [];
  if (block.kind === 'heading') return [text, '-'.repeat(Math.max(3, Math.min(text.length, 72))), ''];
  const indent = block.kind === 'subparagraph' ? SUB_INDENT : '';
  const prefix = block.number ? `${block.number} ` : '';
  const hanging = `${indent}${' '.repeat(prefix.length)}`;
  const lines = [`${indent}${prefix}${indentLines(text, hanging)}`, ''];
  if (block.others.length > 0) {
    lines.push(`${hanging}Also proposed on ${block.ref} (overlapping, or its text has changed):`);
    lines.push(...block.others.flatMap((entry) => entryLines(entry, `${hanging}  `, true)), '');
  }
  if (block.compilation.length > 0) {
    lines.push(`${hanging}Amendments to ${block.ref}:`, ...compilationLines(block.compilation, `${hanging}  `), '');
  }
  return lines;
}

export function renderText(view: ExportView): string {
  const heading = exportHeading(view);
  const titleBlock = view.blocks.find((block) => block.kind === 'title');
  const title = titleBlock ? titleBlock.chunks.map(chunkText).join('') : heading.title;
  const lines = [title, '='.repeat(Math.max(3, Math.min(title.length, 72))), heading.subtitle];
  if (view.variant === 'tracked') lines.push('Legend: [-deleted text-] {+inserted text+} (proposing group)');
  lines.push('');
  for (const block of view.blocks) lines.push(...blockLines(block));
  if (view.orphans.length > 0) {
    lines.push(heading.orphansTitle, '-'.repeat(heading.orphansTitle.length), ...compilationLines(view.orphans, ''), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
