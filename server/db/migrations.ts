/** Schema migrations, applied in order; PRAGMA user_version records how far a database has come. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
  );
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    groups_json TEXT NOT NULL,
    created_by TEXT REFERENCES people(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL CHECK (role IN ('chair','drafter','stakeholder','observer')),
    group_id TEXT NOT NULL,
    invited_by TEXT REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    revoked_at INTEGER,
    UNIQUE (document_id, person_id)
  );
  CREATE INDEX participants_by_person ON participants(person_id);
  -- The update log: every accepted Yjs update, with who sent it, committed before anyone sees it.
  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents(id),
    participant_id TEXT,
    created_at INTEGER NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX doc_updates_by_document ON doc_updates(document_id, seq);
  CREATE TABLE doc_snapshots (
    document_id TEXT PRIMARY KEY REFERENCES documents(id),
    state BLOB NOT NULL,
    through_seq INTEGER NOT NULL,
    compacted_at INTEGER NOT NULL
  );
  -- What compaction keeps of the log's attribution: who changed the text, per minute.
  CREATE TABLE edit_credits (
    document_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    minute INTEGER NOT NULL,
    updates INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    PRIMARY KEY (document_id, participant_id, minute)
  ) WITHOUT ROWID;
  `,
];
