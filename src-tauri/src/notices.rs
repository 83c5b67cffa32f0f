//! What to tell the participant outside the app: an appointment added, moved or cancelled, a new
//! message, the caseworker's verdict on a document's pages, and a reminder before each appointment. Pure decisions over the rows a sync changed, so
//! they are tested without a notification daemon.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::Oslo;
use veikart_protocol::{
    Author, DocumentKind, Event, EventStatus, Response, Row, Text, VerdictCode,
};

use crate::i18n::Translator;

#[cfg(test)]
pub const KEYS: [&str; 10] = [
    "notification-title",
    "notification-appointment-added",
    "notification-appointment-moved",
    "notification-appointment-moved-where",
    "event-room",
    "list-pair",
    "notification-appointment-cancelled",
    "notification-message",
    "notification-verdict",
    "notification-reminder",
];

#[cfg(test)]
pub const EVENT_KIND_KEYS: [&str; 5] = [
    "event-kind-class_session",
    "event-kind-meeting",
    "event-kind-kartlegging",
    "event-kind-trekantsamtale",
    "event-kind-placement_shift",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Added(Event),
    Moved(Event),
    Cancelled(Event),
    Message,
    /// The caseworker judged a document's pages (issue 9): accepted, or what to do again.
    Verdict {
        document: DocumentKind,
        code: VerdictCode,
    },
    Reminder(Event),
}

/// Notices for the rows one sync changed. Past events are not announced.
pub fn from_changes(changes: &[(Option<Row>, Option<Row>)], now: DateTime<Utc>) -> Vec<Notice> {
    let mut out = Vec::new();
    for change in changes {
        match change {
            (None, Some(Row::Event(e)))
                if e.ends_at > now && e.status != EventStatus::Cancelled =>
            {
                out.push(Notice::Added(e.clone()))
            }
            (Some(Row::Event(before)), Some(Row::Event(after))) if after.ends_at > now => {
                if after.status == EventStatus::Cancelled && before.status != EventStatus::Cancelled
                {
                    out.push(Notice::Cancelled(after.clone()));
                } else if after.status != EventStatus::Cancelled
                    && (before.starts_at != after.starts_at
                        || before.place != after.place
                        || before.room != after.room)
                {
                    out.push(Notice::Moved(after.clone()));
                }
            }
            (Some(Row::Event(before)), None)
                if before.ends_at > now && before.status != EventStatus::Cancelled =>
            {
                out.push(Notice::Cancelled(before.clone()))
            }
            // A new verdict, or the same one given again on new pages (its time changes).
            (Some(Row::RequiredDocument(before)), Some(Row::RequiredDocument(after)))
                if after.verdict.is_some() && before.verdict != after.verdict =>
            {
                if let Some(v) = &after.verdict {
                    out.push(Notice::Verdict {
                        document: after.document_kind,
                        code: v.code,
                    });
                }
            }
            (None, Some(Row::Message(m)))
                if m.author == Author::Caseworker
                    && m.read_at.is_none()
                    && !out.contains(&Notice::Message) =>
            {
                out.push(Notice::Message);
            }
            _ => {}
        }
    }
    out
}

/// The key that marks a reminder as given: a moved appointment is reminded again.
pub fn reminder_key(e: &Event) -> String {
    format!("{}@{}", e.id, e.starts_at.timestamp())
}

/// Appointments starting within `minutes` from now, not cancelled, not declined, not reminded yet.
pub fn due_reminders(
    rows: &[Row],
    now: DateTime<Utc>,
    minutes: i64,
    reminded: &BTreeSet<String>,
) -> Vec<Notice> {
    let declined: BTreeSet<&str> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Answer(a) if a.response == Response::CantCome => Some(a.event_id.as_str()),
            _ => None,
        })
        .collect();
    let mut due: Vec<Event> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Event(e)
                if e.status == EventStatus::Scheduled
                    && e.starts_at > now
                    && e.starts_at <= now + Duration::minutes(minutes)
                    && !declined.contains(e.id.as_str())
                    && !reminded.contains(&reminder_key(e)) =>
            {
                Some(e.clone())
            }
            _ => None,
        })
        .collect();
    due.sort_by_key(|e| e.starts_at);
    due.into_iter().map(Notice::Reminder).collect()
}

