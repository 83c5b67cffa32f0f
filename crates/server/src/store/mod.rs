//! Storage: a small async [`Store`] trait, one implementation per database backend.
//!
//! All domain logic runs inside [`Store::read`] or [`Store::write`] against the synchronous [`Tx`]
//! trait, so it is written once for every backend and always runs in one database transaction: a
//! write either happens whole or not at all. Nothing in this module decides who may do what; that is
//! `domain`'s job.

pub mod migrate_data;
pub mod postgres;
pub mod sqlite;

/// An error of the database library underneath, kept whole for the log but opaque to everything
/// outside `store/`.
pub type BackendError = Box<dyn std::error::Error + Send + Sync>;

use std::future::Future;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use veikart_protocol::{MutationOutcome, Row, RowKind};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Backend(BackendError),
    /// The database cannot take a write or answer now (disk full, I/O failure, locked for too
    /// long, connection refused or lost). Nothing was changed; the same request may succeed later.
    #[error("storage unavailable: {0}")]
    Unavailable(String),
    #[error("migration failed: {0}")]
    Migration(BackendError),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("unsupported database URL (expected sqlite://PATH or postgres://…)")]
    UnsupportedUrl,
    #[error("database task failed: {0}")]
    Task(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// A new random name for a database's history (see [`Store::history`]).
pub(crate) fn new_history() -> String {
    let bytes: [u8; 8] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether the store is known to be unavailable, so an outage is logged once and not once per
/// request (a full disk would otherwise fill what little room is left with the same line).
static UNAVAILABLE: AtomicBool = AtomicBool::new(false);

/// Log the first failure of an outage; later ones stay quiet until a write succeeds again.
pub fn note_unavailable(cause: &str) {
    if !UNAVAILABLE.swap(true, Ordering::Relaxed) {
        tracing::error!(
            cause,
            "storage unavailable: answering 503 until a write succeeds"
        );
    }
}

/// A write committed: if an outage was logged, say that it is over.
pub fn note_available() {
    if UNAVAILABLE.swap(false, Ordering::Relaxed) {
        tracing::warn!("storage available again");
    }
}

/// What a committed write changed, told to everyone who answers devices: a scope's new version, a
/// device's new mutation log position, or a device signed out. Carries ids only, never content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A scope (`p:…`, `b:…`, `c:…`) reached `version`.
    Scope { scope: String, version: u64 },
    /// A device's mutation log reached `last_seq`.
    Seq { device_id: String, last_seq: u64 },
    /// A device was signed out (by itself or by a caseworker).
    Revoked { device_id: String },
}

impl Notice {
    /// One line, for a notification channel: `s <version> <scope>`, `q <seq> <device>`,
    /// `r <device>`. Ids hold no spaces (the domain checks them), but the last field may anyway.
    pub fn encode(&self) -> String {
        match self {
            Notice::Scope { scope, version } => format!("s {version} {scope}"),
            Notice::Seq {
                device_id,
                last_seq,
            } => format!("q {last_seq} {device_id}"),
            Notice::Revoked { device_id } => format!("r {device_id}"),
        }
    }

    pub fn decode(line: &str) -> Option<Notice> {
        let (kind, rest) = line.split_once(' ')?;
        match kind {
            "r" => Some(Notice::Revoked {
                device_id: rest.to_owned(),
            }),
            "s" | "q" => {
                let (n, id) = rest.split_once(' ')?;
                let n: u64 = n.parse().ok()?;
                Some(if kind == "s" {
                    Notice::Scope {
                        scope: id.to_owned(),
                        version: n,
                    }
                } else {
                    Notice::Seq {
                        device_id: id.to_owned(),
                        last_seq: n,
                    }
                })
            }
            _ => None,
        }
    }
}

/// Collects a write transaction's notices: per scope and per device only the last one counts.
#[derive(Debug, Default)]
pub(crate) struct Notices(Vec<Notice>);

impl Notices {
    pub(crate) fn push(&mut self, notice: Notice) {
        let same = |n: &Notice| match (n, &notice) {
            (Notice::Scope { scope: a, .. }, Notice::Scope { scope: b, .. }) => a == b,
            (Notice::Seq { device_id: a, .. }, Notice::Seq { device_id: b, .. }) => a == b,
            (Notice::Revoked { device_id: a }, Notice::Revoked { device_id: b }) => a == b,
            _ => false,
        };
        self.0.retain(|n| !same(n));
        self.0.push(notice);
    }

    pub(crate) fn scopes(&self) -> Vec<String> {
        self.0
            .iter()
            .filter_map(|n| match n {
                Notice::Scope { scope, .. } => Some(scope.clone()),
                _ => None,
            })
            .collect()
    }

    pub(crate) fn into_vec(self) -> Vec<Notice> {
        self.0
    }

    pub(crate) fn as_slice(&self) -> &[Notice] {
        &self.0
    }
}

/// The start of the attempt window `now` falls in (Unix seconds), and the start before which counts
/// are forgotten (an hour, or two windows if that is longer).
pub(crate) fn attempt_window(now: DateTime<Utc>, window_secs: u32) -> (i64, i64) {
    let window = i64::from(window_secs.max(1));
    let start = now.timestamp().div_euclid(window) * window;
    (start, start - (2 * window).max(3600))
}

/// What [`Store::follow_others`] hands on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Feed {
    /// Listening (at first, or again after a cut): every notice committed from now on follows.
    Listening,
    /// Another process committed this.
    Notice(Notice),
    /// The feed is cut: notices are being missed until `Listening` comes again.
    Lost,
    /// Nothing happened for a while (the receiver may stop the feed by answering `Break`).
    Idle,
}

