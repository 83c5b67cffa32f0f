//! Headers every API answer carries, and the request encodings the API understands.

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use veikart_protocol::ErrorCode;

use crate::error::ApiError;

/// The API's JSON carries personal data: no cache may keep it, and no browser may read it as
/// anything but what it says it is.
pub async fn private_json(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
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
