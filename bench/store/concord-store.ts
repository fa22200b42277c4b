/**
 * Reads (and, for the cold-open scenario, pre-fills) Concord's SQLite file from outside the
 * server: the update log `doc_updates`, the compacted `doc_snapshots` and `edit_credits`.
 */
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import type { StorageProbe, StoredDocument } from '../servers/server-adapter.js';
import { databaseFileBytes } from './file-size.js';

export class ConcordStore implements StorageProbe {
  constructor(readonly file: string) {}

  private read<T>(use: (db: Database.Database) => T): T {
    const db = new Database(this.file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    try {
      return use(db);
    } finally {
      db.close();
    }
  }

  describe(documentId: string): StoredDocument {
    return this.read((db) => {
      const log = db
        .prepare('SELECT count(*) AS n, coalesce(sum(length(data)), 0) AS bytes FROM doc_updates WHERE document_id = ?')
        .get(documentId) as { n: number; bytes: number };
      const snapshot = db
        .prepare('SELECT count(*) AS n, coalesce(sum(length(state)), 0) AS bytes FROM doc_snapshots WHERE document_id = ?')
        .get(documentId) as { n: number; bytes: number };
      const credits = db
        .prepare('SELECT coalesce(sum(updates), 0) AS n FROM edit_credits WHERE document_id = ?')
        .get(documentId) as { n: number };
      return {
        rows: log.n + snapshot.n,
        updates: log.n + credits.n,
        logBytes: log.bytes,
        snapshotBytes: snapshot.bytes,
        fileBytes: databaseFileBytes(this.file),
      };
    });
  }

  load(documentId: string): Y.Doc {
    return this.read((db) => {
      const snapshot = db.prepare('SELECT state FROM doc_snapshots WHERE document_id = ?').get(documentId) as
        | { state: Buffer }
        | undefined;
      const rows = db.prepare('SELECT data FROM doc_updates WHERE document_id = ? ORDER BY seq').all(documentId) as { data: Buffer }[];
      const doc = new Y.Doc();
      const parts = [...(snapshot ? [snapshot.state] : []), ...rows.map((row) => row.data)].map((part) => new Uint8Array(part));
      if (parts.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(parts));
      return doc;
    });
  }

  /** The document's compacted state (for a new document: what it was created with). */
  snapshot(documentId: string): Uint8Array {
    return this.read((db) => {
      const row = db.prepare('SELECT state FROM doc_snapshots WHERE document_id = ?').get(documentId) as { state: Buffer } | undefined;
      if (!row) throw new Error(`no snapshot for ${documentId}`);
      return new Uint8Array(row.state);
    });
  }

  participantId(documentId: string, role: string): string {
    return this.read((db) => {
      const row = db.prepare('SELECT id FROM participants WHERE document_id = ? AND role = ? LIMIT 1').get(documentId, role) as
        | { id: string }
        | undefined;
      if (!row) throw new Error(`no ${role} in ${documentId}`);
      return row.id;
    });
  }

  /** True once the log is folded into the snapshot (nothing left in doc_updates). */
  compacted(documentId: string): boolean {
    return this.read((db) => {
      const row = db.prepare('SELECT count(*) AS n FROM doc_updates WHERE document_id = ?').get(documentId) as { n: number };
      return row.n === 0;
    });
  }

  /** Appends updates to the log as if clients had sent them; only while the server is stopped. */
  appendUpdates(documentId: string, participantId: string, updates: readonly Uint8Array[], createdAt = Date.now()): void {
    const db = new Database(this.file, { fileMustExist: true });
    try {
      const insert = db.prepare('INSERT INTO doc_updates (document_id, participant_id, created_at, data) VALUES (?, ?, ?, ?)');
      db.transaction(() => {
        for (const update of updates) insert.run(documentId, participantId, createdAt, update);
      })();
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  }
}