/// A connection pool's state, for the metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolState {
    pub connections: u32,
    pub idle: u32,
}

/// Which backend a database URL names: the scheme decides, once, at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite://PATH` or a plain path: the embedded default.
    Sqlite,
    /// `postgres://…` or `postgresql://…`.
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> StoreResult<Backend> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else if url.starts_with("sqlite:") || !url.contains("://") {
            Ok(Backend::Sqlite)
        } else {
            Err(StoreError::UnsupportedUrl)
        }
    }
}

/// A database backend. `read` runs `f` in a read-only snapshot; `write` in a transaction that commits
/// if `f` returns `Ok` and rolls back otherwise, and hands back the transaction's [`Notice`]s so the
/// caller can poke the devices concerned.
pub trait Store: Clone + Send + Sync + 'static {
    /// A random name for this database's history, made with the database and made anew by a
    /// restore. Versions are per scope and count up from the database's state, so after a restore
    /// they are handed out again: a device's cursors are trusted only within the history they were
    /// read in.
    fn history(&self) -> &str;

    fn read<T, E, F>(&self, f: F) -> impl Future<Output = Result<T, E>> + Send
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<T, E> + Send + 'static;

    /// `f` may run more than once (a backend with optimistic concurrency runs it again after a lost
    /// race; only the last run's effects are kept), hence `Clone`.
    fn write<T, E, F>(&self, f: F) -> impl Future<Output = Result<(T, Vec<Notice>), E>> + Send
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<T, E> + Clone + Send + 'static;

    /// The connection pool's state, where the backend has one worth watching.
    fn pool_state(&self) -> Option<PoolState> {
        None
    }

    /// Hand `sink` the notices of writes committed by *other* server processes on the same
    /// database, until it answers `Break`; `true` if there can be such processes. A backend only
    /// one process can open (SQLite) has none and returns `false` at once.
    fn follow_others(&self, sink: Box<dyn FnMut(Feed) -> ControlFlow<()> + Send>) -> bool {
        drop(sink);
        false
    }
}

