/** The per-document Yjs update log and its compacted snapshot, in SQLite. */
import * as Y from 'yjs';
import type { Db } from '../db/database.js';

export interface PendingUpdate {
  documentId: string;
  participantId: string | null;
  data: Uint8Array;
  createdAt: number;
}

export interface BatchResult {
  lastSeq: number;
  count: number;
}

export interface StoredState {
  snapshot: Uint8Array | null;
  throughSeq: number;
  updates: Uint8Array[];
  lastSeq: number;
}

/** Where a loaded document stands in its log. */
export interface LogPosition {
  /** The last update folded into the snapshot. */
  throughSeq: number;
  /** The last update applied. */
  lastSeq: number;
  /** Updates applied from the log after the snapshot. */
  uncompacted: number;
  /** The snapshot's bytes when the document is the snapshot alone (no log after it): its whole state, ready to send. */
  wholeState: Uint8Array | null;
}

export interface Contribution {
  participantId: string;
  updates: number;
  bytes: number;
  firstAt: number;
  lastAt: number;
}

export class UpdateLogRepo {
  private readonly insert;
  private readonly insertMany;
  private readonly selectSnapshot;
  private readonly selectLogAfter;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      'INSERT INTO doc_updates (document_id, participant_id, created_at, data) VALUES (?, ?, ?, ?)',
    );
    this.selectSnapshot = db.prepare('SELECT state, through_seq FROM doc_snapshots WHERE document_id = ?');
    this.selectLogAfter = db.prepare('SELECT seq, data FROM doc_updates WHERE document_id = ? AND seq > ? ORDER BY seq').raw();
    this.insertMany = db.transaction((updates: readonly PendingUpdate[]) => {
      const results = new Map<string, BatchResult>();
      for (const update of updates) {
        const info = this.insert.run(update.documentId, update.participantId, update.createdAt, update.data);
        const previous = results.get(update.documentId);
        results.set(update.documentId, { lastSeq: Number(info.lastInsertRowid), count: (previous?.count ?? 0) + 1 });
      }
      return results;
    });
  }

  /** Runs `body` in one SQLite transaction (a savepoint when one is already open). */
  transaction<T>(body: () => T): T {
    return this.db.transaction(body)();
  }

  /** Commits a batch in one transaction; returns the highest seq and the count written per document. */
  appendBatch(updates: readonly PendingUpdate[]): Map<string, BatchResult> {
    return this.insertMany(updates);
  }

  /**
   * Applies the document's snapshot and then each later update to `doc`, as the rows are read, in one
   * transaction: no array of the whole log and no copies (a log of 50,000 updates loads in a few
   * hundred ms; Y.mergeUpdates over it would be quadratic).
   */
  loadInto(documentId: string, doc: Y.Doc): LogPosition {
    const snapshotRow = this.selectSnapshot.get(documentId) as { state: Buffer; through_seq: number } | undefined;
    const throughSeq = snapshotRow?.through_seq ?? 0;
    const position: LogPosition = { throughSeq, lastSeq: throughSeq, uncompacted: 0, wholeState: null };
    doc.transact(() => {
      if (snapshotRow) Y.applyUpdate(doc, snapshotRow.state);
      for (const [seq, data] of this.selectLogAfter.iterate(documentId, throughSeq) as IterableIterator<[number, Buffer]>) {
        Y.applyUpdate(doc, data);
        position.lastSeq = seq;
        position.uncompacted += 1;
      }
    });
    if (snapshotRow && position.uncompacted === 0) position.wholeState = snapshotRow.state;
    return position;
  }

  /** The stored parts as they are (for checks and tools; a room loads with loadInto). */
  load(documentId: string): StoredState {
    const snapshotRow = this.selectSnapshot.get(documentId) as { state: Buffer; through_seq: number } | undefined;
    const throughSeq = snapshotRow?.through_seq ?? 0;
    const rows = this.db
      .prepare('SELECT seq, data FROM doc_updates WHERE document_id = ? AND seq > ? ORDER BY seq')
      .all(documentId, throughSeq) as { seq: number; data: Buffer }[];
    return {
      snapshot: snapshotRow ? new Uint8Array(snapshotRow.state) : null,
      throughSeq,
      updates: rows.map((row) => new Uint8Array(row.data)),
      lastSeq: rows.length ? (rows[rows.length - 1]?.seq ?? throughSeq) : throughSeq,
    };
  }

  countSince(documentId: string, seq: number): number {
    const row = this.db
      .prepare('SELECT count(*) AS n FROM doc_updates WHERE document_id = ? AND seq > ?')
      .get(documentId, seq) as { n: number };
    return row.n;
  }

  /**
   * Replaces the log up to `throughSeq` with a snapshot holding the same state, folding the log's
   * attribution into per-minute credits first. Updates after `throughSeq` are left as they are.
   */
  compact(documentId: string, state: Uint8Array, throughSeq: number, now = Date.now()): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO edit_credits (document_id, participant_id, minute, updates, bytes)
           SELECT document_id, participant_id, created_at / 60000, count(*), sum(length(data))
           FROM doc_updates WHERE document_id = ? AND seq <= ? AND participant_id IS NOT NULL
           GROUP BY participant_id, created_at / 60000
           ON CONFLICT (document_id, participant_id, minute)
           DO UPDATE SET updates = updates + excluded.updates, bytes = bytes + excluded.bytes`,
        )
        .run(documentId, throughSeq);
      this.db.prepare('DELETE FROM doc_updates WHERE document_id = ? AND seq <= ?').run(documentId, throughSeq);
      this.db
        .prepare(
          `INSERT INTO doc_snapshots (document_id, state, through_seq, compacted_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (document_id) DO UPDATE SET state = excluded.state, through_seq = excluded.through_seq,
           compacted_at = excluded.compacted_at`,
        )
        .run(documentId, state, throughSeq, now);
    })();
    this.db.pragma('incremental_vacuum');
  }

  /** Who changed the text between two times (ms), from the live log and the compacted credits alike. */
  contributions(documentId: string, fromMs = 0, toMs = Number.MAX_SAFE_INTEGER): Contribution[] {
    const rows = this.db
      .prepare(
        `SELECT participant_id, sum(updates) AS updates, sum(bytes) AS bytes, min(first_at) AS first_at, max(last_at) AS last_at
         FROM (
           SELECT participant_id, updates, bytes, minute * 60000 AS first_at, minute * 60000 + 59999 AS last_at
           FROM edit_credits WHERE document_id = ? AND minute * 60000 + 59999 >= ? AND minute * 60000 <= ?
           UNION ALL
           SELECT participant_id, 1, length(data), created_at, created_at
           FROM doc_updates WHERE document_id = ? AND participant_id IS NOT NULL AND created_at BETWEEN ? AND ?
         ) GROUP BY participant_id ORDER BY first_at`,
      )
      .all(documentId, fromMs, toMs, documentId, fromMs, toMs) as {
      participant_id: string;
      updates: number;
      bytes: number;
      first_at: number;
      last_at: number;
    }[];
    return rows.map((row) => ({
      participantId: row.participant_id,
      updates: row.updates,
      bytes: row.bytes,
      firstAt: row.first_at,
      lastAt: row.last_at,
    }));
  }

  storedBytes(documentId: string): { log: number; snapshot: number; logRows: number } {
    const log = this.db
      .prepare('SELECT count(*) AS n, coalesce(sum(length(data)), 0) AS bytes FROM doc_updates WHERE document_id = ?')
      .get(documentId) as { n: number; bytes: number };
    const snapshot = this.db
      .prepare('SELECT coalesce(sum(length(state)), 0) AS bytes FROM doc_snapshots WHERE document_id = ?')
      .get(documentId) as { bytes: number };
    return { log: log.bytes, snapshot: snapshot.bytes, logRows: log.n };
  }
}
