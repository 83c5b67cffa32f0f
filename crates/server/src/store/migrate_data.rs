//! `veikart-server migrate-data`: copy a bydel's SQLite database into an empty PostgreSQL database,
//! keeping everything a device's sync depends on exactly as it was (row ids and versions, the scope
//! counters, device token hashes, each device's `last_seq` and mutation results, `meta.history`).
//! Same history and same versions mean every device's cursors stay valid: devices sync on against
//! the PostgreSQL server without re-enrolling and without receiving a row twice.
//!
//! The copier talks to both databases directly, not through [`Tx`](super::Tx): the trait has no
//! way to write a row at a given version, and it must not have one. Columns are copied by name
//! and converted by the PostgreSQL column's type, so a column added to both schemas is copied
//! without a change here; a column or table on one side only stops the copy before it starts.
//!
//! It blocks (the synchronous `postgres` client runs its own runtime), so call it from a blocking
//! thread, never from async code.

use std::fmt;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::error::SqlState;
use postgres::types::{ToSql, Type};
use postgres::{NoTls, Transaction};
use rusqlite::types::ValueRef;

use super::sqlite::SqliteStore;
use super::{Backend, StoreError};

/// A table the copier copies.
#[derive(Debug, Clone, Copy)]
pub struct Copied {
    pub name: &'static str,
    /// (column, SQLite expression) for columns that are not read as they are.
    pub derived: &'static [(&'static str, &'static str)],
}

impl Copied {
    const fn plain(name: &'static str) -> Copied {
        Copied { name, derived: &[] }
    }
}

/// Every table that is copied, in an order that satisfies PostgreSQL's foreign keys (a bydel before
/// its caseworkers, a caseworker before their sessions).
pub const COPIED: &[Copied] = &[
    Copied::plain("bydeler"),
    Copied::plain("schools"),
    Copied::plain("caseworkers"),
    Copied::plain("bydel_settings"),
    Copied::plain("scopes"),
    Copied::plain("rows"),
    Copied::plain("devices"),
    Copied::plain("scope_acks"),
    Copied::plain("mutation_results"),
    Copied::plain("enrolment_codes"),
    Copied::plain("audit_log"),
    Copied::plain("meta"),
    Copied {
        name: "console_sessions",
        // Sessions from before SQLite migration 0003 have none; PostgreSQL's column is NOT NULL,
        // and the server reads a missing one as the session's start (`COALESCE` there too).
        derived: &[("last_seen_at", "COALESCE(last_seen_at, created_at)")],
    },
    // A lock after wrong passwords must outlast the move, or the move would lift it.
    Copied::plain("signin_failures"),
    Copied::plain("wording_proposals"),
    Copied::plain("caseworker_sso"),
    Copied::plain("retention_settings"),
    Copied::plain("report_facts"),
    Copied::plain("pack_settings"),
];

/// Tables of the SQLite schema that are not copied, each with the reason. (Tables whose names
/// begin with `sqlite_` are SQLite's own bookkeeping and never copied.) A table the server adds
/// must be named here or in [`COPIED`]: the copier refuses to start otherwise, and a test fails.
pub const SKIPPED: &[(&str, &str)] = &[
    (
        "attempts",
        "rate-limit counts per address and short window: counting afresh after the move lets no \
         one past a limit for longer than the window they would have waited anyway",
    ),
    (
        "sso_logins",
        "single sign-ons under way, each usable for ten minutes: one cut off by the move is \
         started again with a click",
    ),
];

