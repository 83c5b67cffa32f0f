//! The state every handler shares: the store, the pokes, the sync cache and the settings. Both the
//! API and the console hold an [`App`]; neither knows the other.
//!
//! Every committed write's notices go through [`App::announce`], whichever instance wrote it: the
//! sync cache learns the new versions first, then the devices concerned are poked.

use std::ops::ControlFlow;
use std::sync::{Arc, Weak};
use std::time::Duration;

use crate::acks::Acks;
use crate::domain::error::DomainResult;
use crate::metrics::Metrics;
use crate::pages::{DirPageStore, Pages};
use crate::pokes::{EVERYONE, Pokes, device_topic};
use crate::store::{Feed, Notice, Store, Tx};
use crate::sync_cache::SyncCache;

/// Settings the HTTP layer needs.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    /// Most changes in one sync answer; the device asks again while `more` is set.
    pub sync_page: usize,
    /// Largest request body accepted, after decompression.
    pub body_limit: usize,
    /// Enrolment attempts per client address per minute.
    pub enrol_per_minute: u32,
    /// Devices the sync cache keeps (see `sync_cache`).
    pub cached_devices: usize,
    /// Proxies whose `X-Forwarded-For` names the client (see `client_addr`).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Console sign-in through an OpenID Connect provider, if configured.
    pub sso: Option<crate::console::oidc::SsoConfig>,
    /// Whether the console's own e-mail and password sign-in is open (small installations).
    pub password_sign_in: bool,
    /// The address phones reach this server at (`--public-url`): the printed code sheet's link
    /// names it. Without it the sheet names the address the console was opened at.
    pub public_url: Option<String>,
    /// Where the bytes of document pages go (`pages::DirPageStore`); `None` keeps no pages: the
    /// upload endpoints answer 503 and the console shows no page. `veikart-server serve` always
    /// sets one (`--pages-dir`, by default beside the SQLite file).
    pub pages_dir: Option<std::path::PathBuf>,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            sync_page: 1000,
            body_limit: 2 * 1024 * 1024,
            enrol_per_minute: 10,
            cached_devices: 200_000,
            trusted_proxies: Vec::new(),
            sso: None,
            password_sign_in: true,
            public_url: None,
            pages_dir: None,
        }
    }
}

pub struct AppState<S> {
    pub store: S,
    pub pokes: Pokes,
    pub config: HttpConfig,
    pub cache: SyncCache,
    pub acks: Acks,
    pub metrics: Metrics,
    /// The bytes of document pages, if this server keeps them.
    pub pages: Option<Pages>,
    /// One upload of a page at a time (striped by page id).
    pub page_locks: PageLocks,
}

/// Locks that make the uploads of one page take turns; pages share a lock now and then, which
/// only makes them wait.
pub struct PageLocks([tokio::sync::Mutex<()>; 64]);

impl PageLocks {
    fn new() -> Self {
        PageLocks(std::array::from_fn(|_| tokio::sync::Mutex::new(())))
    }

    pub async fn lock(&self, page_id: &str) -> tokio::sync::MutexGuard<'_, ()> {
        let h = page_id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        self.0[(h % 64) as usize].lock().await
    }
}

/// How often the devices seen are written down (`last_seen_at`), in one transaction.
const SEEN_FLUSH: Duration = Duration::from_secs(15);

/// Shared state of every handler.
pub struct App<S>(Arc<AppState<S>>);

impl<S> Clone for App<S> {
    fn clone(&self) -> Self {
        App(self.0.clone())
    }
}

impl<S> std::ops::Deref for App<S> {
    type Target = AppState<S>;
    fn deref(&self) -> &AppState<S> {
        &self.0
    }
}

