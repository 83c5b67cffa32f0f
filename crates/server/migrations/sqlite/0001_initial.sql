-- The bydel server's schema (SQLite). Rows of the data model are stored as JSON documents in `rows`,
-- with the columns the server filters on pulled out; see docs/architecture.md.

CREATE TABLE bydeler (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE caseworkers (
    id             TEXT PRIMARY KEY,
    bydel_id       TEXT NOT NULL REFERENCES bydeler(id),
    name           TEXT NOT NULL,
    email          TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL CHECK (role IN ('caseworker', 'leader', 'admin')),
    password_hash  TEXT,
    api_token_hash TEXT UNIQUE,
    created_at     TEXT NOT NULL
);

-- One increasing version per scope. Bumping it takes SQLite's write lock (and, on PostgreSQL, the
-- row lock), so rows of one scope commit in version order: see "cursors" in docs/architecture.md.
CREATE TABLE scopes (
    id       TEXT PRIMARY KEY,
    version  INTEGER NOT NULL
);

CREATE TABLE rows (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    scope          TEXT NOT NULL,
    bydel_id       TEXT NOT NULL,
    participant_id TEXT,
    parent_id      TEXT,
    version        INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    body           TEXT,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX rows_scope_version ON rows(scope, version);
CREATE INDEX rows_participant_kind ON rows(participant_id, kind);
CREATE INDEX rows_parent ON rows(parent_id);
CREATE INDEX rows_bydel_kind ON rows(bydel_id, kind);

CREATE TABLE devices (
    id             TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL,
    bydel_id       TEXT NOT NULL,
    name           TEXT NOT NULL,
    token_hash     TEXT NOT NULL UNIQUE,
    created_at     TEXT NOT NULL,
    last_seen_at   TEXT,
    revoked_at     TEXT,
    last_seq       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX devices_participant ON devices(participant_id);

-- The outcome of every mutation a device sent, so that a resent batch is answered, not re-applied.
CREATE TABLE mutation_results (
    device_id TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    outcome   TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;

CREATE TABLE enrolment_codes (
    lookup          TEXT PRIMARY KEY,
    secret_hash     TEXT NOT NULL,
    participant_id  TEXT NOT NULL,
    bydel_id        TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    used_at         TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