/// Where a row lives: the columns the server filters on, derived from the row by `domain::placement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub scope: String,
    pub bydel_id: String,
    pub participant_id: Option<String>,
    pub parent_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoredRow {
    pub id: String,
    pub kind: RowKind,
    pub placement: Placement,
    pub version: u64,
    /// `None` for a tombstone.
    pub row: Option<Row>,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: String,
    pub participant_id: String,
    pub bydel_id: String,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_seq: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Caseworker,
    Leader,
    /// Keeps one bydel's staff accounts, settings and audit log.
    Admin,
    /// Keeps staff accounts across every bydel and sees the cross-bydel reports, but no
    /// participant's data: the municipality runs the service, the bydel follows the person.
    MunicipalityAdmin,
    /// A teacher of a school (Voksenopplæringen, city-wide, next to the bydeler): sees only the
    /// courses they teach and, of their members, only what a class needs (`domain::attendance`).
    Teacher,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Caseworker => "caseworker",
            Role::Leader => "leader",
            Role::Admin => "admin",
            Role::MunicipalityAdmin => "municipality_admin",
            Role::Teacher => "teacher",
        }
    }

    pub const ALL: [Role; 5] = [
        Role::Caseworker,
        Role::Leader,
        Role::Admin,
        Role::MunicipalityAdmin,
        Role::Teacher,
    ];

    /// Staff of a bydel, who follow its participants (a teacher and the municipality admin do not).
    pub fn is_bydel_staff(self) -> bool {
        matches!(self, Role::Caseworker | Role::Leader | Role::Admin)
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caseworker {
    pub id: String,
    pub bydel_id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// The school a teacher belongs to (`schools`); set for teachers and only for them. A
    /// teacher's `bydel_id` is only where the account is kept.
    pub school_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolmentCode {
    pub lookup: String,
    pub secret_hash: String,
    pub participant_id: String,
    pub bydel_id: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
    pub failed_attempts: u32,
}

/// What a stored change looks like to the sync planner.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRow {
    pub id: String,
    pub version: u64,
    pub row: Option<Row>,
}

/// A signed-in console session. Only the hash of the cookie's token is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsoleSession {
    pub token_hash: String,
    pub caseworker_id: String,
    /// The token every form of this session carries (not a secret from the signed-in user).
    pub csrf: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// The last request of this session (refreshed at most once a minute); idle sessions end.
    pub last_seen_at: DateTime<Utc>,
}

/// A single sign-on under way, from the redirect to the identity provider until its answer comes
/// back: what is needed to check that answer. Only the state's hash is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoLogin {
    pub state_hash: String,
    pub pkce_verifier: String,
    pub nonce: String,
    pub created_at: DateTime<Utc>,
}

/// What claiming a sign-on's state found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SsoClaim {
    /// Unused until now, and now used.
    Fresh(SsoLogin),
    /// Used before: a replayed answer.
    Used,
    /// No such state (never issued, or deleted after it expired).
    Unknown,
}

/// Wrong sign-ins for one typed e-mail address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SigninFailures {
    pub failures: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

/// One line of the audit log: who did what to which id, when.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub target: String,
}

/// A bydel's choices for recognition packs (issue 9); `None` is the default of `domain::pages`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PackSettings {
    /// Days a complete pack may wait before it is flagged as not sent.
    pub send_days: Option<u32>,
    /// Months a decided case's document pages are kept.
    pub page_retention_months: Option<u32>,
}

/// What [`Tx::purge_participant`] deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Purged {
    pub rows: usize,
    pub devices: usize,
    pub codes: usize,
    pub wording_proposals: usize,
}

/// One database transaction. Synchronous on purpose: the backend runs it on a blocking thread, and
/// domain code stays free of `await` points inside a transaction.
/// A participant's proposal for a better wording of one of the app's texts in one language. Kept
/// apart from the rows: no device follows it, and only the console reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordingProposal {
    pub id: String,
    pub bydel_id: String,
    pub participant_id: String,
    pub device_id: String,
    /// One of the app's languages.
    pub language: String,
    /// A message id of `locales/<language>/app.ftl`.
    pub key: String,
    pub text: String,
    pub comment: Option<String>,
    pub created_at: DateTime<Utc>,
}

pub trait Tx {
    fn now(&self) -> DateTime<Utc>;

