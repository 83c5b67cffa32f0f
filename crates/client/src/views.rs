//! The view models the UI and the CLI show: the server's rows with the pending mutations laid over
//! them. They are plain serialisable data; building them is pure (see `overlay` and `build`), so
//! every screen can be tested without a network or a window.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use veikart_protocol::{
    Activity, Answer, Course, Event, Goal, Message, Profile, RecognitionCase, RejectCode,
    RequiredDocument, Text,
};

use crate::error::ClientErrorCode;

/// Marks on anything the participant sees: whether a change of theirs is still waiting to be sent,
/// and whether the server refused one (with the reason code the UI translates).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Local {
    /// A change of the participant's is waiting in the outbox.
    pub pending: bool,
    /// The server refused the participant's last change to this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub rejected: Option<Rejection>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Rejection {
    /// The device's own key for this refusal (what the participant dismisses).
    pub id: u64,
    /// The mutation's sequence number when the server refused it.
    pub seq: u64,
    /// The mutation's name, e.g. `set_activity_status`.
    pub op: String,
    pub target_id: Option<String>,
    pub code: RejectCode,
    /// The server's message, for support; the UI shows the translated code.
    pub message: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActivityView {
    #[serde(flatten)]
    pub activity: Activity,
    /// The participant may move it between proposed, in progress and done.
    pub mine: bool,
    #[serde(flatten)]
    pub local: Local,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct GoalView {
    #[serde(flatten)]
    pub goal: Goal,
    pub activities: Vec<ActivityView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlanView {
    pub profile: Option<Profile>,
    pub goals: Vec<GoalView>,
    /// Activities that belong to no goal (typically the participant's own proposals).
    pub other_activities: Vec<ActivityView>,
    pub courses: Vec<Course>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnswerView {
    #[serde(flatten)]
    pub answer: Answer,
    #[serde(flatten)]
    pub local: Local,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AgendaItemView {
    pub id: String,
    pub text: Text,
    pub added_at: DateTime<Utc>,
    #[serde(flatten)]
    pub local: Local,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EventView {
    #[serde(flatten)]
    pub event: Event,
    /// The course's name, for class sessions.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub course_name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub answer: Option<AnswerView>,
    pub agenda_items: Vec<AgendaItemView>,
    /// A rejected answer or agenda question about this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub rejected: Option<Rejection>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScheduleView {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub events: Vec<EventView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DocumentView {
    #[serde(flatten)]
    pub document: RequiredDocument,
    #[serde(flatten)]
    pub local: Local,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseView {
    #[serde(flatten)]
    pub case: RecognitionCase,
    pub documents: Vec<DocumentView>,
    /// Documents still missing (not ready, not received).
    pub missing: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecognitionView {
    pub cases: Vec<CaseView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MessageView {
    #[serde(flatten)]
    pub message: Message,
    #[serde(flatten)]
    pub local: Local,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MessagesView {
    /// Oldest first.
    pub messages: Vec<MessageView>,
    /// The caseworker's messages not yet marked read.
    pub unread: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TodayView {
    pub profile: Option<Profile>,
    /// The next appointments (not cancelled, not over), soonest first.
    pub next_events: Vec<EventView>,
    /// The participant's open activities that are due within two weeks or overdue.
    pub activities_due: Vec<ActivityView>,
    pub unread_messages: usize,
    /// The newest messages from the caseworker not yet read.
    pub unread: Vec<MessageView>,
    pub sync: SyncStatus,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SyncStatus {
    pub enrolled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub server_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub last_synced_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub last_attempt_at: Option<DateTime<Utc>>,
    /// The last sync failed: a code (`offline`, `server_error`, `unsupported_protocol` …).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub last_error: Option<ClientErrorCode>,
    /// Changes waiting to be sent.
    pub pending: usize,
    /// Changes the server refused, newest first, until the participant dismisses them.
    pub rejected: Vec<Rejection>,
}