/// What was copied.
#[derive(Debug, Clone)]
pub struct MigrateReport {
    /// Rows copied per table, in [`COPIED`]'s order.
    pub tables: Vec<(&'static str, u64)>,
    /// The history the PostgreSQL database has, the one the SQLite database had.
    pub history: String,
    /// The SQLite database's new history (`None` if it could not be written). The SQLite file is
    /// an old copy from now on: served again by mistake, it counts as a restore (devices fetch
    /// their data anew and send again what it lacks) instead of handing out versions the devices
    /// have seen with other rows.
    pub source_history: Option<String>,
    pub elapsed: Duration,
}

impl fmt::Display for MigrateReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total: u64 = self.tables.iter().map(|(_, n)| n).sum();
        writeln!(
            f,
            "Copied {total} rows of {} tables in {:.2} s, under the same history ({}): enrolled \
             devices sync on without enrolling again.",
            self.tables.len(),
            self.elapsed.as_secs_f64(),
            self.history
        )?;
        for (table, rows) in &self.tables {
            writeln!(f, "  {table:<18} {rows:>9}")?;
        }
        match &self.source_history {
            Some(_) => writeln!(
                f,
                "The SQLite database now has a history of its own: serving it again would count \
                 as a restore."
            ),
            None => writeln!(
                f,
                "Warning: the SQLite database keeps the history; never serve it again."
            ),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("migrate-data copies from sqlite://PATH to postgres://…")]
    Urls,
    #[error("there is no SQLite database at {0}")]
    NoSource(String),
    #[error(
        "the PostgreSQL database is not empty (table {0} has rows); migrate-data copies only into \
         an empty database, so that nothing there is mixed with or overwritten by the copy"
    )]
    TargetNotEmpty(&'static str),
    #[error(
        "another session holds the PostgreSQL tables (a server running on that database?); stop it \
         and run migrate-data again"
    )]
    TargetBusy,
    #[error(
        "the SQLite table {0} is neither copied nor skipped by this version of migrate-data; \
         nothing was copied"
    )]
    UnknownTable(String),
    #[error("table {table}: column {column} exists only in {only_in}; nothing was copied")]
    Schema {
        table: &'static str,
        column: String,
        only_in: &'static str,
    },
    #[error(
        "table {table}: column {column} has the PostgreSQL type {udt}, which the copier does not know"
    )]
    UnsupportedType {
        table: &'static str,
        column: String,
        udt: String,
    },
    /// Never carries the value itself: it may be a name or a message.
    #[error("table {table}, row {row}, column {column}: {problem}; nothing was copied")]
    BadValue {
        table: &'static str,
        row: u64,
        column: String,
        problem: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] postgres::Error),
}

/// Copy the SQLite database at `from` (`sqlite://PATH`) into the empty PostgreSQL database at `to`
/// (`postgres://…`) in one PostgreSQL transaction: all of it or, on any error, nothing. Migrations
/// run on both first. Stop the server on the SQLite database first: what it writes after the copy
/// read its snapshot would not be copied.
pub fn migrate_data(from: &str, to: &str) -> Result<MigrateReport, MigrateError> {
    let started = Instant::now();
    if Backend::of(from)? != Backend::Sqlite || Backend::of(to)? != Backend::Postgres {
        return Err(MigrateError::Urls);
    }
    let mut source = SqliteStore::connect_existing(from)?
        .ok_or_else(|| MigrateError::NoSource(from.to_owned()))?;
    let config: postgres::Config = to.parse().map_err(|_| StoreError::UnsupportedUrl)?;
    let mut client = config.connect(NoTls)?;
    super::postgres::migrate::to_latest(&mut client)?;

    // One snapshot of the source for the whole copy (a deferred transaction reads one).
    let read = source.transaction()?;
    check_tables(&read)?;
    let mut write = client.transaction()?;
    lock_and_check_empty(&mut write)?;
    let mut tables = Vec::with_capacity(COPIED.len());
    for table in COPIED {
        let rows = copy_table(&read, &mut write, table)?;
        tracing::info!(table = table.name, rows, "copied");
        tables.push((table.name, rows));
    }
    let history: String = write
        .query_one("SELECT value FROM meta WHERE key = 'history'", &[])?
        .try_get(0)?;
    write.commit()?;
    drop(read);
    let source_history = super::new_history();
    let source_renewed = source
        .execute(
            "UPDATE meta SET value = ?1 WHERE key = 'history'",
            [&source_history],
        )
        .map(|_| source_history)
        .inspect_err(
            |e| tracing::warn!(error = %e, "cannot give the SQLite database a new history"),
        )
        .ok();
    Ok(MigrateReport {
        tables,
        history,
        source_history: source_renewed,
        elapsed: started.elapsed(),
    })
}

