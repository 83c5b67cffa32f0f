//! One PostgreSQL transaction behind the `Tx` trait: the same statements as the SQLite backend's, in
//! PostgreSQL's dialect and types (JSONB bodies, timestamptz times, BIGINT versions).

use std::cell::Cell;

use chrono::{DateTime, Utc};
use postgres::types::ToSql;
use postgres::{Row as PgRow, Transaction};
use serde_json::Value;
use veikart_protocol::{MutationOutcome, Row, RowKind};

use super::{NOTICE_CHANNEL, is_race, pg_err};
use crate::store::{
    AuditEntry, Caseworker, ChangeRow, ConsoleSession, Device, EnrolmentCode, Notice, Notices,
    PackSettings, Placement, Purged, Role, SigninFailures, SsoClaim, SsoLogin, StoreError,
    StoreResult, StoredRow, Tx, WordingProposal, attempt_window,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Read,
    Write,
}

pub struct PgTx<'c> {
    tx: Transaction<'c>,
    mode: Mode,
    now: DateTime<Utc>,
    notices: Notices,
    /// Set when a statement lost a serialization race: the caller runs the whole write again.
    lost_race: Cell<bool>,
    /// Set when any statement failed. PostgreSQL then refuses the rest of the transaction and
    /// turns its COMMIT into a rollback without an error, so a closure that went on after a
    /// failure must not be told its write was kept.
    failed: Cell<bool>,
}

type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

impl<'c> PgTx<'c> {
    pub fn new(tx: Transaction<'c>, mode: Mode) -> Self {
        PgTx {
            tx,
            mode,
            // Microseconds, as PostgreSQL keeps them: a time read back equals the one written.
            now: trunc_micros(Utc::now()),
            notices: Notices::default(),
            lost_race: Cell::new(false),
            failed: Cell::new(false),
        }
    }

    pub fn lost_race(&self) -> bool {
        self.lost_race.get()
    }

    pub fn failed(&self) -> bool {
        self.failed.get()
    }

    /// The transaction to commit and its notices, already queued on the notification channel
    /// (PostgreSQL delivers them at commit, and drops them with a rollback).
    pub fn finish(mut self, instance: &str) -> StoreResult<(Transaction<'c>, Vec<Notice>)> {
        if !self.notices.as_slice().is_empty() {
            let payloads: Vec<String> = self
                .notices
                .as_slice()
                .iter()
                .map(|n| format!("{instance} {}", n.encode()))
                .collect();
            self.execute(
                &format!("SELECT pg_notify('{NOTICE_CHANNEL}', p) FROM unnest($1::text[]) AS p"),
                &[&payloads],
            )?;
        }
        Ok((self.tx, self.notices.into_vec()))
    }

    fn err(&self, e: postgres::Error) -> StoreError {
        self.failed.set(true);
        if is_race(&e) {
            self.lost_race.set(true);
        }
        pg_err(e)
    }

    fn query(&mut self, sql: &str, params: Params<'_>) -> StoreResult<Vec<PgRow>> {
        self.tx.query(sql, params).map_err(|e| self.err(e))
    }

    fn query_opt(&mut self, sql: &str, params: Params<'_>) -> StoreResult<Option<PgRow>> {
        self.tx.query_opt(sql, params).map_err(|e| self.err(e))
    }

    fn execute(&mut self, sql: &str, params: Params<'_>) -> StoreResult<u64> {
        self.tx.execute(sql, params).map_err(|e| self.err(e))
    }

    fn bump_scope(&mut self, scope: &str) -> StoreResult<u64> {
        // The counter row's lock is held to commit: the next writer of this scope waits for it,
        // so commit order is version order within the scope.
        let row = self.query_opt(
            "INSERT INTO scopes (id, version) VALUES ($1, 1)
             ON CONFLICT (id) DO UPDATE SET version = scopes.version + 1
             RETURNING version",
            &[&scope],
        )?;
        let version: i64 = match row {
            Some(r) => col(&r, 0)?,
            None => return Err(StoreError::Corrupt("no version returned".into())),
        };
        self.notices.push(Notice::Scope {
            scope: scope.to_owned(),
            version: to_u64(version),
        });
        Ok(to_u64(version))
    }

    fn stored_rows(&mut self, where_sql: &str, params: Params<'_>) -> StoreResult<Vec<StoredRow>> {
        let sql = format!("SELECT {ROW_COLUMNS} FROM rows WHERE {where_sql} ORDER BY version");
        self.query(&sql, params)?.iter().map(stored_row).collect()
    }

    fn devices(&mut self, where_sql: &str, params: Params<'_>) -> StoreResult<Vec<Device>> {
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE {where_sql}");
        self.query(&sql, params)?.iter().map(device).collect()
    }

