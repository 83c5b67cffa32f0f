//! Test support (feature `testing`): the real server on a loopback port over a temporary database
//! of either backend, and helpers to create bydeler, caseworkers and participants directly in the
//! store.
//!
//! PostgreSQL tests use the server at `VEIKART_TEST_POSTGRES` (default
//! `postgres://postgres@127.0.0.1:5432/test`, trust auth), where each test creates a database of its
//! own and drops it when done, also when it fails. An unreachable server fails the test with a clear
//! message, unless `VEIKART_SKIP_POSTGRES=1` is set, which skips it.

pub mod console;
pub mod today;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};

use chrono::NaiveDate;
use veikart_protocol::{Profile, Row};

use crate::app::{App, HttpConfig};
use crate::domain::placement::{Home, placement};
use crate::domain::{enrolment, tokens};
use crate::store::postgres::PgStore;
use crate::store::sqlite::SqliteStore;
use crate::store::{Caseworker, Role, Store, Tx};

/// The server at which PostgreSQL tests make their databases.
pub fn postgres_admin_url() -> String {
    std::env::var("VEIKART_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

/// Whether this PostgreSQL test is to be skipped: only when PostgreSQL cannot be reached *and*
/// `VEIKART_SKIP_POSTGRES=1` says that is expected. Otherwise an unreachable server fails the test.
pub fn skip_postgres() -> bool {
    if std::env::var("VEIKART_SKIP_POSTGRES").as_deref() != Ok("1") {
        return false;
    }
    let url = postgres_admin_url();
    // The blocking client runs its own runtime: it must be made *and dropped* off the test's.
    let reachable =
        std::thread::spawn(move || postgres::Client::connect(&url, postgres::NoTls).is_ok())
            .join()
            .unwrap_or(false);
    if !reachable {
        eprintln!("skipped: PostgreSQL is not reachable and VEIKART_SKIP_POSTGRES=1");
    }
    !reachable
}

/// A database of its own for one test; dropped (`WITH (FORCE)`, ending the pool's connections) when
/// this goes, whether the test passed or panicked.
pub struct PgTestDatabase {
    admin_url: String,
    name: String,
    /// The URL of the new database.
    pub url: String,
}

impl PgTestDatabase {
    pub fn create() -> std::io::Result<PgTestDatabase> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let admin_url = postgres_admin_url();
        let name = format!(
            "veikart_test_{}_{}_{:08x}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            rand::random::<u32>()
        );
        let config: postgres::Config = admin_url
            .parse()
            .map_err(|e| std::io::Error::other(format!("VEIKART_TEST_POSTGRES: {e}")))?;
        let url = database_url(&admin_url, &name);
        let sql = format!("CREATE DATABASE {name}");
        // The sync client runs its own runtime, which must not start inside the test's.
        run_admin(config, sql).map_err(|e| {
            std::io::Error::other(format!(
                "PostgreSQL tests need a server at {admin_url} (set VEIKART_TEST_POSTGRES, or VEIKART_SKIP_POSTGRES=1 to skip them where there is none): {e}"
            ))
        })?;
        Ok(PgTestDatabase {
            admin_url,
            name,
            url,
        })
    }
}

impl Drop for PgTestDatabase {
    fn drop(&mut self) {
        let Ok(config) = self.admin_url.parse::<postgres::Config>() else {
            return;
        };
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        if let Err(e) = run_admin(config, sql) {
            eprintln!("cannot drop the test database {}: {e}", self.name);
        }
    }
}

impl PgTestDatabase {
    /// The database's name, for SQL run as the admin (`ALTER DATABASE …`).
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Run `sql` on the admin database of the PostgreSQL test server (blocks: call it from a blocking
/// thread or outside a runtime's worker).
pub fn postgres_admin(sql: &str) -> Result<(), String> {
    let config: postgres::Config = postgres_admin_url().parse().map_err(|e| format!("{e}"))?;
    run_admin(config, sql.to_owned())
}

fn run_admin(config: postgres::Config, sql: String) -> Result<(), String> {
    std::thread::spawn(move || -> Result<(), String> {
        let mut client = config.connect(postgres::NoTls).map_err(|e| e.to_string())?;
        client.batch_execute(&sql).map_err(|e| e.to_string())
    })
    .join()
    .map_err(|_| "the admin connection's thread panicked".to_owned())?
}

/// `admin_url` with its database replaced by `name`.
fn database_url(admin_url: &str, name: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (admin_url, String::new()),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let base = match base[after_scheme..].find('/') {
        Some(slash) => &base[..after_scheme + slash],
        None => base,
    };
    format!("{base}/{name}{query}")
}

/// What keeps a test's database alive: removed when dropped.
pub enum TestDatabase {
    Sqlite(tempfile::TempDir),
    Postgres(PgTestDatabase),
}

/// A backend that tests can make fresh, empty databases of.
pub trait TestStore: Store + Sized {
    /// The name tests print for this backend.
    const NAME: &'static str;

    /// Whether tests of this backend are skipped here (see [`skip_postgres`]).
    fn skipped() -> bool {
        false
    }

    /// A fresh database, its URL, and what removes it.
    fn fresh() -> impl Future<Output = std::io::Result<(Self, String, TestDatabase)>> + Send;

    /// Open the database at `url` again, as a restarted server does.
    fn reopen(url: &str) -> impl Future<Output = std::io::Result<Self>> + Send;
}

impl TestStore for SqliteStore {
    const NAME: &'static str = "sqlite";

    async fn fresh() -> std::io::Result<(Self, String, TestDatabase)> {
        let dir = tempfile::tempdir()?;
        let url = format!("sqlite://{}", dir.path().join("server.sqlite").display());
        let store = SqliteStore::open(&url).map_err(std::io::Error::other)?;
        Ok((store, url, TestDatabase::Sqlite(dir)))
    }

    async fn reopen(url: &str) -> std::io::Result<Self> {
        SqliteStore::open(url).map_err(std::io::Error::other)
    }
}

impl TestStore for PgStore {
    const NAME: &'static str = "postgres";

    fn skipped() -> bool {
        skip_postgres()
    }

    async fn fresh() -> std::io::Result<(Self, String, TestDatabase)> {
        let db = tokio::task::spawn_blocking(PgTestDatabase::create)
            .await
            .map_err(std::io::Error::other)??;
        let store = PgStore::open(&db.url)
            .await
            .map_err(std::io::Error::other)?;
        let url = db.url.clone();
        Ok((store, url, TestDatabase::Postgres(db)))
    }

    async fn reopen(url: &str) -> std::io::Result<Self> {
        PgStore::open(url).await.map_err(std::io::Error::other)
    }
}

/// One `#[tokio::test]` per backend for each generic test function named: `on_both_backends!(a, b)`
/// makes `sqlite::a`, `postgres::a`, `sqlite::b`, `postgres::b`, each calling `a::<Backend>()`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    super::$name::<$crate::SqliteStore>().await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    if <$crate::PgStore as $crate::testing::TestStore>::skipped() {
                        return;
                    }
                    super::$name::<$crate::PgStore>().await
                }
            )*
        }
    };
}