/// The source's tables, but SQLite's own.
pub(crate) fn sqlite_tables(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
         ORDER BY name",
    )?;
    let names = stmt.query_map([], |r| r.get(0))?;
    names.collect()
}

/// Whether the copier knows what to do with `table`: copy it or leave it.
pub(crate) fn is_known(table: &str) -> bool {
    COPIED.iter().any(|t| t.name == table) || SKIPPED.iter().any(|(t, _)| *t == table)
}

fn check_tables(conn: &rusqlite::Connection) -> Result<(), MigrateError> {
    match sqlite_tables(conn)?.into_iter().find(|t| !is_known(t)) {
        Some(unknown) => Err(MigrateError::UnknownTable(unknown)),
        None => Ok(()),
    }
}

fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

/// Take every table the copy writes for the transaction, so no server can write between the check
/// and the commit, then make sure they are empty. A `meta` holding only `history` counts as empty:
/// every server writes it when it first opens a database, and it is replaced by the source's.
fn lock_and_check_empty(write: &mut Transaction<'_>) -> Result<(), MigrateError> {
    let names: Vec<String> = COPIED.iter().map(|t| quote(t.name)).collect();
    write.batch_execute("SET LOCAL lock_timeout = '10s'")?;
    if let Err(e) = write.batch_execute(&format!(
        "LOCK TABLE {} IN ACCESS EXCLUSIVE MODE",
        names.join(", ")
    )) {
        return Err(match e.code() {
            Some(c) if *c == SqlState::LOCK_NOT_AVAILABLE => MigrateError::TargetBusy,
            _ => MigrateError::Postgres(e),
        });
    }
    for table in COPIED {
        let sql = if table.name == "meta" {
            "SELECT EXISTS (SELECT 1 FROM meta WHERE key <> 'history')".to_owned()
        } else {
            format!("SELECT EXISTS (SELECT 1 FROM {})", quote(table.name))
        };
        let has_rows: bool = write.query_one(&sql, &[])?.try_get(0)?;
        if has_rows {
            return Err(MigrateError::TargetNotEmpty(table.name));
        }
    }
    write.batch_execute("DELETE FROM meta")?;
    Ok(())
}

/// A PostgreSQL column's name and the type the copy writes.
fn target_columns(
    write: &mut Transaction<'_>,
    table: &'static str,
) -> Result<Vec<(String, Type)>, MigrateError> {
    let rows = write.query(
        "SELECT column_name::text, udt_name::text FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
        &[&table],
    )?;
    rows.iter()
        .map(|r| {
            let column: String = r.try_get(0)?;
            let udt: String = r.try_get(1)?;
            let ty = match udt.as_str() {
                "text" => Type::TEXT,
                "int8" => Type::INT8,
                "int4" => Type::INT4,
                "bool" => Type::BOOL,
                "jsonb" => Type::JSONB,
                "timestamptz" => Type::TIMESTAMPTZ,
                _ => {
                    return Err(MigrateError::UnsupportedType { table, column, udt });
                }
            };
            Ok((column, ty))
        })
        .collect()
}

fn source_columns(read: &rusqlite::Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = read.prepare("SELECT name FROM pragma_table_info(?1)")?;
    let names = stmt.query_map([table], |r| r.get(0))?;
    names.collect()
}

