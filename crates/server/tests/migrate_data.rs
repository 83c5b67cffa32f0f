//! `veikart-server migrate-data` through the real CLI: a seeded SQLite database, with devices,
//! mutation results, codes, sessions, sign-in locks, settings, audit entries and a tombstone, copied
//! into PostgreSQL reads the same through every `Tx` call the server makes; a second run, an unknown
//! table and a bad value are refused, and a refused copy leaves nothing behind.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Output;
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};
use veikart_protocol::{MutationOutcome, RejectCode};
use veikart_server::store::{
    AuditEntry, Caseworker, ChangeRow, ConsoleSession, Device, EnrolmentCode, SigninFailures,
    Store, StoreError, StoredRow, Tx, WordingProposal,
};
use veikart_server::testing::{PgTestDatabase, skip_postgres};
use veikart_server::{PgStore, SqliteStore};

fn micros(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap()
}

fn migrate_cli(from: &str, to: &str) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_veikart-server"))
        .args(["migrate-data", "--from", from, "--to", to])
        .env("RUST_LOG", "warn")
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap()
}

async fn pg_database() -> PgTestDatabase {
    tokio::task::spawn_blocking(PgTestDatabase::create)
        .await
        .unwrap()
        .unwrap()
}

/// The keys of everything stored, read straight from the SQLite file.
#[derive(Debug, Default)]
struct Keys {
    scopes: Vec<String>,
    rows: Vec<String>,
    devices: Vec<(String, String)>,
    outcomes: Vec<(String, u64)>,
    codes: Vec<String>,
    caseworkers: Vec<(String, String, Option<String>)>,
    bydeler: Vec<String>,
    sessions: Vec<String>,
    signin_emails: Vec<String>,
    actors: Vec<String>,
    meta: Vec<String>,
}

