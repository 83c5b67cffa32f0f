//! The PostgreSQL backend: a pool of synchronous `postgres` connections, each used on a blocking
//! thread for one transaction, like the SQLite backend's connections.
//!
//! Isolation, and why a cursor never skips a row here (docs/architecture.md, "Scopes"):
//! - A read runs in one REPEATABLE READ READ ONLY transaction: every statement sees one snapshot, so
//!   a scope's rows and its counter agree. Read-only snapshots never fail to serialise.
//! - A write runs in REPEATABLE READ too. Every row write bumps its scope's counter row with
//!   `INSERT … ON CONFLICT DO UPDATE … RETURNING`, which holds that row's lock to commit: writers of
//!   one scope queue on it and commit in version order. A writer whose snapshot predates another's
//!   commit to the same scope (or to any row it updates) fails with a serialization failure instead
//!   of writing over what it did not see; the whole transaction is then run again (`write` clones
//!   the closure for that). So the read-after-apply part of a sync sees its own writes and one
//!   snapshot of everything else: rows and counters of every scope agree, as in a read.
//!   READ COMMITTED would let a caseworker's commit fall between the changes and the counter.
//!   SERIALIZABLE would also catch write skew across scopes, at the price of more retries; every
//!   rule the domain checks reads the scope it writes, whose counter row is then the conflict.

mod listen;
pub(crate) mod migrate;
pub mod restore;
mod tx;

use std::sync::Arc;
use std::time::Duration;

use postgres::error::SqlState;
use postgres::{IsolationLevel, NoTls};
use r2d2_postgres::PostgresConnectionManager;
use r2d2_postgres::r2d2;

use super::{Feed, Notice, Store, StoreError, StoreResult, Tx};
use tx::{Mode, PgTx};

type Pool = r2d2::Pool<PostgresConnectionManager<NoTls>>;
type Conn = r2d2::PooledConnection<PostgresConnectionManager<NoTls>>;

/// Connections per instance. A transaction holds one for its whole length on a blocking thread,
/// so more than tokio's blocking threads would only wait; PostgreSQL's default allows 100 in all.
const POOL_SIZE: u32 = 16;

/// How often a write that lost a serialization race is run again before the request gets 503.
const MAX_ATTEMPTS: u32 = 30;

#[derive(Clone)]
pub struct PgStore {
    inner: Arc<Inner>,
}

struct Inner {
    /// Always `Some` but while dropping.
    pool: Option<Pool>,
    history: String,
    /// For the notification listener's own connection.
    config: postgres::Config,
    /// A random name for this process, so it can pass over its own notifications: it has already
    /// handled them when its write returned.
    instance: String,
}

/// The `application_name` of the notification listener's connection.
pub const LISTENER_NAME: &str = "veikart-notices";

/// The channel every write's notices go out on (`LISTEN`/`NOTIFY`, per database).
const NOTICE_CHANNEL: &str = "veikart_notices";

impl Drop for Inner {
    fn drop(&mut self) {
        // Closing a connection blocks on the client's own small runtime, which panics on an async
        // worker thread, where the last clone of a store is often dropped.
        if let Some(pool) = self.pool.take() {
            let _ = std::thread::spawn(move || drop(pool)).join();
        }
    }
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password: it is never printed.
        f.debug_struct("PgStore")
            .field("history", &self.inner.history)
            .finish_non_exhaustive()
    }
}

impl PgStore {
    /// Connect to `url` (`postgres://…`), apply the migrations and read the history. Blocks, so
    /// it runs on a blocking thread.
    pub async fn open(url: &str) -> StoreResult<Self> {
        let url = url.to_owned();
        tokio::task::spawn_blocking(move || Self::open_blocking(&url))
            .await
            .map_err(|e| StoreError::Task(e.to_string()))?
    }

    fn open_blocking(url: &str) -> StoreResult<Self> {
        let config: postgres::Config = url.parse().map_err(|_| StoreError::UnsupportedUrl)?;
        let manager = PostgresConnectionManager::new(config.clone(), NoTls);
        let pool = r2d2::Pool::builder()
            .max_size(POOL_SIZE)
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(5))
            .build(manager)
            .map_err(pool_err)?;
        let mut conn = pool.get().map_err(pool_err)?;
        migrate::to_latest(&mut conn)?;
        let history = {
            let mut tx = conn.transaction().map_err(pg_err)?;
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('history', $1) ON CONFLICT (key) DO NOTHING",
                &[&super::new_history()],
            )
            .map_err(pg_err)?;
            let row = tx
                .query_one("SELECT value FROM meta WHERE key = 'history'", &[])
                .map_err(pg_err)?;
            let history: String = row.try_get(0).map_err(pg_err)?;
            tx.commit().map_err(pg_err)?;
            history
        };
        Ok(PgStore {
            inner: Arc::new(Inner {
                pool: Some(pool),
                history,
                config,
                instance: super::new_history(),
            }),
        })
    }

    fn conn(&self) -> StoreResult<Conn> {
        let pool = self
            .inner
            .pool
            .as_ref()
            .ok_or_else(|| StoreError::Task("closed".into()))?;
        pool.get().map_err(pool_err)
    }
}