impl<S: Store> App<S> {
    /// The shared state; also starts following other instances' writes and, inside a tokio
    /// runtime, writing down the devices seen. Both stop when the last clone is dropped.
    pub fn new(store: S, config: HttpConfig) -> Self {
        let pages = config.pages_dir.as_ref().and_then(|dir| {
            match DirPageStore::open(dir) {
                Ok(store) => Some(Arc::new(store) as Pages),
                Err(e) => {
                    tracing::error!(error = %e, dir = %dir.display(), "cannot open the pages directory: no pages are kept");
                    None
                }
            }
        });
        Self::with_pages(store, config, pages)
    }

    /// The shared state with a page store of the caller's (another backend, a test's).
    pub fn with_pages(store: S, config: HttpConfig, pages: Option<Pages>) -> Self {
        let cache = SyncCache::new(config.cached_devices);
        let acks = Acks::new(config.cached_devices);
        let app = App(Arc::new(AppState {
            store,
            pokes: Pokes::new(),
            config,
            cache,
            acks,
            metrics: Metrics::new(),
            pages,
            page_locks: PageLocks::new(),
        }));
        let weak = Arc::downgrade(&app.0);
        // Until the feed says it listens, other instances' writes go unheard.
        app.cache.suspend();
        let others = app.store.follow_others(Box::new(move |feed| {
            let Some(state) = weak.upgrade() else {
                return ControlFlow::Break(());
            };
            match feed {
                Feed::Listening => {
                    state.cache.resume();
                    // Whatever was missed before: every listening device syncs once.
                    state.pokes.send(EVERYONE.to_owned());
                }
                Feed::Notice(notice) => state.announce(&notice),
                Feed::Lost => {
                    tracing::warn!("not hearing other instances' writes: sync cache suspended");
                    state.cache.suspend();
                }
                Feed::Idle => {}
            }
            ControlFlow::Continue(())
        }));
        if !others {
            app.cache.resume();
        }
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(write_down_seen(Arc::downgrade(&app.0)));
        }
        app
    }

    /// A write transaction whose notices, once committed, reach the sync cache and poke the devices
    /// concerned (other instances hear of it from the store).
    pub async fn write<T, F>(&self, f: F) -> DomainResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Tx) -> DomainResult<T> + Clone + Send + 'static,
    {
        let (out, notices) = self.store.write(f).await?;
        for notice in &notices {
            self.announce(notice);
        }
        Ok(out)
    }

    /// Write down when the devices seen lately were last seen, and the scope versions they said
    /// they hold (`acks`). Also called at shutdown.
    pub async fn flush_seen(&self) {
        let ids = self.cache.take_seen();
        let acks = self.acks.take();
        if ids.is_empty() && acks.is_empty() {
            return;
        }
        let n = ids.len();
        let result = self
            .write(move |tx| {
                for id in &ids {
                    tx.touch_device(id)?;
                }
                for (device, scope, version) in &acks {
                    tx.ack_scope(device, scope, *version)?;
                }
                Ok(())
            })
            .await;
        if let Err(e) = result {
            self.acks.forget();
            tracing::warn!(error = %e, devices = n, "could not record when devices were last seen");
        }
    }

    pub async fn read<T, F>(&self, f: F) -> DomainResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Tx) -> DomainResult<T> + Send + 'static,
    {
        self.store.read(f).await
    }
}

impl<S> AppState<S> {
    /// A write committed: the cache learns it before anyone is poked, so a device that syncs
    /// because of the poke is not answered from what the cache knew before.
    pub fn announce(&self, notice: &Notice) {
        self.cache.observe(notice);
        match notice {
            Notice::Scope { scope, .. } => self.pokes.send(scope.clone()),
            Notice::Revoked { device_id } => self.pokes.send(device_topic(device_id)),
            Notice::Seq { .. } => return,
        }
        self.metrics.poked();
    }
}

async fn write_down_seen<S: Store>(state: Weak<AppState<S>>) {
    let mut every = tokio::time::interval(SEEN_FLUSH);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        let Some(state) = state.upgrade() else { return };
        App(state).flush_seen().await;
    }
}
