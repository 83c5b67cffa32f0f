//! The state every handler shares: the store, the pokes, the settings and the limits kept in
//! memory. Both the API and the console hold an [`App`]; neither knows the other.

use std::sync::Arc;
use std::time::Duration;

use crate::error::ApiError;
use crate::pokes::Pokes;
use crate::rate_limit::RateLimiter;
use crate::store::{Store, Tx};

/// Settings the HTTP layer needs.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    /// Most changes in one sync answer; the device asks again while `more` is set.
    pub sync_page: usize,
    /// Largest request body accepted, after decompression.
    pub body_limit: usize,
    /// Enrolment attempts per client address per minute.
    pub enrol_per_minute: u32,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            sync_page: 1000,
            body_limit: 2 * 1024 * 1024,
            enrol_per_minute: 10,
        }
    }
}

pub struct AppState<S> {
    pub store: S,
    pub pokes: Pokes,
    pub config: HttpConfig,
    pub(crate) enrol_limiter: RateLimiter,
}

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
    pub fn new(store: S, config: HttpConfig) -> Self {
        let enrol_limiter = RateLimiter::new(config.enrol_per_minute, Duration::from_secs(60));
        App(Arc::new(AppState {
            store,
            pokes: Pokes::new(),
            config,
            enrol_limiter,
        }))
    }

    /// A write transaction whose bumped scopes poke the devices that follow them once committed.
    pub async fn write<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<T, ApiError> + Clone + Send + 'static,
    {
        let (out, touched) = self.store.write(f).await?;
        for scope in touched {
            self.pokes.send(scope);
        }
        Ok(out)
    }

    pub async fn read<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<T, ApiError> + Send + 'static,
    {
        self.store.read(f).await
    }
}
