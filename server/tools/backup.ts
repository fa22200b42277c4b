/**
 * `npm run backup -- <file>`: a consistent online backup of Concord's SQLite file, safe while the
 * server runs (SQLite's backup API copies a single consistent snapshot of the WAL database).
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configFromEnv } from '../config.js';

export async function backupDatabase(source: string, target: string, onProgress?: (percent: number) => void): Promise<void> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages === 0 ? 100 : Math.round(((totalPages - remainingPages) / totalPages) * 100));
        return 200;
      },
    });
  } finally {
    db.close();
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: npm run backup -- <file>');
    process.exit(2);
  }
  const config = configFromEnv();
  backupDatabase(config.databaseFile, resolve(target), (percent) => process.stdout.write(`\rbacking up… ${percent}%`))
    .then(() => console.log(`\nbackup written to ${resolve(target)}`))
    .catch((error: unknown) => {
      console.error(`\nbackup failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
