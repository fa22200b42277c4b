/** Every word an export writes that is not the document's own text, in each language it can be written in. */
import { z } from 'zod';
import type { AmendmentStatus } from '../amendments/amendment-schemas.js';
import type { BlockKind } from '../document/kinds.js';
import { FRENCH_CAPTIONS } from './export-captions-fr.js';
import type { ExportVariant } from './export-model.js';

export const EXPORT_LANGUAGES = ['en', 'fr'] as const;
export const exportLanguageSchema = z.enum(EXPORT_LANGUAGES, { error: `lang must be one of ${EXPORT_LANGUAGES.join(', ')}` });
export type ExportLanguage = z.infer<typeof exportLanguageSchema>;
export const DEFAULT_EXPORT_LANGUAGE: ExportLanguage = 'en';

/**
 * How an amendment's change is described; `{deleted}` and `{inserted}` stand for the amendment's own
 * text (each format marks them up), `{where}` for the words before an insertion point.
 */
export interface ChangeTemplates {
  replace: string;
  insertAfter: string;
  insertAtStart: string;
  delete: string;
  /** By the kind of the new paragraph; `paragraph` when it is not known. */
  insertParagraph: Record<Exclude<BlockKind, 'title'> | 'paragraph', string>;
  deleteParagraph: string;
}

export interface ExportCaptions {
  /** The language tag HTML wants, and the ISO 639-2 code of Akoma Ntoso's FRBR identifiers. */
  htmlLang: string;
  aknLang: string;
  /** What introduces a list or a value: ":" in English, a non-breaking space and ":" in French. */
  colon: string;
  months: readonly string[];
  variants: Record<ExportVariant, string>;
  statuses: Record<AmendmentStatus, string>;
  facts: { status: string; proposedBy: string; cosponsors: string; rationale: string; decision: string };
  /** "Test chair, 2025-07-11: Not agreed." */
  decision: (by: string, date: string, note: string) => string;
  change: ChangeTemplates;
  refs: {
    title: string;
    heading: string;
    preambular: (n: number) => string;
    operative: (number: string) => string;
    subparagraph: (operative: string, number: string) => string;
    looseSubItem: (number: string) => string;
    newParagraphAfter: (ref: string) => string;
  };
  alsoProposed: (ref: string) => string;
  amendmentsTo: (ref: string) => string;
  orphans: string;
  liveText: string;
  exportedOn: (date: string) => string;
  unknownGroup: string;
  legend: { label: string; openAmendments: string; deleted: string; inserted: string; group: string; eachFollowed: string };
  /** The DOCX footer's "Page 3 of 12", around the two numbers. */
  page: { before: string; between: string };
  akn: { chair: string; author: string };
}

const ENGLISH_CAPTIONS: ExportCaptions = {
  htmlLang: 'en',
  colon: ':',
  aknLang: 'eng',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  variants: {
    clean: 'Clean text',
    tracked: 'Text with open amendments tracked by stakeholder group',
    compilation: 'Compilation of amendments',
  },
  statuses: {
    proposed: 'Proposed',
    accepted: 'Accepted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    stale: 'Stale (the text it amends has changed)',
  },
  facts: { status: 'Status', proposedBy: 'Proposed by', cosponsors: 'Co-sponsors', rationale: 'Rationale', decision: 'Decision' },
  decision: (by, date, note) => `${by}, ${date}${note ? `: ${note}` : ''}`,
  change: {
    replace: 'Replace {deleted} with {inserted}',
    insertAfter: 'Insert {inserted} after “{where}”',
    insertAtStart: 'Insert {inserted} at the beginning',
    delete: 'Delete {deleted}',
    insertParagraph: {
      heading: 'Insert a new heading after this one: {inserted}',
      preambular: 'Insert a new preambular paragraph after this one: {inserted}',
      operative: 'Insert a new operative paragraph after this one: {inserted}',
      subparagraph: 'Insert a new sub-item after this one: {inserted}',
      paragraph: 'Insert a new paragraph after this one: {inserted}',
    },
    deleteParagraph: 'Delete the paragraph: {deleted}',
  },
  refs: {
    title: 'Title',
    heading: 'Heading',
    preambular: (n) => `PP ${n}`,
    operative: (number) => `OP ${number}`,
    subparagraph: (operative, number) => `OP ${operative} ${number}`,
    looseSubItem: (number) => `Sub-item ${number}`,
    newParagraphAfter: (ref) => `New paragraph after ${ref}`,
  },
  alsoProposed: (ref) => `Also proposed on ${ref} (overlapping, or its text has changed)`,
  amendmentsTo: (ref) => `Amendments to ${ref}`,
  orphans: 'Amendments on paragraphs not in this text',
  liveText: 'Live text',
  exportedOn: (date) => `exported ${date}`,
  unknownGroup: 'Unknown group',
  legend: { label: 'Legend', openAmendments: 'Open amendments', deleted: 'deleted text', inserted: 'inserted text', group: 'proposing group', eachFollowed: ', each followed by the proposing group.' },
  page: { before: 'Page ', between: ' of ' },
  akn: { chair: 'The Chair', author: 'Author' },
};

const CAPTIONS: Record<ExportLanguage, ExportCaptions> = { en: ENGLISH_CAPTIONS, fr: FRENCH_CAPTIONS };

export function captionsFor(language: ExportLanguage): ExportCaptions {
  return CAPTIONS[language];
}

/** "11 July 2025, 14:02 UTC": the same on every machine, whatever its locale or time zone. */
export function formatExportDate(iso: string, captions: ExportCaptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${captions.months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}
