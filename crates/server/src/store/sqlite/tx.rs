//! One SQLite transaction behind the `Tx` trait: the same statements as the PostgreSQL backend's, in
//! SQLite's dialect and types (JSON text bodies, RFC 3339 text times, INTEGER versions).

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{OptionalExtension, Transaction, params};
use veikart_protocol::{MutationOutcome, Row, RowKind};

use crate::store::{
    AuditEntry, Caseworker, ChangeRow, ConsoleSession, Device, EnrolmentCode, Notice, Notices,
    PackSettings, Placement, Purged, Role, SigninFailures, SsoClaim, SsoLogin, StoreError,
    StoreResult, StoredRow, Tx, WordingProposal, attempt_window,
};

pub(super) struct SqliteTx<'c> {
    pub(super) tx: Transaction<'c>,
    now: DateTime<Utc>,
    pub(super) notices: Notices,
}

impl<'c> SqliteTx<'c> {
    pub(super) fn new(tx: Transaction<'c>) -> Self {
        SqliteTx {
            tx,
            now: Utc::now(),
            notices: Notices::default(),
        }
    }

    fn bump_scope(&mut self, scope: &str) -> StoreResult<u64> {
        let version: i64 = self.tx.query_row(
            "INSERT INTO scopes (id, version) VALUES (?1, 1)
             ON CONFLICT (id) DO UPDATE SET version = version + 1
             RETURNING version",
            [scope],
            |r| r.get(0),
        )?;
        self.notices.push(Notice::Scope {
            scope: scope.to_owned(),
            version: version as u64,
        });
        Ok(version as u64)
    }

    fn stored_rows(
        &mut self,
        where_sql: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> StoreResult<Vec<StoredRow>> {
        let sql = format!("SELECT {ROW_COLUMNS} FROM rows WHERE {where_sql} ORDER BY version");
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map(args, raw_row)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(RawRow::decode))
            .collect()
    }
}

const ROW_COLUMNS: &str =
    "id, kind, scope, bydel_id, participant_id, parent_id, version, body, updated_at, updated_by";

struct RawRow {
    id: String,
    kind: String,
    placement: Placement,
    version: i64,
    body: Option<String>,
    updated_at: String,
    updated_by: String,
}

fn raw_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawRow> {
    Ok(RawRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        placement: Placement {
            scope: r.get(2)?,
            bydel_id: r.get(3)?,
            participant_id: r.get(4)?,
            parent_id: r.get(5)?,
        },
        version: r.get(6)?,
        body: r.get(7)?,
        updated_at: r.get(8)?,
        updated_by: r.get(9)?,
    })
}

impl RawRow {
    fn decode(self) -> StoreResult<StoredRow> {
        let kind = RowKind::parse(&self.kind)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown row kind {}", self.kind)))?;
        let row = self.body.as_deref().map(decode_row).transpose()?;
        Ok(StoredRow {
            id: self.id,
            kind,
            placement: self.placement,
            version: self.version as u64,
            row,
            updated_at: parse_time(&self.updated_at)?,
            updated_by: self.updated_by,
        })
    }
}

fn decode_row(body: &str) -> StoreResult<Row> {
    serde_json::from_str(body).map_err(|e| StoreError::Corrupt(format!("row body: {e}")))
}

fn fmt_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn parse_time(s: &str) -> StoreResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(format!("timestamp {s:?}: {e}")))
}

fn opt_time(s: Option<String>) -> StoreResult<Option<DateTime<Utc>>> {
    s.as_deref().map(parse_time).transpose()
}

const DEVICE_COLUMNS: &str =
    "id, participant_id, bydel_id, name, created_at, last_seen_at, revoked_at, last_seq";

fn device_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Device, [Option<String>; 3])> {
    Ok((
        Device {
            id: r.get(0)?,
            participant_id: r.get(1)?,
            bydel_id: r.get(2)?,
            name: r.get(3)?,
            created_at: DateTime::<Utc>::MIN_UTC,
            last_seen_at: None,
            revoked_at: None,
            last_seq: r.get::<_, i64>(7)? as u64,
        },
        [r.get(4)?, r.get(5)?, r.get(6)?],
    ))
}

fn finish_device(
    (mut d, [created, seen, revoked]): (Device, [Option<String>; 3]),
) -> StoreResult<Device> {
    d.created_at = opt_time(created)?.unwrap_or(DateTime::<Utc>::MIN_UTC);
    d.last_seen_at = opt_time(seen)?;
    d.revoked_at = opt_time(revoked)?;
    Ok(d)
}

