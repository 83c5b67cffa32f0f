//! Restoring a PostgreSQL database from a `pg_dump --format=custom` backup, under a new history
//! (`veikart-server restore --from DUMP --database postgres://…`).
//!
//! Why one command that runs pg_restore and renews the history, not pg_restore followed by a
//! separate "new history" step: a restored database that keeps the old history makes devices trust
//! cursors the restore made wrong, and they then silently skip rows. That mistake must not be
//! possible to make by forgetting a step, and the two must not be separable by a crash either.
//! So pg_restore writes its script (`--file=-`) into psql, inside one transaction that ends with
//! the new history: the database gets the backup and a new history together, or nothing. (The
//! same reasoning made `veikart-server restore` on SQLite the only way to restore there.)
//! [`renew_history`] is for restores made by other means (a disk snapshot, point-in-time
//! recovery), with the server stopped.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};

use postgres::NoTls;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("cannot read the backup {path}: {source}")]
    Dump {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the database is not empty (it has tables); restore into a new, empty database \
         (createdb NAME), so that nothing of the backup is mixed with what is there"
    )]
    NotEmpty,
    #[error("pg_restore option {0} is set by veikart-server restore itself")]
    Option(String),
    #[error(
        "cannot run {tool} ({source}); install PostgreSQL's client programs (postgresql-client)"
    )]
    Tool {
        tool: &'static str,
        source: std::io::Error,
    },
    #[error("{tool} failed ({status}); nothing was restored")]
    Failed {
        tool: &'static str,
        status: ExitStatus,
    },
    #[error("the restore did not keep its new history; do not start the server on this database")]
    NotRenewed,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] postgres::Error),
}

/// pg_restore options that would take the output away from psql or split the transaction.
const OWN_OPTIONS: &[&str] = &[
    "-d",
    "--dbname",
    "-f",
    "--file",
    "-1",
    "--single-transaction",
];

/// Restore the custom-format dump at `dump` into the empty database at `url` and give it a new
/// history, in one transaction. `pg_restore_args` go to pg_restore as they are (`--no-owner`, …).
/// Returns the new history. Blocks; run the server only after it returned.
pub fn restore(dump: &Path, url: &str, pg_restore_args: &[String]) -> Result<String, RestoreError> {
    if let Some(own) = pg_restore_args.iter().find(|a| {
        OWN_OPTIONS
            .iter()
            .any(|o| a.as_str() == *o || a.starts_with(&format!("{o}=")))
    }) {
        return Err(RestoreError::Option(own.clone()));
    }
    std::fs::File::open(dump).map_err(|source| RestoreError::Dump {
        path: dump.to_owned(),
        source,
    })?;
    let config: postgres::Config = url.parse().map_err(|_| StoreError::UnsupportedUrl)?;
    let mut client = config.connect(NoTls)?;
    let has_tables: bool = client
        .query_one(
            "SELECT EXISTS (
                 SELECT 1 FROM pg_catalog.pg_class c
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                   AND n.nspname NOT LIKE 'pg\\_toast%')",
            &[],
        )?
        .try_get(0)?;
    if has_tables {
        return Err(RestoreError::NotEmpty);
    }
    drop(client);

    let history = crate::store::new_history();
    pipe_into_psql(dump, url, &config, pg_restore_args, &history)?;

    let mut client = config.connect(NoTls)?;
    let kept: Option<String> = client
        .query_opt("SELECT value FROM meta WHERE key = 'history'", &[])?
        .map(|r| r.try_get(0))
        .transpose()?;
    if kept.as_deref() != Some(history.as_str()) {
        return Err(RestoreError::NotRenewed);
    }
    tracing::info!(history, "restored under a new history");
    Ok(history)
}

