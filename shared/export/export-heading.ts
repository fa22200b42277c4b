/** The words every format puts above the text: title, revision, variant and date, in the export's language. */
import { formatExportDate } from './export-captions.js';
import type { ExportView } from './export-view.js';

export interface ExportHeading {
  title: string;
  revisionName: string;
  variantLabel: string;
  /** "Rev.1 · Clean text · 11 July 2025, 14:02 UTC" */
  subtitle: string;
}

export function exportHeading(view: ExportView): ExportHeading {
  const { model, captions } = view;
  const revisionName = model.revision.name;
  const variantLabel = captions.variants[view.variant];
  const when = model.revision.id === null ? captions.exportedOn(formatExportDate(model.generatedAt, captions)) : formatExportDate(model.revision.createdAt, captions);
  return { title: model.document.title, revisionName, variantLabel, subtitle: `${revisionName} · ${variantLabel} · ${when}` };
}
