/** What the export menu offers: each format and variant the export route knows, with its label. */
import type { ExportFormat, ExportVariant } from '../../shared/export/export-model.js';
import type { MessageKey } from '../i18n/messages';

export interface FormatOption {
  format: ExportFormat;
  label: MessageKey;
  hint: MessageKey;
}

export interface VariantOption {
  variant: ExportVariant;
  label: MessageKey;
  description: MessageKey;
}

export const FORMAT_OPTIONS: readonly FormatOption[] = [
  { format: 'docx', label: 'export.format.docx', hint: 'export.format.docxHint' },
  { format: 'html', label: 'export.format.html', hint: 'export.format.htmlHint' },
  { format: 'md', label: 'export.format.md', hint: 'export.format.mdHint' },
  { format: 'txt', label: 'export.format.txt', hint: 'export.format.txtHint' },
  { format: 'json', label: 'export.format.json', hint: 'export.format.jsonHint' },
  { format: 'akn', label: 'export.format.akn', hint: 'export.format.aknHint' },
];

export const VARIANT_OPTIONS: readonly VariantOption[] = [
  { variant: 'clean', label: 'export.variant.clean', description: 'export.variant.cleanHint' },
  { variant: 'tracked', label: 'export.variant.tracked', description: 'export.variant.trackedHint' },
  { variant: 'compilation', label: 'export.variant.compilation', description: 'export.variant.compilationHint' },
];
