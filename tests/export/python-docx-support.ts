/** python-docx as an independent reader of Word files, through tests/export/python-docx/read-docx.py. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BlockKind } from '../../shared/document/kinds.js';

const PYTHON = '/usr/bin/python3';
const READER = resolve(import.meta.dirname, 'python-docx/read-docx.py');

/** Why python-docx tests cannot run here, or null when they can. */
export function pythonDocxMissing(): string | null {
  return spawnSync(PYTHON, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0 ? null : 'python-docx is not installed (apt-get install -y python3-docx)';
}

export interface ReadParagraph {
  style: string;
  text: string;
  level: number | null;
  numId: number | null;
  bookmarks: string[];
}

export interface ReadDocument {
  language: string | null;
  paragraphs: ReadParagraph[];
}

export function readWithPythonDocx(docx: Uint8Array): ReadDocument {
  const dir = mkdtempSync(join(tmpdir(), 'concord-python-docx-'));
  try {
    const file = join(dir, 'file.docx');
    writeFileSync(file, docx);
    return JSON.parse(execFileSync(PYTHON, [READER, file], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The style names the export gives each kind of paragraph. */
export const STYLE_NAMES: Record<BlockKind, string> = {
  title: 'Title', heading: 'Heading 1', preambular: 'Preambular paragraph', operative: 'Operative paragraph', subparagraph: 'Sub-item',
};

/** The list level of each kind: operative paragraphs at the first, sub-items at the second, others none. */
export const levelOf = (kind: BlockKind): number | null => (kind === 'operative' ? 0 : kind === 'subparagraph' ? 1 : null);
