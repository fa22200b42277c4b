/** Document records: title, stakeholder groups, timestamps. The text itself lives in the update log. */
import type { Db } from '../db/database.js';
import { groupSchema, type StakeholderGroup, withCurrentDefaultColours } from '../../shared/groups.js';
import { newId } from '../ids.js';

export interface DocumentRecord {
  id: string;
  title: string;
  groups: StakeholderGroup[];
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

interface DocumentRow {
  id: string;
  title: string;
  groups_json: string;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

const toDocument = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  title: row.title,
  groups: withCurrentDefaultColours(groupSchema.array().parse(JSON.parse(row.groups_json))),
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class DocumentsRepo {
  constructor(private readonly db: Db) {}

  create(input: { title: string; groups: readonly StakeholderGroup[]; createdBy: string | null; now?: number }): DocumentRecord {
    const now = input.now ?? Date.now();
    const id = newId('doc');
    this.db
      .prepare('INSERT INTO documents (id, title, groups_json, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, input.title, JSON.stringify(input.groups), input.createdBy, now, now);
    return { id, title: input.title, groups: [...input.groups], createdBy: input.createdBy, createdAt: now, updatedAt: now };
  }

  byId(id: string): DocumentRecord | undefined {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    return row && toDocument(row);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  setTitle(id: string, title: string, now = Date.now()): void {
    this.db.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ?').run(title, now, id);
  }

  touch(id: string, now = Date.now()): void {
    this.db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?').run(now, id);
  }
}