fn strings(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn keys(path: &Path) -> Keys {
    let conn = rusqlite::Connection::open(path).unwrap();
    let pairs = |sql: &str| -> Vec<(String, String)> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let outcomes = {
        let mut stmt = conn
            .prepare("SELECT device_id, seq FROM mutation_results ORDER BY device_id, seq")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let caseworkers = {
        let mut stmt = conn
            .prepare("SELECT id, email, api_token_hash FROM caseworkers ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    Keys {
        scopes: strings(&conn, "SELECT id FROM scopes ORDER BY id"),
        rows: strings(&conn, "SELECT id FROM rows ORDER BY id"),
        devices: pairs("SELECT id, token_hash FROM devices ORDER BY id"),
        outcomes,
        codes: strings(&conn, "SELECT lookup FROM enrolment_codes ORDER BY lookup"),
        caseworkers,
        bydeler: strings(&conn, "SELECT id FROM bydeler ORDER BY id"),
        sessions: strings(&conn, "SELECT token_hash FROM console_sessions ORDER BY 1"),
        signin_emails: strings(&conn, "SELECT email FROM signin_failures ORDER BY 1"),
        actors: strings(&conn, "SELECT DISTINCT actor FROM audit_log ORDER BY 1"),
        meta: strings(
            &conn,
            "SELECT key FROM meta WHERE key <> 'history' ORDER BY 1",
        ),
    }
}

type Login = Option<(Caseworker, Option<String>)>;

/// Everything the server can read of the keys, through the `Tx` calls it makes.
#[derive(Debug, PartialEq)]
struct Snapshot {
    scopes: Vec<(u64, Vec<ChangeRow>)>,
    rows: Vec<Option<StoredRow>>,
    devices: Vec<(Option<Device>, Option<Device>)>,
    outcomes: Vec<Option<MutationOutcome>>,
    codes: Vec<Option<EnrolmentCode>>,
    caseworkers: Vec<(Option<Caseworker>, Option<Caseworker>, Login)>,
    bydeler: Vec<(String, String)>,
    per_bydel: Vec<(Option<u32>, Vec<Caseworker>, Vec<Device>)>,
    sessions: Vec<Option<ConsoleSession>>,
    signin: Vec<SigninFailures>,
    audit: Vec<AuditEntry>,
    meta: Vec<Option<String>>,
    wording: Vec<WordingProposal>,
}

async fn snapshot<S: Store>(store: &S, keys: &std::sync::Arc<Keys>) -> Snapshot {
    let k = keys.clone();
    store
        .read(move |tx: &mut dyn Tx| {
            let mut scopes = Vec::new();
            for s in &k.scopes {
                scopes.push((tx.scope_version(s)?, tx.changes_since(s, 0, usize::MAX)?));
            }
            let mut rows = Vec::new();
            for id in &k.rows {
                rows.push(tx.row(id)?);
            }
            let mut devices = Vec::new();
            for (id, hash) in &k.devices {
                devices.push((tx.device(id)?, tx.device_by_token_hash(hash)?));
            }
            let mut outcomes = Vec::new();
            for (id, seq) in &k.outcomes {
                outcomes.push(tx.mutation_outcome(id, *seq)?);
            }
            let mut codes = Vec::new();
            for lookup in &k.codes {
                codes.push(tx.code(lookup)?);
            }
            let mut caseworkers = Vec::new();
            for (id, email, hash) in &k.caseworkers {
                let by_token = match hash {
                    Some(h) => tx.caseworker_by_token_hash(h)?,
                    None => None,
                };
                caseworkers.push((tx.caseworker(id)?, by_token, tx.caseworker_login(email)?));
            }
            let mut per_bydel = Vec::new();
            for b in &k.bydeler {
                let mut devices = tx.devices_in(b)?;
                devices.sort_by(|a, b| a.id.cmp(&b.id));
                per_bydel.push((tx.placement_months(b)?, tx.caseworkers_in(b)?, devices));
            }
            let mut sessions = Vec::new();
            for h in &k.sessions {
                sessions.push(tx.session(h)?);
            }
            let mut signin = Vec::new();
            for e in &k.signin_emails {
                signin.push(tx.signin_failures(e)?);
            }
            let mut meta = Vec::new();
            for key in &k.meta {
                meta.push(tx.meta(key)?);
            }
            Ok::<_, StoreError>(Snapshot {
                scopes,
                rows,
                devices,
                outcomes,
                codes,
                caseworkers,
                bydeler: tx.bydeler()?,
                per_bydel,
                sessions,
                signin,
                audit: tx.audit_entries(&k.actors, None, 100_000)?,
                meta,
                wording: tx.wording_proposals(None)?,
            })
        })
        .await
        .unwrap()
}

/// What the seed does not make: devices and their log, codes, sessions, locks, settings, audit
/// entries, a tombstone, a password.
async fn add_the_rest(store: &SqliteStore) {
    let now = micros(Utc::now());
    store
        .write(move |tx: &mut dyn Tx| {
            let device = |id: &str, seq: u64| Device {
                id: id.into(),
                participant_id: "demo-grorud-001".into(),
                bydel_id: "grorud".into(),
                name: "phone".into(),
                created_at: now - Duration::days(3),
                last_seen_at: None,
                revoked_at: None,
                last_seq: seq,
            };
            tx.insert_device(&device("dev-a", 0), "hash-a")?;
            tx.set_last_seq("dev-a", 3)?;
            tx.touch_device("dev-a")?;
            tx.record_outcome("dev-a", 1, &MutationOutcome::Applied)?;
            tx.record_outcome(
                "dev-a",
                2,
                &MutationOutcome::Rejected {
                    code: RejectCode::NotFound,
                    message: "no such event".into(),
                },
            )?;
            tx.record_outcome("dev-a", 3, &MutationOutcome::Applied)?;
            tx.insert_device(&device("dev-b", 7), "hash-b")?;
            tx.revoke_device("dev-b")?;
            let code = |lookup: &str| EnrolmentCode {
                lookup: lookup.into(),
                secret_hash: format!("secret-{lookup}"),
                participant_id: "demo-grorud-002".into(),
                bydel_id: "grorud".into(),
                created_by: "cw-grorud-1".into(),
                created_at: now - Duration::hours(5),
                expires_at: now + Duration::hours(67),
                used_at: None,
                failed_attempts: 0,
            };
            tx.insert_code(&code("ABCD"))?;
            tx.record_code_failure("ABCD")?;
            tx.mark_code_used("ABCD")?;
            tx.insert_code(&code("EFGH"))?;
            tx.record_code_failure("EFGH")?;
            tx.record_code_failure("EFGH")?;
            for (hash, cw) in [("session-1", "cw-grorud-1"), ("session-2", "cw-grorud-2")] {
                tx.insert_session(&ConsoleSession {
                    token_hash: hash.into(),
                    caseworker_id: cw.into(),
                    csrf: format!("csrf-{hash}"),
                    created_at: now - Duration::minutes(20),
                    expires_at: now + Duration::hours(8),
                    last_seen_at: now - Duration::minutes(2),
                })?;
            }
            tx.set_signin_failures(
                "someone@example.no",
                &SigninFailures {
                    failures: 5,
                    locked_until: Some(now + Duration::minutes(15)),
                },
            )?;
            tx.set_signin_failures(
                "other@example.no",
                &SigninFailures {
                    failures: 2,
                    locked_until: None,
                },
            )?;
            tx.set_placement_months("grorud", 9)?;
            tx.set_password_hash("cw-grorud-1", "$argon2id$not-a-real-hash")?;
            for n in 0..5 {
                tx.audit(
                    "cw-grorud-1",
                    "read_participant",
                    &format!("demo-grorud-00{n}"),
                )?;
            }
            tx.audit("cli", "new_api_token", "cw-grorud-2")?;
            let gone = tx
                .participant_rows("demo-grorud-003", None)?
                .into_iter()
                .find(|r| r.kind != veikart_protocol::RowKind::Profile)
                .expect("a row to delete");
            tx.delete_row(&gone.id, "test")?;
            tx.set_meta("operator_note", "moved to PostgreSQL")?;
            for (n, comment) in [(1, Some("«ስደዱ» is plural")), (2, None)] {
                tx.insert_wording_proposal(&WordingProposal {
                    id: format!("dev-a-w{n}"),
                    bydel_id: "grorud".into(),
                    participant_id: "demo-grorud-001".into(),
                    device_id: "dev-a".into(),
                    language: "ti".into(),
                    key: "msg-send".into(),
                    text: "ስደድ".into(),
                    comment: comment.map(str::to_owned),
                    created_at: now - Duration::minutes(n),
                })?;
            }
            Ok::<_, StoreError>(())
        })
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_copy_reads_the_same_on_postgresql_and_a_second_copy_is_refused() {
    if skip_postgres() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bydel.sqlite");
    let from = format!("sqlite://{}", path.display());
    let sqlite = SqliteStore::open(&from).unwrap();
    veikart_server::seed::demo(&sqlite).await.unwrap();
    add_the_rest(&sqlite).await;
    // A session from before SQLite migration 0003 has no last_seen_at; PostgreSQL's column is
    // NOT NULL, and both backends read it as the session's start.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE console_sessions SET last_seen_at = NULL WHERE token_hash = 'session-2'",
            [],
        )
        .unwrap();
    let keys = std::sync::Arc::new(keys(&path));
    let history = sqlite.history().to_owned();
    let before = snapshot(&sqlite, &keys).await;
    assert!(keys.rows.len() > 3000, "{}", keys.rows.len());
    assert!(
        before.rows.iter().flatten().any(|r| r.row.is_none()),
        "a tombstone"
    );
    assert_eq!(before.outcomes.len(), 3);
    assert_eq!(before.devices.len(), 2);
    assert!(before.devices.iter().all(|(a, b)| a.is_some() && a == b));
    assert_eq!(before.codes.len(), 2);
    assert_eq!(before.sessions.iter().flatten().count(), 2);
    assert_eq!(before.signin.len(), 2);
    assert_eq!(before.audit.len(), 6);
    assert_eq!(before.meta.len(), 2, "demo_seeded and operator_note");
    assert_eq!(before.per_bydel.len(), 3);
    assert_eq!(before.wording.len(), 2);

    let db = pg_database().await;
    let started = Instant::now();
    let out = migrate_cli(&from, &db.url);
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("same history ({history})")),
        "{stdout}"
    );
    eprintln!(
        "migrate-data of the demo database ({} rows): {} ms",
        keys.rows.len(),
        took.as_millis()
    );

    let pg = PgStore::open(&db.url).await.unwrap();
    assert_eq!(pg.history(), history, "devices' cursors stay valid");
    let after = snapshot(&pg, &keys).await;
    // Field by field first, for a readable failure.
    assert_eq!(after.scopes, before.scopes);
    assert_eq!(after.rows, before.rows);
    assert_eq!(after.devices, before.devices);
    assert_eq!(after.outcomes, before.outcomes);
    assert_eq!(after.codes, before.codes);
    assert_eq!(after.caseworkers, before.caseworkers);
    assert_eq!(after.sessions, before.sessions);
    assert_eq!(after.signin, before.signin);
    assert_eq!(after.audit, before.audit);
    assert_eq!(after, before);

    // The SQLite file is an old copy now: served again, it would count as a restore.
    let sqlite_again = SqliteStore::open(&from).unwrap();
    assert_ne!(sqlite_again.history(), history);

    // PostgreSQL numbers new audit entries past the copied ones.
    let highest = before.audit.iter().map(|e| e.id).max().unwrap();
    let actors = vec!["cli".to_owned()];
    let newest = pg
        .write(move |tx: &mut dyn Tx| {
            tx.audit("cli", "after_the_move", "x")?;
            tx.audit_entries(&actors, None, 1)
        })
        .await
        .unwrap()
        .0;
    assert_eq!(newest[0].id, highest + 1);

    // A second copy into the same database is refused, and changes nothing.
    let out = migrate_cli(&from, &db.url);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("is not empty"), "{stderr}");
    let again = snapshot(&pg, &keys).await;
    assert_eq!(again.rows, before.rows);
    assert_eq!(again.audit.len(), before.audit.len() + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_copy_leaves_nothing_behind() {
    if skip_postgres() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bydel.sqlite");
    let from = format!("sqlite://{}", path.display());
    let sqlite = SqliteStore::open(&from).unwrap();
    veikart_server::seed::demo(&sqlite).await.unwrap();
    drop(sqlite);
    let db = pg_database().await;

    // No source: nothing is made in its place.
    let missing = format!("sqlite://{}", dir.path().join("missing.sqlite").display());
    let out = migrate_cli(&missing, &db.url);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no SQLite database"));
    assert!(!dir.path().join("missing.sqlite").exists());

    // The wrong way round.
    let out = migrate_cli(&db.url, &from);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("copies from sqlite://"));

    // A table the copier does not know.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("CREATE TABLE notes (id TEXT PRIMARY KEY)", [])
        .unwrap();
    let out = migrate_cli(&from, &db.url);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("notes is neither copied nor skipped"),
        "{stderr}"
    );
    conn.execute("DROP TABLE notes", []).unwrap();

    // A value that is not what the schema says, in a table copied after others: the whole copy
    // is rolled back, and the message names where, not what.
    let name: String = conn
        .query_row(
            "SELECT id FROM rows WHERE kind = 'profile' ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute(
        "UPDATE rows SET updated_at = 'Semhar Tesfay' WHERE id = ?1",
        [&name],
    )
    .unwrap();
    let out = migrate_cli(&from, &db.url);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("table rows, row "), "{stderr}");
    assert!(stderr.contains("column updated_at"), "{stderr}");
    assert!(!stderr.contains("Semhar"), "{stderr}");
    let pg = PgStore::open(&db.url).await.unwrap();
    let bydeler = pg.read(|tx: &mut dyn Tx| tx.bydeler()).await.unwrap();
    assert!(
        bydeler.is_empty(),
        "bydeler were copied before rows, and rolled back"
    );
}
