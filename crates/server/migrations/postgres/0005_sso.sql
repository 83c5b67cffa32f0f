-- Single sign-on (OpenID Connect). A caseworker an admin has tied to the identity provider's
-- subject claim; kept apart from `caseworkers` so that sign-in by e-mail needs no row here.
CREATE TABLE caseworker_sso (
    caseworker_id TEXT PRIMARY KEY REFERENCES caseworkers(id),
    subject       TEXT NOT NULL UNIQUE
);

-- Sign-ins under way: the state's hash, the PKCE verifier and the nonce, for ten minutes. A state
-- is usable once (`used_at`); rows older than that are deleted when the next sign-in starts.
CREATE TABLE sso_logins (
    state_hash    TEXT PRIMARY KEY,
    pkce_verifier TEXT NOT NULL,
    nonce         TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    used_at       TIMESTAMPTZ
);
CREATE INDEX sso_logins_by_age ON sso_logins (created_at);
