//! The embedded SQLite backend: one writer connection (SQLite allows one writer at a time anyway) and
//! a small pool of readers in WAL mode, each used on a blocking thread.

mod migrate;
mod restore;
mod tx;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, TransactionBehavior};

use super::{Notice, Store, StoreError, StoreResult, Tx};
use tx::SqliteTx;

const MAX_IDLE_READERS: usize = 8;

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(
                C::DiskFull
                | C::SystemIoFailure
                | C::CannotOpen
                | C::DatabaseBusy
                | C::DatabaseLocked
                | C::ReadOnly,
            ) => StoreError::Unavailable(e.to_string()),
            _ => StoreError::Backend(Box::new(e)),
        }
    }
}

#[derive(Clone)]
pub struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    history: String,
    synchronous: Synchronous,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
}

impl SqliteStore {
    /// Open (creating if needed) the database at `url` (`sqlite://PATH` or a plain path) and run
    /// the migrations. Migration and its record happen in one transaction (rusqlite_migration).
    pub fn open(url: &str) -> StoreResult<Self> {
        let (path, synchronous) = sqlite_url(url)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Corrupt(format!("cannot create {}: {e}", dir.display()))
            })?;
        }
        let mut writer = connect(&path, synchronous)?;
        migrate::to_latest(&mut writer)?;
        writer.execute(
            "INSERT INTO meta (key, value) VALUES ('history', ?1) ON CONFLICT (key) DO NOTHING",
            [super::new_history()],
        )?;
        let history: String =
            writer.query_row("SELECT value FROM meta WHERE key = 'history'", [], |r| {
                r.get(0)
            })?;
        Ok(SqliteStore {
            inner: Arc::new(Inner {
                path,
                history,
                synchronous,
                writer: Mutex::new(writer),
                readers: Mutex::new(Vec::new()),
            }),
        })
    }

    /// A connection of its own to the database already at `url`, brought to this server's schema
    /// (and given a history) as `open` would; `None` if there is no database file. For
    /// `migrate_data`, which reads every table directly and must not create an empty source.
    pub(crate) fn connect_existing(url: &str) -> StoreResult<Option<Connection>> {
        let (path, synchronous) = sqlite_url(url)?;
        if !path.is_file() {
            return Ok(None);
        }
        drop(SqliteStore::open(url)?);
        connect(&path, synchronous).map(Some)
    }

    /// Let the database grow by no more than `pages` pages from now (`None`: no limit): a full
    /// disk, for tests, without filling one.
    #[cfg(feature = "testing")]
    pub fn limit_growth(&self, pages: Option<u64>) -> StoreResult<()> {
        let conn = self
            .inner
            .writer
            .lock()
            .map_err(|_| StoreError::Task("writer poisoned".into()))?;
        let max = match pages {
            Some(extra) => {
                // Free pages (a migration that built a table again leaves some) would take
                // writes without growing the file: a full disk has none.
                let free: i64 = conn.query_row("PRAGMA freelist_count", [], |r| r.get(0))?;
                if free > 0 {
                    conn.execute_batch("VACUUM")?;
                }
                let now: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
                now.saturating_add(i64::try_from(extra).unwrap_or(i64::MAX))
            }
            None => 1_073_741_823,
        };
        conn.pragma_update(None, "max_page_count", max)?;
        Ok(())
    }

    fn take_reader(&self) -> StoreResult<Connection> {
        let pooled = self
            .inner
            .readers
            .lock()
            .map_err(|_| StoreError::Task("reader pool poisoned".into()))?
            .pop();
        match pooled {
            Some(conn) => Ok(conn),
            None => connect(&self.inner.path, self.inner.synchronous),
        }
    }

    fn give_back(&self, conn: Connection) {
        if let Ok(mut pool) = self.inner.readers.lock()
            && pool.len() < MAX_IDLE_READERS
        {
            pool.push(conn);
        }
    }
}

/// When a commit counts as done. FULL (the default): on disk before the device is told it was
/// applied. NORMAL (the WAL default, `?synchronous=normal`) is faster but can lose the last commits
/// in a power cut after the device has dropped them; devices then send them again (see the client's
/// `recovery`), but a caseworker's change would be lost. `cargo xtask bench sync` measures both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Synchronous {
    Full,
    Normal,
}

/// `sqlite://PATH` or a plain path, with an optional `?synchronous=full|normal`.
fn sqlite_url(url: &str) -> StoreResult<(PathBuf, Synchronous)> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    if rest.is_empty() || url.contains("://") && !url.starts_with("sqlite://") {
        return Err(StoreError::UnsupportedUrl);
    }
    let (path, synchronous) = match rest.split_once('?') {
        None => (rest, Synchronous::Full),
        Some((path, "synchronous=full")) => (path, Synchronous::Full),
        Some((path, "synchronous=normal")) => (path, Synchronous::Normal),
        Some(_) => return Err(StoreError::UnsupportedUrl),
    };
    if path.is_empty() {
        return Err(StoreError::UnsupportedUrl);
    }
    Ok((PathBuf::from(path), synchronous))
}

fn connect(path: &Path, synchronous: Synchronous) -> StoreResult<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    let mode = match synchronous {
        Synchronous::Full => "FULL",
        Synchronous::Normal => "NORMAL",
    };
    conn.pragma_update(None, "synchronous", mode)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(conn)
}

impl Store for SqliteStore {
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
            let mut conn = store.take_reader()?;
            let result = {
                // A deferred transaction gives one consistent snapshot for the whole read.
                let tx = conn
                    .transaction_with_behavior(TransactionBehavior::Deferred)
                    .map_err(StoreError::from)?;
                let mut stx = SqliteTx::new(tx);
                let out = f(&mut stx);
                // Nothing to keep: a read commits nothing.
                drop(stx);
                out
            };
            store.give_back(conn);
            result
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
            let mut conn = store
                .inner
                .writer
                .lock()
                .map_err(|_| StoreError::Task("writer poisoned".into()))?;
            let tx = conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(StoreError::from)?;
            let mut stx = SqliteTx::new(tx);
            let out = f(&mut stx)?;
            let SqliteTx { tx, notices, .. } = stx;
            tx.commit().map_err(StoreError::from)?;
            super::note_available();
            Ok((out, notices.into_vec()))
        });
        task.await
            .map_err(|e| E::from(StoreError::Task(e.to_string())))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synchronous_of(store: &SqliteStore) -> i64 {
        let conn = store.inner.writer.lock().unwrap();
        conn.query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap()
    }

    /// A commit the device hears of is on disk first (2 = FULL), unless the operator chose
    /// otherwise in the URL (1 = NORMAL).
    #[test]
    fn commits_are_durable_before_they_are_confirmed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.sqlite");
        let store = SqliteStore::open(&format!("sqlite://{}", path.display())).unwrap();
        assert_eq!(synchronous_of(&store), 2);
        let reader = store.take_reader().unwrap();
        let mode: i64 = reader
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, 2);
        let path = dir.path().join("b.sqlite");
        let fast =
            SqliteStore::open(&format!("sqlite://{}?synchronous=normal", path.display())).unwrap();
        assert_eq!(synchronous_of(&fast), 1);
        assert!(matches!(
            SqliteStore::open(&format!("sqlite://{}?synchronous=off", path.display())),
            Err(StoreError::UnsupportedUrl)
        ));
    }
}
