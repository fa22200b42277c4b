/** Opens the one SQLite file Concord keeps everything in, tuned for a write-ahead update log. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // Pages a compaction frees go back to the file system (incremental_vacuum after each compaction)
  // instead of staying in the file. A file made before this setting is rebuilt with it, once.
  db.pragma('auto_vacuum = INCREMENTAL');
  if (db.pragma('auto_vacuum', { simple: true }) !== 2) db.exec('VACUUM');
  db.pragma('journal_mode = WAL');
  // A long burst can grow the write-ahead log; once checkpointed it shrinks back to this.
  db.pragma(`journal_size_limit = ${4 * 1024 * 1024}`);
  // NORMAL in WAL mode: a committed transaction survives a killed process (only an OS crash could lose the tail).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
