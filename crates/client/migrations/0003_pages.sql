-- Pages of required documents the participant photographed or chose, with their bytes: kept in
-- this (encrypted) store until the case is closed, the page removed, or the device signed out.
-- Never in `rows`: those are the server's rows as synced, and pages are the device's own bytes.
CREATE TABLE pages (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL,
    case_id      TEXT NOT NULL,
    idx          INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    -- Bytes the server said it had at its last answer (the progress bar).
    uploaded     INTEGER NOT NULL DEFAULT 0,
    -- 1 when the server refused the bytes for good (content type, or the hash again and again):
    -- remove the page and add it again.
    refused      INTEGER NOT NULL DEFAULT 0,
    -- Times the server refused the bytes for a hash that the device's own copy still matches (a
    -- fault on the way): sent again from 0, up to pages::MAX_REFUSALS.
    refusals     INTEGER NOT NULL DEFAULT 0,
    thumbnail    TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX pages_document ON pages(document_id);
