/** The export model of a Y doc: what the server builds for a request, and what a benchmark builds from any text. */
import type * as Y from 'yjs';
import type { ParagraphStatus } from '../document/kinds.js';
import { readTitle } from '../document/read-blocks.js';
import type { StakeholderGroup } from '../groups.js';
import { DEFAULT_EXPORT_LANGUAGE, type ExportLanguage } from './export-captions.js';
import type { ExportAmendment, ExportModel } from './export-model.js';
import { slugify } from './file-name.js';
import { readRichBlocks, type RichBlock } from './read-rich-blocks.js';

export interface ModelInput {
  document: { id: string; title: string; createdAt: string };
  revision: ExportModel['revision'];
  generatedAt: string;
  /** English when not given. */
  language?: ExportLanguage;
  groups: StakeholderGroup[];
  amendments: ExportAmendment[];
  /** Where paragraph statuses come from; the block's own attribute by default. */
  statusOf?: (block: RichBlock) => ParagraphStatus | null;
}

export function exportModelFromDoc(doc: Y.Doc, input: ModelInput): ExportModel {
  const statusOf = input.statusOf ?? ((block: RichBlock) => block.status);
  const blocks = readRichBlocks(doc).map((block) => ({
    id: block.id, kind: block.kind, number: block.number, status: statusOf(block), text: block.text, runs: block.runs,
  }));
  const title = readTitle(doc) || input.document.title;
  return {
    document: { id: input.document.id, title, slug: slugify(title), createdAt: input.document.createdAt },
    revision: input.revision,
    generatedAt: input.generatedAt,
    language: input.language ?? DEFAULT_EXPORT_LANGUAGE,
    groups: input.groups,
    blocks,
    amendments: input.amendments,
  };
}
