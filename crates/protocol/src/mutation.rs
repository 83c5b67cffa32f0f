//! Mutations: the intents a device may send. Each carries a per-device sequence number; the server
//! applies each exactly once, in order, under its own rules, and answers every one it processed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use crate::limits::{
    MAX_BODY, MAX_ID, MAX_PDF_BYTES, MAX_READ_IDS, MAX_REASON, MAX_TITLE, MAX_WORDING,
};
use crate::row::{ActivityStatus, ActivityType, DocumentStatus, PageType, Response};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Mutation {
    /// Per-device sequence number: 1, 2, 3 … with no gaps, rising within a batch.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub seq: u64,
    #[serde(flatten)]
    pub op: MutationOp,
}

/// Everything a device may do in this protocol version. Anything else is caseworker-owned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum MutationOp {
    /// Move one of the participant's own activities between proposed, in progress and done.
    /// `expected` is the status the device saw: if a caseworker changed it since, the server
    /// rejects with [`RejectCode::Superseded`] instead of overwriting without a word.
    SetActivityStatus {
        activity_id: String,
        status: ActivityStatus,
        expected: ActivityStatus,
    },
    /// Propose a new activity; the device chooses the id, which begins with its device id and `-`.
    ProposeActivity {
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ID), regex(pattern = r"^[A-Za-z0-9_-]+$")))]
        activity_id: String,
        #[serde(default)]
        goal_id: Option<String>,
        activity_type: ActivityType,
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_TITLE)))]
        title: String,
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_BODY)))]
        description: Option<String>,
        #[serde(default)]
        due: Option<NaiveDate>,
    },
    /// "I'll come" / "I can't come" (with a reason).
    AnswerEvent {
        event_id: String,
        response: Response,
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_REASON)))]
        reason: Option<String>,
    },
    /// Add a question to a meeting's agenda beforehand; the device chooses the id, which begins
    /// with its device id and `-`.
    AddAgendaItem {
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ID), regex(pattern = r"^[A-Za-z0-9_-]+$")))]
        item_id: String,
        event_id: String,
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_REASON)))]
        text: String,
    },
    /// Say that a required document is ready. `expected` is the status the device saw.
    MarkDocumentReady {
        document_id: String,
        expected: DocumentStatus,
    },
    /// Write to the caseworker; the device chooses the id, which begins with its device id and `-`.
    SendMessage {
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ID), regex(pattern = r"^[A-Za-z0-9_-]+$")))]
        message_id: String,
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_BODY)))]
        body: String,
    },
    /// Mark the caseworker's messages as read.
    MarkMessagesRead {
        #[cfg_attr(feature = "schema", schemars(length(max = MAX_READ_IDS)))]
        message_ids: Vec<String>,
    },
    SetPreferredLanguage {
        language: String,
    },
    /// Say that one of the app's texts is wrong or unclear in a language and propose a better one;
    /// the device chooses the id, which begins with its device id and `-`. `key` is the text's
    /// message id in `locales/<language>/app.ftl`. Added after protocol version 1 shipped: a server
    /// must know it before apps that send it are given out.
    ProposeWording {
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ID), regex(pattern = r"^[A-Za-z0-9_-]+$")))]
        proposal_id: String,
        language: String,
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ID)))]
        key: String,
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_WORDING)))]
        text: String,
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_REASON)))]
        comment: Option<String>,
    },
    /// Add a page (a photo, a scan, a PDF) to one of the participant's required documents; the
    /// device chooses the id, which begins with its device id and `-`. The bytes follow through
    /// `PUT /api/v1/pages/{page_id}/upload` once the server has applied this. Refused once the
    /// document is accepted, and past the limits (`limits::MAX_PAGE_BYTES`, `MAX_PDF_BYTES`,
    /// `MAX_CASE_BYTES`, `MAX_PAGES_PER_DOCUMENT`). Added after protocol version 1 shipped.
    AddDocumentPage {
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ID), regex(pattern = r"^[A-Za-z0-9_-]+$")))]
        page_id: String,
        document_id: String,
        index: u32,
        content_type: PageType,
        #[cfg_attr(feature = "schema", schemars(range(min = 1, max = MAX_PDF_BYTES)))]
        size: u64,
        /// SHA-256 of the bytes, 64 lowercase hex digits.
        #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[0-9a-f]{64}$")))]
        sha256: String,
    },
    /// Take back a page; refused once its document is accepted. The server deletes the row and the
    /// bytes.
    RemoveDocumentPage {
        page_id: String,
    },
}

