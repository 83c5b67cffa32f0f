//! Error codes a server answers with. The client acts on the code; the message is for people.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body is not JSON, has the wrong types, or names an unknown mutation.
    InvalidBody,
    /// A field has a value the server will not accept (too long, out of range, wrong reference).
    InvalidValue,
    PayloadTooLarge,
    /// No token, or a token the server does not know.
    Unauthorized,
    /// The device was revoked by a caseworker: the app wipes its data.
    DeviceRevoked,
    Forbidden,
    NotFound,
    Conflict,
    /// The enrolment code is unknown or wrong.
    CodeInvalid,
    CodeExpired,
    CodeUsed,
    /// Too many wrong tries for this code: the caseworker must issue a new one.
    CodeLocked,
    RateLimited,
    /// The app is older (or newer) than this server serves: "update the app".
    UnsupportedProtocol,
    Internal,
    /// The server cannot store anything right now (its disk is full, its database is away): the
    /// device keeps its changes and tries again after the answer's Retry-After.
    Unavailable,
    /// An upload's offset is past the bytes the server has (`PUT /api/v1/pages/{id}/upload`): the
    /// answer carries the upload's state and the device resumes from its `received`.
    OffsetMismatch,
    /// A page's bytes did not match what its row declared (hash, content type) or are not a type
    /// the server takes: the server discarded them. The answer's `reason` says which.
    PageRejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ErrorBody {
    pub error: ErrorCode,
    pub message: String,
}
