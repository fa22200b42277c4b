/** What the export menu offers: each format and variant the export route knows, with its label. */
import type { ExportFormat, ExportVariant } from '../../shared/export/export-model.js';
import type { MessageKey } from '../i18n/messages';

export interface ExportOption<T extends string> {
  value: T;
  label: MessageKey;
  hint: MessageKey;
}

export const FORMAT_OPTIONS: readonly ExportOption<ExportFormat>[] = [
  { value: 'docx', label: 'export.format.docx', hint: 'export.format.docxHint' },
  { value: 'html', label: 'export.format.html', hint: 'export.format.htmlHint' },
  { value: 'md', label: 'export.format.md', hint: 'export.format.mdHint' },
  { value: 'txt', label: 'export.format.txt', hint: 'export.format.txtHint' },
  { value: 'json', label: 'export.format.json', hint: 'export.format.jsonHint' },
  { value: 'akn', label: 'export.format.akn', hint: 'export.format.aknHint' },
];

export const VARIANT_OPTIONS: readonly ExportOption<ExportVariant>[] = [
  { value: 'clean', label: 'export.variant.clean', hint: 'export.variant.cleanHint' },
  { value: 'tracked', label: 'export.variant.tracked', hint: 'export.variant.trackedHint' },
  { value: 'compilation', label: 'export.variant.compilation', hint: 'export.variant.compilationHint' },
];
