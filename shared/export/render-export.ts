/** One entry point from the export model to a file, for the route, the benchmark and tests. */
import { buildView } from './export-view.js';
import { CONTENT_TYPES, exportFileName } from './file-name.js';
import { EXPORT_FORMATS, EXPORT_VARIANTS, type ExportFormat, type ExportModel, type ExportVariant } from './export-model.js';
import { renderAkn } from './render-akn.js';
import { renderDocx } from './render-docx.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

export interface ExportFile {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
}

export async function renderExport(model: ExportModel, format: ExportFormat, variant: ExportVariant): Promise<ExportFile> {
  const view = buildView(model, variant);
  const body = await (async () => {
    switch (format) {
      case 'docx': return renderDocx(view);
      case 'html': return renderHtml(view);
      case 'md': return renderMarkdown(view);
      case 'txt': return renderText(view);
      case 'json': return renderJson(view);
      case 'akn': return renderAkn(view);
    }
  })();
  return { body, contentType: CONTENT_TYPES[format], fileName: exportFileName(model.document.slug, model.revision.slug, variant, format) };
}

export interface ExportTiming {
  format: ExportFormat;
  variant: ExportVariant;
  ms: number;
  bytes: number;
}

/**
 * Renders the model in every format (and every variant unless one is given), timing each: what the
 * benchmark reports as "export a 100,000-word document in each format".
 */
export async function exportAll(model: ExportModel, variants: readonly ExportVariant[] = EXPORT_VARIANTS): Promise<ExportTiming[]> {
  const timings: ExportTiming[] = [];
  for (const variant of variants) {
    for (const format of EXPORT_FORMATS) {
      const started = performance.now();
      const file = await renderExport(model, format, variant);
      const ms = performance.now() - started;
      timings.push({ format, variant, ms, bytes: typeof file.body === 'string' ? new TextEncoder().encode(file.body).byteLength : file.body.byteLength });
    }
  }
  return timings;
}
