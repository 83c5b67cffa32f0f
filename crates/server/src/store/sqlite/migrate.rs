//! The SQLite migrations: `migrations/sqlite/*.sql`, applied in order, once, each with its record in
//! one transaction (rusqlite_migration keeps the version in `user_version`).

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::store::{StoreError, StoreResult};

const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../../../migrations/sqlite/0001_initial.sql")),
    M::up(include_str!("../../../migrations/sqlite/0002_console.sql")),
    M::up(include_str!(
        "../../../migrations/sqlite/0003_console_idle.sql"
    )),
    M::up(include_str!("../../../migrations/sqlite/0004_attempts.sql")),
    M::up(include_str!("../../../migrations/sqlite/0005_wording.sql")),
    M::up(include_str!(
        "../../../migrations/sqlite/0006_municipality_admin.sql"
    )),
    M::up(include_str!("../../../migrations/sqlite/0007_sso.sql")),
    M::up(include_str!(
        "../../../migrations/sqlite/0008_scope_acks.sql"
    )),
    M::up(include_str!(
        "../../../migrations/sqlite/0009_retention.sql"
    )),
    M::up(include_str!("../../../migrations/sqlite/0010_schools.sql")),
    M::up(include_str!(
        "../../../migrations/sqlite/0011_pack_settings.sql"
    )),
];

pub(super) fn to_latest(conn: &mut Connection) -> StoreResult<()> {
    Migrations::from_slice(MIGRATIONS)
        .to_latest(conn)
        .map_err(|e| StoreError::Migration(Box::new(e)))
}

#[cfg(test)]
mod tests {
    use rusqlite_migration::Migrations;

    use super::MIGRATIONS;
    use crate::store::sqlite::{SqliteStore, Synchronous, connect};

    /// 0006 builds the staff table again (SQLite cannot change a CHECK in place): every account
    /// keeps its password and API token; sessions end, since they pointed at the old table.
    #[test]
    fn the_staff_table_rebuild_keeps_every_account() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        let mut conn = connect(&path, Synchronous::Full).unwrap();
        Migrations::from_slice(MIGRATIONS)
            .to_version(&mut conn, 5)
            .unwrap();
        conn.execute_batch(
            "INSERT INTO bydeler (id, name) VALUES ('grorud', 'Grorud');
             INSERT INTO caseworkers (id, bydel_id, name, email, role, password_hash,
                                      api_token_hash, created_at)
                 VALUES ('cw1', 'grorud', 'Nora', 'nora@bgr.test', 'admin', 'argon-hash',
                         'token-hash', '2026-01-01T00:00:00Z');
             INSERT INTO console_sessions (token_hash, caseworker_id, csrf, created_at,
                                           expires_at, last_seen_at)
                 VALUES ('s', 'cw1', 'c', '2026-01-01T00:00:00Z', '2026-01-01T08:00:00Z',
                         '2026-01-01T00:00:00Z');",
        )
        .unwrap();
        drop(conn);
        let store = SqliteStore::open(&format!("sqlite://{}", path.display())).unwrap();
        let conn = store.inner.writer.lock().unwrap();
        let kept: (String, String, String, String) = conn
            .query_row(
                "SELECT role, password_hash, api_token_hash, email FROM caseworkers WHERE id = 'cw1'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(
            kept,
            (
                "admin".into(),
                "argon-hash".into(),
                "token-hash".into(),
                "nora@bgr.test".into()
            )
        );
        let sessions: i64 = conn
            .query_row("SELECT count(*) FROM console_sessions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sessions, 0);
        let problems: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(problems, 0);
    }

    /// 0010 builds the staff table again for the teacher's role and school: every account keeps
    /// its password, API token and single sign-on subject; sessions end.
    #[test]
    fn the_school_migration_keeps_every_account_and_its_sso_subject() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        let mut conn = connect(&path, Synchronous::Full).unwrap();
        Migrations::from_slice(MIGRATIONS)
            .to_version(&mut conn, 9)
            .unwrap();
        conn.execute_batch(
            "INSERT INTO bydeler (id, name) VALUES ('grorud', 'Grorud');
             INSERT INTO caseworkers (id, bydel_id, name, email, role, password_hash,
                                      api_token_hash, created_at)
                 VALUES ('cw1', 'grorud', 'Nora', 'nora@bgr.test', 'municipality_admin',
                         'argon-hash', 'token-hash', '2026-01-01T00:00:00Z');
             INSERT INTO caseworker_sso (caseworker_id, subject) VALUES ('cw1', 'sub-1');
             INSERT INTO console_sessions (token_hash, caseworker_id, csrf, created_at,
                                           expires_at, last_seen_at)
                 VALUES ('s', 'cw1', 'c', '2026-01-01T00:00:00Z', '2026-01-01T08:00:00Z',
                         '2026-01-01T00:00:00Z');",
        )
        .unwrap();
        drop(conn);
        let store = SqliteStore::open(&format!("sqlite://{}", path.display())).unwrap();
        let conn = store.inner.writer.lock().unwrap();
        let kept: (String, String, String, Option<String>, String) = conn
            .query_row(
                "SELECT c.role, c.password_hash, c.api_token_hash, c.school_id, s.subject
                 FROM caseworkers c JOIN caseworker_sso s ON s.caseworker_id = c.id
                 WHERE c.id = 'cw1'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        assert_eq!(
            kept,
            (
                "municipality_admin".into(),
                "argon-hash".into(),
                "token-hash".into(),
                None,
                "sub-1".into()
            )
        );
        let sessions: i64 = conn
            .query_row("SELECT count(*) FROM console_sessions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sessions, 0);
        let problems: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(problems, 0);
        let leftover: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'caseworker_sso_keep'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(leftover, 0);
    }
}