const CASEWORKER_COLUMNS: &str = "id, bydel_id, name, email, role, school_id";

fn caseworker_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Caseworker, String)> {
    Ok((
        Caseworker {
            id: r.get(0)?,
            bydel_id: r.get(1)?,
            name: r.get(2)?,
            email: r.get(3)?,
            role: Role::Caseworker,
            school_id: r.get(5)?,
        },
        r.get(4)?,
    ))
}

fn finish_caseworker((mut c, role): (Caseworker, String)) -> StoreResult<Caseworker> {
    c.role = Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role}")))?;
    Ok(c)
}

impl Tx for SqliteTx<'_> {
    fn now(&self) -> DateTime<Utc> {
        self.now
    }

    fn row(&mut self, id: &str) -> StoreResult<Option<StoredRow>> {
        let sql = format!("SELECT {ROW_COLUMNS} FROM rows WHERE id = ?1");
        let raw = self
            .tx
            .prepare_cached(&sql)?
            .query_row([id], raw_row)
            .optional()?;
        raw.map(RawRow::decode).transpose()
    }

    fn put_row(&mut self, placement: &Placement, row: &Row, source: &str) -> StoreResult<u64> {
        let version = self.bump_scope(&placement.scope)?;
        let body = serde_json::to_string(row)
            .map_err(|e| StoreError::Corrupt(format!("cannot encode row: {e}")))?;
        let now = fmt_time(self.now);
        self.tx
            .prepare_cached(
                "INSERT INTO rows (id, kind, scope, bydel_id, participant_id, parent_id, version,
                                   deleted, body, updated_at, updated_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9, ?10)
                 ON CONFLICT (id) DO UPDATE SET
                   kind = excluded.kind, scope = excluded.scope, bydel_id = excluded.bydel_id,
                   participant_id = excluded.participant_id, parent_id = excluded.parent_id,
                   version = excluded.version, deleted = 0, body = excluded.body,
                   updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            )?
            .execute(params![
                row.id(),
                row.kind().as_str(),
                placement.scope,
                placement.bydel_id,
                placement.participant_id,
                placement.parent_id,
                version as i64,
                body,
                now,
                source
            ])?;
        Ok(version)
    }

    fn delete_row(&mut self, id: &str, source: &str) -> StoreResult<Option<u64>> {
        let scope: Option<String> = self
            .tx
            .query_row(
                "SELECT scope FROM rows WHERE id = ?1 AND deleted = 0",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(scope) = scope else {
            return Ok(None);
        };
        let version = self.bump_scope(&scope)?;
        self.tx.execute(
            "UPDATE rows SET deleted = 1, body = NULL, version = ?2, updated_at = ?3, updated_by = ?4
             WHERE id = ?1",
            params![id, version as i64, fmt_time(self.now), source],
        )?;
        Ok(Some(version))
    }

    fn participant_rows(
        &mut self,
        participant_id: &str,
        kind: Option<RowKind>,
    ) -> StoreResult<Vec<StoredRow>> {
        match kind {
            Some(kind) => self.stored_rows(
                "participant_id = ?1 AND kind = ?2 AND deleted = 0",
                &[&participant_id, &kind.as_str()],
            ),
            None => self.stored_rows("participant_id = ?1 AND deleted = 0", &[&participant_id]),
        }
    }

    fn child_rows(&mut self, parent_id: &str, kind: RowKind) -> StoreResult<Vec<StoredRow>> {
        self.stored_rows(
            "parent_id = ?1 AND kind = ?2 AND deleted = 0",
            &[&parent_id, &kind.as_str()],
        )
    }

    fn bydel_rows(&mut self, bydel_id: &str, kind: RowKind) -> StoreResult<Vec<StoredRow>> {
        self.stored_rows(
            "bydel_id = ?1 AND kind = ?2 AND deleted = 0",
            &[&bydel_id, &kind.as_str()],
        )
    }

    fn changes_since(
        &mut self,
        scope: &str,
        after: u64,
        limit: usize,
    ) -> StoreResult<Vec<ChangeRow>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, version, body FROM rows WHERE scope = ?1 AND version > ?2
             ORDER BY version LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![scope, after as i64, limit as i64], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?;
        rows.map(|r| {
            let (id, version, body) = r?;
            Ok(ChangeRow {
                id,
                version: version as u64,
                row: body.as_deref().map(decode_row).transpose()?,
            })
        })
        .collect()
    }

    fn scope_version(&mut self, scope: &str) -> StoreResult<u64> {
        let v: Option<i64> = self
            .tx
            .prepare_cached("SELECT version FROM scopes WHERE id = ?1")?
            .query_row([scope], |r| r.get(0))
            .optional()?;
        Ok(v.unwrap_or(0) as u64)
    }

    fn touched_scopes(&self) -> Vec<String> {
        self.notices.scopes()
    }

    fn device_by_token_hash(&mut self, token_hash: &str) -> StoreResult<Option<Device>> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE token_hash = ?1");
        let d = self
            .tx
            .prepare_cached(&sql)?
            .query_row([token_hash], device_row)
            .optional()?;
        d.map(finish_device).transpose()
    }

    fn device(&mut self, id: &str) -> StoreResult<Option<Device>> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE id = ?1");
        let d = self
            .tx
            .prepare_cached(&sql)?
            .query_row([id], device_row)
            .optional()?;
        d.map(finish_device).transpose()
    }

    fn devices_of(&mut self, participant_id: &str) -> StoreResult<Vec<Device>> {
        let sql = format!(
            "SELECT {DEVICE_COLUMNS} FROM devices WHERE participant_id = ?1 ORDER BY created_at"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map([participant_id], device_row)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(finish_device))
            .collect()
    }

    fn insert_device(&mut self, d: &Device, token_hash: &str) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO devices (id, participant_id, bydel_id, name, token_hash, created_at, last_seq)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                d.id,
                d.participant_id,
                d.bydel_id,
                d.name,
                token_hash,
                fmt_time(d.created_at),
                d.last_seq as i64
            ],
        )?;
        Ok(())
    }

    fn revoke_device(&mut self, id: &str) -> StoreResult<bool> {
        let n = self.tx.execute(
            "UPDATE devices SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
            params![id, fmt_time(self.now)],
        )?;
        if n > 0 {
            self.notices.push(Notice::Revoked {
                device_id: id.to_owned(),
            });
        }
        Ok(n > 0)
    }

    fn touch_device(&mut self, id: &str) -> StoreResult<()> {
        self.tx.execute(
            "UPDATE devices SET last_seen_at = ?2 WHERE id = ?1",
            params![id, fmt_time(self.now)],
        )?;
        Ok(())
    }

    fn ack_scope(&mut self, device_id: &str, scope: &str, version: u64) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO scope_acks (device_id, scope, version) VALUES (?1, ?2, ?3)
             ON CONFLICT (scope, device_id) DO UPDATE SET version = MAX(version, excluded.version)",
            params![device_id, scope, version as i64],
        )?;
        Ok(())
    }

    fn scope_acks(&mut self, scope: &str) -> StoreResult<Vec<(String, u64)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT device_id, version FROM scope_acks WHERE scope = ?1 ORDER BY device_id",
        )?;
        let rows = stmt.query_map([scope], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        rows.map(|r| {
            r.map(|(d, v)| (d, u64::try_from(v).unwrap_or(0)))
                .map_err(StoreError::from)
        })
        .collect()
    }

    fn set_last_seq(&mut self, device_id: &str, seq: u64) -> StoreResult<()> {
        self.tx.execute(
            "UPDATE devices SET last_seq = ?2 WHERE id = ?1",
            params![device_id, seq as i64],
        )?;
        self.notices.push(Notice::Seq {
            device_id: device_id.to_owned(),
            last_seq: seq,
        });
        Ok(())
    }

    fn mutation_outcome(
        &mut self,
        device_id: &str,
        seq: u64,
    ) -> StoreResult<Option<MutationOutcome>> {
        let s: Option<String> = self
            .tx
            .prepare_cached(
                "SELECT outcome FROM mutation_results WHERE device_id = ?1 AND seq = ?2",
            )?
            .query_row(params![device_id, seq as i64], |r| r.get(0))
            .optional()?;
        s.map(|s| {
            serde_json::from_str(&s).map_err(|e| StoreError::Corrupt(format!("outcome: {e}")))
        })
        .transpose()
    }

    fn record_outcome(
        &mut self,
        device_id: &str,
        seq: u64,
        outcome: &MutationOutcome,
    ) -> StoreResult<()> {
        let s = serde_json::to_string(outcome)
            .map_err(|e| StoreError::Corrupt(format!("outcome: {e}")))?;
        self.tx
            .prepare_cached(
                // A plain INSERT: applying a mutation twice would be a bug, and this makes it fail loudly.
                "INSERT INTO mutation_results (device_id, seq, outcome) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![device_id, seq as i64, s])?;
        Ok(())
    }

    fn insert_code(&mut self, c: &EnrolmentCode) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO enrolment_codes (lookup, secret_hash, participant_id, bydel_id, created_by,
                                          created_at, expires_at, used_at, failed_attempts)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, 0)",
            params![
                c.lookup,
                c.secret_hash,
                c.participant_id,
                c.bydel_id,
                c.created_by,
                fmt_time(c.created_at),
                fmt_time(c.expires_at)
            ],
        )?;
        Ok(())
    }

    fn code(&mut self, lookup: &str) -> StoreResult<Option<EnrolmentCode>> {
        let raw = self
            .tx
            .query_row(
                "SELECT lookup, secret_hash, participant_id, bydel_id, created_by, created_at,
                        expires_at, used_at, failed_attempts
                 FROM enrolment_codes WHERE lookup = ?1",
                [lookup],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, Option<String>>(7)?,
                        r.get::<_, i64>(8)?,
                    ))
                },
            )
            .optional()?;
        raw.map(
            |(lookup, secret_hash, pid, bydel, by, created, expires, used, failed)| {
                Ok(EnrolmentCode {
                    lookup,
                    secret_hash,
                    participant_id: pid,
                    bydel_id: bydel,
                    created_by: by,
                    created_at: parse_time(&created)?,
                    expires_at: parse_time(&expires)?,
                    used_at: opt_time(used)?,
                    failed_attempts: failed.clamp(0, i64::from(u32::MAX)) as u32,
                })
            },
        )
        .transpose()
    }

    fn record_code_failure(&mut self, lookup: &str) -> StoreResult<()> {
        self.tx.execute(
            "UPDATE enrolment_codes SET failed_attempts = failed_attempts + 1 WHERE lookup = ?1",
            [lookup],
        )?;
        Ok(())
    }

    fn mark_code_used(&mut self, lookup: &str) -> StoreResult<()> {
        self.tx.execute(
            "UPDATE enrolment_codes SET used_at = ?2 WHERE lookup = ?1",
            params![lookup, fmt_time(self.now)],
        )?;
        Ok(())
    }

    fn insert_bydel(&mut self, id: &str, name: &str) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO bydeler (id, name) VALUES (?1, ?2)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            params![id, name],
        )?;
        Ok(())
    }

    fn bydel_name(&mut self, id: &str) -> StoreResult<Option<String>> {
        Ok(self
            .tx
            .query_row("SELECT name FROM bydeler WHERE id = ?1", [id], |r| r.get(0))
            .optional()?)
    }

    fn insert_caseworker(&mut self, c: &Caseworker) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO caseworkers (id, bydel_id, name, email, role, created_at, school_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                c.id,
                c.bydel_id,
                c.name,
                c.email,
                c.role.as_str(),
                fmt_time(self.now),
                c.school_id
            ],
        )?;
        Ok(())
    }

    fn caseworker(&mut self, id: &str) -> StoreResult<Option<Caseworker>> {
        let sql = format!("SELECT {CASEWORKER_COLUMNS} FROM caseworkers WHERE id = ?1");
        let c = self.tx.query_row(&sql, [id], caseworker_row).optional()?;
        c.map(finish_caseworker).transpose()
    }

    fn caseworker_by_token_hash(&mut self, token_hash: &str) -> StoreResult<Option<Caseworker>> {
        let sql = format!("SELECT {CASEWORKER_COLUMNS} FROM caseworkers WHERE api_token_hash = ?1");
        let c = self
            .tx
            .prepare_cached(&sql)?
            .query_row([token_hash], caseworker_row)
            .optional()?;
        c.map(finish_caseworker).transpose()
    }

    fn caseworker_id_by_email(&mut self, email: &str) -> StoreResult<Option<String>> {
        Ok(self
            .tx
            .query_row(
                "SELECT id FROM caseworkers WHERE email = ?1",
                [email],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn set_caseworker_token(&mut self, id: &str, token_hash: &str) -> StoreResult<()> {
        self.tx.execute(
            "UPDATE caseworkers SET api_token_hash = ?2 WHERE id = ?1",
            params![id, token_hash],
        )?;
        Ok(())
    }

    fn caseworkers_in(&mut self, bydel_id: &str) -> StoreResult<Vec<Caseworker>> {
        let sql = format!(
            "SELECT {CASEWORKER_COLUMNS} FROM caseworkers WHERE bydel_id = ?1 ORDER BY name"
        );
        let mut stmt = self.tx.prepare(&sql)?;
        let rows = stmt.query_map([bydel_id], caseworker_row)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(finish_caseworker))
            .collect()
    }

    fn bydeler(&mut self) -> StoreResult<Vec<(String, String)>> {
        let mut stmt = self
            .tx
            .prepare("SELECT id, name FROM bydeler ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn insert_school(&mut self, id: &str, name: &str) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO schools (id, name) VALUES (?1, ?2)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            [id, name],
        )?;
        Ok(())
    }

    fn schools(&mut self) -> StoreResult<Vec<(String, String)>> {
        let mut stmt = self
            .tx
            .prepare("SELECT id, name FROM schools ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn caseworker_login(
        &mut self,
        email: &str,
    ) -> StoreResult<Option<(Caseworker, Option<String>)>> {
        let sql = format!(
            "SELECT {CASEWORKER_COLUMNS}, password_hash FROM caseworkers WHERE lower(email) = lower(?1)"
        );
        let found = self
            .tx
            .query_row(&sql, [email], |r| {
                Ok((caseworker_row(r)?, r.get::<_, Option<String>>(6)?))
            })
            .optional()?;
        found
            .map(|(c, hash)| Ok((finish_caseworker(c)?, hash)))
            .transpose()
    }

    fn set_password_hash(&mut self, id: &str, hash: &str) -> StoreResult<()> {
        self.tx.execute(
            "UPDATE caseworkers SET password_hash = ?2 WHERE id = ?1",
            params![id, hash],
        )?;
        Ok(())
    }

    fn insert_session(&mut self, s: &ConsoleSession) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO console_sessions
                 (token_hash, caseworker_id, csrf, created_at, expires_at, last_seen_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                s.token_hash,
                s.caseworker_id,
                s.csrf,
                fmt_time(s.created_at),
                fmt_time(s.expires_at),
                fmt_time(s.last_seen_at)
            ],
        )?;
        Ok(())
    }

    fn session(&mut self, token_hash: &str) -> StoreResult<Option<ConsoleSession>> {
        let raw = self
            .tx
            .prepare_cached(
                "SELECT token_hash, caseworker_id, csrf, created_at, expires_at,
                        COALESCE(last_seen_at, created_at)
                 FROM console_sessions WHERE token_hash = ?1",
            )?
            .query_row([token_hash], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })
            .optional()?;
        raw.map(
            |(token_hash, caseworker_id, csrf, created, expires, seen)| {
                Ok(ConsoleSession {
                    token_hash,
                    caseworker_id,
                    csrf,
                    created_at: parse_time(&created)?,
                    expires_at: parse_time(&expires)?,
                    last_seen_at: parse_time(&seen)?,
                })
            },
        )
        .transpose()
    }

    fn touch_session(&mut self, token_hash: &str, at: DateTime<Utc>) -> StoreResult<()> {
        self.tx.execute(
            "UPDATE console_sessions SET last_seen_at = ?2 WHERE token_hash = ?1",
            params![token_hash, fmt_time(at)],
        )?;
        Ok(())
    }

    fn delete_session(&mut self, token_hash: &str) -> StoreResult<()> {
        self.tx.execute(
            "DELETE FROM console_sessions WHERE token_hash = ?1",
            [token_hash],
        )?;
        Ok(())
    }

    fn delete_expired_sessions(&mut self, idle_before: DateTime<Utc>) -> StoreResult<()> {
        self.tx.execute(
            "DELETE FROM console_sessions
             WHERE expires_at < ?1 OR COALESCE(last_seen_at, created_at) < ?2",
            [fmt_time(self.now), fmt_time(idle_before)],
        )?;
        Ok(())
    }

    fn signin_failures(&mut self, email: &str) -> StoreResult<SigninFailures> {
        let raw = self
            .tx
            .query_row(
                "SELECT failures, locked_until FROM signin_failures WHERE email = ?1",
                [email],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?)),
            )
            .optional()?;
        match raw {
            None => Ok(SigninFailures::default()),
            Some((failures, locked)) => Ok(SigninFailures {
                failures: failures.clamp(0, i64::from(u32::MAX)) as u32,
                locked_until: opt_time(locked)?,
            }),
        }
    }

    fn set_signin_failures(&mut self, email: &str, f: &SigninFailures) -> StoreResult<()> {
        if f.failures == 0 && f.locked_until.is_none() {
            self.tx
                .execute("DELETE FROM signin_failures WHERE email = ?1", [email])?;
            return Ok(());
        }
        self.tx.execute(
            "INSERT INTO signin_failures (email, failures, locked_until) VALUES (?1, ?2, ?3)
             ON CONFLICT (email) DO UPDATE SET failures = excluded.failures,
                                               locked_until = excluded.locked_until",
            params![email, i64::from(f.failures), f.locked_until.map(fmt_time)],
        )?;
        Ok(())
    }

    fn placement_months(&mut self, bydel_id: &str) -> StoreResult<Option<u32>> {
        let m: Option<i64> = self
            .tx
            .query_row(
                "SELECT placement_months FROM bydel_settings WHERE bydel_id = ?1",
                [bydel_id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(m.map(|m| m.clamp(0, i64::from(u32::MAX)) as u32))
    }

    fn set_placement_months(&mut self, bydel_id: &str, months: u32) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO bydel_settings (bydel_id, placement_months) VALUES (?1, ?2)
             ON CONFLICT (bydel_id) DO UPDATE SET placement_months = excluded.placement_months",
            params![bydel_id, i64::from(months)],
        )?;
        Ok(())
    }

    fn devices_in(&mut self, bydel_id: &str) -> StoreResult<Vec<Device>> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE bydel_id = ?1");
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map([bydel_id], device_row)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(finish_device))
            .collect()
    }

    fn audit_entries(
        &mut self,
        actors: &[String],
        before: Option<i64>,
        limit: usize,
    ) -> StoreResult<Vec<AuditEntry>> {
        // `actors` is a bydel's caseworkers: a few dozen ids, passed as one JSON array.
        let actors = serde_json::to_string(actors)
            .map_err(|e| StoreError::Corrupt(format!("actors: {e}")))?;
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, at, actor, action, target FROM audit_log
             WHERE actor IN (SELECT value FROM json_each(?1)) AND id < ?2
             ORDER BY id DESC LIMIT ?3",
        )?;
        let rows = stmt.query_map(
            params![actors, before.unwrap_or(i64::MAX), limit as i64],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            },
        )?;
        rows.map(|r| {
            let (id, at, actor, action, target) = r?;
            Ok(AuditEntry {
                id,
                at: parse_time(&at)?,
                actor,
                action,
                target,
            })
        })
        .collect()
    }

    fn delete_sessions_of(
        &mut self,
        caseworker_id: &str,
        keep: Option<&str>,
    ) -> StoreResult<usize> {
        Ok(self.tx.execute(
            "DELETE FROM console_sessions WHERE caseworker_id = ?1 AND token_hash IS NOT ?2",
            params![caseworker_id, keep],
        )?)
    }

    fn insert_sso_login(&mut self, l: &SsoLogin) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO sso_logins (state_hash, pkce_verifier, nonce, created_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                l.state_hash,
                l.pkce_verifier,
                l.nonce,
                fmt_time(l.created_at)
            ],
        )?;
        Ok(())
    }

    fn claim_sso_login(&mut self, state_hash: &str) -> StoreResult<SsoClaim> {
        let fresh = self
            .tx
            .query_row(
                "UPDATE sso_logins SET used_at = ?2 WHERE state_hash = ?1 AND used_at IS NULL
                 RETURNING pkce_verifier, nonce, created_at",
                params![state_hash, fmt_time(self.now)],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?;
        if let Some((pkce_verifier, nonce, created)) = fresh {
            return Ok(SsoClaim::Fresh(SsoLogin {
                state_hash: state_hash.to_owned(),
                pkce_verifier,
                nonce,
                created_at: parse_time(&created)?,
            }));
        }
        let known: Option<i64> = self
            .tx
            .query_row(
                "SELECT 1 FROM sso_logins WHERE state_hash = ?1",
                [state_hash],
                |r| r.get(0),
            )
            .optional()?;
        Ok(if known.is_some() {
            SsoClaim::Used
        } else {
            SsoClaim::Unknown
        })
    }

    fn delete_sso_logins_before(&mut self, before: DateTime<Utc>) -> StoreResult<usize> {
        Ok(self.tx.execute(
            "DELETE FROM sso_logins WHERE created_at < ?1",
            [fmt_time(before)],
        )?)
    }

    fn caseworker_id_by_sso_subject(&mut self, subject: &str) -> StoreResult<Option<String>> {
        Ok(self
            .tx
            .query_row(
                "SELECT caseworker_id FROM caseworker_sso WHERE subject = ?1",
                [subject],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn set_sso_subject(&mut self, caseworker_id: &str, subject: Option<&str>) -> StoreResult<()> {
        self.tx.execute(
            "DELETE FROM caseworker_sso WHERE caseworker_id = ?1",
            [caseworker_id],
        )?;
        if let Some(subject) = subject {
            self.tx.execute(
                "INSERT INTO caseworker_sso (caseworker_id, subject) VALUES (?1, ?2)",
                [caseworker_id, subject],
            )?;
        }
        Ok(())
    }

    fn sso_subject(&mut self, caseworker_id: &str) -> StoreResult<Option<String>> {
        Ok(self
            .tx
            .query_row(
                "SELECT subject FROM caseworker_sso WHERE caseworker_id = ?1",
                [caseworker_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn count_attempt(&mut self, key: &str, window_secs: u32) -> StoreResult<u32> {
        let (start, forget_before) = attempt_window(self.now, window_secs);
        let count: i64 = self.tx.query_row(
            "INSERT INTO attempts (key, window_start, count) VALUES (?1, ?2, 1)
             ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1
             RETURNING count",
            params![key, start],
            |r| r.get(0),
        )?;
        if count == 1 {
            self.tx.execute(
                "DELETE FROM attempts WHERE window_start < ?1",
                [forget_before],
            )?;
        }
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    fn insert_wording_proposal(&mut self, p: &WordingProposal) -> StoreResult<bool> {
        let n = self.tx.execute(
            "INSERT INTO wording_proposals (id, bydel_id, participant_id, device_id, language,
                                            message_key, proposed_text, comment, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO NOTHING",
            params![
                p.id,
                p.bydel_id,
                p.participant_id,
                p.device_id,
                p.language,
                p.key,
                p.text,
                p.comment,
                fmt_time(p.created_at)
            ],
        )?;
        Ok(n > 0)
    }

    fn wording_proposals(&mut self, bydel_id: Option<&str>) -> StoreResult<Vec<WordingProposal>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, bydel_id, participant_id, device_id, language, message_key, proposed_text,
                    comment, created_at
             FROM wording_proposals WHERE ?1 IS NULL OR bydel_id = ?1
             ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map([bydel_id], |r| {
            Ok((
                WordingProposal {
                    id: r.get(0)?,
                    bydel_id: r.get(1)?,
                    participant_id: r.get(2)?,
                    device_id: r.get(3)?,
                    language: r.get(4)?,
                    key: r.get(5)?,
                    text: r.get(6)?,
                    comment: r.get(7)?,
                    created_at: DateTime::<Utc>::MIN_UTC,
                },
                r.get::<_, String>(8)?,
            ))
        })?;
        rows.map(|r| {
            let (mut p, at) = r?;
            p.created_at = parse_time(&at)?;
            Ok(p)
        })
        .collect()
    }

    fn delete_wording_proposals_of(&mut self, participant_id: &str) -> StoreResult<usize> {
        Ok(self.tx.execute(
            "DELETE FROM wording_proposals WHERE participant_id = ?1",
            [participant_id],
        )?)
    }

    fn retention_months(&mut self, bydel_id: &str) -> StoreResult<Option<u32>> {
        let m: Option<i64> = self
            .tx
            .query_row(
                "SELECT months FROM retention_settings WHERE bydel_id = ?1",
                [bydel_id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(m.map(|m| m.clamp(0, i64::from(u32::MAX)) as u32))
    }

    fn set_retention_months(&mut self, bydel_id: &str, months: u32) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO retention_settings (bydel_id, months) VALUES (?1, ?2)
             ON CONFLICT (bydel_id) DO UPDATE SET months = excluded.months",
            params![bydel_id, i64::from(months)],
        )?;
        Ok(())
    }

    fn pack_settings(&mut self, bydel_id: &str) -> StoreResult<PackSettings> {
        let m: Option<(Option<i64>, Option<i64>)> = self
            .tx
            .query_row(
                "SELECT send_days, page_retention_months FROM pack_settings WHERE bydel_id = ?1",
                [bydel_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let u = |v: Option<i64>| v.map(|v| v.clamp(0, i64::from(u32::MAX)) as u32);
        Ok(m.map_or_else(PackSettings::default, |(d, m)| PackSettings {
            send_days: u(d),
            page_retention_months: u(m),
        }))
    }

    fn set_pack_settings(&mut self, bydel_id: &str, settings: &PackSettings) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO pack_settings (bydel_id, send_days, page_retention_months)
             VALUES (?1, ?2, ?3)
             ON CONFLICT (bydel_id) DO UPDATE SET send_days = excluded.send_days,
                 page_retention_months = excluded.page_retention_months",
            params![
                bydel_id,
                settings.send_days.map(i64::from),
                settings.page_retention_months.map(i64::from)
            ],
        )?;
        Ok(())
    }

    fn purge_participant(&mut self, participant_id: &str) -> StoreResult<Purged> {
        let tx = &self.tx;
        tx.execute(
            "DELETE FROM scope_acks
             WHERE device_id IN (SELECT id FROM devices WHERE participant_id = ?1)",
            [participant_id],
        )?;
        tx.execute(
            "DELETE FROM mutation_results
             WHERE device_id IN (SELECT id FROM devices WHERE participant_id = ?1)",
            [participant_id],
        )?;
        Ok(Purged {
            rows: tx.execute(
                "DELETE FROM rows WHERE participant_id = ?1",
                [participant_id],
            )?,
            devices: tx.execute(
                "DELETE FROM devices WHERE participant_id = ?1",
                [participant_id],
            )?,
            codes: tx.execute(
                "DELETE FROM enrolment_codes WHERE participant_id = ?1",
                [participant_id],
            )?,
            wording_proposals: tx.execute(
                "DELETE FROM wording_proposals WHERE participant_id = ?1",
                [participant_id],
            )?,
        })
    }

    fn deleted_participants(&mut self, bydel_id: &str) -> StoreResult<Vec<String>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id FROM rows WHERE bydel_id = ?1 AND kind = 'profile' AND deleted = 1
             ORDER BY id",
        )?;
        let ids = stmt.query_map([bydel_id], |r| r.get::<_, String>(0))?;
        ids.map(|r| r.map_err(StoreError::from)).collect()
    }

    fn insert_report_facts(&mut self, key: &str, bydel_id: &str, facts: &str) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO report_facts (id, bydel_id, facts) VALUES (?1, ?2, ?3)",
            params![key, bydel_id, facts],
        )?;
        Ok(())
    }

    fn report_facts(&mut self, bydel_id: &str) -> StoreResult<Vec<String>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT facts FROM report_facts WHERE bydel_id = ?1")?;
        let facts = stmt.query_map([bydel_id], |r| r.get::<_, String>(0))?;
        facts.map(|r| r.map_err(StoreError::from)).collect()
    }

    fn codes_of(&mut self, participant_id: &str) -> StoreResult<Vec<EnrolmentCode>> {
        let lookups: Vec<String> = {
            let mut stmt = self.tx.prepare_cached(
                "SELECT lookup FROM enrolment_codes WHERE participant_id = ?1
                 ORDER BY created_at DESC",
            )?;
            let rows = stmt.query_map([participant_id], |r| r.get::<_, String>(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut codes = Vec::new();
        for lookup in lookups {
            codes.extend(self.code(&lookup)?);
        }
        Ok(codes)
    }

    fn audit_entries_about(&mut self, targets: &[String]) -> StoreResult<Vec<AuditEntry>> {
        let targets = serde_json::to_string(targets)
            .map_err(|e| StoreError::Corrupt(format!("targets: {e}")))?;
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, at, actor, action, target FROM audit_log
             WHERE target IN (SELECT value FROM json_each(?1)) ORDER BY id",
        )?;
        let rows = stmt.query_map([targets], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        rows.map(|r| {
            let (id, at, actor, action, target) = r?;
            Ok(AuditEntry {
                id,
                at: parse_time(&at)?,
                actor,
                action,
                target,
            })
        })
        .collect()
    }

    fn prune_audit(&mut self, before: DateTime<Utc>) -> StoreResult<usize> {
        // Times are stored as RFC 3339 in UTC with a fixed number of digits, so text order is
        // time order.
        Ok(self
            .tx
            .execute("DELETE FROM audit_log WHERE at < ?1", [fmt_time(before)])?)
    }

    fn audit(&mut self, actor: &str, action: &str, target: &str) -> StoreResult<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO audit_log (at, actor, action, target) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![fmt_time(self.now), actor, action, target])?;
        Ok(())
    }

    fn meta(&mut self, key: &str) -> StoreResult<Option<String>> {
        Ok(self
            .tx
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    fn set_meta(&mut self, key: &str, value: &str) -> StoreResult<()> {
        self.tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}