    // Rows of the data model.
    fn row(&mut self, id: &str) -> StoreResult<Option<StoredRow>>;
    /// Insert or replace a row, bumping its scope's version; returns the new version.
    fn put_row(&mut self, placement: &Placement, row: &Row, source: &str) -> StoreResult<u64>;
    /// Turn a row into a tombstone, bumping its scope's version. Returns `None` if there was no live row.
    fn delete_row(&mut self, id: &str, source: &str) -> StoreResult<Option<u64>>;
    /// Live rows of one participant, optionally of one kind.
    fn participant_rows(
        &mut self,
        participant_id: &str,
        kind: Option<RowKind>,
    ) -> StoreResult<Vec<StoredRow>>;
    /// Live rows whose parent is `parent_id` (a goal's activities, a course's sessions …).
    fn child_rows(&mut self, parent_id: &str, kind: RowKind) -> StoreResult<Vec<StoredRow>>;
    /// Live rows of one kind in one bydel.
    fn bydel_rows(&mut self, bydel_id: &str, kind: RowKind) -> StoreResult<Vec<StoredRow>>;
    /// Rows of `scope` with a version above `after`, oldest first, at most `limit`.
    fn changes_since(
        &mut self,
        scope: &str,
        after: u64,
        limit: usize,
    ) -> StoreResult<Vec<ChangeRow>>;
    fn scope_version(&mut self, scope: &str) -> StoreResult<u64>;
    /// The scopes this transaction bumped so far.
    fn touched_scopes(&self) -> Vec<String>;

    // Devices and their mutation log.
    fn device_by_token_hash(&mut self, token_hash: &str) -> StoreResult<Option<Device>>;
    fn device(&mut self, id: &str) -> StoreResult<Option<Device>>;
    fn devices_of(&mut self, participant_id: &str) -> StoreResult<Vec<Device>>;
    fn insert_device(&mut self, device: &Device, token_hash: &str) -> StoreResult<()>;
    fn revoke_device(&mut self, id: &str) -> StoreResult<bool>;
    fn touch_device(&mut self, id: &str) -> StoreResult<()>;
    fn set_last_seq(&mut self, device_id: &str, seq: u64) -> StoreResult<()>;
    /// The device said it holds `scope` up to `version` (a cursor it synced with); a lower
    /// version than the one kept changes nothing.
    fn ack_scope(&mut self, device_id: &str, scope: &str, version: u64) -> StoreResult<()>;
    /// How far each device has said it holds `scope`: (device id, version), by device id.
    fn scope_acks(&mut self, scope: &str) -> StoreResult<Vec<(String, u64)>>;
    fn mutation_outcome(
        &mut self,
        device_id: &str,
        seq: u64,
    ) -> StoreResult<Option<MutationOutcome>>;
    fn record_outcome(
        &mut self,
        device_id: &str,
        seq: u64,
        outcome: &MutationOutcome,
    ) -> StoreResult<()>;

    // Enrolment codes.
    fn insert_code(&mut self, code: &EnrolmentCode) -> StoreResult<()>;
    fn code(&mut self, lookup: &str) -> StoreResult<Option<EnrolmentCode>>;
    fn record_code_failure(&mut self, lookup: &str) -> StoreResult<()>;
    fn mark_code_used(&mut self, lookup: &str) -> StoreResult<()>;

    // Bydeler and caseworkers.
    fn insert_bydel(&mut self, id: &str, name: &str) -> StoreResult<()>;
    fn bydel_name(&mut self, id: &str) -> StoreResult<Option<String>>;
    fn insert_caseworker(&mut self, caseworker: &Caseworker) -> StoreResult<()>;
    fn caseworker(&mut self, id: &str) -> StoreResult<Option<Caseworker>>;
    fn caseworker_by_token_hash(&mut self, token_hash: &str) -> StoreResult<Option<Caseworker>>;
    fn caseworker_id_by_email(&mut self, email: &str) -> StoreResult<Option<String>>;
    fn set_caseworker_token(&mut self, id: &str, token_hash: &str) -> StoreResult<()>;

