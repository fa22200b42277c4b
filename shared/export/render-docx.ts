/**
 * A Word document built with the `docx` library: styles for title, headings and numbered paragraphs
 * (Word numbering, so Word renumbers as the editor does), page numbers in the footer, title and revision
 * in the header, the captions' language, each paragraph's id as a bookmark, and open amendments as real
 * tracked changes whose author is the proposing group.
 */
import { Bookmark, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { listParagraphs, runOptions, sectionParagraphs } from './docx-amendment-notes.js';
import { blockNumbering, NUMBERING, type BlockNumbering } from './docx-numbering.js';
import { markRun, paragraphChanges, RevisionIds, wordDate, type ParagraphChange } from './docx-paragraph-marks.js';
import { docxStyles, pageFooter, pageHeader, SECTION_PROPERTIES, STYLE } from './docx-styles.js';
import { stripInvalidXmlChars } from './escape.js';
import { exportHeading } from './export-heading.js';
import type { ExportAmendment } from './export-model.js';
import type { Chunk, ExportView, ViewBlock } from './export-view.js';

function chunkRuns(chunk: Chunk, amendment: ExportAmendment | undefined, ids: RevisionIds): ParagraphChild[] {
  const options = chunk.runs.flatMap((run) => runOptions(run));
  if (chunk.type === 'same' || !amendment) return options.map((option) => new TextRun(option));
  const change = { author: chunk.group?.name ?? amendment.author.groupId, date: wordDate(amendment.createdAt) };
  return options.map((option) =>
    chunk.type === 'deleted' ? new DeletedTextRun({ ...option, ...change, id: ids.take() }) : new InsertedTextRun({ ...option, ...change, id: ids.take() }),
  );
}

const KIND_STYLES = { preambular: STYLE.preambular, operative: STYLE.operative, subparagraph: STYLE.subItem } as const;

/** Where a later import finds the paragraph's id again: a bookmark around its text. */
export const bookmarkName = (paragraphId: string) => `concord_${paragraphId}`;

interface BlockContext {
  amendments: Map<string, ExportAmendment>;
  ids: RevisionIds;
  /** Blocks that carry their id: the model's, not a proposed paragraph's or a repeated id's stand-in key. */
  paragraphIds: Set<string>;
  changeOf: (block: ViewBlock) => ParagraphChange | null;
  numbering: Map<ViewBlock, BlockNumbering>;
}

/** Text the export adds around the paragraph's own (its brackets), deleted with it when the paragraph is. */
function addedRun(text: string, change: ParagraphChange | null, ids: RevisionIds): ParagraphChild {
  if (change?.type === 'deleted') return new DeletedTextRun({ text, author: change.author, date: change.date, id: ids.take() });
  return new TextRun(text);
}

function blockParagraph(block: ViewBlock, context: BlockContext): Paragraph {
  const { amendments, ids } = context;
  const change = context.changeOf(block);
  const runs = block.chunks.flatMap((chunk) => chunkRuns(chunk, chunk.amendmentId === null ? undefined : amendments.get(chunk.amendmentId), ids));
  const text = block.bracketed ? [addedRun('[', change, ids), ...runs, addedRun(']', change, ids)] : runs;
  const children = context.paragraphIds.has(block.key) ? [new Bookmark({ id: bookmarkName(block.key), children: text })] : text;
  const mark = markRun(change, ids);
  if (block.kind === 'title') return new Paragraph({ heading: HeadingLevel.TITLE, children, ...mark });
  if (block.kind === 'heading') return new Paragraph({ heading: HeadingLevel.HEADING_1, children, ...mark });
  const numbering = context.numbering.get(block);
  return new Paragraph({ style: KIND_STYLES[block.kind], ...(numbering ? { numbering } : {}), children, ...mark });
}

export function buildDocx(view: ExportView): Document {
  const heading = exportHeading(view);
  const numbers = blockNumbering(view.blocks.map((block) => block.kind));
  const context: BlockContext = {
    amendments: new Map(view.amendments.map((amendment) => [amendment.id, amendment])),
    ids: new RevisionIds(),
    paragraphIds: new Set(view.model.blocks.flatMap((block) => (block.id === null ? [] : [block.id]))),
    changeOf: paragraphChanges(view),
    numbering: new Map(view.blocks.flatMap((block, index) => {
      const numbering = numbers[index];
      return numbering ? [[block, numbering] as const] : [];
    })),
  };
  const hasTitle = view.blocks.some((block) => block.kind === 'title');
  const children: Paragraph[] = hasTitle ? [] : [new Paragraph({ heading: HeadingLevel.TITLE, text: stripInvalidXmlChars(heading.title) })];
  let endsDeleted = false;
  for (const block of view.blocks) {
    children.push(blockParagraph(block, context));
    endsDeleted = context.changeOf(block)?.type === 'deleted';
    if (block.kind === 'title') children.push(new Paragraph({ style: STYLE.meta, text: stripInvalidXmlChars(heading.subtitle) }));
    for (const list of block.lists) {
      children.push(...listParagraphs(list, view.captions));
      endsDeleted = false;
    }
  }
  if (!hasTitle) children.splice(1, 0, new Paragraph({ style: STYLE.meta, text: stripInvalidXmlChars(heading.subtitle) }));
  if (view.orphans) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: view.orphans.title }), ...sectionParagraphs(view.orphans.sections, view.captions.colon));
    endsDeleted = false;
  }
  // A deleted paragraph mark joins its paragraph to the next one; the last paragraph's mark has no next.
  if (endsDeleted) children.push(new Paragraph({}));
  return new Document({
    creator: 'Concord',
    title: stripInvalidXmlChars(heading.title),
    description: heading.variantLabel,
    styles: docxStyles(view.model.language),
    numbering: NUMBERING,
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
