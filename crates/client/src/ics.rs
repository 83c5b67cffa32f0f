//! The schedule as an iCalendar file (RFC 5545), for the phone's calendar. Times are written in UTC
//! (the calendar shows them in the phone's zone); cancelled events are exported as CANCELLED so a
//! re-import updates the calendar instead of keeping a stale entry.

use chrono::{DateTime, Utc};
use veikart_protocol::{EventStatus, Text};

use crate::views::EventView;

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escape a TEXT value (RFC 5545 3.3.11).
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace(['\n', '\r'], "\\n")
}

/// Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        if len + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn shown(t: &Text, lang: &str) -> String {
    t.translations
        .get(lang)
        .cloned()
        .unwrap_or_else(|| t.text.clone())
}

/// `title_of` names an event when it has no title of its own (e.g. its translated kind).
pub fn calendar(
    events: &[EventView],
    lang: &str,
    now: DateTime<Utc>,
    title_of: impl Fn(&EventView) -> String,
) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Veikart//Veikart//NB",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(line));
    }
    for e in events {
        let ev = &e.event;
        let title = ev
            .title
            .as_ref()
            .or(e.course_name.as_ref())
            .map(|t| shown(t, lang))
            .unwrap_or_else(|| title_of(e));
        let mut location: Vec<String> = ev.place.iter().map(|p| shown(p, lang)).collect();
        location.extend(ev.room.clone());
        let lines = [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@veikart", escape(&ev.id)),
            format!("DTSTAMP:{}", stamp(now)),
            format!("DTSTART:{}", stamp(ev.starts_at)),
            format!("DTEND:{}", stamp(ev.ends_at)),
            format!("SUMMARY:{}", escape(&title)),
            format!("LOCATION:{}", escape(&location.join(", "))),
            format!(
                "DESCRIPTION:{}",
                escape(
                    &ev.bring
                        .as_ref()
                        .map(|b| shown(b, lang))
                        .unwrap_or_default()
                )
            ),
            format!(
                "STATUS:{}",
                if ev.status == EventStatus::Cancelled {
                    "CANCELLED"
                } else {
                    "CONFIRMED"
                }
            ),
            "END:VEVENT".to_owned(),
        ];
        for line in lines {
            out.push_str(&fold(&line));
        }
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use veikart_protocol::{Event, EventKind};

    fn view(title: &str, status: EventStatus) -> EventView {
        let start = Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap();
        EventView {
            event: Event {
                id: "e1".into(),
                event_kind: EventKind::Meeting,
                course_id: None,
                activity_id: None,
                title: Some(Text::nb(title)),
                starts_at: start,
                ends_at: start + chrono::Duration::hours(1),
                place: Some(Text::nb("Nav Grorud, 2. etasje")),
                room: None,
                bring: Some(Text::nb("Pass; vitnemål")),
                parties: vec![],
                status,
                agenda: None,
                next_steps: None,
                school_part: None,
                previous: None,
            },
            course_name: None,
            answer: None,
            agenda_items: vec![],
            steps: vec![],
            rejected: None,
        }
    }

    #[test]
    fn writes_a_valid_calendar_with_escaped_text_and_utc_times() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
        let ics = calendar(
            &[view("Kartleggingssamtale", EventStatus::Scheduled)],
            "ti",
            now,
            |_| String::new(),
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART:20261201T080000Z\r\n"));
        assert!(ics.contains("LOCATION:Nav Grorud\\, 2. etasje\r\n"));
        assert!(ics.contains("DESCRIPTION:Pass\\; vitnemål\r\n"));
        assert!(ics.contains("STATUS:CONFIRMED"));
        assert!(ics.lines().all(|l| l.len() <= 75));
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let title = "ሰላም ".repeat(30);
        let ics = calendar(
            &[view(&title, EventStatus::Cancelled)],
            "ti",
            Utc::now(),
            |_| String::new(),
        );
        assert!(ics.contains("STATUS:CANCELLED"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{title}")));
    }
}
