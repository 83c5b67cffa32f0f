//! The API's error: every kind carries the HTTP status, the code a client acts on and a message a
//! person can read. Handlers return it with `?`; a domain refusal becomes one here.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use veikart_protocol::{ErrorBody, ErrorCode};

use crate::domain::error::DomainError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
#[error("{code:?}: {message}")]
pub struct ApiError {
    pub status: StatusCode,
    pub code: ErrorCode,
    pub message: String,
    /// Seconds the client should wait before trying again (`Retry-After`).
    pub retry_after: Option<u32>,
}

/// How long a client waits after a 503 before it tries again.
pub const RETRY_AFTER_SECS: u32 = 30;

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            retry_after: None,
        }
    }

    pub fn invalid_body(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidBody, message)
    }

    pub fn invalid_value(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::InvalidValue,
            message,
        )
    }

    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthorized,
            "a valid bearer token is required",
        )
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, ErrorCode::Forbidden, message)
    }

    /// Also what another bydel's data looks like: its existence is not revealed.
    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "not found")
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, ErrorCode::Conflict, message)
    }

    pub fn rate_limited() -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::RateLimited,
            "too many attempts; wait a minute and try again",
        )
    }
}

impl ApiError {
    /// The store cannot work now: the client keeps its changes and comes back later.
    pub fn unavailable() -> Self {
        ApiError {
            retry_after: Some(RETRY_AFTER_SECS),
            ..Self::new(
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::Unavailable,
                "the server cannot store anything right now; your changes are safe on your device",
            )
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        if let StoreError::Unavailable(cause) = &e {
            crate::store::note_unavailable(cause);
            return ApiError::unavailable();
        }
        tracing::error!(error = %e, "storage failure");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            "internal error",
        )
    }
}

/// The API's answer to each refusal of the domain.
impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::NotFound => ApiError::not_found(),
            DomainError::Forbidden(m) => ApiError::forbidden(m),
            DomainError::Invalid(m) => ApiError::invalid_value(m),
            DomainError::Unreadable(m) => ApiError::invalid_body(m),
            DomainError::Conflict(m) => ApiError::conflict(m),
            DomainError::Refused { code, message } => {
                ApiError::new(StatusCode::BAD_REQUEST, code, message)
            }
            DomainError::SignedOut => ApiError::unauthorized(),
            DomainError::Storage(e) => ApiError::from(e),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: self.code,
            message: self.message,
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, secs.into());
        }
        response
    }
}