    fn caseworkers(&mut self, where_sql: &str, params: Params<'_>) -> StoreResult<Vec<Caseworker>> {
        let sql = format!("SELECT {CASEWORKER_COLUMNS} FROM caseworkers WHERE {where_sql}");
        self.query(&sql, params)?.iter().map(caseworker).collect()
    }
}

fn trunc_micros(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap_or(t)
}

fn col<'a, T: postgres::types::FromSql<'a>>(r: &'a PgRow, i: usize) -> StoreResult<T> {
    r.try_get(i)
        .map_err(|e| StoreError::Corrupt(format!("column {i}: {e}")))
}

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn to_u32(v: i32) -> u32 {
    u32::try_from(v).unwrap_or(0)
}

fn encode<T: serde::Serialize>(what: &str, v: &T) -> StoreResult<Value> {
    serde_json::to_value(v).map_err(|e| StoreError::Corrupt(format!("cannot encode {what}: {e}")))
}

fn decode<T: serde::de::DeserializeOwned>(what: &str, v: Value) -> StoreResult<T> {
    serde_json::from_value(v).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

const ROW_COLUMNS: &str =
    "id, kind, scope, bydel_id, participant_id, parent_id, version, body, updated_at, updated_by";

fn stored_row(r: &PgRow) -> StoreResult<StoredRow> {
    let kind: String = col(r, 1)?;
    let kind = RowKind::parse(&kind)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown row kind {kind}")))?;
    let body: Option<Value> = col(r, 7)?;
    Ok(StoredRow {
        id: col(r, 0)?,
        kind,
        placement: Placement {
            scope: col(r, 2)?,
            bydel_id: col(r, 3)?,
            participant_id: col(r, 4)?,
            parent_id: col(r, 5)?,
        },
        version: to_u64(col(r, 6)?),
        row: body.map(|b| decode("row body", b)).transpose()?,
        updated_at: col(r, 8)?,
        updated_by: col(r, 9)?,
    })
}

const DEVICE_COLUMNS: &str =
    "id, participant_id, bydel_id, name, created_at, last_seen_at, revoked_at, last_seq";

fn device(r: &PgRow) -> StoreResult<Device> {
    Ok(Device {
        id: col(r, 0)?,
        participant_id: col(r, 1)?,
        bydel_id: col(r, 2)?,
        name: col(r, 3)?,
        created_at: col(r, 4)?,
        last_seen_at: col(r, 5)?,
        revoked_at: col(r, 6)?,
        last_seq: to_u64(col(r, 7)?),
    })
}

const CASEWORKER_COLUMNS: &str = "id, bydel_id, name, email, role, school_id";

fn caseworker(r: &PgRow) -> StoreResult<Caseworker> {
    let role: String = col(r, 4)?;
    Ok(Caseworker {
        id: col(r, 0)?,
        bydel_id: col(r, 1)?,
        name: col(r, 2)?,
        email: col(r, 3)?,
        role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role}")))?,
        school_id: col(r, 5)?,
    })
}

