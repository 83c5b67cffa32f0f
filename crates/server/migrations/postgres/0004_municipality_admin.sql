-- A municipality admin (staff across every bydel) next to the bydel's own roles.
ALTER TABLE caseworkers DROP CONSTRAINT caseworkers_role_check;
ALTER TABLE caseworkers ADD CONSTRAINT caseworkers_role_check
    CHECK (role IN ('caseworker', 'leader', 'admin', 'municipality_admin'));
