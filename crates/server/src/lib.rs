//! The Veikart bydel server: the device sync API, the caseworker API, and the caseworker console.
//!
//! Layout, each layer importing only the ones below it: `store` keeps data (one backend per
//! database); `domain` decides (who may do what, how a sync answers); `app` is the state every
//! handler shares, `pokes` the announcements of changed scopes and `sync_cache` what an instance
//! knows without the database; `api` (JSON) and `console`
//! (pages) speak HTTP, neither knowing the other; `router` puts them together. Logs carry ids and
//! codes, never names, message bodies, tokens or enrolment codes.

#![forbid(unsafe_code)]

pub mod acks;
pub mod api;
pub mod app;
pub mod client_addr;
pub mod console;
pub mod domain;
mod enrol_page;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod metrics;
pub mod openapi;
pub mod pack;
pub mod pages;
pub mod pokes;
pub mod rate_limit;
pub mod retention_job;
pub mod router;
pub mod seed;
pub mod store;
pub mod sync_cache;
#[cfg(feature = "testing")]
pub mod testing;

use std::future::Future;

use tokio::net::TcpListener;

pub use app::{App, HttpConfig};
pub use router::router;
pub use store::postgres::PgStore;
pub use store::sqlite::SqliteStore;

/// Serve `app` on `listener` until `shutdown` resolves, then finish the requests in flight. Open
/// event streams are ended first, so they do not hold the shutdown up.
pub async fn serve<S: store::Store>(
    listener: TcpListener,
    app: App<S>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let pokes = app.pokes.clone();
    let last = app.clone();
    let service = router(app).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(async move {
            shutdown.await;
            pokes.close();
        })
        .await?;
    last.flush_seen().await;
    Ok(())
}