impl Tx for PgTx<'_> {
    fn now(&self) -> DateTime<Utc> {
        self.now
    }

    fn row(&mut self, id: &str) -> StoreResult<Option<StoredRow>> {
        let sql = format!("SELECT {ROW_COLUMNS} FROM rows WHERE id = $1");
        self.query_opt(&sql, &[&id])?
            .as_ref()
            .map(stored_row)
            .transpose()
    }

    fn put_row(&mut self, placement: &Placement, row: &Row, source: &str) -> StoreResult<u64> {
        let version = self.bump_scope(&placement.scope)?;
        let body = encode("row", row)?;
        let now = self.now;
        self.execute(
            "INSERT INTO rows (id, kind, scope, bydel_id, participant_id, parent_id, version,
                               deleted, body, updated_at, updated_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, false, $8, $9, $10)
             ON CONFLICT (id) DO UPDATE SET
               kind = EXCLUDED.kind, scope = EXCLUDED.scope, bydel_id = EXCLUDED.bydel_id,
               participant_id = EXCLUDED.participant_id, parent_id = EXCLUDED.parent_id,
               version = EXCLUDED.version, deleted = false, body = EXCLUDED.body,
               updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by",
            &[
                &row.id(),
                &row.kind().as_str(),
                &placement.scope,
                &placement.bydel_id,
                &placement.participant_id,
                &placement.parent_id,
                &to_i64(version),
                &body,
                &now,
                &source,
            ],
        )?;
        Ok(version)
    }

    fn delete_row(&mut self, id: &str, source: &str) -> StoreResult<Option<u64>> {
        let scope: Option<String> = self
            .query_opt(
                "SELECT scope FROM rows WHERE id = $1 AND NOT deleted",
                &[&id],
            )?
            .map(|r| col(&r, 0))
            .transpose()?;
        let Some(scope) = scope else {
            return Ok(None);
        };
        let version = self.bump_scope(&scope)?;
        let now = self.now;
        self.execute(
            "UPDATE rows SET deleted = true, body = NULL, version = $2, updated_at = $3,
                             updated_by = $4
             WHERE id = $1",
            &[&id, &to_i64(version), &now, &source],
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
                "participant_id = $1 AND kind = $2 AND NOT deleted",
                &[&participant_id, &kind.as_str()],
            ),
            None => self.stored_rows("participant_id = $1 AND NOT deleted", &[&participant_id]),
        }
    }

    fn child_rows(&mut self, parent_id: &str, kind: RowKind) -> StoreResult<Vec<StoredRow>> {
        self.stored_rows(
            "parent_id = $1 AND kind = $2 AND NOT deleted",
            &[&parent_id, &kind.as_str()],
        )
    }

    fn bydel_rows(&mut self, bydel_id: &str, kind: RowKind) -> StoreResult<Vec<StoredRow>> {
        self.stored_rows(
            "bydel_id = $1 AND kind = $2 AND NOT deleted",
            &[&bydel_id, &kind.as_str()],
        )
    }

    fn changes_since(
        &mut self,
        scope: &str,
        after: u64,
        limit: usize,
    ) -> StoreResult<Vec<ChangeRow>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.query(
            "SELECT id, version, body FROM rows WHERE scope = $1 AND version > $2
             ORDER BY version LIMIT $3",
            &[&scope, &to_i64(after), &limit],
        )?
        .iter()
        .map(|r| {
            let body: Option<Value> = col(r, 2)?;
            Ok(ChangeRow {
                id: col(r, 0)?,
                version: to_u64(col(r, 1)?),
                row: body.map(|b| decode("row body", b)).transpose()?,
            })
        })
        .collect()
    }

    fn scope_version(&mut self, scope: &str) -> StoreResult<u64> {
        let v: Option<i64> = self
            .query_opt("SELECT version FROM scopes WHERE id = $1", &[&scope])?
            .map(|r| col(&r, 0))
            .transpose()?;
        Ok(to_u64(v.unwrap_or(0)))
    }

    fn touched_scopes(&self) -> Vec<String> {
        self.notices.scopes()
    }

    fn device_by_token_hash(&mut self, token_hash: &str) -> StoreResult<Option<Device>> {
        Ok(self
            .devices("token_hash = $1", &[&token_hash])?
            .into_iter()
            .next())
    }

    fn device(&mut self, id: &str) -> StoreResult<Option<Device>> {
        Ok(self.devices("id = $1", &[&id])?.into_iter().next())
    }

    fn devices_of(&mut self, participant_id: &str) -> StoreResult<Vec<Device>> {
        self.devices(
            "participant_id = $1 ORDER BY created_at",
            &[&participant_id],
        )
    }

    fn insert_device(&mut self, d: &Device, token_hash: &str) -> StoreResult<()> {
        self.execute(
            "INSERT INTO devices (id, participant_id, bydel_id, name, token_hash, created_at,
                                  last_seq)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[
                &d.id,
                &d.participant_id,
                &d.bydel_id,
                &d.name,
                &token_hash,
                &d.created_at,
                &to_i64(d.last_seq),
            ],
        )?;
        Ok(())
    }

    fn revoke_device(&mut self, id: &str) -> StoreResult<bool> {
        let now = self.now;
        let n = self.execute(
            "UPDATE devices SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
            &[&id, &now],
        )?;
        if n > 0 {
            self.notices.push(Notice::Revoked {
                device_id: id.to_owned(),
            });
        }
        Ok(n > 0)
    }

    fn touch_device(&mut self, id: &str) -> StoreResult<()> {
        let now = self.now;
        self.execute(
            "UPDATE devices SET last_seen_at = $2 WHERE id = $1",
            &[&id, &now],
        )?;
        Ok(())
    }

    fn ack_scope(&mut self, device_id: &str, scope: &str, version: u64) -> StoreResult<()> {
        self.execute(
            "INSERT INTO scope_acks (device_id, scope, version) VALUES ($1, $2, $3)
             ON CONFLICT (scope, device_id)
             DO UPDATE SET version = GREATEST(scope_acks.version, excluded.version)",
            &[&device_id, &scope, &to_i64(version)],
        )?;
        Ok(())
    }

    fn scope_acks(&mut self, scope: &str) -> StoreResult<Vec<(String, u64)>> {
        self.query(
            "SELECT device_id, version FROM scope_acks WHERE scope = $1 ORDER BY device_id",
            &[&scope],
        )?
        .iter()
        .map(|r| Ok((col(r, 0)?, to_u64(col(r, 1)?))))
        .collect()
    }

    fn set_last_seq(&mut self, device_id: &str, seq: u64) -> StoreResult<()> {
        self.execute(
            "UPDATE devices SET last_seq = $2 WHERE id = $1",
            &[&device_id, &to_i64(seq)],
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
        let v: Option<Value> = self
            .query_opt(
                "SELECT outcome FROM mutation_results WHERE device_id = $1 AND seq = $2",
                &[&device_id, &to_i64(seq)],
            )?
            .map(|r| col(&r, 0))
            .transpose()?;
        v.map(|v| decode("outcome", v)).transpose()
    }

    fn record_outcome(
        &mut self,
        device_id: &str,
        seq: u64,
        outcome: &MutationOutcome,
    ) -> StoreResult<()> {
        let v = encode("outcome", outcome)?;
        // Two instances (or one, twice) may apply a duplicated request at once, each having seen
        // no outcome in its snapshot. A plain INSERT would make the later one fail with a unique
        // violation, an error. ON CONFLICT DO NOTHING under REPEATABLE READ instead fails with a
        // serialization failure when the other row is not in this snapshot: the write runs again
        // and replays the outcome the first one kept. A conflict with a row this snapshot does
        // see is applying a mutation twice, a bug, and still fails loudly.
        let inserted = self.execute(
            "INSERT INTO mutation_results (device_id, seq, outcome) VALUES ($1, $2, $3)
             ON CONFLICT (device_id, seq) DO NOTHING",
            &[&device_id, &to_i64(seq), &v],
        )?;
        if inserted == 0 {
            return Err(StoreError::Corrupt(format!(
                "the outcome of mutation {seq} is already recorded"
            )));
        }
        Ok(())
    }

    fn insert_code(&mut self, c: &EnrolmentCode) -> StoreResult<()> {
        self.execute(
            "INSERT INTO enrolment_codes (lookup, secret_hash, participant_id, bydel_id,
                                          created_by, created_at, expires_at, used_at,
                                          failed_attempts)
             VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, 0)",
            &[
                &c.lookup,
                &c.secret_hash,
                &c.participant_id,
                &c.bydel_id,
                &c.created_by,
                &c.created_at,
                &c.expires_at,
            ],
        )?;
        Ok(())
    }

    fn code(&mut self, lookup: &str) -> StoreResult<Option<EnrolmentCode>> {
        self.query_opt(
            "SELECT lookup, secret_hash, participant_id, bydel_id, created_by, created_at,
                    expires_at, used_at, failed_attempts
             FROM enrolment_codes WHERE lookup = $1",
            &[&lookup],
        )?
        .map(|r| {
            Ok(EnrolmentCode {
                lookup: col(&r, 0)?,
                secret_hash: col(&r, 1)?,
                participant_id: col(&r, 2)?,
                bydel_id: col(&r, 3)?,
                created_by: col(&r, 4)?,
                created_at: col(&r, 5)?,
                expires_at: col(&r, 6)?,
                used_at: col(&r, 7)?,
                failed_attempts: to_u32(col(&r, 8)?),
            })
        })
        .transpose()
    }

    fn record_code_failure(&mut self, lookup: &str) -> StoreResult<()> {
        self.execute(
            "UPDATE enrolment_codes SET failed_attempts = failed_attempts + 1 WHERE lookup = $1",
            &[&lookup],
        )?;
        Ok(())
    }

    fn mark_code_used(&mut self, lookup: &str) -> StoreResult<()> {
        let now = self.now;
        self.execute(
            "UPDATE enrolment_codes SET used_at = $2 WHERE lookup = $1",
            &[&lookup, &now],
        )?;
        Ok(())
    }

    fn insert_bydel(&mut self, id: &str, name: &str) -> StoreResult<()> {
        self.execute(
            "INSERT INTO bydeler (id, name) VALUES ($1, $2)
             ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
            &[&id, &name],
        )?;
        Ok(())
    }

    fn bydel_name(&mut self, id: &str) -> StoreResult<Option<String>> {
        self.query_opt("SELECT name FROM bydeler WHERE id = $1", &[&id])?
            .map(|r| col(&r, 0))
            .transpose()
    }

    fn insert_caseworker(&mut self, c: &Caseworker) -> StoreResult<()> {
        let now = self.now;
        self.execute(
            "INSERT INTO caseworkers (id, bydel_id, name, email, role, created_at, school_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[
                &c.id,
                &c.bydel_id,
                &c.name,
                &c.email,
                &c.role.as_str(),
                &now,
                &c.school_id,
            ],
        )?;
        Ok(())
    }

    fn caseworker(&mut self, id: &str) -> StoreResult<Option<Caseworker>> {
        Ok(self.caseworkers("id = $1", &[&id])?.into_iter().next())
    }

    fn caseworker_by_token_hash(&mut self, token_hash: &str) -> StoreResult<Option<Caseworker>> {
        Ok(self
            .caseworkers("api_token_hash = $1", &[&token_hash])?
            .into_iter()
            .next())
    }

    fn caseworker_id_by_email(&mut self, email: &str) -> StoreResult<Option<String>> {
        self.query_opt("SELECT id FROM caseworkers WHERE email = $1", &[&email])?
            .map(|r| col(&r, 0))
            .transpose()
    }

    fn set_caseworker_token(&mut self, id: &str, token_hash: &str) -> StoreResult<()> {
        self.execute(
            "UPDATE caseworkers SET api_token_hash = $2 WHERE id = $1",
            &[&id, &token_hash],
        )?;
        Ok(())
    }

    fn caseworkers_in(&mut self, bydel_id: &str) -> StoreResult<Vec<Caseworker>> {
        self.caseworkers("bydel_id = $1 ORDER BY name", &[&bydel_id])
    }

    fn bydeler(&mut self) -> StoreResult<Vec<(String, String)>> {
        self.query("SELECT id, name FROM bydeler ORDER BY name", &[])?
            .iter()
            .map(|r| Ok((col(r, 0)?, col(r, 1)?)))
            .collect()
    }

    fn insert_school(&mut self, id: &str, name: &str) -> StoreResult<()> {
        self.execute(
            "INSERT INTO schools (id, name) VALUES ($1, $2)
             ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
            &[&id, &name],
        )?;
        Ok(())
    }

    fn schools(&mut self) -> StoreResult<Vec<(String, String)>> {
        self.query("SELECT id, name FROM schools ORDER BY name", &[])?
            .iter()
            .map(|r| Ok((col(r, 0)?, col(r, 1)?)))
            .collect()
    }

    fn caseworker_login(
        &mut self,
        email: &str,
    ) -> StoreResult<Option<(Caseworker, Option<String>)>> {
        let sql = format!(
            "SELECT {CASEWORKER_COLUMNS}, password_hash FROM caseworkers
             WHERE lower(email) = lower($1)"
        );
        self.query_opt(&sql, &[&email])?
            .map(|r| Ok((caseworker(&r)?, col(&r, 6)?)))
            .transpose()
    }

    fn set_password_hash(&mut self, id: &str, hash: &str) -> StoreResult<()> {
        self.execute(
            "UPDATE caseworkers SET password_hash = $2 WHERE id = $1",
            &[&id, &hash],
        )?;
        Ok(())
    }

    fn insert_session(&mut self, s: &ConsoleSession) -> StoreResult<()> {
        self.execute(
            "INSERT INTO console_sessions
                 (token_hash, caseworker_id, csrf, created_at, expires_at, last_seen_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[
                &s.token_hash,
                &s.caseworker_id,
                &s.csrf,
                &s.created_at,
                &s.expires_at,
                &s.last_seen_at,
            ],
        )?;
        Ok(())
    }

    fn session(&mut self, token_hash: &str) -> StoreResult<Option<ConsoleSession>> {
        self.query_opt(
            "SELECT token_hash, caseworker_id, csrf, created_at, expires_at, last_seen_at
             FROM console_sessions WHERE token_hash = $1",
            &[&token_hash],
        )?
        .map(|r| {
            Ok(ConsoleSession {
                token_hash: col(&r, 0)?,
                caseworker_id: col(&r, 1)?,
                csrf: col(&r, 2)?,
                created_at: col(&r, 3)?,
                expires_at: col(&r, 4)?,
                last_seen_at: col(&r, 5)?,
            })
        })
        .transpose()
    }

    fn touch_session(&mut self, token_hash: &str, at: DateTime<Utc>) -> StoreResult<()> {
        self.execute(
            "UPDATE console_sessions SET last_seen_at = $2 WHERE token_hash = $1",
            &[&token_hash, &at],
        )?;
        Ok(())
    }

    fn delete_session(&mut self, token_hash: &str) -> StoreResult<()> {
        self.execute(
            "DELETE FROM console_sessions WHERE token_hash = $1",
            &[&token_hash],
        )?;
        Ok(())
    }

    fn delete_expired_sessions(&mut self, idle_before: DateTime<Utc>) -> StoreResult<()> {
        let now = self.now;
        self.execute(
            "DELETE FROM console_sessions WHERE expires_at < $1 OR last_seen_at < $2",
            &[&now, &idle_before],
        )?;
        Ok(())
    }

    fn signin_failures(&mut self, email: &str) -> StoreResult<SigninFailures> {
        // In a write, the count is read to be raised: lock the row so parallel attempts on other
        // instances queue behind this one (and one that inserts the first row concurrently makes
        // this transaction lose a serialization race and run again, seeing it).
        let sql = match self.mode {
            Mode::Write => {
                "SELECT failures, locked_until FROM signin_failures WHERE email = $1 FOR UPDATE"
            }
            Mode::Read => "SELECT failures, locked_until FROM signin_failures WHERE email = $1",
        };
        match self.query_opt(sql, &[&email])? {
            None => Ok(SigninFailures::default()),
            Some(r) => Ok(SigninFailures {
                failures: to_u32(col(&r, 0)?),
                locked_until: col(&r, 1)?,
            }),
        }
    }

    fn set_signin_failures(&mut self, email: &str, f: &SigninFailures) -> StoreResult<()> {
        if f.failures == 0 && f.locked_until.is_none() {
            self.execute("DELETE FROM signin_failures WHERE email = $1", &[&email])?;
            return Ok(());
        }
        let failures = i32::try_from(f.failures).unwrap_or(i32::MAX);
        self.execute(
            "INSERT INTO signin_failures (email, failures, locked_until) VALUES ($1, $2, $3)
             ON CONFLICT (email) DO UPDATE SET failures = EXCLUDED.failures,
                                               locked_until = EXCLUDED.locked_until",
            &[&email, &failures, &f.locked_until],
        )?;
        Ok(())
    }

    fn placement_months(&mut self, bydel_id: &str) -> StoreResult<Option<u32>> {
        let m: Option<i32> = self
            .query_opt(
                "SELECT placement_months FROM bydel_settings WHERE bydel_id = $1",
                &[&bydel_id],
            )?
            .map(|r| col(&r, 0))
            .transpose()?;
        Ok(m.map(to_u32))
    }

    fn set_placement_months(&mut self, bydel_id: &str, months: u32) -> StoreResult<()> {
        let months = i32::try_from(months).unwrap_or(i32::MAX);
        self.execute(
            "INSERT INTO bydel_settings (bydel_id, placement_months) VALUES ($1, $2)
             ON CONFLICT (bydel_id) DO UPDATE SET placement_months = EXCLUDED.placement_months",
            &[&bydel_id, &months],
        )?;
        Ok(())
    }

    fn devices_in(&mut self, bydel_id: &str) -> StoreResult<Vec<Device>> {
        self.devices("bydel_id = $1", &[&bydel_id])
    }

    fn audit_entries(
        &mut self,
        actors: &[String],
        before: Option<i64>,
        limit: usize,
    ) -> StoreResult<Vec<AuditEntry>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.query(
            "SELECT id, at, actor, action, target FROM audit_log
             WHERE actor = ANY($1) AND id < $2
             ORDER BY id DESC LIMIT $3",
            &[&actors, &before.unwrap_or(i64::MAX), &limit],
        )?
        .iter()
        .map(|r| {
            Ok(AuditEntry {
                id: col(r, 0)?,
                at: col(r, 1)?,
                actor: col(r, 2)?,
                action: col(r, 3)?,
                target: col(r, 4)?,
            })
        })
        .collect()
    }

    fn delete_sessions_of(
        &mut self,
        caseworker_id: &str,
        keep: Option<&str>,
    ) -> StoreResult<usize> {
        let n = self.execute(
            "DELETE FROM console_sessions
             WHERE caseworker_id = $1 AND token_hash IS DISTINCT FROM $2",
            &[&caseworker_id, &keep],
        )?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn insert_sso_login(&mut self, l: &SsoLogin) -> StoreResult<()> {
        self.execute(
            "INSERT INTO sso_logins (state_hash, pkce_verifier, nonce, created_at)
             VALUES ($1, $2, $3, $4)",
            &[&l.state_hash, &l.pkce_verifier, &l.nonce, &l.created_at],
        )?;
        Ok(())
    }

    fn claim_sso_login(&mut self, state_hash: &str) -> StoreResult<SsoClaim> {
        // One statement: of concurrent claims, the row lock lets one through and the others see
        // `used_at` set when they get it.
        let now = self.now;
        if let Some(r) = self.query_opt(
            "UPDATE sso_logins SET used_at = $2 WHERE state_hash = $1 AND used_at IS NULL
             RETURNING pkce_verifier, nonce, created_at",
            &[&state_hash, &now],
        )? {
            return Ok(SsoClaim::Fresh(SsoLogin {
                state_hash: state_hash.to_owned(),
                pkce_verifier: col(&r, 0)?,
                nonce: col(&r, 1)?,
                created_at: col(&r, 2)?,
            }));
        }
        let known = self.query_opt(
            "SELECT 1 FROM sso_logins WHERE state_hash = $1",
            &[&state_hash],
        )?;
        Ok(if known.is_some() {
            SsoClaim::Used
        } else {
            SsoClaim::Unknown
        })
    }

    fn delete_sso_logins_before(&mut self, before: DateTime<Utc>) -> StoreResult<usize> {
        let n = self.execute("DELETE FROM sso_logins WHERE created_at < $1", &[&before])?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn caseworker_id_by_sso_subject(&mut self, subject: &str) -> StoreResult<Option<String>> {
        self.query_opt(
            "SELECT caseworker_id FROM caseworker_sso WHERE subject = $1",
            &[&subject],
        )?
        .map(|r| col(&r, 0))
        .transpose()
    }

    fn set_sso_subject(&mut self, caseworker_id: &str, subject: Option<&str>) -> StoreResult<()> {
        self.execute(
            "DELETE FROM caseworker_sso WHERE caseworker_id = $1",
            &[&caseworker_id],
        )?;
        if let Some(subject) = subject {
            self.execute(
                "INSERT INTO caseworker_sso (caseworker_id, subject) VALUES ($1, $2)",
                &[&caseworker_id, &subject],
            )?;
        }
        Ok(())
    }

    fn sso_subject(&mut self, caseworker_id: &str) -> StoreResult<Option<String>> {
        self.query_opt(
            "SELECT subject FROM caseworker_sso WHERE caseworker_id = $1",
            &[&caseworker_id],
        )?
        .map(|r| col(&r, 0))
        .transpose()
    }

    fn count_attempt(&mut self, key: &str, window_secs: u32) -> StoreResult<u32> {
        let (start, forget_before) = attempt_window(self.now, window_secs);
        let row = self.query_opt(
            "INSERT INTO attempts (key, window_start, count) VALUES ($1, $2, 1)
             ON CONFLICT (key, window_start) DO UPDATE SET count = attempts.count + 1
             RETURNING count",
            &[&key, &start],
        )?;
        let count: i32 = match row {
            Some(r) => col(&r, 0)?,
            None => return Err(StoreError::Corrupt("no count returned".into())),
        };
        if count == 1 {
            self.execute(
                "DELETE FROM attempts WHERE window_start < $1",
                &[&forget_before],
            )?;
        }
        Ok(u32::try_from(count).unwrap_or(0))
    }

    fn insert_wording_proposal(&mut self, p: &WordingProposal) -> StoreResult<bool> {
        let n = self.execute(
            "INSERT INTO wording_proposals (id, bydel_id, participant_id, device_id, language,
                                            message_key, proposed_text, comment, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING",
            &[
                &p.id,
                &p.bydel_id,
                &p.participant_id,
                &p.device_id,
                &p.language,
                &p.key,
                &p.text,
                &p.comment,
                &p.created_at,
            ],
        )?;
        Ok(n > 0)
    }

    fn wording_proposals(&mut self, bydel_id: Option<&str>) -> StoreResult<Vec<WordingProposal>> {
        self.query(
            "SELECT id, bydel_id, participant_id, device_id, language, message_key, proposed_text,
                    comment, created_at
             FROM wording_proposals WHERE $1::TEXT IS NULL OR bydel_id = $1
             ORDER BY created_at, id",
            &[&bydel_id],
        )?
        .iter()
        .map(|r| {
            Ok(WordingProposal {
                id: col(r, 0)?,
                bydel_id: col(r, 1)?,
                participant_id: col(r, 2)?,
                device_id: col(r, 3)?,
                language: col(r, 4)?,
                key: col(r, 5)?,
                text: col(r, 6)?,
                comment: col(r, 7)?,
                created_at: col(r, 8)?,
            })
        })
        .collect()
    }

    fn delete_wording_proposals_of(&mut self, participant_id: &str) -> StoreResult<usize> {
        let n = self.execute(
            "DELETE FROM wording_proposals WHERE participant_id = $1",
            &[&participant_id],
        )?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn retention_months(&mut self, bydel_id: &str) -> StoreResult<Option<u32>> {
        let m: Option<i32> = self
            .query_opt(
                "SELECT months FROM retention_settings WHERE bydel_id = $1",
                &[&bydel_id],
            )?
            .map(|r| col(&r, 0))
            .transpose()?;
        Ok(m.map(to_u32))
    }

    fn set_retention_months(&mut self, bydel_id: &str, months: u32) -> StoreResult<()> {
        let months = i32::try_from(months).unwrap_or(i32::MAX);
        self.execute(
            "INSERT INTO retention_settings (bydel_id, months) VALUES ($1, $2)
             ON CONFLICT (bydel_id) DO UPDATE SET months = EXCLUDED.months",
            &[&bydel_id, &months],
        )?;
        Ok(())
    }

    fn pack_settings(&mut self, bydel_id: &str) -> StoreResult<PackSettings> {
        let Some(r) = self.query_opt(
            "SELECT send_days, page_retention_months FROM pack_settings WHERE bydel_id = $1",
            &[&bydel_id],
        )?
        else {
            return Ok(PackSettings::default());
        };
        let (d, m): (Option<i32>, Option<i32>) = (col(&r, 0)?, col(&r, 1)?);
        Ok(PackSettings {
            send_days: d.map(to_u32),
            page_retention_months: m.map(to_u32),
        })
    }

    fn set_pack_settings(&mut self, bydel_id: &str, settings: &PackSettings) -> StoreResult<()> {
        let i = |v: Option<u32>| v.map(|v| i32::try_from(v).unwrap_or(i32::MAX));
        let (d, m) = (i(settings.send_days), i(settings.page_retention_months));
        self.execute(
            "INSERT INTO pack_settings (bydel_id, send_days, page_retention_months)
             VALUES ($1, $2, $3)
             ON CONFLICT (bydel_id) DO UPDATE SET send_days = EXCLUDED.send_days,
                 page_retention_months = EXCLUDED.page_retention_months",
            &[&bydel_id, &d, &m],
        )?;
        Ok(())
    }

    fn purge_participant(&mut self, participant_id: &str) -> StoreResult<Purged> {
        // Under REPEATABLE READ, a second instance purging the same participant at the same time
        // fails here with a serialization failure and runs again, finding nothing left.
        self.execute(
            "DELETE FROM scope_acks
             WHERE device_id IN (SELECT id FROM devices WHERE participant_id = $1)",
            &[&participant_id],
        )?;
        self.execute(
            "DELETE FROM mutation_results
             WHERE device_id IN (SELECT id FROM devices WHERE participant_id = $1)",
            &[&participant_id],
        )?;
        let n = |v: u64| usize::try_from(v).unwrap_or(usize::MAX);
        Ok(Purged {
            rows: n(self.execute(
                "DELETE FROM rows WHERE participant_id = $1",
                &[&participant_id],
            )?),
            devices: n(self.execute(
                "DELETE FROM devices WHERE participant_id = $1",
                &[&participant_id],
            )?),
            codes: n(self.execute(
                "DELETE FROM enrolment_codes WHERE participant_id = $1",
                &[&participant_id],
            )?),
            wording_proposals: n(self.execute(
                "DELETE FROM wording_proposals WHERE participant_id = $1",
                &[&participant_id],
            )?),
        })
    }

    fn deleted_participants(&mut self, bydel_id: &str) -> StoreResult<Vec<String>> {
        self.query(
            "SELECT id FROM rows WHERE bydel_id = $1 AND kind = 'profile' AND deleted
             ORDER BY id",
            &[&bydel_id],
        )?
        .iter()
        .map(|r| col(r, 0))
        .collect()
    }

    fn insert_report_facts(&mut self, key: &str, bydel_id: &str, facts: &str) -> StoreResult<()> {
        self.execute(
            "INSERT INTO report_facts (id, bydel_id, facts) VALUES ($1, $2, $3)",
            &[&key, &bydel_id, &facts],
        )?;
        Ok(())
    }

    fn report_facts(&mut self, bydel_id: &str) -> StoreResult<Vec<String>> {
        self.query(
            "SELECT facts FROM report_facts WHERE bydel_id = $1",
            &[&bydel_id],
        )?
        .iter()
        .map(|r| col(r, 0))
        .collect()
    }

    fn codes_of(&mut self, participant_id: &str) -> StoreResult<Vec<EnrolmentCode>> {
        let lookups: Vec<String> = self
            .query(
                "SELECT lookup FROM enrolment_codes WHERE participant_id = $1
                 ORDER BY created_at DESC",
                &[&participant_id],
            )?
            .iter()
            .map(|r| col(r, 0))
            .collect::<StoreResult<_>>()?;
        let mut codes = Vec::new();
        for lookup in lookups {
            codes.extend(self.code(&lookup)?);
        }
        Ok(codes)
    }

    fn audit_entries_about(&mut self, targets: &[String]) -> StoreResult<Vec<AuditEntry>> {
        self.query(
            "SELECT id, at, actor, action, target FROM audit_log WHERE target = ANY($1)
             ORDER BY id",
            &[&targets],
        )?
        .iter()
        .map(|r| {
            Ok(AuditEntry {
                id: col(r, 0)?,
                at: col(r, 1)?,
                actor: col(r, 2)?,
                action: col(r, 3)?,
                target: col(r, 4)?,
            })
        })
        .collect()
    }

    fn prune_audit(&mut self, before: DateTime<Utc>) -> StoreResult<usize> {
        let n = self.execute("DELETE FROM audit_log WHERE at < $1", &[&before])?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn audit(&mut self, actor: &str, action: &str, target: &str) -> StoreResult<()> {
        let now = self.now;
        self.execute(
            "INSERT INTO audit_log (at, actor, action, target) VALUES ($1, $2, $3, $4)",
            &[&now, &actor, &action, &target],
        )?;
        Ok(())
    }

    fn meta(&mut self, key: &str) -> StoreResult<Option<String>> {
        self.query_opt("SELECT value FROM meta WHERE key = $1", &[&key])?
            .map(|r| col(&r, 0))
            .transpose()
    }

    fn set_meta(&mut self, key: &str, value: &str) -> StoreResult<()> {
        self.execute(
            "INSERT INTO meta (key, value) VALUES ($1, $2)
             ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            &[&key, &value],
        )?;
        Ok(())
    }
}
