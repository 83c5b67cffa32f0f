//! The rows a server keeps and a device mirrors: the data model of DESIGN section 3 as it travels.
//!
//! A row is tagged by `kind`. Codes are enums (translated on the device); free text is [`Text`].
//! Every id is a string chosen by the server, except for rows a device creates (proposed activities,
//! messages, agenda questions), whose ids the device chooses so that a resent mutation is idempotent.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::template::MessageTemplate;

/// Free text as a person wrote it, with the language it was written in and optional translations
/// (keyed by language tag) that a caseworker added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Text {
    pub text: String,
    #[serde(default = "norwegian")]
    pub lang: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, String>,
}

fn norwegian() -> String {
    "nb".to_owned()
}

impl Text {
    /// Text written in Norwegian bokmål, as caseworkers do.
    pub fn nb(text: impl Into<String>) -> Self {
        Self::written_in(text, "nb")
    }

    pub fn written_in(text: impl Into<String>, lang: &str) -> Self {
        Text {
            text: text.into(),
            lang: lang.to_owned(),
            translations: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Row {
    Profile(Profile),
    Goal(Goal),
    Activity(Activity),
    Course(Course),
    CourseMembership(CourseMembership),
    Event(Event),
    Answer(Answer),
    AgendaItem(AgendaItem),
    RecognitionCase(RecognitionCase),
    RequiredDocument(RequiredDocument),
    Message(Message),
    Guidance(Guidance),
    Attendance(Attendance),
    DocumentPage(DocumentPage),
}

impl Row {
    /// The protocol version a device must speak to read this row: its kind's
    /// ([`RowKind::since_protocol`]), or later when it holds an enum value a later protocol
    /// brought. A device on an older protocol is not sent the row (it would fail to read it) and
    /// gets it once it is updated, since its cursors are then served anew.
    pub fn since_protocol(&self) -> u32 {
        let value = match self {
            Row::Activity(a) if a.owner == Owner::School => 3,
            _ => 1,
        };
        value.max(self.kind().since_protocol())
    }

    pub fn id(&self) -> &str {
        match self {
            Row::Profile(r) => &r.id,
            Row::Goal(r) => &r.id,
            Row::Activity(r) => &r.id,
            Row::Course(r) => &r.id,
            Row::CourseMembership(r) => &r.id,
            Row::Event(r) => &r.id,
            Row::Answer(r) => &r.id,
            Row::AgendaItem(r) => &r.id,
            Row::RecognitionCase(r) => &r.id,
            Row::RequiredDocument(r) => &r.id,
            Row::Message(r) => &r.id,
            Row::Guidance(r) => &r.id,
            Row::Attendance(r) => &r.id,
            Row::DocumentPage(r) => &r.id,
        }
    }

    pub fn set_id(&mut self, id: String) {
        match self {
            Row::Profile(r) => r.id = id,
            Row::Goal(r) => r.id = id,
            Row::Activity(r) => r.id = id,
            Row::Course(r) => r.id = id,
            Row::CourseMembership(r) => r.id = id,
            Row::Event(r) => r.id = id,
            Row::Answer(r) => r.id = id,
            Row::AgendaItem(r) => r.id = id,
            Row::RecognitionCase(r) => r.id = id,
            Row::RequiredDocument(r) => r.id = id,
            Row::Message(r) => r.id = id,
            Row::Guidance(r) => r.id = id,
            Row::Attendance(r) => r.id = id,
            Row::DocumentPage(r) => r.id = id,
        }
    }

    pub fn kind(&self) -> RowKind {
        match self {
            Row::Profile(_) => RowKind::Profile,
            Row::Goal(_) => RowKind::Goal,
            Row::Activity(_) => RowKind::Activity,
            Row::Course(_) => RowKind::Course,
            Row::CourseMembership(_) => RowKind::CourseMembership,
            Row::Event(_) => RowKind::Event,
            Row::Answer(_) => RowKind::Answer,
            Row::AgendaItem(_) => RowKind::AgendaItem,
            Row::RecognitionCase(_) => RowKind::RecognitionCase,
            Row::RequiredDocument(_) => RowKind::RequiredDocument,
            Row::Message(_) => RowKind::Message,
            Row::Guidance(_) => RowKind::Guidance,
            Row::Attendance(_) => RowKind::Attendance,
            Row::DocumentPage(_) => RowKind::DocumentPage,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    Profile,
    Goal,
    Activity,
    Course,
    CourseMembership,
    Event,
    Answer,
    AgendaItem,
    RecognitionCase,
    RequiredDocument,
    Message,
    Guidance,
    Attendance,
    DocumentPage,
}

impl RowKind {
    pub const ALL: [RowKind; 14] = [
        RowKind::Profile,
        RowKind::Goal,
        RowKind::Activity,
        RowKind::Course,
        RowKind::CourseMembership,
        RowKind::Event,
        RowKind::Answer,
        RowKind::AgendaItem,
        RowKind::RecognitionCase,
        RowKind::RequiredDocument,
        RowKind::Message,
        RowKind::Guidance,
        RowKind::Attendance,
        RowKind::DocumentPage,
    ];

    /// The protocol version that brought this kind. A device speaking an older one is not sent
    /// such rows: its app would fail to read them (see `PROTOCOL_VERSION`).
    pub fn since_protocol(self) -> u32 {
        match self {
            RowKind::Attendance | RowKind::DocumentPage => 2,
            _ => 1,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RowKind::Profile => "profile",
            RowKind::Goal => "goal",
            RowKind::Activity => "activity",
            RowKind::Course => "course",
            RowKind::CourseMembership => "course_membership",
            RowKind::Event => "event",
            RowKind::Answer => "answer",
            RowKind::AgendaItem => "agenda_item",
            RowKind::RecognitionCase => "recognition_case",
            RowKind::RequiredDocument => "required_document",
            RowKind::Message => "message",
            RowKind::Guidance => "guidance",
            RowKind::Attendance => "attendance",
            RowKind::DocumentPage => "document_page",
        }
    }

    pub fn parse(s: &str) -> Option<RowKind> {
        RowKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The participant as their own device sees them. The id is the participant id. No national
/// identity number is ever kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Profile {
    #[serde(default)]
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub bydel_id: String,
    #[serde(default)]
    pub bydel_name: String,
    #[serde(default = "norwegian")]
    pub preferred_language: String,
    pub settled_on: NaiveDate,
    /// When the municipality decided the participant's introduction programme (§ 12).
    #[serde(default)]
    pub programme_decided_on: Option<NaiveDate>,
    #[serde(default)]
    pub programme_start: Option<NaiveDate>,
    #[serde(default)]
    pub programme_end: Option<NaiveDate>,
    #[serde(default)]
    pub sluttmaal: Option<Text>,
    #[serde(default)]
    pub norskmaal: Option<Text>,
    #[serde(default)]
    pub caseworker_id: Option<String>,
    #[serde(default)]
    pub caseworker_name: Option<String>,
    /// The plan says an application for recognition of education is relevant.
    #[serde(default)]
    pub recognition_relevant: bool,
}

impl Profile {
    /// A participant with only what every one has: an id, a name and the day they were settled.
    /// Everything else starts empty (the server fills in the bydel when it stores the profile).
    pub fn new(id: impl Into<String>, name: impl Into<String>, settled_on: NaiveDate) -> Self {
        Profile {
            id: id.into(),
            name: name.into(),
            bydel_id: String::new(),
            bydel_name: String::new(),
            preferred_language: norwegian(),
            settled_on,
            programme_decided_on: None,
            programme_start: None,
            programme_end: None,
            sluttmaal: None,
            norskmaal: None,
            caseworker_id: None,
            caseworker_name: None,
            recognition_relevant: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    /// The programme's end goal (sluttmål).
    Sluttmaal,
    /// The Norwegian-language goal (norskmål).
    Norskmaal,
    /// An intermediate goal (delmål).
    Delmaal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Active,
    Achieved,
    Dropped,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Goal {
    #[serde(default)]
    pub id: String,
    pub goal_kind: GoalKind,
    pub title: Text,
    pub status: GoalStatus,
    #[serde(default)]
    pub target_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ActivityType {
    NorwegianCourse,
    LanguagePractice,
    WorkPractice,
    JobSearch,
    Course,
    Education,
    Recognition,
    Meeting,
    Health,
    Housing,
    Other,
}

/// NAV's activity model: proposed, planned, in progress, done, cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ActivityStatus {
    Proposed,
    Planned,
    InProgress,
    Done,
    Cancelled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    Participant,
    Caseworker,
    /// Voksenopplæringen, the school: a next step of a three-way meeting that the teacher takes
    /// on. Since protocol 3 ([`Row::since_protocol`]).
    School,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Activity {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    pub activity_type: ActivityType,
    pub status: ActivityStatus,
    /// Who may move it between proposed, in progress and done.
    pub owner: Owner,
    /// Agreed with the caseworker (a participant's proposal becomes agreed when the caseworker accepts).
    #[serde(default)]
    pub agreed: bool,
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Placements (language or work practice) have a period and a place.
    #[serde(default)]
    pub starts_on: Option<NaiveDate>,
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
    #[serde(default)]
    pub place: Option<Text>,
    /// A next step agreed in this meeting (an [`Event`] of the same participant): the plan says
    /// where it came from and the meeting's card lists it. Older devices and servers ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub from_event_id: Option<String>,
    /// Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
    /// cleared when the participant changes it, since that is a new thing to see.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<Seen>,
    /// The caseworker's answer to the participant's proposal: agreed, declined or commented on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<ProposalResponse>,
}

/// That a caseworker of the participant's bydel saw something the participant sent (an answer, an
/// agenda question, a proposal, a document marked ready, a message): the device shows "seen by
/// <first name>". Only the first name travels: the participant knows their caseworker by it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Seen {
    pub by: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ProposalOutcome {
    /// The activity is agreed and planned.
    Agreed,
    /// Not agreed; the activity is cancelled and the comment says why.
    Declined,
    /// Neither yet: the caseworker asks or says something and the proposal stays proposed.
    Commented,
}

/// What the caseworker answered to a participant's proposed activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProposalResponse {
    pub outcome: ProposalOutcome,
    /// The caseworker's reason or comment, as written (in Norwegian).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// The caseworker's first name.
    pub by: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Course {
    #[serde(default)]
    pub id: String,
    pub name: Text,
    pub provider: String,
    #[serde(default)]
    pub level: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The school that keeps the course (Voksenopplæringen), when it is a school's: its members
    /// may come from any bydel. Older devices ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub school_id: Option<String>,
    /// The school's teachers of the course (staff ids, as a profile's `caseworker_id`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub teacher_ids: Vec<String>,
}

/// That the participant belongs to a course. Kept in the participant's scope (a course's members are
/// not shown to each other); it is what subscribes the device to the course's scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CourseMembership {
    #[serde(default)]
    pub id: String,
    pub course_id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    ClassSession,
    Meeting,
    /// Competence mapping conversation (kartleggingssamtale).
    Kartlegging,
    /// The three-way meeting of participant, NAV adviser and the adult education centre.
    Trekantsamtale,
    PlacementShift,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    Scheduled,
    Cancelled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PartyRole {
    Participant,
    Caseworker,
    NavAdviser,
    Teacher,
    Interpreter,
    Employer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Party {
    pub role: PartyRole,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Event {
    #[serde(default)]
    pub id: String,
    pub event_kind: EventKind,
    /// Set for class sessions: the course the session belongs to.
    #[serde(default)]
    pub course_id: Option<String>,
    /// Set for placement shifts: the placement activity.
    #[serde(default)]
    pub activity_id: Option<String>,
    #[serde(default)]
    pub title: Option<Text>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    #[serde(default)]
    pub place: Option<Text>,
    #[serde(default)]
    pub room: Option<String>,
    /// What to bring.
    #[serde(default)]
    pub bring: Option<Text>,
    #[serde(default)]
    pub parties: Vec<Party>,
    pub status: EventStatus,
    /// The caseworker's agenda; participants add questions as [`AgendaItem`]s.
    #[serde(default)]
    pub agenda: Option<Text>,
    /// The next steps agreed in the meeting, written afterwards.
    #[serde(default)]
    pub next_steps: Option<Text>,
    /// A three-way meeting's part from the school, written by a teacher who is one of its
    /// parties: the participant's progress in Norwegian, their attendance. Older devices ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_part: Option<Text>,
    /// When, where and in which room it was before a caseworker last moved or changed it (set
    /// by the server, never by the writer), so the participant's card and notification can say
    /// what changed. Older devices ignore it; older servers leave it out. Boxed: most events
    /// never move, and a row is only as large as its largest kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Box<EventPrevious>>,
}

/// An appointment's time and place before its last change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EventPrevious {
    pub starts_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
}

impl Event {
    /// What the participant knew of it: its time, room and place now.
    pub fn whereabouts(&self) -> EventPrevious {
        EventPrevious {
            starts_at: self.starts_at,
            room: self.room.clone(),
            place: self.place.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Response {
    Coming,
    CantCome,
}

/// A participant's answer to an event. Kept in the participant's scope with the id
/// `answer:<participant id>:<event id>`, so answers to a shared class session stay private.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Answer {
    #[serde(default)]
    pub id: String,
    pub event_id: String,
    pub response: Response,
    #[serde(default)]
    pub reason: Option<String>,
    pub answered_at: DateTime<Utc>,
    /// Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
    /// cleared when the participant changes it, since that is a new thing to see.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<Seen>,
}

impl Answer {
    pub fn id_for(participant_id: &str, event_id: &str) -> String {
        format!("answer:{participant_id}:{event_id}")
    }
}

/// A question the participant adds to a meeting's agenda beforehand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AgendaItem {
    #[serde(default)]
    pub id: String,
    pub event_id: String,
    pub text: Text,
    pub added_at: DateTime<Utc>,
    /// Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
    /// cleared when the participant changes it, since that is a new thing to see.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<Seen>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RecognitionRoute {
    /// General recognition of higher education by HK-dir.
    HkdirGeneral,
    /// Authorisation for a regulated profession (nurse, doctor, teacher …) by its authority.
    RegulatedProfession,
    /// Recognition of vocational education (fagbrev).
    Vocational,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RecognitionStatus {
    NotApplied,
    Draft,
    Submitted,
    DocumentsMissing,
    InProcessing,
    DecidedFull,
    DecidedPartial,
    Rejected,
    Appealed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StatusChange {
    pub status: RecognitionStatus,
    pub on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecognitionCase {
    #[serde(default)]
    pub id: String,
    /// What is to be recognised, e.g. "Bachelor i sykepleie".
    pub credential: Text,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub level: Option<String>,
    pub route: RecognitionRoute,
    /// Who decides: HK-dir, Helsedirektoratet, the county …
    #[serde(default)]
    pub authority: Option<String>,
    pub status: RecognitionStatus,
    #[serde(default)]
    pub case_number: Option<String>,
    /// Every status the case has had, oldest first; the server appends on each status change.
    #[serde(default)]
    pub history: Vec<StatusChange>,
    /// The bydel sent the application pack to the authority (HK-dir): when, and the authority's
    /// reference. Set from the console, which moves the case to submitted at the same time. Older
    /// devices ignore it; a case without it is written as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub sent: Option<SentToAuthority>,
}

/// That the bydel sent the application pack to the deciding authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SentToAuthority {
    pub on: NaiveDate,
    /// The authority's reference (HK-dir's case number) as the caseworker typed it.
    pub reference: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Diploma,
    Transcript,
    Translation,
    PassportCopy,
    Cv,
    EmploymentCertificate,
    CourseDescription,
    LanguageCertificate,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    /// Still to be found.
    Missing,
    /// The participant says they have it.
    Ready,
    /// The caseworker has it / it was sent with the application.
    Received,
    NotNeeded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RequiredDocument {
    #[serde(default)]
    pub id: String,
    pub case_id: String,
    pub document_kind: DocumentKind,
    pub status: DocumentStatus,
    #[serde(default)]
    pub note: Option<Text>,
    /// Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
    /// set only while the participant's "ready" is what there is to see, and
    /// cleared by a new "ready", since that is a new thing to see.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<Seen>,
    /// The caseworker's verdict on the pages the participant sent for this document. The server
    /// clears it when a new page of the document has been received (the document is waiting for
    /// review again). Older devices ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub verdict: Option<DocumentVerdict>,
}

/// What the caseworker decided about a document's pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DocumentVerdict {
    pub code: VerdictCode,
    /// The caseworker's note, as written (in Norwegian).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub note: Option<String>,
    pub at: DateTime<Utc>,
}

/// Accepted, or why not: each rejection tells the participant what to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum VerdictCode {
    Accepted,
    /// Take the photo again.
    Unreadable,
    WrongDocument,
    NeedsAuthorisedTranslation,
    /// The authority wants the document sent from the institution that issued it.
    NeedsOriginal,
}

/// What a page's bytes are. The server checks it against the bytes themselves (their magic
/// numbers) once they have all arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum PageType {
    #[serde(rename = "image/jpeg")]
    Jpeg,
    #[serde(rename = "image/png")]
    Png,
    #[serde(rename = "image/heic")]
    Heic,
    #[serde(rename = "application/pdf")]
    Pdf,
}

impl PageType {
    pub const ALL: [PageType; 4] = [PageType::Jpeg, PageType::Png, PageType::Heic, PageType::Pdf];

    /// The MIME type, as on the wire.
    pub fn mime(self) -> &'static str {
        match self {
            PageType::Jpeg => "image/jpeg",
            PageType::Png => "image/png",
            PageType::Heic => "image/heic",
            PageType::Pdf => "application/pdf",
        }
    }

    pub fn parse(mime: &str) -> Option<PageType> {
        PageType::ALL.into_iter().find(|t| t.mime() == mime)
    }

    /// The file name extension a page of this type is saved with.
    pub fn extension(self) -> &'static str {
        match self {
            PageType::Jpeg => "jpg",
            PageType::Png => "png",
            PageType::Heic => "heic",
            PageType::Pdf => "pdf",
        }
    }

    /// The most bytes one page of this type may have.
    pub fn max_bytes(self) -> u64 {
        match self {
            PageType::Pdf => crate::limits::MAX_PDF_BYTES,
            _ => crate::limits::MAX_PAGE_BYTES,
        }
    }
}

/// One page (a photo, a scan or a PDF) of a required document, as the participant's device added
/// it. The bytes travel separately (`/api/v1/pages/{id}/upload`) and are kept outside the rows;
/// the device chooses the id, which begins with its device id and `-`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DocumentPage {
    #[serde(default)]
    pub id: String,
    pub document_id: String,
    /// The page's place in its document, from 0: the pack is put together in this order.
    pub index: u32,
    pub content_type: PageType,
    /// Bytes, as the device stored it.
    pub size: u64,
    /// The SHA-256 of the bytes, lowercase hex.
    pub sha256: String,
    /// Set by the server once every byte arrived and the hash and content type matched.
    #[serde(default)]
    pub received: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Participant,
    Caseworker,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Message {
    #[serde(default)]
    pub id: String,
    pub author: Author,
    #[serde(default)]
    pub author_name: Option<String>,
    /// What every device can show. For a message from a template, the server writes it: the
    /// template's text in Norwegian, then the caseworker's own words (`template::template_body`).
    #[serde(default = "no_text")]
    pub body: Text,
    pub sent_at: DateTime<Utc>,
    /// When the other side read it.
    #[serde(default)]
    pub read_at: Option<DateTime<Utc>>,
    /// Set when a caseworker composed the message from a template: a device that knows the key
    /// shows it in the participant's language; one that does not (older apps ignore the field)
    /// shows `body`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<MessageTemplate>,
    /// Who read a participant's message (set with `read_at` when a caseworker marks it read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<Seen>,
}

/// A message from a template needs no body from its sender: the server writes it.
fn no_text() -> Text {
    Text::nb("")
}

/// What the teacher's class list says of one participant at one class session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AttendanceMark {
    Present,
    Late,
    Absent,
}

/// The caseworker's classification of an absence (integreringsforskriften chapter 3): valid,
/// with its kind, or without valid reason (which reduces the benefit, integreringsloven § 21).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AbsenceKind {
    /// Own illness on self-certification (egenmelding).
    OwnIllnessSelfCertified,
    /// Own illness with a doctor's note (legeerklæring).
    OwnIllnessDoctorsNote,
    /// A sick child at home.
    ChildIllness,
    /// Welfare leave (velferdspermisjon).
    WelfareLeave,
    /// A holy day of the participant's faith.
    HolyDay,
    /// Other leave the bydel approved.
    OtherApprovedLeave,
    /// Without valid reason: counts toward the reduction of the benefit.
    NoValidReason,
}

impl AbsenceKind {
    pub const ALL: [AbsenceKind; 7] = [
        AbsenceKind::OwnIllnessSelfCertified,
        AbsenceKind::OwnIllnessDoctorsNote,
        AbsenceKind::ChildIllness,
        AbsenceKind::WelfareLeave,
        AbsenceKind::HolyDay,
        AbsenceKind::OtherApprovedLeave,
        AbsenceKind::NoValidReason,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AbsenceKind::OwnIllnessSelfCertified => "own_illness_self_certified",
            AbsenceKind::OwnIllnessDoctorsNote => "own_illness_doctors_note",
            AbsenceKind::ChildIllness => "child_illness",
            AbsenceKind::WelfareLeave => "welfare_leave",
            AbsenceKind::HolyDay => "holy_day",
            AbsenceKind::OtherApprovedLeave => "other_approved_leave",
            AbsenceKind::NoValidReason => "no_valid_reason",
        }
    }

    pub fn parse(s: &str) -> Option<AbsenceKind> {
        AbsenceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Valid absence keeps the benefit.
    pub fn is_valid(self) -> bool {
        self != AbsenceKind::NoValidReason
    }
}

/// One participant at one class session: written by the server from the teacher's class list,
/// classified by the caseworker of the participant's bydel. Kept in the participant's own scope
/// with the id `attendance:<participant id>:<event id>`, so no other member of the class sees it.
/// The session's times are copied in, so the hours count without the course's scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Attendance {
    #[serde(default)]
    pub id: String,
    pub event_id: String,
    pub course_id: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub mark: AttendanceMark,
    /// Minutes late, for [`AttendanceMark::Late`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub late_minutes: Option<u32>,
    /// The caseworker's classification of an absence; `None` until classified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub absence: Option<AbsenceKind>,
    /// The caseworker has the doctor's note for this absence.
    #[serde(default)]
    pub doctors_note: bool,
    /// The doctor's note this absence needs by the bydel's rules has not arrived (set by the
    /// server whenever the participant's absences are classified).
    #[serde(default)]
    pub document_missing: bool,
    /// Days of leave for a sick child in 12 months under the participant's bydel's rules when
    /// the server wrote this row, so the app can say how many are left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub child_days_allowed: Option<u32>,
    pub recorded_at: DateTime<Utc>,
}

impl Attendance {
    pub fn id_for(participant_id: &str, event_id: &str) -> String {
        format!("attendance:{participant_id}:{event_id}")
    }
}

/// A bydel's guidance article in one language (how to get a document translated, where NAV is …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Guidance {
    #[serde(default)]
    pub id: String,
    pub lang: String,
    pub topic: String,
    pub title: String,
    pub body: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_tagged_by_kind_and_round_trip() {
        let row = Row::Goal(Goal {
            id: "g1".into(),
            goal_kind: GoalKind::Norskmaal,
            title: Text::nb("Norsk B1 muntlig"),
            status: GoalStatus::Active,
            target_date: None,
        });
        let json = serde_json::to_value(&row).unwrap();
        assert_eq!(json["kind"], "goal");
        assert_eq!(json["goal_kind"], "norskmaal");
        let back: Row = serde_json::from_value(json).unwrap();
        assert_eq!(back, row);
    }

    /// A device before protocol 3 knew two owners, so it could not read a step the school owns;
    /// such a row names protocol 3, and only such a row.
    #[test]
    fn a_step_the_school_owns_needs_protocol_3() {
        #[derive(Debug, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[allow(dead_code)]
        enum OwnerBeforeSchools {
            Participant,
            Caseworker,
        }
        let mut step: Activity = serde_json::from_value(serde_json::json!({
            "id": "a1", "activity_type": "other", "status": "planned", "owner": "caseworker",
            "agreed": true, "title": {"text": "Send karakterutskrift"}}))
        .unwrap();
        assert_eq!(Row::Activity(step.clone()).since_protocol(), 1);
        step.owner = Owner::School;
        let json = serde_json::to_value(&step).unwrap();
        assert_eq!(json["owner"], "school");
        assert!(serde_json::from_value::<OwnerBeforeSchools>(json["owner"].clone()).is_err());
        assert_eq!(Row::Activity(step).since_protocol(), 3);
        let attendance: Row = serde_json::from_value(serde_json::json!({
            "kind": "attendance", "id": "x", "event_id": "e", "course_id": "c", "mark": "present",
            "starts_at": "2026-11-02T08:00:00Z", "ends_at": "2026-11-02T10:00:00Z",
            "recorded_at": "2026-11-02T10:00:00Z"}))
        .unwrap();
        assert_eq!(attendance.since_protocol(), 2);
    }

    #[test]
    fn unknown_kind_is_an_error() {
        let r: Result<Row, _> = serde_json::from_str(r#"{"kind":"password","id":"x"}"#);
        assert!(r.is_err());
    }

    /// A device built before templates reads a template message as the Norwegian body the server
    /// wrote: its `Message` had no `template`, and an unknown field is ignored. Its shape is
    /// copied here as it was.
    #[test]
    fn an_older_device_reads_a_template_message_as_its_norwegian_body() {
        #[derive(Deserialize)]
        #[allow(dead_code)]
        struct MessageBeforeTemplates {
            #[serde(default)]
            id: String,
            author: Author,
            #[serde(default)]
            author_name: Option<String>,
            body: Text,
            sent_at: DateTime<Utc>,
            #[serde(default)]
            read_at: Option<DateTime<Utc>>,
        }
        let json = serde_json::json!({
            "kind": "message", "id": "m1", "author": "caseworker", "author_name": "Kari",
            "body": {"text": "Kan du ringe meg når du har anledning?", "lang": "nb"},
            "sent_at": "2026-08-17T08:00:00Z",
            "template": {"key": "please_call"}
        });
        let old: MessageBeforeTemplates = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(old.body.text, "Kan du ringe meg når du har anledning?");
        assert_eq!(old.body.lang, "nb");
        let Row::Message(new) = serde_json::from_value(json).unwrap() else {
            panic!("a message")
        };
        assert_eq!(new.template.map(|t| t.key).as_deref(), Some("please_call"));
        // And a message from an older server, without the field, has no template.
        let plain: Row = serde_json::from_value(serde_json::json!({
            "kind": "message", "id": "m2", "author": "caseworker",
            "body": {"text": "Hei"}, "sent_at": "2026-08-17T08:00:00Z"
        }))
        .unwrap();
        assert!(matches!(
            plain,
            Row::Message(Message { template: None, .. })
        ));
        assert!(!serde_json::to_string(&plain).unwrap().contains("template"));
    }

    /// Receipts and answers to proposals travel as optional fields: a device built before them
    /// reads a seen, answered proposal as the proposal it knew (unknown fields are ignored), and a
    /// row from an older server, without them, reads as unseen and unanswered, and is written
    /// back without them.
    #[test]
    fn seen_and_response_are_optional_on_the_wire() {
        #[derive(Deserialize)]
        #[allow(dead_code)]
        struct ActivityBeforeReceipts {
            id: String,
            activity_type: ActivityType,
            status: ActivityStatus,
            owner: Owner,
            #[serde(default)]
            agreed: bool,
            title: Text,
        }
        let json = serde_json::json!({
            "kind": "activity", "id": "dev-a1", "activity_type": "course", "status": "cancelled",
            "owner": "participant", "agreed": false, "title": {"text": "Truckførerkurs", "lang": "nb"},
            "seen": {"by": "Kari", "at": "2026-08-17T08:00:00Z"},
            "response": {"outcome": "declined", "by": "Kari", "at": "2026-08-17T08:05:00Z",
                "comment": {"text": "Ikke nå.", "lang": "nb"}}
        });
        let old: ActivityBeforeReceipts = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(old.status, ActivityStatus::Cancelled);
        let Row::Activity(new) = serde_json::from_value(json).unwrap() else {
            panic!("an activity")
        };
        assert_eq!(new.seen.map(|s| s.by).as_deref(), Some("Kari"));
        assert_eq!(
            new.response.map(|r| r.outcome),
            Some(ProposalOutcome::Declined)
        );
        let plain: Row = serde_json::from_value(serde_json::json!({
            "kind": "answer", "id": "answer:p:e", "event_id": "e", "response": "coming",
            "answered_at": "2026-08-17T08:00:00Z"
        }))
        .unwrap();
        assert!(matches!(&plain, Row::Answer(Answer { seen: None, .. })));
        assert!(!serde_json::to_string(&plain).unwrap().contains("seen"));
    }

    /// An event from an older server has no `previous`, and one without it is written without the
    /// field, so an older device or server reads exactly what it used to.
    #[test]
    fn an_event_without_a_previous_time_reads_and_writes_as_before() {
        let json = serde_json::json!({
            "kind": "event", "id": "e1", "event_kind": "class_session",
            "starts_at": "2026-08-18T08:00:00Z", "ends_at": "2026-08-18T10:00:00Z",
            "room": "203", "status": "scheduled"
        });
        let row: Row = serde_json::from_value(json).unwrap();
        let Row::Event(e) = &row else {
            panic!("an event")
        };
        assert!(e.previous.is_none());
        assert!(!serde_json::to_string(&row).unwrap().contains("previous"));
        let mut moved = e.clone();
        moved.previous = Some(Box::new(e.whereabouts()));
        moved.room = Some("B-999".into());
        let back: Row =
            serde_json::from_str(&serde_json::to_string(&Row::Event(moved.clone())).unwrap())
                .unwrap();
        assert_eq!(back, Row::Event(moved));
    }

    /// A next step names the meeting it came from; an older device ignores the field (its
    /// `Activity` had none and unknown fields are ignored), and an activity without it is written
    /// as before, so an older server sees nothing new.
    #[test]
    fn a_step_from_a_meeting_reads_on_older_and_newer_devices() {
        let json = serde_json::json!({
            "kind": "activity", "id": "a1", "activity_type": "other", "status": "planned",
            "owner": "participant", "agreed": true, "title": {"text": "Åpne bankkonto"},
            "from_event_id": "e1"
        });
        let Row::Activity(step) = serde_json::from_value(json).unwrap() else {
            panic!("an activity")
        };
        assert_eq!(step.from_event_id.as_deref(), Some("e1"));
        let loose = Activity {
            from_event_id: None,
            ..step.clone()
        };
        let written = serde_json::to_string(&Row::Activity(loose)).unwrap();
        assert!(!written.contains("from_event_id"), "{written}");
        let back: Row = serde_json::from_str(&written).unwrap();
        assert!(matches!(
            back,
            Row::Activity(Activity {
                from_event_id: None,
                ..
            })
        ));
    }

    /// Pages, verdicts and "sent" are new: a document or case without them is written as before,
    /// and a page's content type travels as its MIME type.
    #[test]
    fn pages_verdicts_and_sent_on_the_wire() {
        let page = Row::DocumentPage(DocumentPage {
            id: "dev1-p1".into(),
            document_id: "d1".into(),
            index: 0,
            content_type: PageType::Pdf,
            size: 20_000_000,
            sha256: "ab".repeat(32),
            received: false,
            created_at: "2026-12-07T10:00:00Z".parse().unwrap(),
        });
        let json = serde_json::to_value(&page).unwrap();
        assert_eq!(json["kind"], "document_page");
        assert_eq!(json["content_type"], "application/pdf");
        assert_eq!(serde_json::from_value::<Row>(json).unwrap(), page);
        for t in PageType::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), t.mime());
            assert_eq!(PageType::parse(t.mime()), Some(t));
        }
        assert!(PageType::Pdf.max_bytes() > PageType::Jpeg.max_bytes());

        let doc = serde_json::json!({
            "kind": "required_document", "id": "d1", "case_id": "c1",
            "document_kind": "diploma", "status": "ready"
        });
        let Row::RequiredDocument(mut d) = serde_json::from_value(doc).unwrap() else {
            panic!("a document")
        };
        assert!(d.verdict.is_none());
        assert!(!serde_json::to_string(&d).unwrap().contains("verdict"));
        d.verdict = Some(DocumentVerdict {
            code: VerdictCode::NeedsAuthorisedTranslation,
            note: Some("Oversettelsen må være autorisert.".into()),
            at: "2026-12-07T10:00:00Z".parse().unwrap(),
        });
        let v = serde_json::to_value(&d).unwrap();
        assert_eq!(v["verdict"]["code"], "needs_authorised_translation");

        let case = serde_json::json!({
            "kind": "recognition_case", "id": "c1", "credential": {"text": "Bachelor"},
            "route": "hkdir_general", "status": "submitted",
            "sent": {"on": "2026-12-07", "reference": "HK-2026-123"}
        });
        let Row::RecognitionCase(c) = serde_json::from_value(case).unwrap() else {
            panic!("a case")
        };
        assert_eq!(c.sent.map(|s| s.reference).as_deref(), Some("HK-2026-123"));
    }

    #[test]
    fn kind_names_match_serde_tags() {
        for kind in RowKind::ALL {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json, kind.as_str());
            assert_eq!(RowKind::parse(kind.as_str()), Some(kind));
        }
    }
}