impl MutationOp {
    /// The id of the row this mutation is about, for showing a rejection next to it.
    pub fn target_id(&self) -> Option<&str> {
        match self {
            MutationOp::SetActivityStatus { activity_id, .. } => Some(activity_id),
            MutationOp::ProposeActivity { activity_id, .. } => Some(activity_id),
            MutationOp::AnswerEvent { event_id, .. } => Some(event_id),
            MutationOp::AddAgendaItem { event_id, .. } => Some(event_id),
            MutationOp::MarkDocumentReady { document_id, .. } => Some(document_id),
            MutationOp::SendMessage { message_id, .. } => Some(message_id),
            MutationOp::ProposeWording { proposal_id, .. } => Some(proposal_id),
            MutationOp::AddDocumentPage { page_id, .. } => Some(page_id),
            MutationOp::RemoveDocumentPage { page_id } => Some(page_id),
            MutationOp::MarkMessagesRead { .. } | MutationOp::SetPreferredLanguage { .. } => None,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            MutationOp::SetActivityStatus { .. } => "set_activity_status",
            MutationOp::ProposeActivity { .. } => "propose_activity",
            MutationOp::AnswerEvent { .. } => "answer_event",
            MutationOp::AddAgendaItem { .. } => "add_agenda_item",
            MutationOp::MarkDocumentReady { .. } => "mark_document_ready",
            MutationOp::SendMessage { .. } => "send_message",
            MutationOp::MarkMessagesRead { .. } => "mark_messages_read",
            MutationOp::SetPreferredLanguage { .. } => "set_preferred_language",
            MutationOp::ProposeWording { .. } => "propose_wording",
            MutationOp::AddDocumentPage { .. } => "add_document_page",
            MutationOp::RemoveDocumentPage { .. } => "remove_document_page",
        }
    }
}

/// Why the server refused a mutation. The device shows it, translated, next to what it was about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RejectCode {
    /// The row does not exist, or is not this participant's.
    NotFound,
    /// The field or row belongs to the caseworker.
    CaseworkerOwned,
    /// A caseworker changed it after the device last saw it.
    Superseded,
    /// The participant's other device changed it after this device last saw it.
    ChangedOnOtherDevice,
    /// The event was cancelled.
    EventCancelled,
    /// The value is not allowed (empty, too long, a status the device may not set).
    InvalidValue,
    /// The id the device chose is taken.
    IdTaken,
    UnsupportedLanguage,
    /// The caseworker accepted the document: its pages can no longer be added or removed.
    DocumentAccepted,
    /// A page, or the case's pages together, would be larger than the server accepts.
    TooLarge,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum MutationOutcome {
    Applied,
    Rejected { code: RejectCode, message: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MutationResult {
    pub seq: u64,
    #[serde(flatten)]
    pub outcome: MutationOutcome,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_op_is_refused() {
        let r: Result<Mutation, _> = serde_json::from_str(r#"{"seq":1,"op":"delete_everything"}"#);
        assert!(r.is_err());
    }

    #[test]
    fn add_document_page_wire_shape() {
        let json = serde_json::json!({
            "seq": 4, "op": "add_document_page", "page_id": "dev1-p1", "document_id": "d1",
            "index": 0, "content_type": "image/jpeg", "size": 312000,
            "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        });
        let m: Mutation = serde_json::from_value(json.clone()).unwrap();
        assert!(matches!(
            &m.op,
            MutationOp::AddDocumentPage {
                content_type: PageType::Jpeg,
                size: 312000,
                ..
            }
        ));
        assert_eq!(serde_json::to_value(&m).unwrap(), json);
        let remove: Mutation =
            serde_json::from_str(r#"{"seq":5,"op":"remove_document_page","page_id":"dev1-p1"}"#)
                .unwrap();
        assert_eq!(remove.op.target_id(), Some("dev1-p1"));
        assert_eq!(remove.op.name(), "remove_document_page");
        // A type the server does not take is not a page at all.
        let gif = serde_json::json!({
            "seq": 6, "op": "add_document_page", "page_id": "dev1-p2", "document_id": "d1",
            "index": 1, "content_type": "image/gif", "size": 1, "sha256": "00"
        });
        assert!(serde_json::from_value::<Mutation>(gif).is_err());
    }

    #[test]
    fn mutation_wire_shape() {
        let m = Mutation {
            seq: 3,
            op: MutationOp::SendMessage {
                message_id: "m1".into(),
                body: "Hei".into(),
            },
        };
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(
            json,
            r#"{"seq":3,"op":"send_message","message_id":"m1","body":"Hei"}"#
        );
        assert_eq!(serde_json::from_str::<Mutation>(&json).unwrap(), m);
    }
}
