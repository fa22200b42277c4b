/**
 * A Word document built with the `docx` library: styles for title, headings and numbered paragraphs
 * (numbers written from `numberBlocks`, so they match the editor, with a hanging indent), page numbers
 * in the footer, title and revision in the header, and open amendments as real tracked changes whose
 * author is the proposing group.
 */
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, Tab, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { DescriptionPart } from './amendment-text.js';
import { DOCX_STYLES, pageFooter, pageHeader, SECTION_PROPERTIES, STYLE } from './docx-styles.js';
import { stripInvalidXmlChars } from './escape.js';
import { exportHeading } from './export-heading.js';
import type { ExportAmendment, InlineRun } from './export-model.js';
import type { ExportCaptions } from './export-captions.js';
import type { AmendmentEntry, AmendmentList, AmendmentSection, Chunk, ExportView, ViewBlock } from './export-view.js';

/** Tracked changes need ids unique in the document. */
class RevisionIds {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

/** Word's dates carry no milliseconds. */
const wordDate = (iso: string) => iso.replace(/\.\d+Z$/, 'Z');

/** Run options for one piece of text, a hard break (`\n`) starting a new line. */
function runOptions(run: InlineRun, extra: Partial<IRunOptions> = {}): IRunOptions[] {
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

function chunkRuns(chunk: Chunk, amendment: ExportAmendment | undefined, ids: RevisionIds): ParagraphChild[] {
  const options = chunk.runs.flatMap((run) => runOptions(run));
  if (chunk.type === 'same' || !amendment) return options.map((option) => new TextRun(option));
  const change = { author: chunk.group?.name ?? amendment.author.groupId, date: wordDate(amendment.createdAt) };
  return options.map((option) =>
    chunk.type === 'deleted' ? new DeletedTextRun({ ...option, ...change, id: ids.take() }) : new InsertedTextRun({ ...option, ...change, id: ids.take() }),
  );
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

function sectionParagraphs(sections: readonly AmendmentSection[], colon: string): Paragraph[] {
  return sections.flatMap(({ group, entries }) => [
    ...(group ? [new Paragraph({ style: STYLE.amendmentGroup, children: [new TextRun({ text: stripInvalidXmlChars(group.name), color: group.color.replace('#', '') })] })] : []),
    ...entries.flatMap((entry) => entryParagraphs(entry, colon, group === null)),
  ]);
}

function listParagraphs(list: AmendmentList, captions: ExportCaptions): Paragraph[] {
  return [new Paragraph({ style: STYLE.amendmentHeading, text: stripInvalidXmlChars(list.title) }), ...sectionParagraphs(list.sections, captions.colon)];
}

const KIND_STYLES = { preambular: STYLE.preambular, operative: STYLE.operative, subparagraph: STYLE.subItem } as const;

function blockParagraphs(block: ViewBlock, captions: ExportCaptions, amendments: Map<string, ExportAmendment>, ids: RevisionIds): Paragraph[] {
  const runs = block.chunks.flatMap((chunk) => chunkRuns(chunk, chunk.amendmentId === null ? undefined : amendments.get(chunk.amendmentId), ids));
  const text = block.bracketed ? [new TextRun('['), ...runs, new TextRun(']')] : runs;
  if (block.kind === 'title') return [new Paragraph({ heading: HeadingLevel.TITLE, children: text })];
  if (block.kind === 'heading') return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: text })];
  const number = block.number ? [new TextRun({ children: [block.number, new Tab()] })] : [];
  const proposed = block.proposed;
  // A proposed new paragraph: its paragraph mark is an insertion too, so rejecting it in Word removes it whole.
  const mark = proposed ? { run: { insertion: { id: ids.take(), author: proposed.group.name, date: wordDate(proposed.amendment.createdAt) } } } : {};
  return [new Paragraph({ style: KIND_STYLES[block.kind], children: [...number, ...text], ...mark }), ...block.lists.flatMap((list) => listParagraphs(list, captions))];
}

export function buildDocx(view: ExportView): Document {
  const heading = exportHeading(view);
  const ids = new RevisionIds();
  const amendments = new Map(view.amendments.map((amendment) => [amendment.id, amendment]));
  const hasTitle = view.blocks.some((block) => block.kind === 'title');
  const children: Paragraph[] = hasTitle ? [] : [new Paragraph({ heading: HeadingLevel.TITLE, text: stripInvalidXmlChars(heading.title) })];
  for (const block of view.blocks) {
    children.push(...blockParagraphs(block, view.captions, amendments, ids));
    if (block.kind === 'title') children.push(new Paragraph({ style: STYLE.meta, text: stripInvalidXmlChars(heading.subtitle) }));
  }
  if (!hasTitle) children.splice(1, 0, new Paragraph({ style: STYLE.meta, text: stripInvalidXmlChars(heading.subtitle) }));
  if (view.orphans) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: view.orphans.title }), ...sectionParagraphs(view.orphans.sections, view.captions.colon));
  }
  return new Document({
    creator: 'Concord',
    title: stripInvalidXmlChars(heading.title),
    description: heading.variantLabel,
    styles: DOCX_STYLES,
    sections: [{
      properties: SECTION_PROPERTIES,
      headers: { default: pageHeader(stripInvalidXmlChars(heading.title), stripInvalidXmlChars(heading.revisionName)) },
      footers: { default: pageFooter(view.captions.page) },
      children,
    }],
  });
}

export async function renderDocx(view: ExportView): Promise<Uint8Array<ArrayBuffer>> {
  // A copy over a plain ArrayBuffer, as web Response bodies want.
  return Uint8Array.from(await Packer.pack(buildDocx(view), 'uint8array'));
}
