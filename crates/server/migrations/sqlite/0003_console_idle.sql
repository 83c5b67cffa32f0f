-- Console sessions end after 30 minutes without a request (next to their absolute lifetime).
-- NULL (sessions from before this migration) counts as the session's creation time.
ALTER TABLE console_sessions ADD COLUMN last_seen_at TEXT;
