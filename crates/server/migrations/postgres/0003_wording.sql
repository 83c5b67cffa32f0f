-- Participants' proposals for a better wording of the app's texts, per language and message key.
-- Not synced to devices (no scope): the console lists them per bydel and exports them as a patch.
CREATE TABLE wording_proposals (
    id             TEXT PRIMARY KEY,
    bydel_id       TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    language       TEXT NOT NULL,
    message_key    TEXT NOT NULL,
    proposed_text  TEXT NOT NULL,
    comment        TEXT,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX wording_proposals_by_bydel ON wording_proposals (bydel_id, language, message_key);
CREATE INDEX wording_proposals_by_participant ON wording_proposals (participant_id);
