/** File names that say document, revision and variant: `chairs-summary-wsis20_rev1_tracked.docx`. */
import type { ExportFormat, ExportVariant } from './export-model.js';

const MAX_SLUG = 60;

/** Lower-case ASCII words joined by dashes; apostrophes, dots and plus signs vanish ("Rev.1" → "rev1"). */
export function slugify(text: string, fallback = 'document'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.+]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') : slug;
  return short || fallback;
}

export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  docx: 'docx',
  html: 'html',
  md: 'md',
  txt: 'txt',
  json: 'json',
  akn: 'akn.xml',
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  akn: 'application/akn+xml; charset=utf-8',
};

export function exportFileName(documentSlug: string, revisionSlug: string, variant: ExportVariant, format: ExportFormat): string {
  return `${documentSlug}_${revisionSlug}_${variant}.${FILE_EXTENSIONS[format]}`;
}