pub struct TestServer<S: Store = SqliteStore> {
    pub addr: SocketAddr,
    /// The database's URL, for a second process (the `veikart-server` CLI) to open.
    pub database_url: String,
    pub store: S,
    pub app: App<S>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    /// The pages directory the server was given when its config named none (removed with it).
    pub pages_dir: Option<std::path::PathBuf>,
    _pages: Option<tempfile::TempDir>,
    /// The database of a server that owns it; removed when the server goes (declared last, so
    /// dropped after the store).
    db: Option<TestDatabase>,
}

impl<S: TestStore> TestServer<S> {
    /// A server over a fresh database of backend `S`, removed when the server goes.
    pub async fn fresh(config: HttpConfig) -> std::io::Result<TestServer<S>> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        Self::fresh_on(listener, config).await
    }

    /// [`TestServer::fresh`] on a listener the test bound beforehand.
    pub async fn fresh_on(
        listener: tokio::net::TcpListener,
        config: HttpConfig,
    ) -> std::io::Result<TestServer<S>> {
        let (store, url, db) = S::fresh().await?;
        let mut server = Self::serve_on(listener, store, url, config).await?;
        server.db = Some(db);
        Ok(server)
    }

    /// Another instance of this server on the same database, as behind a load balancer (the
    /// database goes with the first; drop this one before it).
    pub async fn another_instance(&self, config: HttpConfig) -> std::io::Result<TestServer<S>> {
        let store = S::reopen(&self.database_url).await?;
        Self::serve(store, self.database_url.clone(), config).await
    }
}

impl<S: Store> TestServer<S> {
    /// Serve `store` (whose URL is `url`) on a loopback port.
    pub async fn serve(
        store: S,
        url: String,
        config: HttpConfig,
    ) -> std::io::Result<TestServer<S>> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        Self::serve_on(listener, store, url, config).await
    }

    /// Serve `store` on a listener the test bound beforehand (its address goes into the config:
    /// the public URL for single sign-on).
    pub async fn serve_on(
        listener: tokio::net::TcpListener,
        store: S,
        url: String,
        mut config: HttpConfig,
    ) -> std::io::Result<TestServer<S>> {
        // Every test server keeps document pages, in a temporary directory unless told where.
        let pages = match &config.pages_dir {
            Some(_) => None,
            None => {
                let dir = tempfile::tempdir()?;
                config.pages_dir = Some(dir.path().join("pages"));
                Some(dir)
            }
        };
        let pages_dir = config.pages_dir.clone();
        let app = App::new(store.clone(), config);
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
            pages_dir,
            _pages: pages,
            db: None,
        })
    }
}

impl TestServer<SqliteStore> {
    /// A server over a fresh SQLite database.
    pub async fn start(config: HttpConfig) -> std::io::Result<TestServer> {
        Self::fresh(config).await
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
        server.db = Some(TestDatabase::Sqlite(dir));
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
        let store = SqliteStore::open(url).map_err(std::io::Error::other)?;
        Self::serve(store, url.to_owned(), config).await
    }
}

impl<S: Store> TestServer<S> {
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
            school_id: None,
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

    /// A teacher of `school` (created if need be) with the console password `password`; the
    /// account is kept in `bydel` (created if need be), as a teacher's account is kept somewhere.
    pub async fn teacher(&self, school: &str, id: &str, bydel: &str, password: &str) -> Caseworker {
        let cw = Caseworker {
            id: id.to_owned(),
            bydel_id: bydel.to_owned(),
            name: format!("Lærer {id}"),
            email: format!("{id}@{school}.test"),
            role: Role::Teacher,
            school_id: Some(school.to_owned()),
        };
        let (c, s, b) = (cw.clone(), school.to_owned(), bydel.to_owned());
        self.store
            .write(move |tx: &mut dyn Tx| {
                tx.insert_bydel(&b, &b)?;
                tx.insert_school(&s, &s)?;
                tx.insert_caseworker(&c)?;
                Ok::<_, crate::store::StoreError>(())
            })
            .await
            .map(|_| ())
            .unwrap_or_else(|e| panic!("cannot create teacher: {e}"));
        self.set_password(id, password).await;
        cw
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

impl<S: Store> Drop for TestServer<S> {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}
