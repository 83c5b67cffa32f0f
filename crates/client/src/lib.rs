//! The device side of Veikart, with no Tauri in it: the local store (rusqlite), the views the UI
//! shows (server rows with pending changes laid over them) and the sync engine (reqwest).
//!
//! It must never send anything anywhere but the participant's own bydel server, and never log a
//! name, a message, a token or a code.

#![forbid(unsafe_code)]

pub mod device;
pub mod enrol_link;
pub mod error;
pub mod ics;
pub mod keystore;
pub mod outbox;
pub mod overlay;
pub mod pages;
pub mod pages_upload;
pub mod recovery;
pub mod screens;
pub mod store;
pub mod sync;
#[cfg(feature = "ts")]
pub mod ts;
pub mod views;

pub use device::Device;
pub use error::{ClientError, ClientErrorCode, DeviceErrorCode, Result};
pub use sync::{SyncEvent, SyncReport, run};
