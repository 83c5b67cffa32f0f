-- Schools (Voksenopplæringen), city-wide next to the bydeler, and teachers: a role tied to a
-- school.
CREATE TABLE schools (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

ALTER TABLE caseworkers DROP CONSTRAINT caseworkers_role_check;
ALTER TABLE caseworkers ADD CONSTRAINT caseworkers_role_check
    CHECK (role IN ('caseworker', 'leader', 'admin', 'municipality_admin', 'teacher'));
-- A teacher's school; only teachers have one, and every teacher has one.
ALTER TABLE caseworkers ADD COLUMN school_id TEXT REFERENCES schools(id);
ALTER TABLE caseworkers ADD CONSTRAINT caseworkers_school_check
    CHECK ((role = 'teacher') = (school_id IS NOT NULL));
