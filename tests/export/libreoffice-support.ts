/**
 * LibreOffice as an independent reader of Word files: headless soffice (through tests/export/libreoffice/
 * accept-reject.py and Python UNO) opens a DOCX, runs Accept All or Reject All, and saves it as plain
 * text with its list numbers, and as DOCX again.
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

export interface LibreOfficeResult {
  /** LibreOffice's plain text of the file after the action, by action. */
  texts: Record<TrackedAction, string>;
  /** The file as LibreOffice saves it back to DOCX after the action, by action. */
  files: Record<TrackedAction, Uint8Array>;
}

/** Each action applied to its own copy of the file, in one LibreOffice session. */
export async function runLibreOffice(docx: Uint8Array, actions: readonly TrackedAction[]): Promise<LibreOfficeResult> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-lo-'));
  try {
    const source = join(dir, 'export.docx');
    writeFileSync(source, docx);
    const jobs = actions.flatMap((action) => ['txt', 'docx'].map((ext) => `${action}:${source}:${join(dir, `${action}.${ext}`)}`));
    await promisify(execFile)(PYTHON, [SCRIPT, String(await freePort()), join(dir, 'profile'), ...jobs], { timeout: 240_000 });
    const result: LibreOfficeResult = { texts: { accept: '', reject: '', none: '' }, files: { accept: new Uint8Array(), reject: new Uint8Array(), none: new Uint8Array() } };
    for (const action of actions) {
      result.texts[action] = readFileSync(join(dir, `${action}.txt`), 'utf8');
      result.files[action] = new Uint8Array(readFileSync(join(dir, `${action}.docx`)));
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
