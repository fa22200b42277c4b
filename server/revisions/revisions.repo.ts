/** Named revisions (Zero draft, Rev.1, …) and automatic checkpoints: full Yjs state plus rendered paragraphs. */
import type { Db } from '../db/database.js';
import type { Block } from '../../shared/document/read-blocks.js';
import { newId } from '../ids.js';

export type RevisionKind = 'named' | 'checkpoint';

export interface Contributor {
  participantId: string;
  updates: number;
}

export interface RevisionRecord {
  id: string;
  documentId: string;
  kind: RevisionKind;
  name: string;
  state: Uint8Array;
  stateHash: string;
  paragraphs: Block[];
  contributors: Contributor[];
  createdBy: string | null;
  createdAt: number;
  restoredFrom: string | null;
}

interface RevisionRow {
  id: string;
  document_id: string;
  kind: RevisionKind;
  name: string;
  state: Buffer;
  state_hash: string;
  paragraphs_json: string;
  contributors_json: string;
  created_by: string | null;
  created_at: number;
  restored_from: string | null;
}

const toRecord = (row: RevisionRow): RevisionRecord => ({
  id: row.id,
  documentId: row.document_id,
  kind: row.kind,
  name: row.name,
  state: new Uint8Array(row.state),
  stateHash: row.state_hash,
  paragraphs: JSON.parse(row.paragraphs_json) as Block[],
  contributors: JSON.parse(row.contributors_json) as Contributor[],
  createdBy: row.created_by,
  createdAt: row.created_at,
  restoredFrom: row.restored_from,
});

export class RevisionsRepo {
  constructor(private readonly db: Db) {}

  insert(input: Omit<RevisionRecord, 'id' | 'createdAt'> & { createdAt?: number }): RevisionRecord {
    const id = newId('rev');
    const createdAt = input.createdAt ?? Date.now();
    this.db
      .prepare(
        `INSERT INTO revisions (id, document_id, kind, name, state, state_hash, paragraphs_json, contributors_json, created_by, created_at, restored_from)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.documentId, input.kind, input.name, input.state, input.stateHash, JSON.stringify(input.paragraphs), JSON.stringify(input.contributors), input.createdBy, createdAt, input.restoredFrom);
    return { ...input, id, createdAt };
  }

  byId(documentId: string, id: string): RevisionRecord | undefined {
    const row = this.db.prepare('SELECT * FROM revisions WHERE document_id = ? AND id = ?').get(documentId, id) as RevisionRow | undefined;
    return row && toRecord(row);
  }

  /** Newest first; without the heavy state unless asked. */
  list(documentId: string): RevisionRecord[] {
    const rows = this.db.prepare('SELECT * FROM revisions WHERE document_id = ? ORDER BY created_at DESC, rowid DESC').all(documentId) as RevisionRow[];
    return rows.map(toRecord);
  }

  /** The newest revision's content hash and time, without reading its state or paragraphs. */
  latestStamp(documentId: string): { stateHash: string; createdAt: number } | undefined {
    const row = this.db
      .prepare('SELECT state_hash, created_at FROM revisions WHERE document_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1')
      .get(documentId) as { state_hash: string; created_at: number } | undefined;
    return row && { stateHash: row.state_hash, createdAt: row.created_at };
  }
}
