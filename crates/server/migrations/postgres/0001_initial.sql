-- The bydel server's schema (PostgreSQL): the same tables as the SQLite migrations 0001-0003, in
-- PostgreSQL's types. Rows of the data model are JSON documents (JSONB) in `rows`, with the columns
-- the server filters on pulled out; see docs/architecture.md. Times are timestamptz.

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
    created_at     TIMESTAMPTZ NOT NULL
);
-- Sign-in looks the address up case-insensitively.
CREATE INDEX caseworkers_email_lower ON caseworkers (lower(email));

-- One increasing version per scope. Bumping it takes this row's lock until commit, so rows of one
-- scope commit in version order: see "cursors" in docs/architecture.md.
CREATE TABLE scopes (
    id      TEXT PRIMARY KEY,
    version BIGINT NOT NULL
);

CREATE TABLE rows (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    scope          TEXT NOT NULL,
    bydel_id       TEXT NOT NULL,
    participant_id TEXT,
    parent_id      TEXT,
    version        BIGINT NOT NULL,
    deleted        BOOLEAN NOT NULL DEFAULT false,
    body           JSONB,
    updated_at     TIMESTAMPTZ NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX rows_scope_version ON rows (scope, version);
CREATE INDEX rows_participant_kind ON rows (participant_id, kind);
CREATE INDEX rows_parent ON rows (parent_id);
CREATE INDEX rows_bydel_kind ON rows (bydel_id, kind);

CREATE TABLE devices (
    id             TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL,
    bydel_id       TEXT NOT NULL,
    name           TEXT NOT NULL,
    token_hash     TEXT NOT NULL UNIQUE,
    created_at     TIMESTAMPTZ NOT NULL,
    last_seen_at   TIMESTAMPTZ,
    revoked_at     TIMESTAMPTZ,
    last_seq       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX devices_participant ON devices (participant_id);
CREATE INDEX devices_bydel ON devices (bydel_id);

-- The outcome of every mutation a device sent, so that a resent batch is answered, not re-applied.
CREATE TABLE mutation_results (
    device_id TEXT NOT NULL,
    seq       BIGINT NOT NULL,
    outcome   JSONB NOT NULL,
    PRIMARY KEY (device_id, seq)
);

CREATE TABLE enrolment_codes (
    lookup          TEXT PRIMARY KEY,
    secret_hash     TEXT NOT NULL,
    participant_id  TEXT NOT NULL,
    bydel_id        TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ,
    failed_attempts INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at     TIMESTAMPTZ NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor, id);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The caseworker console. Only the SHA-256 of a session token is kept.
CREATE TABLE console_sessions (
    token_hash    TEXT PRIMARY KEY,
    caseworker_id TEXT NOT NULL REFERENCES caseworkers(id),
    csrf          TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    last_seen_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX console_sessions_caseworker ON console_sessions (caseworker_id);

-- Keyed by the e-mail typed (lower-cased), whether or not an account has it, so the lock does not
-- reveal which addresses exist.
CREATE TABLE signin_failures (
    email        TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until TIMESTAMPTZ
);

CREATE TABLE bydel_settings (
    bydel_id         TEXT PRIMARY KEY REFERENCES bydeler(id),
    placement_months INTEGER NOT NULL
);
