-- Mutations the server confirmed, kept for a while: if the server's database loses them (a restore
-- from a backup, a power cut before its disk had them), the device sends them again.
CREATE TABLE sent (
    seq          INTEGER PRIMARY KEY,
    op           TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
);

-- Refusals get a key of their own: after a server lost its log the device numbers its mutations
-- again, and a new refusal must not replace an older one that had the same number.
CREATE TABLE rejections_keyed (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    seq     INTEGER NOT NULL,
    op      TEXT NOT NULL,
    code    TEXT NOT NULL,
    message TEXT NOT NULL,
    at      TEXT NOT NULL
);
INSERT INTO rejections_keyed (seq, op, code, message, at)
    SELECT seq, op, code, message, at FROM rejections ORDER BY seq;
DROP TABLE rejections;
ALTER TABLE rejections_keyed RENAME TO rejections;

-- A sign-out while the server could not be reached: the token to revoke once it can. It outlives
-- the wipe on purpose (it is all that is left of the enrolment) and goes once the server has it.
CREATE TABLE revocations (
    server_url TEXT NOT NULL,
    token      TEXT NOT NULL,
    PRIMARY KEY (server_url, token)
);
