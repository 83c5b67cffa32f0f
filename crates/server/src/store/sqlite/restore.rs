//! Online backup and restore of the database file (`veikart-server backup --to FILE` while the
//! server runs, `veikart-server restore --from FILE` with it stopped).
//!
//! Why restore is a command of its own and not a file copy: a restored database that keeps the old
//! history makes devices trust cursors the restore made wrong, and they then silently skip rows. So
//! the only way to put a backup in place is the one that gives it a new history.

use std::path::{Path, PathBuf};

use chrono::Utc;

use super::{SqliteStore, connect, sqlite_url};
use crate::store::{StoreError, StoreResult};

impl SqliteStore {
    /// Put the backup at `backup` in place as the database at `url`, under a new history (devices
    /// then fetch their scopes anew instead of trusting cursors the restore made wrong). A database
    /// already there is kept beside it as `….before-restore-TIME`. Run it with the server stopped.
    pub fn restore(backup: &Path, url: &str) -> StoreResult<PathBuf> {
        let (target, synchronous) = sqlite_url(url)?;
        let io = |what: &str, e: std::io::Error| StoreError::Corrupt(format!("{what}: {e}"));
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| io("cannot create the folder", e))?;
        }
        let stamp = Utc::now().format("%Y%m%dT%H%M%S");
        for suffix in ["", "-wal", "-shm"] {
            let mut from = target.clone().into_os_string();
            from.push(suffix);
            let from = PathBuf::from(from);
            if from.exists() {
                let mut aside = from.clone().into_os_string();
                aside.push(format!(".before-restore-{stamp}"));
                std::fs::rename(&from, aside)
                    .map_err(|e| io("cannot move the old database aside", e))?;
            }
        }
        std::fs::copy(backup, &target).map_err(|e| io("cannot copy the backup", e))?;
        let conn = connect(&target, synchronous)?;
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('history', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [crate::store::new_history()],
        )?;
        Ok(target)
    }

    /// Write a consistent copy of the database to `path` while the server runs (`VACUUM INTO`
    /// reads one snapshot; writers go on meanwhile). The copy is a complete database file.
    pub async fn backup_to(&self, path: &Path) -> StoreResult<()> {
        if path.exists() {
            return Err(StoreError::Corrupt(format!(
                "{} exists already; a backup never overwrites",
                path.display()
            )));
        }
        let target = path
            .to_str()
            .ok_or_else(|| StoreError::Corrupt("the backup path is not UTF-8".into()))?
            .to_owned();
        let store = self.clone();
        tokio::task::spawn_blocking(move || -> StoreResult<()> {
            let conn = store.take_reader()?;
            conn.execute("VACUUM INTO ?1", [&target])?;
            store.give_back(conn);
            Ok(())
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
    }
}
