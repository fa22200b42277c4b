/** Plain text: one line per paragraph, numbers as in the editor, redlines as `[-deleted-]{+inserted+} (Group)`. */
import type { DescriptionPart } from './amendment-text.js';
import type { AmendmentEntry, AmendmentSection, Chunk, ExportView, ViewBlock } from './export-view.js';
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

function entryLines(entry: AmendmentEntry, colon: string, indent: string, withGroup: boolean): string[] {
  const head = `${withGroup ? `${entry.group.name}${colon} ` : ''}${describe(entry.description)}`;
  const inner = `${indent}  `;
  return [
    `${indent}- ${indentLines(head, inner)}`,
    ...entry.facts.map((fact) => `${inner}${fact.label}${colon} ${indentLines(fact.value, `${inner}  `)}`),
  ];
}

function sectionLines(sections: readonly AmendmentSection[], colon: string, indent: string): string[] {
  return sections.flatMap(({ group, entries }) =>
    group
      ? [`${indent}${group.name}`, ...entries.flatMap((entry) => entryLines(entry, colon, `${indent}  `, false))]
      : entries.flatMap((entry) => entryLines(entry, colon, indent, true)));
}

function blockLines(block: ViewBlock, colon: string): string[] {
  const body = block.chunks.map(chunkText).join('');
  const text = block.bracketed ? `[${body}]` : body;
  if (block.kind === 'title') return [];
  if (block.kind === 'heading') return [text, '-'.repeat(Math.max(3, Math.min(text.length, 72))), ''];
  const indent = block.kind === 'subparagraph' ? SUB_INDENT : '';
  const prefix = block.number ? `${block.number} ` : '';
  const hanging = `${indent}${' '.repeat(prefix.length)}`;
  const lists = block.lists.flatMap((list) => [`${hanging}${list.title}${colon}`, ...sectionLines(list.sections, colon, `${hanging}  `), '']);
  return [`${indent}${prefix}${indentLines(text, hanging)}`, '', ...lists];
}

export function renderText(view: ExportView): string {
  const heading = exportHeading(view);
  const titleBlock = view.blocks.find((block) => block.kind === 'title');
  const title = titleBlock ? titleBlock.chunks.map(chunkText).join('') : heading.title;
  const lines = [title, '='.repeat(Math.max(3, Math.min(title.length, 72))), heading.subtitle];
  const { legend, colon } = view.captions;
  if (view.variant === 'tracked') lines.push(`${legend.label}${colon} [-${legend.deleted}-] {+${legend.inserted}+} (${legend.group})`);
  lines.push('');
  for (const block of view.blocks) lines.push(...blockLines(block, colon));
  if (view.orphans) {
    const { title, sections } = view.orphans;
    lines.push(title, '-'.repeat(title.length), ...sectionLines(sections, colon, ''), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
