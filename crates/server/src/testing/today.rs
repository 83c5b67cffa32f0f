//! Rows of one bydel whose today-page queues are known exactly, with the rows just outside each
//! rule beside the ones inside it, for the store conformance suite and the console's tests.
//!
//! For `today` (an Oslo date), one bydel's rows count:
//! - deadlines (§ 12): 2 — `<bydel>-late` overdue (settled four months ago), `<bydel>-near`
//!   warning (settled 80 days ago; `<bydel>-new`, settled 30 days ago, is not listed);
//! - meetings today: 1 (a cancelled one today and one tomorrow are not);
//! - "can't come": 2 — a class session tomorrow and a meeting in three days (an answer for ten
//!   days ahead, a "coming" and an answer to `foreign_event`, another bydel's session, are not);
//! - proposals: 2 (an agreed and a cancelled one are not);
//! - documents marked ready: 1 (a missing one is not);
//! - unread messages: 3, from 2 participants (a read one and the caseworker's own are not).

use chrono::{DateTime, Duration, Months, NaiveDate, NaiveTime, Utc};
use chrono_tz::Europe::Oslo;
use veikart_protocol::{
    Activity, ActivityStatus, ActivityType, Answer, Author, DocumentKind, DocumentStatus, Event,
    EventKind, EventStatus, Message, Owner, Profile, RecognitionCase, RecognitionRoute,
    RecognitionStatus, RequiredDocument, Response, Row, Text,
};

use crate::domain::placement::{Home, placement};
use crate::store::Placement;

/// The counts `rows` makes, in the order deadlines, overdue, meetings, can't come, proposals,
/// documents, unread messages, participants with unread messages.
pub const COUNTS: [usize; 8] = [2, 1, 1, 2, 2, 1, 3, 2];

/// Oslo wall-clock time `h:m` on `day`, as an instant (the later one if the clocks go back).
pub fn oslo(day: NaiveDate, h: u32, m: u32) -> DateTime<Utc> {
    let local = day.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default());
    local
        .and_local_timezone(Oslo)
        .latest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| local.and_utc())
}

/// The course of `bydel`'s class sessions.
pub fn course_id(bydel: &str) -> String {
    format!("{bydel}-course")
}

/// The class session tomorrow, that a participant of `bydel` can't come to.
pub fn session_id(bydel: &str) -> String {
    format!("{bydel}-session")
}

