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
mod sniff;
mod sync;
pub mod template;
mod upload;

pub use error::{ErrorBody, ErrorCode};
pub use limits::MAX_READ_IDS;
pub use mutation::{Mutation, MutationOp, MutationOutcome, MutationResult, RejectCode};
pub use row::*;
pub use scope::Scope;
pub use sync::{Change, EnrolRequest, EnrolResponse, SyncRequest, SyncResponse};
pub use template::{MessageTemplate, TemplateValue};
pub use upload::{PageRejectReason, PageRejected, UploadConflict, UploadQuery, UploadState};

/// The languages the participant app is translated into (`locales/<lang>/app.ftl`), in the order
/// the app lists them: the one list the server (a participant's preferred language), the shell,
/// the console and the UI (`ui/src/generated`) take theirs from.
pub const LANGUAGES: [&str; 8] = ["nb", "en", "uk", "ru", "ar", "ti", "prs", "so"];

/// The protocol version this build speaks. A server answers a request naming a version it cannot
/// serve with [`ErrorCode::UnsupportedProtocol`], which the app shows as "update the app".
///
/// 2: rows of new kinds (attendance, a required document's pages). A device speaking 1 is served
/// without them ([`RowKind::since_protocol`]); new fields inside older kinds need no new
/// version, since every reader passes over fields it does not know.
///
/// 3: a new value in an existing enum, a next step owned by the school (`Owner::School`). A
/// device speaking 1 or 2 is served without such rows ([`Row::since_protocol`]).
pub const PROTOCOL_VERSION: u32 = 3;

/// The oldest protocol version the server still serves.
pub const MIN_PROTOCOL_VERSION: u32 = 1;

#[cfg(test)]
mod tests {
    /// A language on the list without its translations would show English under its own name; a
    /// translated language missing from the list could never be chosen.
    #[test]
    fn every_language_has_its_translations_and_no_other_has() {
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut translated: Vec<String> = std::fs::read_dir(&locales)
            .map(|dir| {
                dir.filter_map(|e| e.ok())
                    .filter(|e| e.path().join("app.ftl").is_file())
                    .filter_map(|e| e.file_name().into_string().ok())
                    .collect()
            })
            .unwrap_or_default();
        translated.sort();
        let mut listed: Vec<&str> = super::LANGUAGES.to_vec();
        listed.sort();
        assert_eq!(translated, listed, "locales/*/app.ftl against LANGUAGES");
    }
}
