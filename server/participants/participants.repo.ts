/** People (who hold a token) and participants (a person's role and group in one document). */
import type { Db } from '../db/database.js';
import type { Role } from '../../shared/roles.js';
import { newId } from '../ids.js';
import { hashToken, newToken, tokenMatches } from './tokens.js';

export interface Person {
  id: string;
  name: string;
}

export interface ParticipantRecord {
  id: string;
  documentId: string;
  personId: string;
  name: string;
  role: Role;
  groupId: string;
  createdAt: number;
  revokedAt: number | null;
}

interface ParticipantRow {
  id: string;
  document_id: string;
  person_id: string;
  name: string;
  role: Role;
  group_id: string;
  created_at: number;
  revoked_at: number | null;
}

const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  id: row.id,
  documentId: row.document_id,
  personId: row.person_id,
  name: row.name,
  role: row.role,
  groupId: row.group_id,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

const PARTICIPANT_COLUMNS = `p.id, p.document_id, p.person_id, pe.name, p.role, p.group_id, p.created_at, p.revoked_at`;

export class ParticipantsRepo {
  constructor(private readonly db: Db) {}

  createPerson(name: string, now = Date.now()): { person: Person; token: string } {
    const token = newToken();
    const person = { id: newId('pe'), name };
    this.db
      .prepare('INSERT INTO people (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)')
      .run(person.id, name, hashToken(token), now);
    return { person, token };
  }

  personByToken(token: string): Person | undefined {
    const row = this.db
      .prepare('SELECT id, name, token_hash FROM people WHERE token_hash = ? AND revoked_at IS NULL')
      .get(hashToken(token)) as { id: string; name: string; token_hash: Buffer } | undefined;
    if (!row || !tokenMatches(token, row.token_hash)) return undefined;
    return { id: row.id, name: row.name };
  }

  addParticipant(input: {
    documentId: string;
    personId: string;
    role: Role;
    groupId: string;
    invitedBy: string | null;
    now?: number;
  }): ParticipantRecord {
    const id = newId('pa');
    this.db
      .prepare(
        `INSERT INTO participants (id, document_id, person_id, role, group_id, invited_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.documentId, input.personId, input.role, input.groupId, input.invitedBy, input.now ?? Date.now());
    const participant = this.byId(input.documentId, id);
    if (!participant) throw new Error('participant vanished after insert');
    return participant;
  }

  byId(documentId: string, participantId: string): ParticipantRecord | undefined {
    const row = this.db
      .prepare(
        `SELECT ${PARTICIPANT_COLUMNS} FROM participants p JOIN people pe ON pe.id = p.person_id
         WHERE p.document_id = ? AND p.id = ?`,
      )
      .get(documentId, participantId) as ParticipantRow | undefined;
    return row && toParticipant(row);
  }

  /** The active participant a person is in a document, if any. */
  membership(documentId: string, personId: string): ParticipantRecord | undefined {
    const row = this.db
      .prepare(
        `SELECT ${PARTICIPANT_COLUMNS} FROM participants p JOIN people pe ON pe.id = p.person_id
         WHERE p.document_id = ? AND p.person_id = ? AND p.revoked_at IS NULL`,
      )
      .get(documentId, personId) as ParticipantRow | undefined;
    return row && toParticipant(row);
  }

  listForDocument(documentId: string): ParticipantRecord[] {
    const rows = this.db
      .prepare(
        `SELECT ${PARTICIPANT_COLUMNS} FROM participants p JOIN people pe ON pe.id = p.person_id
         WHERE p.document_id = ? ORDER BY p.created_at, pe.name`,
      )
      .all(documentId) as ParticipantRow[];
    return rows.map(toParticipant);
  }

  listForPerson(personId: string): ParticipantRecord[] {
    const rows = this.db
      .prepare(
        `SELECT ${PARTICIPANT_COLUMNS} FROM participants p JOIN people pe ON pe.id = p.person_id
         WHERE p.person_id = ? AND p.revoked_at IS NULL ORDER BY p.created_at`,
      )
      .all(personId) as ParticipantRow[];
    return rows.map(toParticipant);
  }

  countActive(documentId: string): number {
    const row = this.db
      .prepare('SELECT count(*) AS n FROM participants WHERE document_id = ? AND revoked_at IS NULL')
      .get(documentId) as { n: number };
    return row.n;
  }

  /**
   * Ends a participant's access to a document. A person left with no other document loses the token
   * itself, so an invitation link that leaked stops working everywhere.
   */
  revoke(documentId: string, participantId: string, now = Date.now()): ParticipantRecord | undefined {
    return this.db.transaction(() => {
      const participant = this.byId(documentId, participantId);
      if (!participant || participant.revokedAt !== null) return participant;
      this.db.prepare('UPDATE participants SET revoked_at = ? WHERE id = ?').run(now, participantId);
      if (this.listForPerson(participant.personId).length === 0) {
        this.db.prepare('UPDATE people SET revoked_at = ? WHERE id = ?').run(now, participant.personId);
      }
      return { ...participant, revokedAt: now };
    })();
  }
}
