//! What needs the caseworker today: the queues of the console's start page. `build` is a pure
//! function of the bydel's rows and today's date (Europe/Oslo), so every count is tested on rows
//! whose answer is known; `load` reads those rows for one caseworker's bydel, and only that bydel.
//!
//! Tenancy: everything is keyed by the participants `records::list_participants` gives for the
//! caseworker's bydel, and an answer counts only for an event of that bydel. A row of another bydel
//! therefore can neither be counted nor named here.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Europe::Oslo;
use serde::Serialize;
use veikart_protocol::{
    Author, DocumentKind, DocumentStatus, Event, EventKind, EventStatus, Profile, Response, Row,
    RowKind,
};

use super::error::DomainResult;
use super::flags::{self, ProgrammeDeadline, Severity};
use super::{receipts, records};
use crate::store::{Caseworker, StoredRow, Tx};

/// "Can't come" answers count for events from today up to this many days ahead.
pub const CANT_COME_DAYS: i64 = 7;

/// Who an item is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Who {
    pub id: String,
    pub name: String,
}

impl From<&Profile> for Who {
    fn from(p: &Profile) -> Self {
        Who {
            id: p.id.clone(),
            name: p.name.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub who: Who,
    pub deadline: ProgrammeDeadline,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meeting {
    pub who: Who,
    pub event_id: String,
    pub event_kind: EventKind,
    pub title: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CantCome {
    pub who: Who,
    pub event_id: String,
    pub event_kind: EventKind,
    /// Set for a class session: where the session can be moved or cancelled.
    pub course_id: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    pub who: Who,
    pub activity_id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadyDocument {
    pub who: Who,
    pub document_id: String,
    pub document_kind: DocumentKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unread {
    pub who: Who,
    pub count: usize,
    pub newest: DateTime<Utc>,
}

/// The queues, most pressing first within each. A queue's items are what the caseworker acts on;
/// unread messages are grouped per participant, and `unread_messages` counts the messages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Today {
    pub today: Option<NaiveDate>,
    pub deadlines: Vec<Deadline>,
    pub meetings: Vec<Meeting>,
    pub cant_come: Vec<CantCome>,
    pub proposals: Vec<Proposal>,
    pub documents: Vec<ReadyDocument>,
    pub unread: Vec<Unread>,
    pub unread_messages: usize,
}

impl Today {
    /// Deadlines already passed (the worst of the queues).
    pub fn overdue(&self) -> usize {
        self.deadlines
            .iter()
            .filter(|d| d.deadline.severity == Severity::Overdue)
            .count()
    }
}

/// Meetings with the caseworker: not class sessions nor placement shifts.
fn is_meeting(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Meeting | EventKind::Kartlegging | EventKind::Trekantsamtale
    )
}

fn oslo_day(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&Oslo).date_naive()
}

/// The queues from the bydel's profiles and rows (any kinds; rows of participants not among
/// `profiles` are ignored, events are looked up among `rows` only).
pub fn build(profiles: &[Profile], rows: &[StoredRow], today: NaiveDate) -> Today {
    let who: HashMap<&str, &Profile> = profiles.iter().map(|p| (p.id.as_str(), p)).collect();
    let events: HashMap<&str, &Event> = rows
        .iter()
        .filter_map(|s| match &s.row {
            Some(Row::Event(e)) => Some((e.id.as_str(), e)),
            _ => None,
        })
        .collect();
    let mut out = Today {
        today: Some(today),
        ..Today::default()
    };
    let mut deadlines: Vec<Deadline> = profiles
        .iter()
        .filter_map(|p| {
            flags::programme_deadline(p, today).map(|deadline| Deadline {
                who: p.into(),
                deadline,
            })
        })
        .collect();
    deadlines.sort_by(|a, b| {
        a.deadline
            .days_left
            .cmp(&b.deadline.days_left)
            .then(a.who.name.cmp(&b.who.name))
    });
    out.deadlines = deadlines;
    let last_day = today + Duration::days(CANT_COME_DAYS);
    let mut unread: BTreeMap<&str, Unread> = BTreeMap::new();
    for s in rows {
        let (Some(pid), Some(row)) = (s.placement.participant_id.as_deref(), &s.row) else {
            continue;
        };
        let Some(p) = who.get(pid).copied() else {
            continue;
        };
        match row {
            Row::Event(e)
                if is_meeting(e.event_kind)
                    && e.status == EventStatus::Scheduled
                    && oslo_day(e.starts_at) == today =>
            {
                out.meetings.push(Meeting {
                    who: p.into(),
                    event_id: e.id.clone(),
                    event_kind: e.event_kind,
                    title: e.title.as_ref().map(|t| t.text.clone()),
                    starts_at: e.starts_at,
                    ends_at: e.ends_at,
                });
            }
            Row::Answer(a) if a.response == Response::CantCome => {
                let Some(e) = events.get(a.event_id.as_str()) else {
                    continue;
                };
                let day = oslo_day(e.starts_at);
                if e.status == EventStatus::Scheduled && day >= today && day <= last_day {
                    out.cant_come.push(CantCome {
                        who: p.into(),
                        event_id: e.id.clone(),
                        event_kind: e.event_kind,
                        course_id: e.course_id.clone(),
                        starts_at: e.starts_at,
                        reason: a.reason.clone(),
                    });
                }
            }
            Row::Activity(a) if receipts::is_open_proposal(a) => {
                out.proposals.push(Proposal {
                    who: p.into(),
                    activity_id: a.id.clone(),
                    title: a.title.text.clone(),
                });
            }
            Row::RequiredDocument(d) if d.status == DocumentStatus::Ready => {
                out.documents.push(ReadyDocument {
                    who: p.into(),
                    document_id: d.id.clone(),
                    document_kind: d.document_kind,
                });
            }
            Row::Message(m) if m.author == Author::Participant && m.read_at.is_none() => {
                out.unread_messages += 1;
                let u = unread.entry(pid).or_insert_with(|| Unread {
                    who: p.into(),
                    count: 0,
                    newest: m.sent_at,
                });
                u.count += 1;
                u.newest = u.newest.max(m.sent_at);
            }
            _ => {}
        }
    }
    out.meetings.sort_by(|a, b| {
        a.starts_at
            .cmp(&b.starts_at)
            .then(a.who.name.cmp(&b.who.name))
    });
    out.cant_come.sort_by(|a, b| {
        a.starts_at
            .cmp(&b.starts_at)
            .then(a.who.name.cmp(&b.who.name))
    });
    out.proposals
        .sort_by(|a, b| a.who.name.cmp(&b.who.name).then(a.title.cmp(&b.title)));
    out.documents.sort_by(|a, b| a.who.name.cmp(&b.who.name));
    out.unread = unread.into_values().collect();
    // The longest waiting first.
    out.unread
        .sort_by(|a, b| a.newest.cmp(&b.newest).then(a.who.name.cmp(&b.who.name)));
    out
}

/// The row kinds the queues look at.
const KINDS: [RowKind; 5] = [
    RowKind::Event,
    RowKind::Answer,
    RowKind::Activity,
    RowKind::RequiredDocument,
    RowKind::Message,
];

/// The queues of the caseworker's bydel (audited as a list view of its participants); with
/// `only_mine`, only of the participants whose caseworker they are.
pub fn load(tx: &mut dyn Tx, cw: &Caseworker, only_mine: bool) -> DomainResult<Today> {
    let mut profiles = records::list_participants(tx, cw)?;
    if only_mine {
        profiles.retain(|p| p.caseworker_id.as_deref() == Some(cw.id.as_str()));
    }
    let mut rows = Vec::new();
    for kind in KINDS {
        rows.extend(tx.bydel_rows(&cw.bydel_id, kind)?);
    }
    // A school's course is kept outside the bydel: its sessions count for the bydel's members'
    // "can't come" answers too.
    let mut school_courses = std::collections::BTreeSet::new();
    for m in tx.bydel_rows(&cw.bydel_id, veikart_protocol::RowKind::CourseMembership)? {
        if let Some(veikart_protocol::Row::CourseMembership(m)) = m.row {
            school_courses.insert(m.course_id);
        }
    }
    for course_id in school_courses {
        if let Some(crate::store::StoredRow {
            row: Some(veikart_protocol::Row::Course(c)),
            placement,
            ..
        }) = tx.row(&course_id)?
            && c.school_id.is_some()
            && placement.bydel_id != cw.bydel_id
        {
            rows.extend(tx.child_rows(&course_id, veikart_protocol::RowKind::Event)?);
        }
    }
    let today = oslo_day(tx.now());
    Ok(build(&profiles, &rows, today))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::TimeZone;
    use veikart_protocol::{
        Activity, ActivityStatus, ActivityType, Answer, Message, Owner, RequiredDocument, Text,
    };

    use crate::store::Placement;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn profile(id: &str, settled: NaiveDate) -> Profile {
        Profile {
            bydel_id: "b".into(),
            ..Profile::new(id, format!("Name {id}"), settled)
        }
    }

    fn stored(pid: Option<&str>, row: Row) -> StoredRow {
        StoredRow {
            id: row.id().to_owned(),
            kind: row.kind(),
            placement: Placement {
                scope: format!("p:{}", pid.unwrap_or("course")),
                bydel_id: "b".into(),
                participant_id: pid.map(str::to_owned),
                parent_id: None,
            },
            version: 1,
            row: Some(row),
            updated_at: Utc::now(),
            updated_by: "test".into(),
        }
    }

    /// Oslo wall-clock time on a day: in December Oslo is UTC+1.
    fn oslo(d: NaiveDate, h: u32) -> DateTime<Utc> {
        Oslo.from_local_datetime(&d.and_hms_opt(h, 0, 0).unwrap())
            .unwrap()
            .with_timezone(&Utc)
    }

    fn event(id: &str, kind: EventKind, at: DateTime<Utc>, status: EventStatus) -> Row {
        Row::Event(Event {
            id: id.into(),
            event_kind: kind,
            course_id: (kind == EventKind::ClassSession).then(|| "c1".into()),
            activity_id: None,
            title: None,
            starts_at: at,
            ends_at: at + Duration::hours(1),
            place: None,
            room: None,
            bring: None,
            parties: vec![],
            status,
            agenda: None,
            next_steps: None,
            school_part: None,
            previous: None,
        })
    }

    fn answer(pid: &str, event: &str, response: Response) -> Row {
        Row::Answer(Answer {
            id: Answer::id_for(pid, event),
            event_id: event.into(),
            response,
            reason: None,
            answered_at: Utc::now(),
            seen: None,
        })
    }

    fn activity(id: &str, agreed: bool, status: ActivityStatus) -> Row {
        Row::Activity(Activity {
            id: id.into(),
            goal_id: None,
            activity_type: ActivityType::Other,
            status,
            owner: Owner::Participant,
            agreed,
            title: Text::nb(id),
            description: None,
            due: None,
            starts_on: None,
            ends_on: None,
            place: None,
            seen: None,
            response: None,
            from_event_id: None,
        })
    }

    fn document(id: &str, status: DocumentStatus) -> Row {
        Row::RequiredDocument(RequiredDocument {
            id: id.into(),
            case_id: "case".into(),
            document_kind: DocumentKind::Diploma,
            status,
            note: None,
            seen: None,
            verdict: None,
        })
    }

    fn message(id: &str, author: Author, read: bool, at: DateTime<Utc>) -> Row {
        Row::Message(Message {
            id: id.into(),
            author,
            author_name: None,
            body: Text::nb("hei"),
            sent_at: at,
            read_at: read.then_some(at),
            template: None,
            seen: None,
        })
    }

    /// Every queue on rows whose counts are known, with the rows just outside each rule beside
    /// the ones inside it: the dates at the edges are Oslo's, not UTC's.
    #[test]
    fn every_queue_counts_exactly_what_needs_the_caseworker() {
        let today = day(2026, 12, 1);
        // a: settled 80 days ago, no programme: warning, limit 2027-01-20 is … days away.
        let a = profile("a", day(2026, 9, 12));
        // b: settled four months ago: overdue since 2026-11-01.
        let b = profile("b", day(2026, 8, 1));
        // c: settled a month ago: nothing yet.
        let c = profile("c", day(2026, 11, 1));
        let profiles = vec![a.clone(), b.clone(), c.clone()];
        let rows = vec![
            // Meetings today (00:30 Oslo is the day before in UTC), one tomorrow, one cancelled,
            // a class session today (not a meeting).
            stored(
                Some("a"),
                event(
                    "m1",
                    EventKind::Meeting,
                    oslo(today, 0),
                    EventStatus::Scheduled,
                ),
            ),
            stored(
                Some("b"),
                event(
                    "m2",
                    EventKind::Trekantsamtale,
                    oslo(today, 13),
                    EventStatus::Scheduled,
                ),
            ),
            stored(
                Some("a"),
                event(
                    "m3",
                    EventKind::Meeting,
                    oslo(today + Duration::days(1), 0),
                    EventStatus::Scheduled,
                ),
            ),
            stored(
                Some("c"),
                event(
                    "m4",
                    EventKind::Kartlegging,
                    oslo(today, 9),
                    EventStatus::Cancelled,
                ),
            ),
            stored(
                None,
                event(
                    "s1",
                    EventKind::ClassSession,
                    oslo(today, 9),
                    EventStatus::Scheduled,
                ),
            ),
            stored(
                None,
                event(
                    "s2",
                    EventKind::ClassSession,
                    oslo(today + Duration::days(7), 23),
                    EventStatus::Scheduled,
                ),
            ),
            stored(
                None,
                event(
                    "s3",
                    EventKind::ClassSession,
                    oslo(today + Duration::days(8), 0),
                    EventStatus::Scheduled,
                ),
            ),
            stored(
                None,
                event(
                    "s4",
                    EventKind::ClassSession,
                    oslo(today - Duration::days(1), 23),
                    EventStatus::Scheduled,
                ),
            ),
            // Can't come: s1 (today), s2 (7 days ahead), m3 (tomorrow) count; s3 (8 days), s4
            // (yesterday), a "coming", an event not in the bydel, and one of a participant of
            // another bydel do not.
            stored(Some("a"), answer("a", "s1", Response::CantCome)),
            stored(Some("b"), answer("b", "s2", Response::CantCome)),
            stored(Some("a"), answer("a", "m3", Response::CantCome)),
            stored(Some("c"), answer("c", "s3", Response::CantCome)),
            stored(Some("c"), answer("c", "s4", Response::CantCome)),
            stored(Some("b"), answer("b", "s1", Response::Coming)),
            stored(Some("b"), answer("b", "elsewhere", Response::CantCome)),
            stored(Some("x"), answer("x", "s1", Response::CantCome)),
            // Proposals: two open; not one agreed, one cancelled, one the participant marked started
            // before it was agreed (nothing to answer on their page), one of another bydel's
            // participant.
            stored(Some("a"), activity("p1", false, ActivityStatus::Proposed)),
            stored(Some("c"), activity("p2", false, ActivityStatus::Proposed)),
            stored(Some("a"), activity("p3", true, ActivityStatus::Planned)),
            stored(Some("b"), activity("p4", false, ActivityStatus::Cancelled)),
            stored(Some("x"), activity("p5", false, ActivityStatus::Proposed)),
            stored(Some("a"), activity("p6", false, ActivityStatus::InProgress)),
            // Documents: one ready; missing and received are not for the caseworker now.
            stored(Some("b"), document("d1", DocumentStatus::Ready)),
            stored(Some("b"), document("d2", DocumentStatus::Missing)),
            stored(Some("c"), document("d3", DocumentStatus::Received)),
            // Messages: three unread from two participants; read ones and the caseworker's not.
            stored(
                Some("c"),
                message("u1", Author::Participant, false, oslo(today, 8)),
            ),
            stored(
                Some("c"),
                message("u2", Author::Participant, false, oslo(today, 9)),
            ),
            stored(
                Some("a"),
                message("u3", Author::Participant, false, oslo(today, 7)),
            ),
            stored(
                Some("a"),
                message("u4", Author::Participant, true, oslo(today, 7)),
            ),
            stored(
                Some("a"),
                message("u5", Author::Caseworker, false, oslo(today, 7)),
            ),
            stored(
                Some("x"),
                message("u6", Author::Participant, false, oslo(today, 7)),
            ),
        ];
        let t = build(&profiles, &rows, today);

        let deadlines: Vec<_> = t
            .deadlines
            .iter()
            .map(|d| (d.who.id.as_str(), d.deadline.severity, d.deadline.days_left))
            .collect();
        assert_eq!(
            deadlines,
            vec![("b", Severity::Overdue, -30), ("a", Severity::Warning, 11)]
        );
        assert_eq!(t.deadlines[1].deadline.limit, day(2026, 12, 12));
        assert_eq!(t.overdue(), 1);

        let meetings: Vec<_> = t.meetings.iter().map(|m| m.event_id.as_str()).collect();
        assert_eq!(meetings, vec!["m1", "m2"]);

        let cant: Vec<_> = t
            .cant_come
            .iter()
            .map(|c| (c.who.id.as_str(), c.event_id.as_str()))
            .collect();
        assert_eq!(cant, vec![("a", "s1"), ("a", "m3"), ("b", "s2")]);
        assert_eq!(t.cant_come[0].course_id.as_deref(), Some("c1"));

        let props: Vec<_> = t.proposals.iter().map(|p| p.activity_id.as_str()).collect();
        assert_eq!(props, vec!["p1", "p2"]);

        let docs: Vec<_> = t.documents.iter().map(|d| d.document_id.as_str()).collect();
        assert_eq!(docs, vec!["d1"]);

        assert_eq!(t.unread_messages, 3);
        let unread: Vec<_> = t
            .unread
            .iter()
            .map(|u| (u.who.id.as_str(), u.count))
            .collect();
        assert_eq!(unread, vec![("a", 1), ("c", 2)]);
    }

    #[test]
    fn nothing_to_do_is_empty_queues() {
        let t = build(&[profile("c", day(2026, 11, 1))], &[], day(2026, 12, 1));
        assert!(t.deadlines.is_empty() && t.meetings.is_empty() && t.unread.is_empty());
        assert_eq!(t.overdue(), 0);
    }
}
