/** The words every format puts above the text: title, revision, variant, date, and the section titles. */
import type { ExportVariant } from './export-model.js';
import type { ExportView } from './export-view.js';

export const VARIANT_LABELS: Record<ExportVariant, string> = {
  clean: 'Clean text',
  tracked: 'Text with open amendments tracked by stakeholder group',
  compilation: 'Compilation of amendments',
};

export interface ExportHeading {
  title: string;
  revisionName: string;
  variantLabel: string;
  /** "Rev.1 · Clean text · 11 July 2025, 14:02 UTC" */
  subtitle: string;
  orphansTitle: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "11 July 2025, 14:02 UTC": the same on every machine, whatever its locale. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

export function exportHeading(view: ExportView): ExportHeading {
  const { model } = view;
  const revisionName = model.revision.name;
  const when = model.revision.id === null ? `exported ${formatDate(model.generatedAt)}` : formatDate(model.revision.createdAt);
  return {
    title: model.document.title,
    revisionName,
    variantLabel: VARIANT_LABELS[view.variant],
    subtitle: `${revisionName} · ${VARIANT_LABELS[view.variant]} · ${when}`,
    orphansTitle: 'Amendments on paragraphs not in this text',
  };
}
