//! The device's local SQLite store. Every participant action writes its outbox entry in one
//! transaction; every sync answer is applied in one transaction (rows, cursors, outbox, rejections
//! together), so a crash at any point leaves a state the next sync repairs.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use veikart_protocol::{MutationOp, RejectCode, Row, SyncResponse};

use crate::error::{ClientError, Result};
use crate::outbox::{self, Pending};
use crate::pages::HeldPage;
use crate::recovery;
use crate::views::Rejection;

const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../migrations/0001_initial.sql")),
    M::up(include_str!("../migrations/0002_recovery.sql")),
    M::up(include_str!("../migrations/0003_pages.sql")),
];

/// What the device needs to talk to its server. The token is a secret: never logged.
#[derive(Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub server_url: String,
    pub token: String,
    pub device_id: String,
    pub participant_id: String,
}

impl std::fmt::Debug for Enrolment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Enrolment")
            .field("server_url", &self.server_url)
            .field("token", &"<redacted>")
            .field("device_id", &self.device_id)
            .field("participant_id", &self.participant_id)
            .finish()
    }
}

/// What applying a sync answer changed, for notifications and the UI.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Applied {
    pub changed_rows: Vec<(Option<Row>, Option<Row>)>,
    pub confirmed: usize,
    pub rejected: usize,
    /// Mutations put back in the outbox because the server had lost them: send again at once.
    pub resent: usize,
}

pub struct LocalStore {
    conn: Connection,
}

pub(crate) fn fmt_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| ClientError::Corrupt(format!("time {s:?}: {e}")))
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| ClientError::Corrupt(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| ClientError::Corrupt(e.to_string()))
}

