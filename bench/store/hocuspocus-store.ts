/** Reads what Hocuspocus's SQLite extension keeps: one row per document with its whole state. */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import type { StorageProbe, StoredDocument } from '../servers/server-adapter.js';
import { databaseFileBytes } from './file-size.js';

export class HocuspocusStore implements StorageProbe {
  constructor(readonly file: string) {}

  private state(documentId: string): Uint8Array | null {
    if (!existsSync(this.file)) return null;
    const db = new Database(this.file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    try {
      const row = db.prepare('SELECT data FROM documents WHERE name = ?').get(documentId) as { data: Buffer } | undefined;
      return row ? new Uint8Array(row.data) : null;
    } catch {
      // The table appears with the server's first start; until then nothing is stored.
      return null;
    } finally {
      db.close();
    }
  }

  describe(documentId: string): StoredDocument {
    const state = this.state(documentId);
    return {
      rows: state ? 1 : 0,
      updates: null,
      logBytes: 0,
      snapshotBytes: state?.length ?? 0,
      fileBytes: existsSync(this.file) ? databaseFileBytes(this.file) : 0,
    };
  }

  load(documentId: string): Y.Doc {
    const doc = new Y.Doc();
    const state = this.state(documentId);
    if (state) Y.applyUpdate(doc, state);
    return doc;
  }
}
