/** JSON: the export model for one variant (see `exportJsonSchema`); tracked blocks carry their redline segments. */
import type { ExportJson } from './export-model.js';
import type { ExportView } from './export-view.js';

export function exportJson(view: ExportView): ExportJson {
  const { model } = view;
  // The view's blocks are the model's in order, plus proposed new paragraphs (which are amendments here).
  const own = view.blocks.filter((block) => !block.proposed);
  return {
    format: 'concord-export',
    version: 1,
    variant: view.variant,
    document: model.document,
    revision: model.revision,
    generatedAt: model.generatedAt,
    language: model.language,
    groups: model.groups,
    blocks: model.blocks.map((block, index) => {
      const segments = view.variant === 'tracked' ? own[index]?.segments : undefined;
      return segments ? { ...block, segments } : { ...block };
    }),
    amendments: view.amendments,
  };
}

export function renderJson(view: ExportView): string {
  return `${JSON.stringify(exportJson(view), null, 2)}\n`;
}
