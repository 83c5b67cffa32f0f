-- The device's store: the server's rows as last synced, the cursors, and the outbox of the
-- participant's changes not yet confirmed by the server.

CREATE TABLE rows (
    id      TEXT PRIMARY KEY,
    scope   TEXT NOT NULL,
    kind    TEXT NOT NULL,
    version INTEGER NOT NULL,
    body    TEXT NOT NULL
);
CREATE INDEX rows_scope ON rows(scope);
CREATE INDEX rows_kind ON rows(kind);

CREATE TABLE cursors (
    scope   TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);

-- Written in the same transaction as the action that made it: a crash loses nothing.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY,
    op         TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Changes the server refused, kept until the participant has seen them.
CREATE TABLE rejections (
    seq     INTEGER PRIMARY KEY,
    op      TEXT NOT NULL,
    code    TEXT NOT NULL,
    message TEXT NOT NULL,
    at      TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
