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
}

impl Row {
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
}

impl RowKind {
    pub const ALL: [RowKind; 12] = [
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
    ];

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
}

/// A message from a template needs no body from its sender: the server writes it.
fn no_text() -> Text {
    Text::nb("")
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

    #[test]
    fn kind_names_match_serde_tags() {
        for kind in RowKind::ALL {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json, kind.as_str());
            assert_eq!(RowKind::parse(kind.as_str()), Some(kind));
        }
    }
}
