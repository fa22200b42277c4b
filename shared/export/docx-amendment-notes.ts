/** The amendments a Word export lists in words, under a paragraph or by group in a compilation, and the runs of plain text. */
import { Paragraph, TextRun, type IRunOptions } from 'docx';
import type { DescriptionPart } from './amendment-text.js';
import { STYLE } from './docx-styles.js';
import { stripInvalidXmlChars } from './escape.js';
import type { ExportCaptions } from './export-captions.js';
import type { InlineRun } from './export-model.js';
import type { AmendmentEntry, AmendmentList, AmendmentSection } from './export-view.js';

/** Run options for one piece of text, a hard break (`\n`) starting a new line. */
export function runOptions(run: InlineRun, extra: Partial<IRunOptions> = {}): IRunOptions[] {
  return stripInvalidXmlChars(run.text).split('\n').map((text, index) => ({
    text,
    break: index > 0 ? 1 : undefined,
    bold: run.marks.includes('bold') || undefined,
    italics: run.marks.includes('italic') || undefined,
    underline: run.marks.includes('underline') ? {} : undefined,
    strike: run.marks.includes('strike') || undefined,
    ...extra,
  }));
}

function descriptionRuns(parts: readonly DescriptionPart[]): TextRun[] {
  return parts.flatMap((part) =>
    runOptions({ text: part.text, marks: [] }, part.type === 'deleted' ? { strike: true } : part.type === 'inserted' ? { bold: true, underline: {} } : {}).map((option) => new TextRun(option)),
  );
}

function entryParagraphs(entry: AmendmentEntry, colon: string, withGroup: boolean): Paragraph[] {
  const group = withGroup ? [new TextRun({ text: `${stripInvalidXmlChars(entry.group.name)}${colon} `, bold: true })] : [];
  const facts = entry.facts.flatMap((fact, index) => [
    new TextRun({ text: `${fact.label}${colon} `, bold: true, break: index === 0 ? 1 : undefined }),
    ...runOptions({ text: index < entry.facts.length - 1 ? `${fact.value}  ·  ` : fact.value, marks: [] }).map((option) => new TextRun(option)),
  ]);
  return [new Paragraph({ style: STYLE.amendment, children: [...group, ...descriptionRuns(entry.description), ...facts] })];
}

export function sectionParagraphs(sections: readonly AmendmentSection[], colon: string): Paragraph[] {
  return sections.flatMap(({ group, entries }) => [
    ...(group ? [new Paragraph({ style: STYLE.amendmentGroup, children: [new TextRun({ text: stripInvalidXmlChars(group.name), color: group.color.replace('#', '') })] })] : []),
    ...entries.flatMap((entry) => entryParagraphs(entry, colon, group === null)),
  ]);
}

export function listParagraphs(list: AmendmentList, captions: ExportCaptions): Paragraph[] {
  return [new Paragraph({ style: STYLE.amendmentHeading, text: stripInvalidXmlChars(list.title) }), ...sectionParagraphs(list.sections, captions.colon)];
}