impl LocalStore {
    /// Open the store at `path`, encrypted with `key` (SQLCipher) when one is given.
    pub fn open(path: &Path, key: Option<&[u8; 32]>) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                ClientError::Corrupt(format!("cannot create {}: {e}", dir.display()))
            })?;
        }
        create_private(path)?;
        let conn = Connection::open(path)?;
        if let Some(key) = key {
            // A raw 256-bit key: SQLCipher skips its own key derivation.
            let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
            conn.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";"))?;
            // A wrong key only shows at the first read.
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|_| ClientError::Locked)?;
        }
        Self::init(conn)
    }

    pub fn open_in_memory() -> Result<Self> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Self> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Wiped data must not linger in free pages.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Migrations::from_slice(MIGRATIONS).to_latest(&mut conn)?;
        Ok(LocalStore { conn })
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    pub fn clear_setting(&self, key: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [key])?;
        Ok(())
    }

    pub fn enrolment(&self) -> Result<Option<Enrolment>> {
        let get = |k| self.setting(k);
        Ok(
            match (
                get("server_url")?,
                get("token")?,
                get("device_id")?,
                get("participant_id")?,
            ) {
                (Some(server_url), Some(token), Some(device_id), Some(participant_id)) => {
                    Some(Enrolment {
                        server_url,
                        token,
                        device_id,
                        participant_id,
                    })
                }
                _ => None,
            },
        )
    }

    pub fn save_enrolment(&mut self, e: &Enrolment) -> Result<()> {
        let tx = self.conn.transaction()?;
        for (k, v) in [
            ("server_url", &e.server_url),
            ("token", &e.token),
            ("device_id", &e.device_id),
            ("participant_id", &e.participant_id),
        ] {
            tx.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
                params![k, v],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Put a participant action in the outbox; returns its sequence number.
    pub fn enqueue(&mut self, op: &MutationOp, now: DateTime<Utc>) -> Result<u64> {
        let tx = self.conn.transaction()?;
        let seq = enqueue_in(&tx, op, now)?;
        tx.commit()?;
        Ok(seq)
    }

    /// Keep a page's bytes and queue its AddDocumentPage, in one transaction: a crash keeps both
    /// or neither.
    pub fn add_page(
        &mut self,
        page: &HeldPage,
        bytes: &[u8],
        op: &MutationOp,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO pages (id, document_id, case_id, idx, content_type, size, sha256, bytes,
                                uploaded, refused, thumbnail, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 0, ?9, ?10)",
            params![
                page.id,
                page.document_id,
                page.case_id,
                page.index,
                page.content_type,
                page.size as i64,
                page.sha256,
                bytes,
                page.thumbnail,
                fmt_time(now)
            ],
        )?;
        let seq = enqueue_in(&tx, op, now)?;
        tx.commit()?;
        Ok(seq)
    }

    /// Drop a page's bytes, and queue `op` (its RemoveDocumentPage) in the same transaction when
    /// the server has heard of the page.
    pub fn remove_page(
        &mut self,
        page_id: &str,
        op: Option<&MutationOp>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM pages WHERE id = ?1", [page_id])?;
        if let Some(op) = op {
            enqueue_in(&tx, op, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Take an outbox entry back before it was sent (an AddDocumentPage of a page removed while
    /// still offline): the server never hears of the page.
    pub fn unqueue(&mut self, seq: u64) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM outbox WHERE seq = ?1", [seq as i64])?
            > 0)
    }

    /// The pages the device holds, without their bytes, oldest first.
    pub fn pages(&self) -> Result<Vec<HeldPage>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, document_id, case_id, idx, content_type, size, sha256, uploaded, refused,
                    thumbnail
             FROM pages ORDER BY document_id, idx, created_at",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(HeldPage {
                id: r.get(0)?,
                document_id: r.get(1)?,
                case_id: r.get(2)?,
                index: r.get(3)?,
                content_type: r.get(4)?,
                size: r.get::<_, i64>(5)? as u64,
                sha256: r.get(6)?,
                uploaded: r.get::<_, i64>(7)? as u64,
                refused: r.get::<_, i64>(8)? != 0,
                thumbnail: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A page's bytes, if the device still holds it.
    pub fn page_bytes(&self, page_id: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT bytes FROM pages WHERE id = ?1", [page_id], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// What the server said it has of a page (for the progress bar).
    pub fn set_page_uploaded(&self, page_id: &str, uploaded: u64) -> Result<()> {
        self.conn.execute(
            "UPDATE pages SET uploaded = ?2 WHERE id = ?1",
            params![page_id, uploaded as i64],
        )?;
        Ok(())
    }

    /// The server refused the page's bytes for a hash the device's copy still matches: counted,
    /// and sent again from 0 at the next pass. Returns the count before this one.
    pub fn note_page_refusal(&self, page_id: &str) -> Result<u32> {
        let before: u32 = self
            .conn
            .query_row("SELECT refusals FROM pages WHERE id = ?1", [page_id], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or(0);
        self.conn.execute(
            "UPDATE pages SET refusals = refusals + 1, uploaded = 0 WHERE id = ?1",
            [page_id],
        )?;
        Ok(before)
    }

    /// The server refused the page's bytes: it will not be uploaded again.
    pub fn set_page_refused(&self, page_id: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE pages SET refused = 1, uploaded = 0 WHERE id = ?1",
            [page_id],
        )?;
        Ok(())
    }

    /// Drop pages' bytes (their case closed, their row gone). Returns how many went.
    pub fn drop_pages(&mut self, ids: &[String]) -> Result<usize> {
        if ids.is_empty() {
            return Ok(0);
        }
        let tx = self.conn.transaction()?;
        let mut n = 0;
        for id in ids {
            n += tx.execute("DELETE FROM pages WHERE id = ?1", [id])?;
        }
        tx.commit()?;
        Ok(n)
    }

    /// The mutations the server refused, as sent (to tell which pages' adds were refused).
    pub fn refused_ops(&self) -> Result<Vec<MutationOp>> {
        let mut stmt = self.conn.prepare_cached("SELECT op FROM rejections")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|r| from_json(&r?)).collect()
    }
}

/// Put `op` in the outbox inside `tx`; returns its sequence number.
fn enqueue_in(tx: &rusqlite::Transaction<'_>, op: &MutationOp, now: DateTime<Utc>) -> Result<u64> {
    let next: u64 = tx
        .query_row(
            "SELECT value FROM settings WHERE key = 'next_seq'",
            [],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    tx.execute(
        "INSERT INTO outbox (seq, op, created_at) VALUES (?1, ?2, ?3)",
        params![next as i64, to_json(op)?, fmt_time(now)],
    )?;
    tx.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('next_seq', ?1)",
        [(next + 1).to_string()],
    )?;
    Ok(next)
}

impl LocalStore {
    pub fn outbox(&self) -> Result<Vec<Pending>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT seq, op, created_at FROM outbox ORDER BY seq")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        rows.map(|r| {
            let (seq, op, at) = r?;
            Ok(Pending {
                seq: seq as u64,
                op: from_json(&op)?,
                created_at: parse_time(&at)?,
            })
        })
        .collect()
    }

    pub fn rejections(&self) -> Result<Vec<Rejection>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, seq, op, code, message, at FROM rejections ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        rows.map(|r| {
            let (id, seq, op, code, message, at) = r?;
            let op: MutationOp = from_json(&op)?;
            let code: RejectCode = from_json(&format!("\"{code}\""))?;
            Ok(Rejection {
                id: id as u64,
                seq: seq as u64,
                op: op.name().to_owned(),
                target_id: op.target_id().map(str::to_owned),
                code,
                message,
                at: parse_time(&at)?,
            })
        })
        .collect()
    }

    pub fn dismiss_rejection(&self, id: u64) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM rejections WHERE id = ?1", [id as i64])?
            > 0)
    }

    /// The protocol version the cursors were last advanced under; 1 for a store from before it
    /// was kept.
    pub fn cursors_protocol(&self) -> Result<u32> {
        Ok(self
            .setting("cursors_protocol")?
            .and_then(|v| v.parse().ok())
            .unwrap_or(1))
    }

    pub fn cursors(&self) -> Result<BTreeMap<String, u64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT scope, version FROM cursors")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        rows.map(|r| r.map(|(s, v)| (s, v as u64)).map_err(ClientError::from))
            .collect()
    }

    /// Every row as last synced from the server.
    pub fn rows(&self) -> Result<Vec<Row>> {
        let mut stmt = self.conn.prepare_cached("SELECT body FROM rows")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|r| from_json(&r?)).collect()
    }

    /// Server rows with their scope and version, for checks and support.
    pub fn versioned_rows(&self) -> Result<Vec<(String, u64, Row)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT scope, version, body FROM rows")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        rows.map(|r| {
            let (scope, version, body) = r?;
            Ok((scope, version as u64, from_json(&body)?))
        })
        .collect()
    }

    /// Apply one sync answer atomically: confirmed mutations leave the outbox, refused ones move to
    /// the rejections, rows and cursors take the server's state, dropped scopes are forgotten.
    /// `sent` are the sequence numbers this request carried: only they can be confirmed by it.
    pub fn apply_response(
        &mut self,
        resp: &SyncResponse,
        sent: &[u64],
        now: DateTime<Utc>,
    ) -> Result<Applied> {
        // Signed out while the request was on the network: the answer belongs to nobody now.
        if self.enrolment()?.is_none() {
            return Err(ClientError::NotEnrolled);
        }
        let pending = self.outbox()?;
        let seqs: Vec<u64> = pending
            .iter()
            .map(|p| p.seq)
            .filter(|s| sent.contains(s))
            .collect();
        let plan = outbox::reconcile(&seqs, resp.last_seq, &resp.results);
        let mut applied = Applied {
            confirmed: plan.confirmed.len(),
            rejected: plan.rejected.len(),
            ..Applied::default()
        };
        let tx = self.conn.transaction()?;
        for (seq, code, message) in &plan.rejected {
            if let Some(p) = pending.iter().find(|p| p.seq == *seq) {
                let code = to_json(code)?;
                tx.execute(
                    "INSERT INTO rejections (seq, op, code, message, at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        *seq as i64,
                        to_json(&p.op)?,
                        code.trim_matches('"'),
                        message,
                        fmt_time(now)
                    ],
                )?;
            }
        }
        for seq in &plan.confirmed {
            // Kept a while, in case the server loses what it confirmed (see `recovery`).
            tx.execute(
                "INSERT OR REPLACE INTO sent (seq, op, created_at, confirmed_at)
                 SELECT seq, op, created_at, ?2 FROM outbox WHERE seq = ?1",
                params![*seq as i64, fmt_time(now)],
            )?;
        }
        for seq in plan
            .confirmed
            .iter()
            .chain(plan.rejected.iter().map(|r| &r.0))
        {
            tx.execute("DELETE FROM outbox WHERE seq = ?1", [*seq as i64])?;
        }
        tx.execute(
            "DELETE FROM sent WHERE confirmed_at < ?1",
            [fmt_time(
                now - chrono::Duration::days(recovery::KEEP_SENT_DAYS),
            )],
        )?;
        applied.resent = recover_lost_log(&tx, resp)?;
        for scope in &resp.dropped {
            tx.execute("DELETE FROM rows WHERE scope = ?1", [scope])?;
            tx.execute("DELETE FROM cursors WHERE scope = ?1", [scope])?;
        }
        for change in &resp.changes {
            let before: Option<String> = tx
                .query_row("SELECT body FROM rows WHERE id = ?1", [&change.id], |r| {
                    r.get(0)
                })
                .optional()?;
            let before: Option<Row> = before.as_deref().map(from_json).transpose()?;
            match &change.row {
                Some(row) => {
                    tx.execute(
                        "INSERT INTO rows (id, scope, kind, version, body) VALUES (?1, ?2, ?3, ?4, ?5)
                         ON CONFLICT (id) DO UPDATE SET scope = excluded.scope, kind = excluded.kind,
                           version = excluded.version, body = excluded.body",
                        params![
                            change.id,
                            change.scope,
                            row.kind().as_str(),
                            change.version as i64,
                            to_json(row)?
                        ],
                    )?;
                }
                None => {
                    tx.execute("DELETE FROM rows WHERE id = ?1", [&change.id])?;
                }
            }
            applied.changed_rows.push((before, change.row.clone()));
        }
        if let Some(history) = &resp.history {
            // The server's history changed (a restore): the cursors below belong to the new one.
            tx.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('history', ?1)",
                [history],
            )?;
        }
        for (scope, version) in &resp.cursors {
            tx.execute(
                "INSERT INTO cursors (scope, version) VALUES (?1, ?2)
                 ON CONFLICT (scope) DO UPDATE SET version = excluded.version",
                params![scope, *version as i64],
            )?;
        }
        tx.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('cursors_protocol', ?1)",
            [veikart_protocol::PROTOCOL_VERSION.to_string()],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('last_synced_at', ?1)",
            [fmt_time(now)],
        )?;
        tx.commit()?;
        Ok(applied)
    }

    /// Remove everything: rows, outbox, settings, enrolment. Used on sign-out and on revocation.
    pub fn wipe(&mut self) -> Result<()> {
        self.wipe_keeping(None)
    }

    /// Wipe, and in the same transaction keep the enrolment's token to revoke on the server: the
    /// sign-out holds even if the server cannot be told now.
    pub fn wipe_for_sign_out(&mut self, enrolment: &Enrolment) -> Result<()> {
        self.wipe_keeping(Some(enrolment))
    }

    fn wipe_keeping(&mut self, revoke: Option<&Enrolment>) -> Result<()> {
        let tx = self.conn.transaction()?;
        for table in [
            "rows",
            "cursors",
            "outbox",
            "sent",
            "rejections",
            "settings",
            "pages",
        ] {
            tx.execute(&format!("DELETE FROM {table}"), [])?;
        }
        if let Some(e) = revoke {
            tx.execute(
                "INSERT OR IGNORE INTO revocations (server_url, token) VALUES (?1, ?2)",
                params![e.server_url, e.token],
            )?;
        }
        tx.commit()?;
        self.conn.execute_batch("VACUUM")?;
        Ok(())
    }

    /// Sign-outs the server has not been told of yet, as (server URL, token).
    pub fn revocations(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT server_url, token FROM revocations")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn forget_revocation(&self, server_url: &str, token: &str) -> Result<()> {
        self.conn.execute(
            "DELETE FROM revocations WHERE server_url = ?1 AND token = ?2",
            params![server_url, token],
        )?;
        Ok(())
    }
}

