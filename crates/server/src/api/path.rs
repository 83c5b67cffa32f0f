//! A path extractor whose failures are [`ApiError`]s with a code, not axum's plain text: an id that
//! is not valid UTF-8 is a bad request like any other malformed input.

use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

pub struct ApiPath<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(v)) => Ok(ApiPath(v)),
            Err(PathRejection::FailedToDeserializePathParams(e)) => Err(ApiError::invalid_value(
                format!("the path is not valid: {}", e.body_text()),
            )),
            Err(e) => Err(ApiError::invalid_body(e.body_text())),
        }
    }
}