/// Copy one table with PostgreSQL's binary COPY; returns the rows written.
fn copy_table(
    read: &rusqlite::Connection,
    write: &mut Transaction<'_>,
    table: &Copied,
) -> Result<u64, MigrateError> {
    let name = table.name;
    let target = target_columns(write, name)?;
    let source = source_columns(read, name)?;
    if target.is_empty() {
        return Err(MigrateError::Schema {
            table: name,
            column: "(every column: there is no such table)".into(),
            only_in: "SQLite",
        });
    }
    if let Some(column) = source.iter().find(|c| !target.iter().any(|(t, _)| t == *c)) {
        return Err(MigrateError::Schema {
            table: name,
            column: column.clone(),
            only_in: "SQLite",
        });
    }
    if let Some((column, _)) = target.iter().find(|(t, _)| !source.contains(t)) {
        return Err(MigrateError::Schema {
            table: name,
            column: column.clone(),
            only_in: "PostgreSQL",
        });
    }

    let select: Vec<String> = target
        .iter()
        .map(|(column, _)| {
            table
                .derived
                .iter()
                .find(|(c, _)| c == column)
                .map_or_else(|| quote(column), |(_, expr)| (*expr).to_owned())
        })
        .collect();
    let columns: Vec<String> = target.iter().map(|(c, _)| quote(c)).collect();
    let types: Vec<Type> = target.iter().map(|(_, t)| t.clone()).collect();

    let mut stmt = read.prepare(&format!(
        "SELECT {} FROM {}",
        select.join(", "),
        quote(name)
    ))?;
    let mut rows = stmt.query([])?;
    let sink = write.copy_in(&format!(
        "COPY {} ({}) FROM STDIN (FORMAT binary)",
        quote(name),
        columns.join(", ")
    ))?;
    let mut sink = BinaryCopyInWriter::new(sink, &types);
    let mut read_rows = 0u64;
    let mut values = Vec::with_capacity(types.len());
    while let Some(row) = rows.next()? {
        read_rows += 1;
        values.clear();
        for (i, (column, ty)) in target.iter().enumerate() {
            let value = convert(row.get_ref(i)?, ty).map_err(|problem| MigrateError::BadValue {
                table: name,
                row: read_rows,
                column: column.clone(),
                problem,
            })?;
            values.push(value);
        }
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(PgValue::as_sql).collect();
        sink.write(&refs)?;
    }
    let written = sink.finish()?;
    advance_identities(write, name)?;
    Ok(written)
}

/// Set every identity column's sequence past the highest id copied (the copy wrote the ids as
/// they were), so the next row PostgreSQL numbers does not collide with a copied one.
fn advance_identities(write: &mut Transaction<'_>, table: &str) -> Result<(), MigrateError> {
    let identities = write.query(
        "SELECT column_name::text FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'",
        &[&table],
    )?;
    for row in identities {
        let column: String = row.try_get(0)?;
        write.execute(
            &format!(
                "SELECT setval(pg_get_serial_sequence($1, $2), m)
                 FROM (SELECT max({}) AS m FROM {}) highest WHERE m IS NOT NULL",
                quote(&column),
                quote(table)
            ),
            &[&quote(table), &column],
        )?;
    }
    Ok(())
}

/// One value as PostgreSQL's column wants it.
enum PgValue {
    Text(Option<String>),
    Int8(Option<i64>),
    Int4(Option<i32>),
    Bool(Option<bool>),
    Json(Option<serde_json::Value>),
    Time(Option<DateTime<Utc>>),
}

impl PgValue {
    fn as_sql(&self) -> &(dyn ToSql + Sync) {
        match self {
            PgValue::Text(v) => v,
            PgValue::Int8(v) => v,
            PgValue::Int4(v) => v,
            PgValue::Bool(v) => v,
            PgValue::Json(v) => v,
            PgValue::Time(v) => v,
        }
    }
}

