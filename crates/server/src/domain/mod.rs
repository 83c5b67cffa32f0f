//! What the server decides: who may see and change what, how a device's mutations apply, what a
//! sync answers. It refuses with [`error::DomainError`], never with an HTTP status. Everything here runs inside one storage transaction through `store::Tx`; the pure
//! parts (batch planning, validation, placement) are separate functions with their own tests.

pub mod absence;
pub mod attendance;
pub mod batch;
pub mod device_sync;
pub mod enrolment;
pub mod error;
pub mod flags;
pub mod indicators;
pub mod mutations;
pub mod pages;
pub mod placement;
pub mod reach;
pub mod receipts;
pub mod records;
pub mod report_rows;
pub mod retention;
pub mod signin;
pub mod templates;
pub mod term;
pub mod three_way;
pub mod timetable;
pub mod today;
pub mod tokens;
pub mod validate;
pub mod wording;

/// Languages the participant app is translated into: the one list, shared with the device and the UI.
pub use veikart_protocol::LANGUAGES;
