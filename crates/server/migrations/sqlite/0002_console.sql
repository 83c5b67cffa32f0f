-- The caseworker console: sign-in sessions, sign-in failures (the lock after five wrong passwords),
-- and the settings a bydel chooses. Password hashes live in caseworkers.password_hash (0001).

-- Only the SHA-256 of a session token is kept; the token lives in the browser's cookie.
CREATE TABLE console_sessions (
    token_hash    TEXT PRIMARY KEY,
    caseworker_id TEXT NOT NULL REFERENCES caseworkers(id),
    csrf          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL
);
CREATE INDEX console_sessions_caseworker ON console_sessions(caseworker_id);

-- Keyed by the e-mail typed (lower-cased), whether or not an account has it, so the lock does not
-- reveal which addresses exist.
CREATE TABLE signin_failures (
    email        TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until TEXT
);

CREATE TABLE bydel_settings (
    bydel_id         TEXT PRIMARY KEY REFERENCES bydeler(id),
    placement_months INTEGER NOT NULL
);

CREATE INDEX audit_log_actor ON audit_log(actor, id);