fn title(e: &Event, course: Option<&Text>, lang: &str, t: &Translator) -> String {
    let shown = |x: &Text| {
        x.translations
            .get(lang)
            .cloned()
            .unwrap_or_else(|| x.text.clone())
    };
    e.title.as_ref().or(course).map(shown).unwrap_or_else(|| {
        let kind = serde_json::to_value(e.event_kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        t.text(&format!("event-kind-{kind}"), &[])
    })
}

/// Where it is now: the place (in the participant's language if translated) and the room.
fn whereabouts(e: &Event, lang: &str, t: &Translator) -> Option<String> {
    let place = e.place.as_ref().map(|p| {
        p.translations
            .get(lang)
            .cloned()
            .unwrap_or_else(|| p.text.clone())
    });
    let room = e
        .room
        .as_ref()
        .map(|r| t.text("event-room", &[("room", r.clone())]));
    match (place, room) {
        (Some(p), Some(r)) => Some(t.text("list-pair", &[("first", p), ("second", r)])),
        (p, r) => p.or(r),
    }
}

/// An enum value's wire name, which the message keys are made of.
fn wire_name(v: impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Day and time in Oslo, numerically (the same in every language).
fn when(t: DateTime<Utc>) -> String {
    t.with_timezone(&Oslo).format("%d.%m. %H:%M").to_string()
}

/// (title, body) of a notice in the participant's language. `course` names a class session's
/// course, which a session row does not carry itself.
pub fn render(
    notice: &Notice,
    course: Option<&Text>,
    lang: &str,
    t: &Translator,
) -> (String, String) {
    let args = |e: &Event| {
        vec![
            ("title", title(e, course, lang, t)),
            ("time", when(e.starts_at)),
        ]
    };
    let body = match notice {
        Notice::Added(e) => t.text("notification-appointment-added", &args(e)),
        // The new time and where it is now: a moved class may also be in another room.
        Notice::Moved(e) => match whereabouts(e, lang, t) {
            Some(place) => {
                let mut a = args(e);
                a.push(("where", place));
                t.text("notification-appointment-moved-where", &a)
            }
            None => t.text("notification-appointment-moved", &args(e)),
        },
        Notice::Cancelled(e) => t.text("notification-appointment-cancelled", &args(e)),
        Notice::Message => t.text("notification-message", &[]),
        Notice::Verdict { document, code } => t.text(
            "notification-verdict",
            &[
                (
                    "document",
                    t.text(&format!("doc-kind-{}", wire_name(document)), &[]),
                ),
                (
                    "verdict",
                    t.text(&format!("verdict-{}", wire_name(code)), &[]),
                ),
            ],
        ),
        Notice::Reminder(e) => t.text(
            "notification-reminder",
            &[
                ("title", title(e, course, lang, t)),
                (
                    "time",
                    e.starts_at.with_timezone(&Oslo).format("%H:%M").to_string(),
                ),
            ],
        ),
    };
    (t.text("notification-title", &[]), body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use veikart_protocol::{Answer, EventKind, Message};

    fn event(id: &str, start: DateTime<Utc>) -> Event {
        Event {
            id: id.into(),
            event_kind: EventKind::ClassSession,
            course_id: None,
            activity_id: None,
            title: None,
            starts_at: start,
            ends_at: start + Duration::hours(2),
            place: None,
            room: Some("Rom 203".into()),
            bring: None,
            parties: vec![],
            status: EventStatus::Scheduled,
            agenda: None,
            next_steps: None,
            school_part: None,
            previous: None,
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, 7, 0, 0).unwrap()
    }

    #[test]
    fn added_moved_cancelled_and_messages_are_told_but_past_ones_are_not() {
        let e = event("e", now() + Duration::days(1));
        let mut moved = e.clone();
        moved.room = Some("Rom 114".into());
        let mut cancelled = e.clone();
        cancelled.status = EventStatus::Cancelled;
        let old = event("old", now() - Duration::days(3));
        let msg = Row::Message(Message {
            id: "m".into(),
            author: Author::Caseworker,
            author_name: None,
            body: Text::nb("Hei"),
            sent_at: now(),
            read_at: None,
            template: None,
            seen: None,
        });
        let changes = vec![
            (None, Some(Row::Event(e.clone()))),
            (Some(Row::Event(e.clone())), Some(Row::Event(moved.clone()))),
            (
                Some(Row::Event(e.clone())),
                Some(Row::Event(cancelled.clone())),
            ),
            (None, Some(Row::Event(old))),
            (None, Some(msg.clone())),
            (None, Some(msg)),
        ];
        assert_eq!(
            from_changes(&changes, now()),
            vec![
                Notice::Added(e),
                Notice::Moved(moved),
                Notice::Cancelled(cancelled),
                Notice::Message
            ]
        );
    }

    #[test]
    fn a_verdict_on_a_documents_pages_is_told_once_in_the_participants_language() {
        let doc: veikart_protocol::RequiredDocument = serde_json::from_value(serde_json::json!({
            "id": "d1", "case_id": "c1", "document_kind": "diploma", "status": "missing"}))
        .unwrap();
        let judged = |code: VerdictCode, minute: u32| veikart_protocol::RequiredDocument {
            verdict: Some(veikart_protocol::DocumentVerdict {
                code,
                note: None,
                at: Utc.with_ymd_and_hms(2026, 11, 30, 9, minute, 0).unwrap(),
            }),
            ..doc.clone()
        };
        let row = |d: &veikart_protocol::RequiredDocument| Some(Row::RequiredDocument(d.clone()));
        let unreadable = judged(VerdictCode::Unreadable, 0);
        let accepted = judged(VerdictCode::Accepted, 5);
        let told = from_changes(
            &[
                (row(&doc), row(&unreadable)),
                (row(&unreadable), row(&accepted)),
                // Nothing new about the verdict (the status or a note changed): nothing to tell.
                (row(&accepted), row(&accepted)),
                // A document that arrives already judged is not news on this device.
                (None, row(&accepted)),
            ],
            now(),
        );
        assert_eq!(
            told,
            vec![
                Notice::Verdict {
                    document: DocumentKind::Diploma,
                    code: VerdictCode::Unreadable
                },
                Notice::Verdict {
                    document: DocumentKind::Diploma,
                    code: VerdictCode::Accepted
                },
            ]
        );
        let (_, en) = render(&told[1], None, "en", &Translator::new("en"));
        assert_eq!(en, "Diploma: Accepted by your caseworker");
        let (_, ti) = render(&told[0], None, "ti", &Translator::new("ti"));
        assert!(
            !ti.contains("verdict-") && !ti.contains("doc-kind-"),
            "{ti}"
        );
    }

    #[test]
    fn reminders_come_once_per_time_and_skip_declined_events() {
        let soon = event("soon", now() + Duration::minutes(30));
        let declined = event("declined", now() + Duration::minutes(40));
        let later = event("later", now() + Duration::hours(5));
        let rows = vec![
            Row::Event(soon.clone()),
            Row::Event(declined.clone()),
            Row::Event(later),
            Row::Answer(Answer {
                id: "a".into(),
                event_id: "declined".into(),
                response: Response::CantCome,
                reason: None,
                answered_at: now(),
                seen: None,
            }),
        ];
        let due = due_reminders(&rows, now(), 60, &BTreeSet::new());
        assert_eq!(due, vec![Notice::Reminder(soon.clone())]);
        let reminded: BTreeSet<String> = [reminder_key(&soon)].into();
        assert!(due_reminders(&rows, now(), 60, &reminded).is_empty());
    }

    #[test]
    fn renders_in_the_participants_language_in_oslo_time() {
        let e = event("e", Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap());
        let course = Text::nb("Norsk A2");
        let (title, body) = render(
            &Notice::Moved(e),
            Some(&course),
            "ti",
            &Translator::new("ti"),
        );
        assert_eq!(title, "Veikart");
        assert!(body.contains("01.12. 09:00"), "{body}");
        assert!(body.contains("ቆጸራ") && body.contains("Norsk A2"), "{body}");
    }

    #[test]
    fn a_moved_appointment_names_its_new_room_and_place() {
        let mut e = event("e", Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap());
        e.room = Some("B-999".into());
        e.place = Some(Text::nb("Grorud voksenopplæring"));
        let (_, body) = render(
            &Notice::Moved(e.clone()),
            None,
            "nb",
            &Translator::new("nb"),
        );
        let plain = body.replace(['\u{2068}', '\u{2069}'], "");
        assert!(plain.contains("01.12. 09:00"), "{plain}");
        assert!(
            plain.contains("B-999") && plain.contains("Grorud voksenopplæring"),
            "{plain}"
        );
        // Without a place or room it says the time alone.
        e.room = None;
        e.place = None;
        let (_, body) = render(&Notice::Moved(e), None, "ar", &Translator::new("ar"));
        assert!(
            body.contains("01.12. 09:00") && !body.contains("B-999"),
            "{body}"
        );
    }
}