/// Create the database file readable by its owner only, before SQLite does: it holds the token and
/// the participant's data, and SQLite gives its journal files the same mode as the database.
fn create_private(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e.into()),
    }
}

fn pending_in(tx: &rusqlite::Transaction<'_>, table: &str) -> Result<Vec<Pending>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT seq, op, created_at FROM {table} ORDER BY seq"
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    rows.map(|r| {
        let (seq, op, at) = r?;
        Ok(Pending {
            seq: seq as u64,
            op: from_json(&op)?,
            created_at: parse_time(&at)?,
        })
    })
    .collect()
}

/// If the answer shows the server lost part of its log, put what it lost back in the outbox ahead
/// of what waits, numbered on from the server's log. Returns how many were put back.
fn recover_lost_log(tx: &rusqlite::Transaction<'_>, resp: &SyncResponse) -> Result<usize> {
    let confirmed_before: u64 = tx
        .query_row(
            "SELECT value FROM settings WHERE key = 'confirmed_seq'",
            [],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    if !recovery::server_lost_log(resp.last_seq, confirmed_before, resp.log_gap) {
        tx.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('confirmed_seq', ?1)",
            [resp.last_seq.max(confirmed_before).to_string()],
        )?;
        return Ok(0);
    }
    let kept = pending_in(tx, "sent")?;
    let waiting = pending_in(tx, "outbox")?;
    let outbox = recovery::renumber(resp.last_seq, &kept, &waiting);
    let resent = outbox.len() - waiting.len();
    tx.execute("DELETE FROM sent WHERE seq > ?1", [resp.last_seq as i64])?;
    tx.execute("DELETE FROM outbox", [])?;
    for p in &outbox {
        tx.execute(
            "INSERT INTO outbox (seq, op, created_at) VALUES (?1, ?2, ?3)",
            params![p.seq as i64, to_json(&p.op)?, fmt_time(p.created_at)],
        )?;
    }
    let next = resp.last_seq + outbox.len() as u64 + 1;
    for (key, value) in [
        ("next_seq", next.to_string()),
        ("confirmed_seq", resp.last_seq.to_string()),
    ] {
        tx.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
            params![key, value],
        )?;
    }
    tracing::warn!(
        server_last = resp.last_seq,
        confirmed_before,
        resent,
        "the server lost changes it had confirmed; sending them again"
    );
    Ok(resent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_new_store_and_its_journal_are_readable_by_the_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.sqlite");
        let store = LocalStore::open(&path, None).unwrap();
        store.set_setting("token", "SECRET").unwrap();
        for file in [path.clone(), path.with_extension("sqlite-wal")] {
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", file.display());
        }
    }

    #[test]
    fn an_encrypted_store_hides_its_data_and_refuses_a_wrong_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.sqlite");
        let key = [7u8; 32];
        {
            let store = LocalStore::open(&path, Some(&key)).unwrap();
            store.set_setting("marker", "SEMHAR-TESFAY-MARKER").unwrap();
        }
        let bytes = std::fs::read(&path).unwrap();
        let wal = std::fs::read(path.with_extension("sqlite-wal")).unwrap_or_default();
        for file in [&bytes, &wal] {
            assert!(
                !file.windows(20).any(|w| w == b"SEMHAR-TESFAY-MARKER"),
                "plain text on disk"
            );
        }
        assert!(matches!(
            LocalStore::open(&path, Some(&[8u8; 32])),
            Err(ClientError::Locked)
        ));
        let again = LocalStore::open(&path, Some(&key)).unwrap();
        assert_eq!(
            again.setting("marker").unwrap().as_deref(),
            Some("SEMHAR-TESFAY-MARKER")
        );
    }

    /// A store from an older app has cursors but no protocol beside them: it counts as protocol
    /// 1, so the next sync asks for every scope anew; an applied answer records the current one.
    #[test]
    fn cursors_remember_the_protocol_they_were_advanced_under() {
        let mut store = LocalStore::open_in_memory().unwrap();
        store
            .save_enrolment(&Enrolment {
                server_url: "http://x".into(),
                token: "t".into(),
                device_id: "d".into(),
                participant_id: "p1".into(),
            })
            .unwrap();
        assert_eq!(store.cursors_protocol().unwrap(), 1);
        let resp = veikart_protocol::SyncResponse {
            results: vec![],
            last_seq: 0,
            log_gap: false,
            changes: vec![],
            cursors: [("p:p1".to_owned(), 3)].into(),
            dropped: vec![],
            more: false,
            history: Some("h".into()),
            server_time: Utc::now(),
        };
        store.apply_response(&resp, &[], Utc::now()).unwrap();
        assert_eq!(
            store.cursors_protocol().unwrap(),
            veikart_protocol::PROTOCOL_VERSION
        );
    }

    #[test]
    fn wipe_leaves_nothing_behind() {
        let mut store = LocalStore::open_in_memory().unwrap();
        store
            .save_enrolment(&Enrolment {
                server_url: "http://x".into(),
                token: "t".into(),
                device_id: "d".into(),
                participant_id: "p".into(),
            })
            .unwrap();
        store
            .enqueue(
                &MutationOp::SendMessage {
                    message_id: "m".into(),
                    body: "b".into(),
                },
                Utc::now(),
            )
            .unwrap();
        store.wipe().unwrap();
        assert!(store.enrolment().unwrap().is_none());
        assert!(store.outbox().unwrap().is_empty());
        assert!(
            format!(
                "{:?}",
                Enrolment {
                    server_url: String::new(),
                    token: "SECRET".into(),
                    device_id: String::new(),
                    participant_id: String::new()
                }
            )
            .contains("redacted")
        );
    }
}
