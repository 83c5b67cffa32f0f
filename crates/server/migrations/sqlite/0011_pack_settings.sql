-- The recognition pack (issue 9, docs/console.md "The recognition pack"): per bydel, the days a
-- complete pack may wait before it is flagged as not sent to HK-dir, and the months a decided
-- case's document pages are kept. Empty means the default (domain::pages).
CREATE TABLE pack_settings (
    bydel_id              TEXT PRIMARY KEY REFERENCES bydeler(id),
    send_days             INTEGER,
    page_retention_months INTEGER
);
