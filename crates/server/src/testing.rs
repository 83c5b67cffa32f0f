//! Test support (feature `testing`): the real server on a loopback port over a temporary SQLite
//! file, and helpers to create bydeler, caseworkers and participants directly in the store.

use std::net::SocketAddr;

use chrono::NaiveDate;
use veikart_protocol::{Profile, Row};

use crate::app::{App, HttpConfig};
use crate::domain::placement::{Home, placement};
use crate::domain::{enrolment, tokens};
use crate::store::sqlite::SqliteStore;
use crate::store::{Caseworker, Role, Store, Tx};

pub struct TestServer {
    pub addr: SocketAddr,
    /// The database's URL, for a second process (the `veikart-server` CLI) to open.
    pub database_url: String,
    pub store: SqliteStore,
    pub app: App<SqliteStore>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    /// The temporary folder of a server that owns its database; removed when the server goes.
    dir: Option<tempfile::TempDir>,
}

impl TestServer {
    pub async fn start(config: HttpConfig) -> std::io::Result<TestServer> {
        let dir = tempfile::tempdir()?;
        let mut server = Self::start_at(&dir.path().join("server.sqlite"), config).await?;
        server.dir = Some(dir);
        Ok(server)
    }

    /// A server restored from the backup at `backup` the way an operator restores one
    /// (`veikart-server restore`: a new history), in a temporary folder of its own.
    pub async fn start_restored(
        backup: &std::path::Path,
        config: HttpConfig,
    ) -> std::io::Result<TestServer> {
        let dir = tempfile::tempdir()?;
        let url = format!("sqlite://{}", dir.path().join("server.sqlite").display());
        let path = SqliteStore::restore(backup, &url).map_err(std::io::Error::other)?;
        let mut server = Self::start_at(&path, config).await?;
        server.dir = Some(dir);
        Ok(server)
    }

    /// The server over the SQLite database at `path` (a restored backup, a copy of what a disk
    /// held when the power went), which the caller keeps.
    pub async fn start_at(
        path: &std::path::Path,
        config: HttpConfig,
    ) -> std::io::Result<TestServer> {
        Self::start_url(&format!("sqlite://{}", path.display()), config).await
    }

    /// The server over the database at `url`, which the caller keeps.
    pub async fn start_url(url: &str, config: HttpConfig) -> std::io::Result<TestServer> {
        let url = url.to_owned();
        let store = SqliteStore::open(&url).map_err(std::io::Error::other)?;
        let app = App::new(store.clone(), config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(crate::serve(listener, app.clone(), async move {
            let _ = rx.await;
        }));
        Ok(TestServer {
            addr,
            database_url: url,
            store,
            app,
            shutdown: Some(tx),
            task: Some(task),
            dir: None,
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stop gracefully and wait until the server has finished.
    pub async fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    /// A bydel with one caseworker of the given role; returns the caseworker and its API token.
    pub async fn bydel_with_caseworker(&self, bydel: &str, role: Role) -> (Caseworker, String) {
        let token = tokens::new_token();
        let hash = tokens::hash(&token);
        let cw = Caseworker {
            id: format!("cw-{bydel}-{}", role.as_str()),
            bydel_id: bydel.to_owned(),
            name: format!("Saksbehandler {bydel}"),
            email: format!("{}@{bydel}.test", role.as_str()),
            role,
        };
        let c = cw.clone();
        let b = bydel.to_owned();
        self.store
            .write(move |tx: &mut dyn Tx| {
                tx.insert_bydel(&b, &b)?;
                tx.insert_caseworker(&c)?;
                tx.set_caseworker_token(&c.id, &hash)?;
                Ok::<_, crate::store::StoreError>(())
            })
            .await
            .map(|_| ())
            .unwrap_or_else(|e| panic!("cannot create caseworker: {e}"));
        (cw, token)
    }

    /// Give a caseworker a console password (argon2id, as `add-caseworker` does).
    pub async fn set_password(&self, caseworker_id: &str, password: &str) {
        let hash =
            crate::console::password::hash(password).unwrap_or_else(|e| panic!("cannot hash: {e}"));
        let id = caseworker_id.to_owned();
        self.store
            .write(move |tx: &mut dyn Tx| tx.set_password_hash(&id, &hash))
            .await
            .map(|_| ())
            .unwrap_or_else(|e| panic!("cannot set password: {e}"));
    }

    /// A participant in `bydel`, written straight to the store.
    pub async fn participant(&self, bydel: &str, id: &str, name: &str) {
        let profile = Profile {
            bydel_id: bydel.to_owned(),
            bydel_name: bydel.to_owned(),
            recognition_relevant: true,
            ..Profile::new(
                id,
                name,
                NaiveDate::from_ymd_opt(2026, 6, 8).unwrap_or_default(),
            )
        };
        self.put(
            Home::Participant {
                id: id.into(),
                bydel_id: bydel.into(),
            },
            Row::Profile(profile),
        )
        .await;
    }

    /// Write a row straight to the store, in `home`.
    pub async fn put(&self, home: Home, row: Row) {
        self.store
            .write(move |tx: &mut dyn Tx| {
                tx.put_row(&placement(&row, &home), &row, "test")?;
                Ok::<_, crate::store::StoreError>(())
            })
            .await
            .map(|_| ())
            .unwrap_or_else(|e| panic!("cannot write row: {e}"));
    }

    /// A fresh enrolment code for a participant.
    pub async fn code(&self, participant_id: &str, bydel: &str) -> String {
        let (p, b) = (participant_id.to_owned(), bydel.to_owned());
        self.app
            .write(move |tx| enrolment::issue_code(tx, &p, &b, "test"))
            .await
            .map(|c| c.code)
            .unwrap_or_else(|e| panic!("cannot issue code: {e}"))
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}
