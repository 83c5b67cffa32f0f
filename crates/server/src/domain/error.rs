//! What a domain decision can refuse with. It knows no HTTP: the API (`crate::error`) and the
//! console (`console::error`) each turn it into their own answer.

use veikart_protocol::ErrorCode;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    /// No such thing, or another bydel's or participant's (whose existence is not revealed).
    #[error("not found")]
    NotFound,
    /// It exists and the caller may see it, but not do this to it.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// The input breaks a rule; the message says which, for a person to act on.
    #[error("invalid: {0}")]
    Invalid(String),
    /// The input could not be read as what it must be (a patch that does not make a row).
    #[error("unreadable: {0}")]
    Unreadable(String),
    /// The state does not allow it now; trying again may work.
    #[error("conflict: {0}")]
    Conflict(String),
    /// Refused with a protocol code the client acts on (an enrolment code that is used, a
    /// protocol version this server does not speak).
    #[error("{code:?}: {message}")]
    Refused { code: ErrorCode, message: String },
    /// The caller's credentials no longer hold (a device signed out while its request waited).
    #[error("signed out")]
    SignedOut,
    #[error(transparent)]
    Storage(#[from] StoreError),
}

pub type DomainResult<T> = Result<T, DomainError>;

impl DomainError {
    pub fn not_found() -> Self {
        DomainError::NotFound
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        DomainError::Forbidden(message.into())
    }

    pub fn invalid_value(message: impl Into<String>) -> Self {
        DomainError::Invalid(message.into())
    }

    pub fn invalid_body(message: impl Into<String>) -> Self {
        DomainError::Unreadable(message.into())
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        DomainError::Conflict(message.into())
    }

    pub fn refused(code: ErrorCode, message: impl Into<String>) -> Self {
        DomainError::Refused {
            code,
            message: message.into(),
        }
    }
}
