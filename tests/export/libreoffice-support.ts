/**
 * LibreOffice as an independent reader of Word files: headless soffice (through tests/export/libreoffice/
 * accept-reject.py and Python UNO) opens a DOCX, runs Accept All or Reject All, and saves it as plain
 * text with its list numbers.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const SOFFICE = process.env.SOFFICE ?? '/usr/bin/soffice';
const PYTHON = '/usr/bin/python3';
const SCRIPT = resolve(import.meta.dirname, 'libreoffice/accept-reject.py');

/** Why LibreOffice tests cannot run here, or null when they can. */
export function libreOfficeMissing(): string | null {
  if (!existsSync(SOFFICE)) return `LibreOffice is not installed (${SOFFICE}): apt-get install -y libreoffice-writer-nogui python3-uno`;
  if (!existsSync(PYTHON)) return `${PYTHON} is not installed`;
  return null;
}

export type TrackedAction = 'accept' | 'reject' | 'none';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Each action applied to its own copy of the file, in one LibreOffice session: the text of each, by action. */
export async function libreOfficeTexts(docx: Uint8Array, actions: readonly TrackedAction[]): Promise<Record<TrackedAction, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-lo-'));
  try {
    const source = join(dir, 'export.docx');
    writeFileSync(source, docx);
    const jobs = actions.map((action) => `${action}:${source}:${join(dir, `${action}.txt`)}`);
    await promisify(execFile)(PYTHON, [SCRIPT, String(await freePort()), join(dir, 'profile'), ...jobs], { timeout: 240_000 });
    const texts: Record<TrackedAction, string> = { accept: '', reject: '', none: '' };
    for (const action of actions) texts[action] = readFileSync(join(dir, `${action}.txt`), 'utf8');
    return texts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