pub fn rows(
    bydel: &str,
    name: &str,
    today: NaiveDate,
    foreign_event: &str,
) -> Vec<(Placement, Row)> {
    let mut out = Vec::new();
    let at = |id: &str| Home::Participant {
        id: format!("{bydel}-{id}"),
        bydel_id: bydel.to_owned(),
    };
    let mut put = |home: Home, row: Row| out.push((placement(&row, &home), row));
    let days = |n: i64| today + Duration::days(n);
    for (id, label, settled) in [
        ("late", "Sen", today.checked_sub_months(Months::new(4))),
        ("near", "Nær", Some(days(-80))),
        ("new", "Ny", Some(days(-30))),
    ] {
        let profile = Profile {
            bydel_id: bydel.to_owned(),
            bydel_name: bydel.to_owned(),
            ..Profile::new(
                format!("{bydel}-{id}"),
                format!("{name} {label}"),
                settled.unwrap_or(today),
            )
        };
        put(at(id), Row::Profile(profile));
    }
    let event = |id: String, kind: EventKind, starts: DateTime<Utc>, status: EventStatus| {
        Row::Event(Event {
            id,
            event_kind: kind,
            course_id: (kind == EventKind::ClassSession).then(|| course_id(bydel)),
            activity_id: None,
            title: None,
            starts_at: starts,
            ends_at: starts + Duration::hours(1),
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
    };
    let course = Home::Course {
        id: course_id(bydel),
        bydel_id: bydel.to_owned(),
    };
    let ev = |n: &str| format!("{bydel}-{n}");
    use EventKind::{ClassSession, Meeting, Trekantsamtale};
    use EventStatus::{Cancelled, Scheduled};
    put(
        at("near"),
        event(ev("m-today"), Trekantsamtale, oslo(today, 12, 0), Scheduled),
    );
    put(
        at("new"),
        event(ev("m-cancelled"), Meeting, oslo(today, 9, 0), Cancelled),
    );
    put(
        at("late"),
        event(ev("m-tomorrow"), Meeting, oslo(days(1), 9, 0), Scheduled),
    );
    put(
        at("late"),
        event(ev("m-in-3"), Meeting, oslo(days(3), 10, 0), Scheduled),
    );
    put(
        course.clone(),
        event(
            session_id(bydel),
            ClassSession,
            oslo(days(1), 8, 30),
            Scheduled,
        ),
    );
    put(
        course,
        event(
            ev("session-in-10"),
            ClassSession,
            oslo(days(10), 8, 30),
            Scheduled,
        ),
    );
    let answer = |who: &str, event: String, response: Response| {
        Row::Answer(Answer {
            id: Answer::id_for(&format!("{bydel}-{who}"), &event),
            event_id: event,
            response,
            reason: Some("Legetime".into()),
            answered_at: oslo(today, 7, 0),
            seen: None,
        })
    };
    put(
        at("new"),
        answer("new", session_id(bydel), Response::CantCome),
    );
    put(at("late"), answer("late", ev("m-in-3"), Response::CantCome));
    put(
        at("late"),
        answer("late", ev("session-in-10"), Response::CantCome),
    );
    put(
        at("near"),
        answer("near", session_id(bydel), Response::Coming),
    );
    put(
        at("near"),
        answer("near", foreign_event.to_owned(), Response::CantCome),
    );
    let activity = |id: &str, agreed: bool, status: ActivityStatus| {
        Row::Activity(Activity {
            id: format!("{bydel}-{id}"),
            goal_id: None,
            activity_type: ActivityType::Other,
            status,
            owner: Owner::Participant,
            agreed,
            title: Text::nb(format!("Forslag {id}")),
            description: None,
            due: None,
            starts_on: None,
            ends_on: None,
            place: None,
            seen: None,
            response: None,
            from_event_id: None,
        })
    };
    put(at("new"), activity("a1", false, ActivityStatus::Proposed));
    put(at("near"), activity("a2", false, ActivityStatus::Proposed));
    put(at("near"), activity("a3", true, ActivityStatus::Planned));
    put(at("late"), activity("a4", false, ActivityStatus::Cancelled));
    put(
        at("late"),
        Row::RecognitionCase(RecognitionCase {
            id: ev("case"),
            credential: Text::nb("Bachelor"),
            country: None,
            level: None,
            route: RecognitionRoute::HkdirGeneral,
            authority: None,
            status: RecognitionStatus::Draft,
            case_number: None,
            history: vec![],
            sent: None,
        }),
    );
    for (id, status) in [
        ("d1", DocumentStatus::Ready),
        ("d2", DocumentStatus::Missing),
    ] {
        put(
            at("late"),
            Row::RequiredDocument(RequiredDocument {
                id: ev(id),
                case_id: ev("case"),
                document_kind: DocumentKind::Diploma,
                status,
                note: None,
                seen: None,
                verdict: None,
            }),
        );
    }
    let message = |id: &str, author: Author, read: bool| {
        let sent = oslo(days(-1), 15, 0);
        Row::Message(Message {
            id: ev(id),
            author,
            author_name: None,
            body: Text::nb("Hei"),
            sent_at: sent,
            read_at: read.then_some(sent),
            template: None,
            seen: None,
        })
    };
    put(at("new"), message("u1", Author::Participant, false));
    put(at("new"), message("u2", Author::Participant, false));
    put(at("late"), message("u3", Author::Participant, false));
    put(at("late"), message("u4", Author::Participant, true));
    put(at("late"), message("u5", Author::Caseworker, false));
    out
}
