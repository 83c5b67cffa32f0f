//! The console's extractors: axum's `Form`, `Query` and `Path`, whose rejections (a duplicated
//! field, a query that does not parse, a path id that is not UTF-8, a body over the limit) become
//! the console's error page in the reader's language instead of axum's plain-text answers. Every
//! console handler uses these, never axum's own. Rejections are not logged: their text may quote
//! what was sent.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::error::ConsoleError;

fn rejected(status: StatusCode) -> ConsoleError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        ConsoleError::TooLarge
    } else {
        ConsoleError::BadRequest
    }
}

/// A form body (`application/x-www-form-urlencoded`).
pub struct Form<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Form<T> {
    type Rejection = ConsoleError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ConsoleError> {
        axum::Form::<T>::from_request(req, state)
            .await
            .map(|axum::Form(v)| Form(v))
            .map_err(|e| rejected(e.status()))
    }
}

/// The query string.
pub struct Query<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = ConsoleError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ConsoleError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(v)| Query(v))
            .map_err(|e| rejected(e.status()))
    }
}

/// The path's parameters.
pub struct Path<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Path<T> {
    type Rejection = ConsoleError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ConsoleError> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(v)| Path(v))
            .map_err(|e| rejected(e.status()))
    }
}
