//! What operations watch, in Prometheus' text format: requests by route and status, sync latency,
//! how syncs were answered, open event streams, mutations applied and refused by code, pokes, and
//! the database pool. Labels carry route templates and codes only, never ids or names.
//!
//! Served on a bind address of its own (`serve --metrics-bind`), never on the public one: the
//! figures say how busy a bydel is.

use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::app::App;
use crate::store::{PoolState, Store};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: &'static str,
    code: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AnsweredLabels {
    from: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    state: &'static str,
}

pub struct Metrics {
    registry: Mutex<Registry>,
    requests: Family<RequestLabels, Counter>,
    sync_seconds: Histogram,
    syncs_answered: Family<AnsweredLabels, Counter>,
    event_streams: Gauge,
    mutations: Family<OutcomeLabels, Counter>,
    pokes: Counter,
    pool: Family<PoolLabels, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("veikart");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests by route template, method and status",
            requests.clone(),
        );
        // 0.25 ms to about 4 s.
        let sync_seconds = Histogram::new(exponential_buckets(0.000_25, 2.0, 15));
        registry.register(
            "sync_duration_seconds",
            "Time to answer POST /api/v1/sync",
            sync_seconds.clone(),
        );
        let syncs_answered = Family::<AnsweredLabels, Counter>::default();
        registry.register(
            "syncs_answered",
            "Syncs answered from memory (nothing new) or from the database",
            syncs_answered.clone(),
        );
        let event_streams = Gauge::default();
        registry.register(
            "event_streams_open",
            "Devices listening for pokes on this instance",
            event_streams.clone(),
        );
        let mutations = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "mutations",
            "Device mutations applied, and refused by reason code",
            mutations.clone(),
        );
        let pokes = Counter::default();
        registry.register(
            "pokes",
            "Pokes sent to event streams (changed scopes and sign-outs)",
            pokes.clone(),
        );
        let pool = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "db_pool_connections",
            "Database connections of this instance, in use and idle",
            pool.clone(),
        );
        Metrics {
            registry: Mutex::new(registry),
            requests,
            sync_seconds,
            syncs_answered,
            event_streams,
            mutations,
            pokes,
            pool,
        }
    }

    pub fn sync_answered(&self, from_memory: bool, started: Instant) {
        let from = if from_memory { "memory" } else { "database" };
        self.syncs_answered
            .get_or_create(&AnsweredLabels { from })
            .inc();
        self.sync_seconds.observe(started.elapsed().as_secs_f64());
    }

    pub fn mutation_applied(&self) {
        self.mutations
            .get_or_create(&OutcomeLabels {
                outcome: "applied",
                code: String::new(),
            })
            .inc();
    }

    pub fn mutation_refused(&self, code: &str) {
        self.mutations
            .get_or_create(&OutcomeLabels {
                outcome: "refused",
                code: code.to_owned(),
            })
            .inc();
    }

    pub fn poked(&self) {
        self.pokes.inc();
    }

    /// Counts an open event stream until the guard is dropped.
    pub fn stream_opened(&self) -> StreamGuard {
        self.event_streams.inc();
        StreamGuard(self.event_streams.clone())
    }

    /// The text exposition, with the pool's state as of now.
    pub fn render(&self, pool: Option<PoolState>) -> String {
        if let Some(p) = pool {
            let set = |state, n: u32| {
                self.pool
                    .get_or_create(&PoolLabels { state })
                    .set(i64::from(n));
            };
            set("in_use", p.connections.saturating_sub(p.idle));
            set("idle", p.idle);
        }
        let mut out = String::new();
        let registry = self.registry.lock().unwrap_or_else(|p| p.into_inner());
        if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &registry) {
            tracing::error!(error = %e, "cannot encode the metrics");
        }
        out
    }
}

pub struct StreamGuard(Gauge);

impl Drop for StreamGuard {
    fn drop(&mut self) {
        self.0.dec();
    }
}

/// Count every request by its route template (`/api/v1/records/{id}`, never the id itself).
pub async fn count_requests<S: Store>(
    State(app): State<App<S>>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let response = next.run(request).await;
    app.metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route,
            status: response.status().as_u16(),
        })
        .inc();
    response
}

/// `GET /metrics` on the metrics bind address.
pub fn router<S: Store>(app: App<S>) -> axum::Router {
    axum::Router::new()
        .route("/metrics", axum::routing::get(scrape::<S>))
        .with_state(app)
}

async fn scrape<S: Store>(State(app): State<App<S>>) -> Response {
    let text = app.metrics.render(app.store.pool_state());
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response()
}
