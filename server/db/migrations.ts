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
  `
  ALTER TABLE documents ADD COLUMN amendment_period_open INTEGER NOT NULL DEFAULT 1;
  CREATE TABLE amendments (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL CHECK (kind IN ('replace','insert','delete','insert-paragraph','delete-paragraph')),
    paragraph_id TEXT NOT NULL,
    paragraph_kind TEXT,
    anchor_start BLOB,
    anchor_end BLOB,
    offset_from INTEGER NOT NULL,
    offset_to INTEGER NOT NULL,
    expected TEXT NOT NULL,
    proposed TEXT NOT NULL,
    context_before TEXT NOT NULL,
    context_after TEXT NOT NULL,
    rationale TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES participants(id),
    group_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed','accepted','rejected','withdrawn','stale')),
    stale_reason TEXT,
    decided_by TEXT REFERENCES participants(id),
    decision_note TEXT,
    decided_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX amendments_by_document ON amendments(document_id, status);
  CREATE INDEX amendments_by_paragraph ON amendments(document_id, paragraph_id);
  -- Each earlier wording of an amendment, kept when its author revises it.
  CREATE TABLE amendment_edits (
    amendment_id TEXT NOT NULL REFERENCES amendments(id),
    version INTEGER NOT NULL,
    expected TEXT NOT NULL,
    proposed TEXT NOT NULL,
    rationale TEXT NOT NULL,
    offset_from INTEGER NOT NULL,
    offset_to INTEGER NOT NULL,
    edited_at INTEGER NOT NULL,
    PRIMARY KEY (amendment_id, version)
  );
  CREATE TABLE amendment_supporters (
    amendment_id TEXT NOT NULL REFERENCES amendments(id),
    participant_id TEXT NOT NULL REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (amendment_id, participant_id)
  );
  CREATE TABLE amendment_comments (
    id TEXT PRIMARY KEY,
    amendment_id TEXT NOT NULL REFERENCES amendments(id),
    parent_id TEXT REFERENCES amendment_comments(id),
    author_id TEXT NOT NULL REFERENCES participants(id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX amendment_comments_by_amendment ON amendment_comments(amendment_id, created_at);
  -- Append-only: rows are inserted, never updated or deleted.
  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents(id),
    at INTEGER NOT NULL,
    participant_id TEXT,
    group_id TEXT,
    action TEXT NOT NULL,
    target_id TEXT,
    details_json TEXT NOT NULL
  );
  CREATE INDEX audit_by_document ON audit_log(document_id, seq);
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
  `
  CREATE TABLE revisions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL CHECK (kind IN ('named','checkpoint')),
    name TEXT NOT NULL,
    state BLOB NOT NULL,
    state_hash TEXT NOT NULL,
    paragraphs_json TEXT NOT NULL,
    contributors_json TEXT NOT NULL,
    created_by TEXT REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    restored_from TEXT REFERENCES revisions(id)
  );
  CREATE INDEX revisions_by_document ON revisions(document_id, created_at);
  -- The chair's word on each paragraph; kept apart from the text so only the chair can change it.
  CREATE TABLE paragraph_statuses (
    document_id TEXT NOT NULL REFERENCES documents(id),
    paragraph_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open','bracketed','agreed')),
    set_by TEXT REFERENCES participants(id),
    set_at INTEGER NOT NULL,
    PRIMARY KEY (document_id, paragraph_id)
  ) WITHOUT ROWID;
  CREATE TABLE silence_procedures (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    revision_id TEXT NOT NULL REFERENCES revisions(id),
    deadline INTEGER NOT NULL,
    started_by TEXT NOT NULL REFERENCES participants(id),
    started_at INTEGER NOT NULL,
    outcome TEXT CHECK (outcome IN ('held','broken','cancelled')),
    concluded_at INTEGER
  );
  CREATE INDEX silence_by_document ON silence_procedures(document_id, started_at);
  CREATE TABLE silence_breaks (
    procedure_id TEXT NOT NULL REFERENCES silence_procedures(id),
    paragraph_id TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants(id),
    group_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (procedure_id, paragraph_id, group_id)
  );
  `,
  `
  -- Agreed ad ref (agreed pending confirmation) joins the statuses; SQLite changes a CHECK by copying the table.
  CREATE TABLE paragraph_statuses_next (
    document_id TEXT NOT NULL REFERENCES documents(id),
    paragraph_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open','bracketed','agreed-ad-ref','agreed')),
    set_by TEXT REFERENCES participants(id),
    set_at INTEGER NOT NULL,
    PRIMARY KEY (document_id, paragraph_id)
  ) WITHOUT ROWID;
  INSERT INTO paragraph_statuses_next SELECT document_id, paragraph_id, status, set_by, set_at FROM paragraph_statuses;
  DROP TABLE paragraph_statuses;
  ALTER TABLE paragraph_statuses_next RENAME TO paragraph_statuses;
  `,
];
