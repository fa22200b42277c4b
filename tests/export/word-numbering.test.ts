import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../shared/document/kinds.js';
import { numberBlocks } from '../../shared/document/numbering.js';
import type { ExportModel } from '../../shared/export/export-model.js';
import { renderExport } from '../../shared/export/render-export.js';
import { libreOfficeMissing, runLibreOffice } from './libreoffice-support.js';

const missing = libreOfficeMissing();

/** A text of these kinds, each paragraph saying its own kind and place. */
function modelOf(kinds: readonly BlockKind[]): ExportModel {
  const numbers = numberBlocks(kinds);
  const at = '2025-07-11T10:00:00.000Z';
  return {
    document: { id: 'd1', title: 'Numbering', slug: 'numbering', createdAt: at },
    revision: { id: null, name: 'Live text', slug: 'live', createdAt: at },
    generatedAt: at,
    language: 'en',
    groups: [],
    blocks: kinds.map((kind, index) => {
      const text = kind === 'title' ? 'Numbering' : `${kind} ${index}`;
      return { id: `p${String(index).padStart(10, '0')}`, kind, number: numbers[index] ?? null, status: 'open', text, runs: [{ text, marks: [] }] };
    }),
    amendments: [],
  };
}

describe.skipIf(missing !== null)('Word numbering read by LibreOffice', () => {
  it('numbers every paragraph as the editor does: sub-items from (a) under each operative paragraph and after each heading, past (z)', { timeout: 600_000 }, async () => {
    const kinds: BlockKind[] = [
      'title', 'subparagraph', 'subparagraph', 'preambular', 'operative', 'subparagraph', 'preambular', 'subparagraph',
      'heading', 'subparagraph', 'operative', ...Array<BlockKind>(28).fill('subparagraph'), 'heading', 'operative', 'subparagraph',
    ];
    const model = modelOf(kinds);
    const file = await renderExport(model, 'docx', 'clean');
    if (typeof file.body === 'string') throw new Error('a DOCX is bytes');
    const { texts } = await runLibreOffice(file.body, ['none']);
    const lines = texts.none.replace(/^\uFEFF/, '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const expected = model.blocks.map((block) => (block.number ? `${block.number} ${block.text}` : block.text));
    expect(expected).toContain('(bb) subparagraph 38');
    expect([lines[0], ...lines.slice(2)]).toEqual(expected);
  });
});
