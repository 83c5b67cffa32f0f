-- Retention (docs/console.md, "Retention and the participant's rights"): how long a bydel keeps a
-- participant's data after they leave the programme, and what the reports keep of a participant
-- once that data is deleted.
CREATE TABLE retention_settings (
    bydel_id TEXT PRIMARY KEY REFERENCES bydeler(id),
    months   INTEGER NOT NULL
);

-- One line per deleted participant: the dates and yes/no answers the report's indicators are
-- computed from (domain::retention::Facts, as JSON). No participant id, no name, no time of
-- deletion, and a random key rather than a counter, so a line cannot be matched with the audit
-- log's record of the deletion.
CREATE TABLE report_facts (
    id       TEXT PRIMARY KEY,
    bydel_id TEXT NOT NULL,
    facts    TEXT NOT NULL
);
CREATE INDEX report_facts_by_bydel ON report_facts (bydel_id);

-- The daily job prunes the audit log by age.
CREATE INDEX audit_log_at ON audit_log (at);
-- The export of one participant lists the audit entries about them.
CREATE INDEX audit_log_target ON audit_log (target);
-- The job deletes a participant's enrolment codes.
CREATE INDEX enrolment_codes_participant ON enrolment_codes (participant_id);
