/** The last format and variant exported on this device, offered again next time. */
import { exportFormatSchema, exportVariantSchema, type ExportFormat, type ExportVariant } from '../../shared/export/export-model.js';

const STORAGE_KEY = 'concord.export';

export interface ExportChoice {
  format: ExportFormat;
  variant: ExportVariant;
}

const DEFAULT_CHOICE: ExportChoice = { format: 'docx', variant: 'clean' };

export function readExportChoice(): ExportChoice {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return DEFAULT_CHOICE;
    const format = exportFormatSchema.safeParse('format' in stored ? stored.format : undefined);
    const variant = exportVariantSchema.safeParse('variant' in stored ? stored.variant : undefined);
    return { format: format.success ? format.data : DEFAULT_CHOICE.format, variant: variant.success ? variant.data : DEFAULT_CHOICE.variant };
  } catch {
    return DEFAULT_CHOICE;
  }
}

export function storeExportChoice(choice: ExportChoice): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Not remembered; the defaults apply next time.
  }
}
