/** Word styles, page set-up, header and footer of the DOCX export. */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun, type IStylesOptions } from 'docx';
import type { ExportLanguage } from './export-captions.js';

export const STYLE = {
  preambular: 'Preambular',
  operative: 'Operative',
  subItem: 'SubItem',
  meta: 'DocMeta',
  amendmentHeading: 'AmendmentHeading',
  amendmentGroup: 'AmendmentGroup',
  amendment: 'AmendmentNote',
} as const;

/** Twips: an A4 page with 2.5 cm margins, paragraph numbers hanging 1.27 cm. */
export const PAGE = { width: 11906, height: 16838, margin: 1418, hang: 720 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const numbered = (left: number) => ({
  indent: { left, hanging: PAGE.hang },
  tabStops: [{ type: TabStopType.LEFT, position: left }],
  spacing: { after: 160 },
  alignment: AlignmentType.JUSTIFIED,
});

const note = { font: 'Arial', size: 18 };

/**
 * The language Word spell-checks and hyphenates in (`w:lang`). English is British English: the United
 * Nations writes Oxford spelling ("organization", "programme"), which en-GB accepts and en-US does not.
 */
export const WORD_LANGUAGES: Record<ExportLanguage, string> = { en: 'en-GB', fr: 'fr-FR' };

export const docxStyles = (language: ExportLanguage): IStylesOptions => ({
  default: {
    document: { run: { font: 'Times New Roman', size: 24, language: { value: WORD_LANGUAGES[language] } }, paragraph: { spacing: { line: 264 } } },
    title: { run: { font: 'Times New Roman', size: 32, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
    heading1: { run: { font: 'Times New Roman', size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
  },
  paragraphStyles: [
    { id: STYLE.preambular, name: 'Preambular paragraph', basedOn: 'Normal', next: STYLE.preambular, paragraph: { indent: { firstLine: PAGE.hang }, spacing: { after: 160 }, alignment: AlignmentType.JUSTIFIED } },
    { id: STYLE.operative, name: 'Operative paragraph', basedOn: 'Normal', next: STYLE.operative, paragraph: numbered(PAGE.hang) },
    { id: STYLE.subItem, name: 'Sub-item', basedOn: 'Normal', next: STYLE.subItem, paragraph: numbered(2 * PAGE.hang) },
    { id: STYLE.meta, name: 'Document information', basedOn: 'Normal', run: { ...note, italics: true, color: '444444' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
    { id: STYLE.amendmentHeading, name: 'Amendments heading', basedOn: 'Normal', run: { ...note, bold: true }, paragraph: { indent: { left: PAGE.hang }, spacing: { before: 60, after: 60 }, keepNext: true } },
    { id: STYLE.amendmentGroup, name: 'Amendments by group', basedOn: 'Normal', run: { ...note, bold: true }, paragraph: { indent: { left: PAGE.hang + 240 }, spacing: { after: 40 }, keepNext: true } },
    { id: STYLE.amendment, name: 'Amendment', basedOn: 'Normal', run: { ...note, color: '333333' }, paragraph: { indent: { left: PAGE.hang + 480 }, spacing: { after: 80 } } },
  ],
});

export function pageHeader(title: string, revisionName: string): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [new TextRun({ text: title, size: 16, font: 'Arial' }), new TextRun({ text: `\t${revisionName}`, size: 16, font: 'Arial' })],
      }),
    ],
  });
}

/** "Page 3 of 12": `words` are what goes before and between the two numbers. */
export function pageFooter(words: { before: string; between: string }): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [words.before, PageNumber.CURRENT, words.between, PageNumber.TOTAL_PAGES], size: 16, font: 'Arial' })],
      }),
    ],
  });
}

export const SECTION_PROPERTIES = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 708, footer: 708 },
  },
};
