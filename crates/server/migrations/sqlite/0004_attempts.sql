-- Attempts per client address and window (enrolment, console sign-in), counted in the database so
-- that every server instance sees the same count.
CREATE TABLE attempts (
    key          TEXT    NOT NULL,
    window_start INTEGER NOT NULL,
    count        INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
) WITHOUT ROWID;
CREATE INDEX attempts_by_window ON attempts (window_start);
