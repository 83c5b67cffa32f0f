-- A municipality admin (staff across every bydel) next to the bydel's own roles. SQLite cannot
-- change a CHECK constraint in place, so the table is built again. Console sessions point at it
-- and are ended: everyone signs in again once after this upgrade.
DELETE FROM console_sessions;

CREATE TABLE caseworkers_new (
    id             TEXT PRIMARY KEY,
    bydel_id       TEXT NOT NULL REFERENCES bydeler(id),
    name           TEXT NOT NULL,
    email          TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL
                   CHECK (role IN ('caseworker', 'leader', 'admin', 'municipality_admin')),
    password_hash  TEXT,
    api_token_hash TEXT UNIQUE,
    created_at     TEXT NOT NULL
);
INSERT INTO caseworkers_new (id, bydel_id, name, email, role, password_hash, api_token_hash, created_at)
    SELECT id, bydel_id, name, email, role, password_hash, api_token_hash, created_at FROM caseworkers;
DROP TABLE caseworkers;
ALTER TABLE caseworkers_new RENAME TO caseworkers;
