-- Schools (Voksenopplæringen), city-wide next to the bydeler, and teachers: a role tied to a
-- school. SQLite cannot change a CHECK constraint in place, so `caseworkers` is built again (as in
-- 0006). The tables that point at it are emptied first and `caseworker_sso` put back after, so the
-- foreign keys (on during migrations) hold at every step; console sessions end, and everyone
-- signs in again once after this upgrade.
CREATE TABLE schools (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

DELETE FROM console_sessions;
CREATE TABLE caseworker_sso_keep AS SELECT caseworker_id, subject FROM caseworker_sso;
DELETE FROM caseworker_sso;

CREATE TABLE caseworkers_new (
    id             TEXT PRIMARY KEY,
    bydel_id       TEXT NOT NULL REFERENCES bydeler(id),
    name           TEXT NOT NULL,
    email          TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL
                   CHECK (role IN ('caseworker', 'leader', 'admin', 'municipality_admin', 'teacher')),
    password_hash  TEXT,
    api_token_hash TEXT UNIQUE,
    created_at     TEXT NOT NULL,
    -- A teacher's school; only teachers have one, and every teacher has one.
    school_id      TEXT REFERENCES schools(id),
    CHECK ((role = 'teacher') = (school_id IS NOT NULL))
);
INSERT INTO caseworkers_new (id, bydel_id, name, email, role, password_hash, api_token_hash, created_at)
    SELECT id, bydel_id, name, email, role, password_hash, api_token_hash, created_at FROM caseworkers;
DROP TABLE caseworkers;
ALTER TABLE caseworkers_new RENAME TO caseworkers;

INSERT INTO caseworker_sso (caseworker_id, subject) SELECT caseworker_id, subject FROM caseworker_sso_keep;
DROP TABLE caseworker_sso_keep;
