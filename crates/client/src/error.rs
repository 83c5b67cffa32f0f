//! The client's one error type. Each kind has a stable code the UI translates.

use veikart_protocol::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("local database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("local database migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("local file: {0}")]
    Io(#[from] std::io::Error),
    #[error("the local database cannot be opened with this device's key")]
    Locked,
    #[error("this device is not enrolled")]
    NotEnrolled,
    #[error("this device is already enrolled; sign out first")]
    AlreadyEnrolled,
    #[error("cannot reach the server: {0}")]
    Offline(#[source] reqwest::Error),
    #[error("the server refused: {message}")]
    Server { code: ErrorCode, message: String },
    #[error("the server answered status {0} without an error body")]
    ServerStatus(u16),
    #[error("the caseworker signed this device out; its data was wiped")]
    Revoked,
    #[error("{0}")]
    Invalid(String),
}

impl ClientError {
    /// A stable code for the UI and scripts.
    pub fn code(&self) -> String {
        match self {
            ClientError::Db(_)
            | ClientError::Migration(_)
            | ClientError::Corrupt(_)
            | ClientError::Io(_) => "local_storage".into(),
            ClientError::Locked => "local_storage_locked".into(),
            ClientError::NotEnrolled => "not_enrolled".into(),
            ClientError::AlreadyEnrolled => "already_enrolled".into(),
            ClientError::Offline(_) => "offline".into(),
            ClientError::Server { code, .. } => serde_json::to_value(code)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_else(|| "server_error".into()),
            ClientError::ServerStatus(_) => "server_error".into(),
            ClientError::Revoked => "device_revoked".into(),
            ClientError::Invalid(_) => "invalid_value".into(),
        }
    }
}

pub type Result<T, E = ClientError> = std::result::Result<T, E>;