/// Convert a SQLite value to `ty`. SQLite's columns take any value, so a value of another kind
/// than the schema says is refused rather than guessed at. The error names the problem, never the
/// value.
fn convert(value: ValueRef<'_>, ty: &Type) -> Result<PgValue, String> {
    let text = |bytes: &[u8]| {
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| "text that is not UTF-8".to_owned())
    };
    let unexpected = |what: &str| Err(format!("a {what} where {ty} was expected"));
    Ok(match (value, ty) {
        (ValueRef::Null, t) if *t == Type::TEXT => PgValue::Text(None),
        (ValueRef::Null, t) if *t == Type::INT8 => PgValue::Int8(None),
        (ValueRef::Null, t) if *t == Type::INT4 => PgValue::Int4(None),
        (ValueRef::Null, t) if *t == Type::BOOL => PgValue::Bool(None),
        (ValueRef::Null, t) if *t == Type::JSONB => PgValue::Json(None),
        (ValueRef::Null, _) => PgValue::Time(None),
        (ValueRef::Text(b), t) if *t == Type::TEXT => PgValue::Text(Some(text(b)?)),
        (ValueRef::Text(b), t) if *t == Type::JSONB => {
            let json = serde_json::from_str(&text(b)?).map_err(|e| format!("not JSON: {e}"))?;
            PgValue::Json(Some(json))
        }
        (ValueRef::Text(b), t) if *t == Type::TIMESTAMPTZ => {
            let time = DateTime::parse_from_rfc3339(&text(b)?)
                .map_err(|e| format!("not an RFC 3339 time: {e}"))?;
            PgValue::Time(Some(time.with_timezone(&Utc)))
        }
        (ValueRef::Integer(i), t) if *t == Type::INT8 => PgValue::Int8(Some(i)),
        (ValueRef::Integer(i), t) if *t == Type::INT4 => PgValue::Int4(Some(
            i32::try_from(i).map_err(|_| "an integer too large for its column".to_owned())?,
        )),
        (ValueRef::Integer(i @ (0 | 1)), t) if *t == Type::BOOL => PgValue::Bool(Some(i == 1)),
        (ValueRef::Integer(_), _) => return unexpected("integer"),
        (ValueRef::Text(_), _) => return unexpected("text"),
        (ValueRef::Real(_), _) => return unexpected("real number"),
        (ValueRef::Blob(_), _) => return unexpected("blob"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table of a freshly migrated SQLite database is either copied or skipped on purpose, so
    /// a table added to the schema cannot be left behind by a move to PostgreSQL unnoticed. (Its
    /// columns are checked against PostgreSQL's when the copy runs.)
    #[test]
    fn every_sqlite_table_is_copied_or_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("fresh.sqlite").display());
        let conn = SqliteStore::connect_existing(&url).unwrap();
        assert!(conn.is_none(), "no database is made where there was none");
        drop(SqliteStore::open(&url).unwrap());
        let conn = SqliteStore::connect_existing(&url).unwrap().unwrap();
        let tables = sqlite_tables(&conn).unwrap();
        assert!(tables.contains(&"rows".to_owned()), "{tables:?}");
        let unknown: Vec<&String> = tables.iter().filter(|t| !is_known(t)).collect();
        assert!(
            unknown.is_empty(),
            "tables neither copied nor skipped by store::migrate_data (add them to COPIED, or to \
             SKIPPED with the reason): {unknown:?}"
        );
        for name in COPIED
            .iter()
            .map(|t| t.name)
            .chain(SKIPPED.iter().map(|(t, _)| *t))
        {
            assert!(
                tables.iter().any(|t| t == name),
                "{name} is listed in migrate_data but is no table of the schema"
            );
            let listed = COPIED.iter().filter(|t| t.name == name).count()
                + SKIPPED.iter().filter(|(t, _)| *t == name).count();
            assert_eq!(listed, 1, "{name} is listed more than once");
        }
    }

    #[test]
    fn values_of_another_kind_are_refused_without_showing_them() {
        let secret = "Semhar Tesfay";
        let e = convert(ValueRef::Text(secret.as_bytes()), &Type::TIMESTAMPTZ)
            .err()
            .unwrap();
        assert!(!e.contains(secret), "{e}");
        assert!(convert(ValueRef::Integer(2), &Type::BOOL).is_err());
        assert!(convert(ValueRef::Integer(1 << 40), &Type::INT4).is_err());
        assert!(convert(ValueRef::Real(1.5), &Type::INT8).is_err());
        assert!(matches!(
            convert(ValueRef::Integer(1), &Type::BOOL),
            Ok(PgValue::Bool(Some(true)))
        ));
        assert!(matches!(
            convert(
                ValueRef::Text(b"2026-06-08T10:00:00.123456Z"),
                &Type::TIMESTAMPTZ
            ),
            Ok(PgValue::Time(Some(t))) if t.timestamp_subsec_micros() == 123_456
        ));
    }
}
