import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/collab-client.js';
import { MAIN_AUTOCHECKPOINT_PAGES } from '../../server/db/wal-checkpointer.js';

let server: TestServer | null = null;
afterEach(async () => server?.dispose());

/** Whether the database file alone (its write-ahead log left aside) holds the probe rows. */
function fileAloneHolds(databaseFile: string, rows: number): boolean {
  const copy = `${databaseFile}.alone`;
  copyFileSync(databaseFile, copy);
  const db = new Database(copy, { readonly: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE name = 'probe'").get();
    return table !== undefined && (db.prepare('SELECT count(*) AS n FROM probe').get() as { n: number }).n === rows;
  } catch (error) {
    // A copy taken while the worker was writing pages into the file is torn: not there yet, look again.
    if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)) return false;
    throw error;
  } finally {
    db.close();
  }
}

describe('checkpoints off the main thread', () => {
  it('keeps the log bounded under steady writes', async () => {
    server = await startTestServer();
    const databaseFile = join(server.dataDir, 'concord.sqlite');
    server.deps.db.exec('CREATE TABLE probe (n INTEGER, data BLOB)');
    const insert = server.deps.db.prepare('INSERT INTO probe (n, data) VALUES (?, ?)');
    const data = Buffer.alloc(8 * 1024, 7);
    // 24 MB in 3,000 commits over a few seconds, as a busy room writes: more than the log may hold.
    for (let i = 0; i < 3_000; i++) {
      insert.run(i, data);
      if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const walBytes = existsSync(`${databaseFile}-wal`) ? statSync(`${databaseFile}-wal`).size : 0;
    expect(walBytes).toBeLessThan(MAIN_AUTOCHECKPOINT_PAGES * 4096 + 4 * 1024 * 1024);
  });

  it('copies committed writes into the database file from a worker', async () => {
    server = await startTestServer();
    const databaseFile = join(server.dataDir, 'concord.sqlite');
    expect(server.deps.db.pragma('wal_autocheckpoint', { simple: true })).toBe(MAIN_AUTOCHECKPOINT_PAGES);
    server.deps.db.exec('CREATE TABLE probe (n INTEGER)');
    const insert = server.deps.db.prepare('INSERT INTO probe (n) VALUES (?)');
    server.deps.db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(i);
    })();
    await waitFor(() => fileAloneHolds(databaseFile, 500), 'the worker to checkpoint the log into the file', 30_000);

    await server.stop();
    // The worker's connection closed first, so the server's own close folded the log in and removed it.
    expect(existsSync(`${databaseFile}-wal`) ? statSync(`${databaseFile}-wal`).size : 0).toBe(0);
  });
});
