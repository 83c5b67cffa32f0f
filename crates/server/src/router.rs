//! The whole server's routes: `/healthz`, `/readyz`, `/enrol` (where the code sheet's link leads a
//! browser), the API under `/api/v1` and the console under `/console`, with the layers every request passes (body limit, request encodings, compression).

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::compression::CompressionLayer;
use tower_http::decompression::RequestDecompressionLayer;

use veikart_protocol::ErrorCode;

use crate::app::App;
use crate::error::ApiError;
use crate::store::Store;

pub fn router<S: Store>(app: App<S>) -> Router {
    let limit = app.config.body_limit;
    let mut root = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready::<S>))
        .route("/enrol", get(crate::enrol_page::page))
        .nest("/api/v1", crate::api::routes());
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
        .layer(axum::middleware::from_fn(known_encoding))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            crate::metrics::count_requests::<S>,
        ))
        .with_state(app)
}

/// `GET /readyz`: ready to serve when the database answers (its migrations ran before the server
/// started listening). A load balancer stops sending traffic here while it says 503.
async fn ready<S: Store>(State(app): State<App<S>>) -> Response {
    match app.read(|tx| Ok(tx.meta("history")?)).await {
        Ok(Some(_)) => "ready".into_response(),
        Ok(None) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "no history: not a Veikart database",
        )
            .into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response(),
    }
}

/// Refuse request bodies in an encoding the server does not decode (only gzip is), with the
/// documented error body rather than an empty 415.
pub async fn known_encoding(request: Request, next: Next) -> Response {
    let known = request
        .headers()
        .get_all(header::CONTENT_ENCODING)
        .iter()
        .all(|v| {
            v.to_str().is_ok_and(|v| {
                v.split(',')
                    .map(str::trim)
                    .all(|e| e.eq_ignore_ascii_case("gzip") || e.eq_ignore_ascii_case("identity"))
            })
        });
    if known {
        next.run(request).await
    } else {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::InvalidBody,
            "send the body uncompressed or as gzip",
        )
        .into_response()
    }
}