impl Store for PgStore {
    fn history(&self) -> &str {
        &self.inner.history
    }

    async fn read<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<T, E> + Send + 'static,
    {
        let store = self.clone();
        let task = tokio::task::spawn_blocking(move || -> Result<T, E> {
            let mut conn = store.conn()?;
            let tx = conn
                .build_transaction()
                .isolation_level(IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()
                .map_err(pg_err)?;
            let mut ptx = PgTx::new(tx, Mode::Read);
            // Nothing to keep: dropping the transaction rolls it back.
            f(&mut ptx)
        });
        task.await
            .map_err(|e| E::from(StoreError::Task(e.to_string())))?
    }

    async fn write<T, E, F>(&self, f: F) -> Result<(T, Vec<Notice>), E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<T, E> + Clone + Send + 'static,
    {
        let store = self.clone();
        let task = tokio::task::spawn_blocking(move || -> Result<(T, Vec<Notice>), E> {
            let mut attempt = 0;
            loop {
                attempt += 1;
                let mut conn = store.conn()?;
                let tx = conn
                    .build_transaction()
                    .isolation_level(IsolationLevel::RepeatableRead)
                    .start()
                    .map_err(pg_err)?;
                let mut ptx = PgTx::new(tx, Mode::Write);
                let out = (f.clone())(&mut ptx);
                let lost_race = ptx.lost_race();
                let again = attempt < MAX_ATTEMPTS;
                match out {
                    Ok(_) if lost_race && again => {}
                    Ok(_) if lost_race => {
                        return Err(E::from(StoreError::Unavailable(
                            "a write lost its serialization race too often".into(),
                        )));
                    }
                    Ok(_) if ptx.failed() => {
                        return Err(E::from(StoreError::Backend(
                            "a statement failed inside the write and was passed over".into(),
                        )));
                    }
                    Ok(value) => {
                        let (tx, notices) = ptx.finish(&store.inner.instance)?;
                        match tx.commit() {
                            Ok(()) => {
                                super::note_available();
                                return Ok((value, notices));
                            }
                            Err(e) if is_race(&e) && again => {}
                            Err(e) => return Err(E::from(pg_err(e))),
                        }
                    }
                    // The closure may have turned the failure into its own error type (or passed
                    // over it); the flag says it began as a lost race, and nothing of it is kept.
                    Err(_) if lost_race && again => {}
                    Err(e) => return Err(e),
                }
                tracing::debug!(attempt, "write lost a serialization race; running it again");
                // Random, growing waits, so the racers do not meet again in step.
                let ms = rand::random_range(0..=u64::from(attempt.min(10)) * 2);
                std::thread::sleep(Duration::from_millis(ms));
            }
        });
        task.await
            .map_err(|e| E::from(StoreError::Task(e.to_string())))?
    }

    fn pool_state(&self) -> Option<super::PoolState> {
        let state = self.inner.pool.as_ref()?.state();
        Some(super::PoolState {
            connections: state.connections,
            idle: state.idle_connections,
        })
    }

    fn follow_others(
        &self,
        sink: Box<dyn FnMut(Feed) -> std::ops::ControlFlow<()> + Send>,
    ) -> bool {
        let mut config = self.inner.config.clone();
        // Named, so that an operator (and a test) can tell it from the pool's connections.
        config.application_name(LISTENER_NAME);
        let instance = self.inner.instance.clone();
        let spawned = std::thread::Builder::new()
            .name("veikart-notices".into())
            .spawn(move || {
                let _ = listen::run(&config, &instance, sink);
            });
        if let Err(e) = spawned {
            tracing::error!(error = %e, "could not start the notification listener");
        }
        true
    }
}

/// A serialization failure or deadlock: the transaction did nothing and may simply run again.
fn is_race(e: &postgres::Error) -> bool {
    matches!(
        e.code(),
        Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED
    )
}

/// Map a driver error: what a later attempt may get past (no connection, a full disk, the server
/// shutting down, a race lost too often) is `Unavailable` and answers 503.
fn pg_err(e: postgres::Error) -> StoreError {
    let unavailable = e.is_closed()
        || is_race(&e)
        || match e.code() {
            Some(code) => {
                let c = code.code();
                // 08: connection exception; 53: insufficient resources (53100 disk_full, 53200
                // out of memory, 53300 too many connections); 58: system error (58030 io_error);
                // 57P01-03: the server is shutting down or starting.
                c.starts_with("08")
                    || c.starts_with("53")
                    || c.starts_with("58")
                    || matches!(c, "57P01" | "57P02" | "57P03")
            }
            None => std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>()),
        };
    if unavailable {
        StoreError::Unavailable(e.to_string())
    } else {
        StoreError::Backend(Box::new(e))
    }
}

/// The pool found no connection in time: the database is down or every connection is busy.
fn pool_err(e: r2d2::Error) -> StoreError {
    StoreError::Unavailable(format!("no database connection: {e}"))
}