    // The console: passwords, sessions, sign-in failures, bydel settings.
    fn caseworkers_in(&mut self, bydel_id: &str) -> StoreResult<Vec<Caseworker>>;
    fn bydeler(&mut self) -> StoreResult<Vec<(String, String)>>;
    /// Schools (Voksenopplæringen's), city-wide, next to the bydeler.
    fn insert_school(&mut self, id: &str, name: &str) -> StoreResult<()>;
    fn schools(&mut self) -> StoreResult<Vec<(String, String)>>;
    /// The caseworker with this e-mail and their password hash (if they have one).
    fn caseworker_login(
        &mut self,
        email: &str,
    ) -> StoreResult<Option<(Caseworker, Option<String>)>>;
    fn set_password_hash(&mut self, id: &str, hash: &str) -> StoreResult<()>;
    fn insert_session(&mut self, session: &ConsoleSession) -> StoreResult<()>;
    fn session(&mut self, token_hash: &str) -> StoreResult<Option<ConsoleSession>>;
    /// Record a request of the session at `at` (for the idle timeout).
    fn touch_session(&mut self, token_hash: &str, at: DateTime<Utc>) -> StoreResult<()>;
    fn delete_session(&mut self, token_hash: &str) -> StoreResult<()>;
    /// Drop sessions that expired before `now`, or saw no request since `idle_before`.
    fn delete_expired_sessions(&mut self, idle_before: DateTime<Utc>) -> StoreResult<()>;
    fn signin_failures(&mut self, email: &str) -> StoreResult<SigninFailures>;
    fn set_signin_failures(&mut self, email: &str, f: &SigninFailures) -> StoreResult<()>;
    /// Months after programme start without a placement before the console flags it.
    fn placement_months(&mut self, bydel_id: &str) -> StoreResult<Option<u32>>;
    fn set_placement_months(&mut self, bydel_id: &str, months: u32) -> StoreResult<()>;
    /// Devices of every participant in a bydel (for the participant list's flags).
    fn devices_in(&mut self, bydel_id: &str) -> StoreResult<Vec<Device>>;
    /// The newest audit entries whose actor is one of `actors`, below id `before` if given.
    fn audit_entries(
        &mut self,
        actors: &[String],
        before: Option<i64>,
        limit: usize,
    ) -> StoreResult<Vec<AuditEntry>>;
    /// End every console session of a caseworker but `keep` (a session's token hash); returns how
    /// many ended. A new password must end the sessions the old one opened.
    fn delete_sessions_of(&mut self, caseworker_id: &str, keep: Option<&str>)
    -> StoreResult<usize>;

    // Single sign-on (OpenID Connect).
    fn insert_sso_login(&mut self, login: &SsoLogin) -> StoreResult<()>;
    /// Mark the sign-on with this state hash used, and return it if it was unused until now. At
    /// most one of any number of concurrent claims of one state gets it.
    fn claim_sso_login(&mut self, state_hash: &str) -> StoreResult<SsoClaim>;
    /// Forget sign-ons started before `before`, used or not.
    fn delete_sso_logins_before(&mut self, before: DateTime<Utc>) -> StoreResult<usize>;
    /// The caseworker tied to this subject claim of the identity provider.
    fn caseworker_id_by_sso_subject(&mut self, subject: &str) -> StoreResult<Option<String>>;
    /// Tie a caseworker to a subject claim, or untie them (`None`). A subject tied to another
    /// caseworker breaks a unique constraint: check [`Tx::caseworker_id_by_sso_subject`] first.
    fn set_sso_subject(&mut self, caseworker_id: &str, subject: Option<&str>) -> StoreResult<()>;
    fn sso_subject(&mut self, caseworker_id: &str) -> StoreResult<Option<String>>;

    /// Count one attempt of `key` (a kind of request and a client address) in the current window
    /// of `window_secs`, and return the window's count so far. Kept in the database so that every
    /// instance counts the same attempts.
    fn count_attempt(&mut self, key: &str, window_secs: u32) -> StoreResult<u32>;

    /// Store a participant's proposal for a better wording; false when its id is taken.
    fn insert_wording_proposal(&mut self, proposal: &WordingProposal) -> StoreResult<bool>;
    /// The proposals of one bydel, or of every bydel (`None`), oldest first.
    fn wording_proposals(&mut self, bydel_id: Option<&str>) -> StoreResult<Vec<WordingProposal>>;
    /// Forget a participant's proposals (the participant is deleted); returns how many.
    fn delete_wording_proposals_of(&mut self, participant_id: &str) -> StoreResult<usize>;

