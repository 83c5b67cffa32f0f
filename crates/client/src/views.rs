//! The view models the UI and the CLI show: the server's rows with the pending mutations laid over
//! them. They are plain serialisable data; building them is pure (see `overlay` and `build`), so
//! every screen can be tested without a network or a window.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use veikart_protocol::{
    AbsenceKind, Activity, Answer, AttendanceMark, Course, Event, EventKind, Goal, Message,
    Profile, RecognitionCase, RejectCode, RequiredDocument, Seen, Text,
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

/// Where something the participant sent stands: still on the phone, at the server, or seen by a
/// caseworker (by first name). The one status line on its card says this.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Receipt {
    /// Waiting in the device's outbox.
    Waiting,
    /// The server has it; no caseworker has seen it yet.
    Sent,
    /// A caseworker saw it (opened the participant's page, or acted on it). `by` is absent for a
    /// message an older server marked read without a name.
    Seen {
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "ts", ts(optional))]
        by: Option<String>,
        at: DateTime<Utc>,
    },
}

impl Receipt {
    /// The receipt of an item that is pending or carries the server's seen mark.
    pub fn of(pending: bool, seen: Option<&Seen>) -> Receipt {
        match (pending, seen) {
            (true, _) => Receipt::Waiting,
            (false, Some(s)) => Receipt::Seen {
                by: Some(s.by.clone()),
                at: s.at,
            },
            (false, None) => Receipt::Sent,
        }
    }
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
    /// For the participant's proposal or their change to it: waiting, sent or seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub receipt: Option<Receipt>,
    /// The meeting this step was agreed in, when it is one (`from_event_id`) the device has.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub from_meeting: Option<MeetingRef>,
    #[serde(flatten)]
    pub local: Local,
}

/// Which meeting a next step came from: enough to say "agreed in the meeting on 4 December".
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MeetingRef {
    pub event_id: String,
    pub event_kind: EventKind,
    pub starts_at: DateTime<Utc>,
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
    /// Next steps agreed in meetings that belong to no goal: the ones still to do first.
    pub next_steps: Vec<ActivityView>,
    /// Activities that belong to no goal (typically the participant's own proposals).
    pub other_activities: Vec<ActivityView>,
    pub courses: Vec<Course>,
    /// Attendance at Voksenopplæringen this month, so a cut in pay never comes as a surprise.
    pub attendance: AttendanceView,
}

/// Where an absence stands, as the participant sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AbsenceStatus {
    /// The caseworker has not looked at it yet.
    NotAssessed,
    /// Valid absence: the benefit is kept.
    Approved,
    /// Valid only with a doctor's note, which has not arrived.
    NeedsDocument,
    /// Without valid reason: the benefit is reduced for these hours.
    NoValidReason,
}

/// One course's attendance this month.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CourseAttendance {
    pub course_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub course_name: Option<Text>,
    /// Sessions with a mark this month.
    pub sessions: u32,
    pub present: u32,
    pub late: u32,
    pub absent: u32,
}

/// One absence: this month's, or an older one still waiting for a doctor's note.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AbsenceView {
    pub event_id: String,
    pub course_id: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub kind: Option<AbsenceKind>,
    pub status: AbsenceStatus,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AttendanceView {
    /// The month shown (Oslo), `YYYY-MM`; empty when nothing is recorded.
    pub month: String,
    pub courses: Vec<CourseAttendance>,
    /// Newest first.
    pub absences: Vec<AbsenceView>,
    /// Days of leave for a sick child left in the last 12 months, when the bydel's allowance is
    /// known (the server writes it on each attendance row).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub child_days_left: Option<u32>,
}

impl AbsenceStatus {
    pub fn of(
        mark: AttendanceMark,
        kind: Option<AbsenceKind>,
        document_missing: bool,
    ) -> Option<Self> {
        match (mark, kind) {
            (AttendanceMark::Absent, None) => Some(AbsenceStatus::NotAssessed),
            (AttendanceMark::Absent, Some(AbsenceKind::NoValidReason)) => {
                Some(AbsenceStatus::NoValidReason)
            }
            (AttendanceMark::Absent, Some(_)) if document_missing => {
                Some(AbsenceStatus::NeedsDocument)
            }
            (AttendanceMark::Absent, Some(_)) => Some(AbsenceStatus::Approved),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnswerView {
    #[serde(flatten)]
    pub answer: Answer,
    pub receipt: Receipt,
    #[serde(flatten)]
    pub local: Local,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AgendaItemView {
    pub id: String,
    pub text: Text,
    pub added_at: DateTime<Utc>,
    pub receipt: Receipt,
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
    /// The next steps agreed in this meeting, as they stand in the plan.
    pub steps: Vec<ActivityView>,
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
    /// For a document the participant marked ready: waiting, sent or seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub receipt: Option<Receipt>,
    #[serde(flatten)]
    pub local: Local,
    /// The pages the participant photographed or chose for it, in order.
    pub pages: Vec<PageView>,
    /// Where the document's pages stand as a whole (the line under its name).
    pub pack: PackState,
    /// More pages may be added (not accepted yet, the case not decided).
    pub can_add_pages: bool,
}

/// Where one page stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PageState {
    /// Kept on this device, waiting for the network.
    OnDevice,
    /// Being sent: `percent` says how far.
    Sending,
    /// The server has every byte (its row says received).
    Sent,
    /// The server refused the bytes (not the photo it was told): remove it and add it again.
    Refused,
    /// Added on the participant's other device, which has not sent it yet.
    OtherDevice,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PageView {
    pub id: String,
    /// 0-based order within the document.
    pub index: u32,
    pub content_type: veikart_protocol::PageType,
    pub size: u64,
    pub state: PageState,
    /// Whole percent sent (100 once sent).
    pub percent: u8,
    /// A small image of the page made when it was added (a data URL); none for a PDF or a page
    /// added on another device.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub thumbnail: Option<String>,
    /// The participant may remove it (until the caseworker accepts the document).
    pub removable: bool,
}

/// A required document's pages as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PackState {
    /// No page yet.
    NoPages,
    /// Some page waits on this device (or the other one) for the network.
    OnDevice,
    /// Some page is being sent.
    Sending,
    /// Every page is sent; the caseworker has not given a verdict on them yet.
    InReview,
    /// The caseworker's verdict (`verdict`) is about these pages: show it and what to do next.
    Judged,
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
    /// For the participant's own message (seen is read): waiting, sent or seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub receipt: Option<Receipt>,
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
    /// Documents the participant still has to get for their recognition cases (not ready, not
    /// received): Today says how many and leads to Recognition.
    pub documents_missing: usize,
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
