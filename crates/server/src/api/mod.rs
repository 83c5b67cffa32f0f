//! HTTP: the device endpoints, the caseworker JSON API, server-sent pokes, and the router that
//! holds them together. Handlers are thin: they authenticate, then call `domain` inside one store
//! transaction.

mod auth;
mod caseworker;
mod device;
mod headers;
mod json;
mod openapi;
mod path;
pub(crate) mod pokes;
pub(crate) mod rate_limit;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use tower_http::compression::CompressionLayer;
use tower_http::decompression::RequestDecompressionLayer;

pub use auth::{AuthedCaseworker, AuthedDevice};
pub use pokes::Pokes;

use crate::error::ApiError;
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
    enrol_limiter: rate_limit::RateLimiter,
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
        let enrol_limiter =
            rate_limit::RateLimiter::new(config.enrol_per_minute, Duration::from_secs(60));
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

pub fn router<S: Store>(app: App<S>) -> Router {
    let limit = app.config.body_limit;
    let api = Router::new()
        .route("/enrol", post(device::enrol::<S>))
        .route("/sync", post(device::sync::<S>))
        .route("/sign-out", post(device::sign_out::<S>))
        .route("/events", get(pokes::events::<S>))
        .route(
            "/participants",
            get(caseworker::list_participants::<S>).post(caseworker::create_participant::<S>),
        )
        .route(
            "/participants/{id}",
            get(caseworker::participant::<S>)
                .patch(caseworker::patch_participant::<S>)
                .delete(caseworker::delete_participant::<S>),
        )
        .route(
            "/participants/{id}/records",
            post(caseworker::create_record::<S>),
        )
        .route(
            "/participants/{id}/enrolment-codes",
            post(caseworker::issue_code::<S>),
        )
        .route("/participants/{id}/devices", get(caseworker::devices::<S>))
        .route(
            "/records/{id}",
            get(caseworker::record::<S>)
                .patch(caseworker::patch_record::<S>)
                .delete(caseworker::delete_record::<S>),
        )
        .route(
            "/courses",
            get(caseworker::list_courses::<S>).post(caseworker::create_course::<S>),
        )
        .route("/courses/{id}", get(caseworker::course::<S>))
        .route("/courses/{id}/sessions", post(caseworker::add_session::<S>))
        .route(
            "/courses/{id}/members/{participant_id}",
            put(caseworker::add_member::<S>).delete(caseworker::remove_member::<S>),
        )
        .route("/devices/{id}/revoke", post(caseworker::revoke_device::<S>))
        .route("/openapi.json", get(openapi::document))
        .fallback(|| async { ApiError::not_found() })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                axum::http::StatusCode::METHOD_NOT_ALLOWED,
                veikart_protocol::ErrorCode::NotFound,
                "this route does not take that method",
            )
        })
        .layer(axum::middleware::from_fn(headers::private_json));
    let mut root = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .nest("/api/v1", api);
    match crate::console::router(app.clone()) {
        Ok(console) => root = root.nest("/console", console),
        // The translations and templates are compiled in, so this is a build defect; the API
        // still serves.
        Err(e) => tracing::error!(error = %e, "the console cannot start"),
    }
    root.layer(DefaultBodyLimit::max(limit))
        .layer(RequestDecompressionLayer::new())
        // Outside the decompression layer, which would answer an empty 415 for an encoding it
        // does not know.
        .layer(axum::middleware::from_fn(headers::known_encoding))
        .layer(CompressionLayer::new())
        .with_state(app)
}