    // Retention and the participant's rights (domain::retention).
    /// Months a bydel keeps a participant's data after their programme ended, if it chose.
    fn retention_months(&mut self, bydel_id: &str) -> StoreResult<Option<u32>>;
    fn set_retention_months(&mut self, bydel_id: &str, months: u32) -> StoreResult<()>;
    /// A bydel's settings for recognition packs (defaults where it chose none).
    fn pack_settings(&mut self, bydel_id: &str) -> StoreResult<PackSettings>;
    fn set_pack_settings(&mut self, bydel_id: &str, settings: &PackSettings) -> StoreResult<()>;
    /// Delete everything stored about one participant: their rows (tombstones too), devices and
    /// the devices' mutation logs, enrolment codes and wording proposals. The scope's counter
    /// stays, so its versions never repeat. Whatever else is later keyed by a participant (issue
    /// 9's document pages) must be deleted here too, and counted in [`Purged`].
    fn purge_participant(&mut self, participant_id: &str) -> StoreResult<Purged>;
    /// Participants whose profile is a tombstone (deleted through the API) and of whom rows,
    /// devices or codes remain, in one bydel.
    fn deleted_participants(&mut self, bydel_id: &str) -> StoreResult<Vec<String>>;
    /// Keep what the reports need of a deleted participant (opaque JSON, no id), under a random
    /// key.
    fn insert_report_facts(&mut self, key: &str, bydel_id: &str, facts: &str) -> StoreResult<()>;
    /// Every line kept by [`Tx::insert_report_facts`] for a bydel, in no particular order.
    fn report_facts(&mut self, bydel_id: &str) -> StoreResult<Vec<String>>;
    /// A participant's enrolment codes, newest first (for the export: without their secrets).
    fn codes_of(&mut self, participant_id: &str) -> StoreResult<Vec<EnrolmentCode>>;
    /// Every audit entry whose target is one of `targets` (a participant's id, their rows' and
    /// devices' ids), oldest first.
    fn audit_entries_about(&mut self, targets: &[String]) -> StoreResult<Vec<AuditEntry>>;
    /// Delete audit entries from before `before`; returns how many.
    fn prune_audit(&mut self, before: DateTime<Utc>) -> StoreResult<usize>;

    // Bookkeeping.
    fn audit(&mut self, actor: &str, action: &str, target: &str) -> StoreResult<()>;
    fn meta(&mut self, key: &str) -> StoreResult<Option<String>>;
    fn set_meta(&mut self, key: &str, value: &str) -> StoreResult<()>;

    /// A bydel's absence rules (`domain::absence::Rules`, as JSON), if it chose any. Kept in
    /// `meta` under `absence_rules:<bydel>`, so both backends keep them without a table.
    fn absence_rules(&mut self, bydel_id: &str) -> StoreResult<Option<String>> {
        self.meta(&format!("absence_rules:{bydel_id}"))
    }
    fn set_absence_rules(&mut self, bydel_id: &str, json: &str) -> StoreResult<()> {
        self.set_meta(&format!("absence_rules:{bydel_id}"), json)
    }
    /// Weeks into a term before a participant without a three-way meeting is flagged, if the
    /// bydel chose (`meta`, `three_way_weeks:<bydel>`).
    fn three_way_weeks(&mut self, bydel_id: &str) -> StoreResult<Option<u32>> {
        let Some(v) = self.meta(&format!("three_way_weeks:{bydel_id}"))? else {
            return Ok(None);
        };
        v.parse().map(Some).map_err(|_| {
            StoreError::Corrupt(format!("three_way_weeks of {bydel_id} is not a number"))
        })
    }
    fn set_three_way_weeks(&mut self, bydel_id: &str, weeks: u32) -> StoreResult<()> {
        self.set_meta(&format!("three_way_weeks:{bydel_id}"), &weeks.to_string())
    }
}
