//! One sync round trip, and enrolment.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::mutation::{Mutation, MutationResult};
use crate::row::Row;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SyncRequest {
    #[cfg_attr(
        feature = "schema",
        schemars(range(min = crate::MIN_PROTOCOL_VERSION, max = crate::PROTOCOL_VERSION))
    )]
    pub protocol: u32,
    /// Pending mutations, oldest first.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(length(max = crate::limits::MAX_MUTATIONS))
    )]
    pub mutations: Vec<Mutation>,
    /// The device's cursor per scope key (`p:…`, `c:…`, `b:…`). A scope the device does not know yet
    /// is simply absent: the server starts it at zero.
    #[serde(default)]
    pub cursors: BTreeMap<String, u64>,
    /// The server history the cursors belong to, as the server last named it. A restore from a
    /// backup starts a new history; cursors of another history are served anew.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SyncResponse {
    /// One result for every mutation processed in this request (and, for a resent batch, the
    /// stored results of those already processed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<MutationResult>,
    /// The highest sequence number the server has processed for this device.
    pub last_seq: u64,
    /// The request's mutations start past the end of the server's log for this device: its
    /// database lost writes it had confirmed (a restore from a backup, a power cut). Nothing of the
    /// batch was applied. The device sends again what it sent after `last_seq`, numbered from
    /// `last_seq + 1`; its own ids make sure nothing is applied twice.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub log_gap: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// New cursors for every scope the device now belongs to.
    pub cursors: BTreeMap<String, u64>,
    /// Scopes the device no longer belongs to: delete their rows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<String>,
    /// More changes are waiting: sync again at once with the new cursors.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub more: bool,
    /// The server's history, when it differs from the one the request named: keep it and send it
    /// with the next cursors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<String>,
    pub server_time: DateTime<Utc>,
}

/// One row's new state in a scope, or its tombstone (`row` absent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Change {
    pub scope: String,
    pub version: u64,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EnrolRequest {
    pub code: String,
    pub device_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EnrolResponse {
    pub device_id: String,
    /// The device's bearer token. The server keeps only its hash; it is shown once.
    pub token: String,
    pub participant_id: String,
    pub protocol: u32,
}
