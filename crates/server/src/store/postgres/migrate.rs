//! The PostgreSQL migrations: each file applied and recorded in one transaction (a crash between
//! the two would break the next start), in order, once. An advisory lock keeps two instances that
//! start together from applying the same file twice.

use postgres::Client;

use super::pg_err;
use crate::store::{StoreError, StoreResult};

const MIGRATIONS: &[(i32, &str)] = &[
    (
        1,
        include_str!("../../../migrations/postgres/0001_initial.sql"),
    ),
    (
        2,
        include_str!("../../../migrations/postgres/0002_attempts.sql"),
    ),
    (
        3,
        include_str!("../../../migrations/postgres/0003_wording.sql"),
    ),
    (
        4,
        include_str!("../../../migrations/postgres/0004_municipality_admin.sql"),
    ),
    (5, include_str!("../../../migrations/postgres/0005_sso.sql")),
    (
        6,
        include_str!("../../../migrations/postgres/0006_scope_acks.sql"),
    ),
    (
        7,
        include_str!("../../../migrations/postgres/0007_retention.sql"),
    ),
    (
        8,
        include_str!("../../../migrations/postgres/0008_schools.sql"),
    ),
    (
        9,
        include_str!("../../../migrations/postgres/0009_pack_settings.sql"),
    ),
];

/// Any constant shared by every instance of this server ("veikart" in ASCII).
const LOCK_KEY: i64 = 0x0076_6569_6b61_7274;

pub fn to_latest(conn: &mut Client) -> StoreResult<()> {
    conn.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    INTEGER PRIMARY KEY,
             applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
         )",
    )
    .map_err(migration_err)?;
    conn.execute("SELECT pg_advisory_lock($1)", &[&LOCK_KEY])
        .map_err(pg_err)?;
    let applied = apply(conn);
    // Released whatever happened: the lock belongs to a pooled session that lives on.
    let unlocked = conn
        .execute("SELECT pg_advisory_unlock($1)", &[&LOCK_KEY])
        .map_err(pg_err);
    applied.and(unlocked.map(|_| ()))
}

fn apply(conn: &mut Client) -> StoreResult<()> {
    let done: Option<i32> = conn
        .query_one("SELECT max(version) FROM schema_migrations", &[])
        .and_then(|r| r.try_get(0))
        .map_err(pg_err)?;
    let done = done.unwrap_or(0);
    if let Some(&(newest, _)) = MIGRATIONS.last()
        && done > newest
    {
        return Err(StoreError::Migration(
            format!("the database is at migration {done}, newer than this server ({newest})")
                .into(),
        ));
    }
    for &(version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > done) {
        let mut tx = conn.transaction().map_err(pg_err)?;
        tx.batch_execute(sql).map_err(migration_err)?;
        tx.execute(
            "INSERT INTO schema_migrations (version) VALUES ($1)",
            &[&version],
        )
        .map_err(migration_err)?;
        tx.commit().map_err(migration_err)?;
        tracing::info!(version, "applied PostgreSQL migration");
    }
    Ok(())
}

fn migration_err(e: postgres::Error) -> StoreError {
    match pg_err(e) {
        StoreError::Backend(e) => StoreError::Migration(e),
        other => other,
    }
}