fn pipe_into_psql(
    dump: &Path,
    url: &str,
    config: &postgres::Config,
    pg_restore_args: &[String],
    history: &str,
) -> Result<(), RestoreError> {
    let mut psql = Command::new("psql");
    // Terse errors: the default detail and context would quote the rows' contents.
    psql.args([
        "--no-psqlrc",
        "--quiet",
        "--set=ON_ERROR_STOP=1",
        "--set=VERBOSITY=terse",
        "--file=-",
    ]);
    // A password goes by the environment, not the command line, which every user can list.
    match (config.get_password(), without_password(url)) {
        (Some(password), Some(url)) => {
            psql.arg(format!("--dbname={url}"))
                .env("PGPASSWORD", String::from_utf8_lossy(password).as_ref());
        }
        _ => {
            psql.arg(format!("--dbname={url}"));
        }
    }
    let mut psql = psql
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .map_err(|source| RestoreError::Tool {
            tool: "psql",
            source,
        })?;
    let mut restore = match Command::new("pg_restore")
        .arg("--file=-")
        .args(pg_restore_args)
        .arg(dump)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(source) => {
            let _ = psql.kill();
            let _ = psql.wait();
            return Err(RestoreError::Tool {
                tool: "pg_restore",
                source,
            });
        }
    };
    let (Some(mut into), Some(mut script)) = (psql.stdin.take(), restore.stdout.take()) else {
        let _ = (psql.kill(), restore.kill(), psql.wait(), restore.wait());
        return Err(RestoreError::Tool {
            tool: "psql",
            source: std::io::Error::other("no pipe"),
        });
    };
    // psql stops at the first error (ON_ERROR_STOP), and an unfinished transaction is rolled back
    // when it disconnects: COMMIT is sent only after pg_restore finished well.
    let piped = into
        .write_all(b"BEGIN;\n")
        .and_then(|()| std::io::copy(&mut script, &mut into).map(|_| ()));
    if piped.is_err() {
        // psql stopped reading: it failed, and its status says so below.
        let _ = restore.kill();
    }
    drop(script);
    let restored = restore.wait().map_err(|source| RestoreError::Tool {
        tool: "pg_restore",
        source,
    })?;
    if piped.is_ok() && restored.success() {
        // pg_restore's script empties search_path; the server's default applies to its tables.
        let finish = format!(
            "RESET search_path;\n\
             INSERT INTO meta (key, value) VALUES ('history', '{history}')\n\
                 ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;\n\
             COMMIT;\n"
        );
        // A failure here is psql's, and its status says so below.
        let _ = into.write_all(finish.as_bytes());
    }
    drop(into);
    let applied = psql.wait().map_err(|source| RestoreError::Tool {
        tool: "psql",
        source,
    })?;
    if !restored.success() {
        return Err(RestoreError::Failed {
            tool: "pg_restore",
            status: restored,
        });
    }
    if !applied.success() {
        return Err(RestoreError::Failed {
            tool: "psql",
            status: applied,
        });
    }
    Ok(())
}

/// `postgres://user:password@host/…` without `:password`; `None` for a URL without one.
fn without_password(url: &str) -> Option<String> {
    let scheme = url.find("://")? + 3;
    let at = scheme + url[scheme..].find('@')?;
    let colon = scheme + url[scheme..at].find(':')?;
    Some(format!("{}{}", &url[..colon], &url[at..]))
}

/// Give the PostgreSQL database at `url` a new history, after it was restored by other means
/// than [`restore`] (a disk snapshot, point-in-time recovery). Run it with every server on the
/// database stopped: a running server keeps the history it read at start. Returns the new history.
pub fn renew_history(url: &str) -> Result<String, RestoreError> {
    let config: postgres::Config = url.parse().map_err(|_| StoreError::UnsupportedUrl)?;
    let mut client = config.connect(NoTls)?;
    super::migrate::to_latest(&mut client)?;
    let history = crate::store::new_history();
    client.execute(
        "INSERT INTO meta (key, value) VALUES ('history', $1)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        &[&history],
    )?;
    tracing::info!(history, "new history");
    Ok(history)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_password_is_taken_out_of_the_url() {
        assert_eq!(
            super::without_password("postgres://veikart:s3cret@db.example:5432/veikart").as_deref(),
            Some("postgres://veikart@db.example:5432/veikart")
        );
        assert_eq!(
            super::without_password("postgres://postgres@127.0.0.1/x"),
            None
        );
        assert_eq!(super::without_password("postgresql://h/x"), None);
    }
}
