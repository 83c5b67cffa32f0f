//! The client's one error type. Each kind has a stable code the UI translates.

use std::fmt;

use serde::{Deserialize, Serialize};
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

/// What went wrong on the device's side of the network; the server's own reasons are [`ErrorCode`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DeviceErrorCode {
    /// The device's database or a file could not be read or written.
    LocalStorage,
    /// The database cannot be opened with the key this device holds.
    LocalStorageLocked,
    NotEnrolled,
    /// Enrolling again needs a sign-out first.
    AlreadyEnrolled,
    /// The server could not be reached.
    Offline,
    /// The server answered with an error but no code.
    ServerError,
}

impl DeviceErrorCode {
    pub const ALL: [DeviceErrorCode; 6] = [
        DeviceErrorCode::LocalStorage,
        DeviceErrorCode::LocalStorageLocked,
        DeviceErrorCode::NotEnrolled,
        DeviceErrorCode::AlreadyEnrolled,
        DeviceErrorCode::Offline,
        DeviceErrorCode::ServerError,
    ];
}

/// The code of a failed command or sync, which the UI translates (`error-<code>`,
/// `sync-error-<code>`): the device's own or the server's. On the wire it is the bare code; the two
/// lists share no code, so it reads back as what it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum ClientErrorCode {
    Device(DeviceErrorCode),
    Server(ErrorCode),
}

impl ClientErrorCode {
    /// A code as written by [`fmt::Display`] (or stored by an earlier run); `None` if no code is
    /// spelt so.
    pub fn parse(code: &str) -> Option<ClientErrorCode> {
        serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
    }
}

impl fmt::Display for ClientErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // serde's name is the code's only spelling, so the CLI, the logs and the UI agree.
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(code)) => f.write_str(&code),
            _ => f.write_str("internal"),
        }
    }
}

impl From<DeviceErrorCode> for ClientErrorCode {
    fn from(code: DeviceErrorCode) -> Self {
        ClientErrorCode::Device(code)
    }
}

impl From<ErrorCode> for ClientErrorCode {
    fn from(code: ErrorCode) -> Self {
        ClientErrorCode::Server(code)
    }
}

impl ClientError {
    /// A stable code for the UI and scripts.
    pub fn code(&self) -> ClientErrorCode {
        match self {
            ClientError::Db(_)
            | ClientError::Migration(_)
            | ClientError::Corrupt(_)
            | ClientError::Io(_) => DeviceErrorCode::LocalStorage.into(),
            ClientError::Locked => DeviceErrorCode::LocalStorageLocked.into(),
            ClientError::NotEnrolled => DeviceErrorCode::NotEnrolled.into(),
            ClientError::AlreadyEnrolled => DeviceErrorCode::AlreadyEnrolled.into(),
            ClientError::Offline(_) => DeviceErrorCode::Offline.into(),
            ClientError::Server { code, .. } => (*code).into(),
            ClientError::ServerStatus(_) => DeviceErrorCode::ServerError.into(),
            ClientError::Revoked => ErrorCode::DeviceRevoked.into(),
            ClientError::Invalid(_) => ErrorCode::InvalidValue.into(),
        }
    }
}

pub type Result<T, E = ClientError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_bare_snake_case_strings_that_read_back() {
        for code in DeviceErrorCode::ALL {
            let code = ClientErrorCode::from(code);
            let text = code.to_string();
            assert_eq!(serde_json::to_value(code).unwrap(), text.as_str());
            assert_eq!(ClientErrorCode::parse(&text), Some(code), "{text}");
        }
        assert_eq!(
            ClientError::Locked.code().to_string(),
            "local_storage_locked"
        );
        assert_eq!(ClientError::Revoked.code().to_string(), "device_revoked");
        let busy = ClientError::Server {
            code: ErrorCode::Unavailable,
            message: "disk full".into(),
        };
        assert_eq!(busy.code().to_string(), "unavailable");
        assert_eq!(
            ClientErrorCode::parse("unavailable"),
            Some(ClientErrorCode::Server(ErrorCode::Unavailable))
        );
        assert_eq!(ClientErrorCode::parse("no_such_code"), None);
    }

    /// A device code spelt like a server code would read back as the server's (untagged), and the
    /// UI could not tell them apart.
    #[test]
    fn no_device_code_is_spelt_like_a_server_code() {
        for code in DeviceErrorCode::ALL {
            let text = ClientErrorCode::from(code).to_string();
            let as_server: Result<ErrorCode, _> = serde_json::from_value(text.clone().into());
            assert!(as_server.is_err(), "{text} is also a server code");
        }
    }
}
