//! The wire types that the Veikart device and the bydel server share.
//!
//! Everything here is plain data with serde: no I/O, no storage, no policy. Codes (statuses, kinds,
//! routes, error codes) are enums serialised as snake_case strings so the UI can translate them; free
//! text a caseworker wrote is a [`Text`] that carries its language.

#![forbid(unsafe_code)]

mod error;
pub mod limits;
mod mutation;
mod row;
mod scope;
mod sync;
pub mod template;

pub use error::{ErrorBody, ErrorCode};
pub use limits::MAX_READ_IDS;
pub use mutation::{Mutation, MutationOp, MutationOutcome, MutationResult, RejectCode};
pub use row::*;
pub use scope::Scope;
pub use sync::{Change, EnrolRequest, EnrolResponse, SyncRequest, SyncResponse};
pub use template::{MessageTemplate, TemplateValue};

/// The protocol version this build speaks. A server answers a request naming a version it cannot
/// serve with [`ErrorCode::UnsupportedProtocol`], which the app shows as "update the app".
pub const PROTOCOL_VERSION: u32 = 1;

/// The oldest protocol version the server still serves.
pub const MIN_PROTOCOL_VERSION: u32 = 1;
