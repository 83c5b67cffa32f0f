//! Pure checks on values before they are stored: lengths, ids, dates. References to other rows are
//! checked in `records` and `mutations`, which can look them up.

use veikart_protocol::{Row, Text};

pub use veikart_protocol::limits::{MAX_BODY, MAX_ID, MAX_REASON, MAX_TITLE};
/// Short descriptions: a country, a level of education or of a course.
pub const MAX_SHORT: usize = 100;

/// An id a device chose: short, and only letters, digits and `-_:.`.
pub fn id(value: &str) -> Result<(), String> {
    if value.is_empty() || value.len() > MAX_ID {
        return Err(format!("an id must have 1 to {MAX_ID} characters"));
    }
    if !value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
    {
        return Err("an id may hold only letters, digits and - _ : .".into());
    }
    Ok(())
}

/// An id a device chose for a row it creates: letters, digits, `-` and `_` only, so it can never
/// take the shape of an id the server derives (`answer:…`, `member:…`).
fn device_id_shape(value: &str) -> Result<(), String> {
    id(value)?;
    if value.contains([':', '.']) {
        return Err("an id chosen by a device may hold only letters, digits, - and _".into());
    }
    Ok(())
}

/// An id a device chose for a row it creates must begin with the device's own id and a `-`. Ids
/// are global, so without a namespace a device could probe whether another participant's row
/// exists by trying to take its id; inside its own namespace it can only meet its own rows.
pub fn device_chosen_id(value: &str, device_id: &str) -> Result<(), String> {
    device_id_shape(value)?;
    match value
        .strip_prefix(device_id)
        .and_then(|rest| rest.strip_prefix('-'))
    {
        Some(rest) if !rest.is_empty() => Ok(()),
        _ => Err("an id chosen by a device must start with the device's own id and a -".into()),
    }
}

/// What is wrong with a piece of free text, for a message a person can act on (the console shows
/// it next to the field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    /// Blank.
    Empty,
    /// Longer than this many characters.
    TooLong(usize),
    /// A control character other than a line break or a tab (NUL, escape …).
    Control,
    /// A bidirectional embedding, override or isolate control: it would reorder whatever is shown
    /// after the text on the same line (a name that turns the rest of a line around).
    Bidi,
    /// Nothing visible: only spaces and invisible characters (zero-width space, direction marks …).
    Invisible,
}

impl TextProblem {
    fn describe(self, field: &str) -> String {
        match self {
            TextProblem::Empty => format!("{field} is empty"),
            TextProblem::TooLong(max) => format!("{field} is longer than {max} characters"),
            TextProblem::Control => format!("{field} contains control characters"),
            TextProblem::Bidi => format!("{field} contains bidirectional override characters"),
            TextProblem::Invisible => format!("{field} shows nothing (only invisible characters)"),
        }
    }
}

/// U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates). The marks U+200E,
/// U+200F and U+061C stay allowed: they change no other text's order and Arabic text uses them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that show nothing by themselves: white space, zero-width and direction marks, fillers,
/// variation selectors and tags. Inside words some are needed (ZWNJ in Persian, ZWJ in emoji), so a
/// text is refused only when it has nothing else.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || is_bidi_control(c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// The first problem of a free text a person wrote, if any: blank, longer than `max` characters,
/// control characters other than line breaks and tabs, bidirectional controls, or nothing visible.
pub fn text_problem(value: &str, max: usize) -> Option<TextProblem> {
    if value.trim().is_empty() {
        return Some(TextProblem::Empty);
    }
    if value.chars().count() > max {
        return Some(TextProblem::TooLong(max));
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Some(TextProblem::Control);
    }
    if value.chars().any(is_bidi_control) {
        return Some(TextProblem::Bidi);
    }
    if value.chars().all(is_invisible) {
        return Some(TextProblem::Invisible);
    }
    None
}

/// Free text a person wrote: see `text_problem`.
pub fn text(field: &str, value: &str, max: usize) -> Result<(), String> {
    match text_problem(value, max) {
        Some(problem) => Err(problem.describe(field)),
        None => Ok(()),
    }
}

fn opt_plain(field: &str, value: &Option<String>, max: usize) -> Result<(), String> {
    match value {
        Some(v) => text(field, v, max),
        None => Ok(()),
    }
}

/// An e-mail address of a caseworker: one `@` with something on each side and a dot in the
/// domain, no spaces or control characters, at most 254 characters.
pub fn email(value: &str) -> Result<(), String> {
    let bad = || Err("not an e-mail address".to_owned());
    if value.is_empty() || value.chars().count() > 254 {
        return bad();
    }
    if value.chars().any(|c| {
        c.is_whitespace() || c.is_control() || is_invisible(c) || "<>()[],;:\"\\".contains(c)
    }) {
        return bad();
    }
    match value.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && local.len() <= 64
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains("..") =>
        {
            Ok(())
        }
        _ => bad(),
    }
}

fn opt_text(field: &str, value: &Option<Text>, max: usize) -> Result<(), String> {
    match value {
        Some(t) => rich(field, t, max),
        None => Ok(()),
    }
}

fn rich(field: &str, value: &Text, max: usize) -> Result<(), String> {
    text(field, &value.text, max)?;
    language(&value.lang)?;
    for (lang, translation) in &value.translations {
        language(lang)?;
        text(field, translation, max)?;
    }
    Ok(())
}

/// A language tag: two or three lowercase letters, optionally a region (`nb`, `prs`, `fa-AF`).
pub fn language(tag: &str) -> Result<(), String> {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    let ok_primary =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
    let ok_rest =
        parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if ok_primary && ok_rest {
        Ok(())
    } else {
        Err(format!(
            "not a language tag: {:?}",
            tag.chars().take(20).collect::<String>()
        ))
    }
}

/// A SHA-256 as the protocol writes it: 64 lowercase hex digits.
pub fn sha256_hex(s: &str) -> Result<(), String> {
    if s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        Ok(())
    } else {
        Err("sha256 is not 64 lowercase hex digits".into())
    }
}

/// The checks every stored row passes, whoever wrote it.
pub fn row(row: &Row) -> Result<(), String> {
    id(row.id())?;
    match row {
        Row::Profile(p) => {
            text("name", &p.name, MAX_TITLE)?;
            language(&p.preferred_language)?;
            opt_plain("caseworker_name", &p.caseworker_name, MAX_TITLE)?;
            opt_text("sluttmaal", &p.sluttmaal, MAX_BODY)?;
            opt_text("norskmaal", &p.norskmaal, MAX_BODY)?;
            if let (Some(start), Some(end)) = (p.programme_start, p.programme_end)
                && end < start
            {
                return Err("the programme ends before it starts".into());
            }
        }
        Row::Goal(g) => rich("title", &g.title, MAX_TITLE)?,
        Row::Activity(a) => {
            rich("title", &a.title, MAX_TITLE)?;
            opt_text("description", &a.description, MAX_BODY)?;
            opt_text("place", &a.place, MAX_TITLE)?;
            if let Some(r) = &a.response {
                opt_text("response comment", &r.comment, MAX_BODY)?;
                opt_plain("response by", &Some(r.by.clone()), MAX_TITLE)?;
            }
            if let (Some(start), Some(end)) = (a.starts_on, a.ends_on)
                && end < start
            {
                return Err("the activity ends before it starts".into());
            }
        }
        Row::Course(c) => {
            rich("name", &c.name, MAX_TITLE)?;
            text("provider", &c.provider, MAX_TITLE)?;
            opt_plain("level", &c.level, MAX_SHORT)?;
            if c.ends_on < c.starts_on {
                return Err("the course ends before it starts".into());
            }
        }
        Row::CourseMembership(m) => id(&m.course_id)?,
        Row::Event(e) => {
            if e.ends_at <= e.starts_at {
                return Err("the event ends before it starts".into());
            }
            opt_text("title", &e.title, MAX_TITLE)?;
            opt_text("place", &e.place, MAX_TITLE)?;
            opt_text("bring", &e.bring, MAX_BODY)?;
            opt_text("agenda", &e.agenda, MAX_BODY)?;
            opt_text("next_steps", &e.next_steps, MAX_BODY)?;
            opt_plain("room", &e.room, MAX_TITLE)?;
            for party in &e.parties {
                opt_plain("a party's name", &party.name, MAX_TITLE)?;
            }
        }
        Row::Answer(a) => opt_plain("reason", &a.reason, MAX_REASON)?,
        Row::AgendaItem(a) => rich("text", &a.text, MAX_REASON)?,
        Row::RecognitionCase(c) => {
            rich("credential", &c.credential, MAX_TITLE)?;
            opt_plain("country", &c.country, MAX_SHORT)?;
            opt_plain("level", &c.level, MAX_SHORT)?;
            opt_plain("authority", &c.authority, MAX_TITLE)?;
            opt_plain("case_number", &c.case_number, 64)?;
            if let Some(sent) = &c.sent {
                text("reference", &sent.reference, 64)?;
            }
        }
        Row::RequiredDocument(d) => {
            opt_text("note", &d.note, MAX_BODY)?;
            if let Some(v) = &d.verdict {
                opt_plain("verdict note", &v.note, MAX_BODY)?;
            }
        }
        Row::Message(m) => {
            rich("body", &m.body, MAX_BODY)?;
            opt_plain("author_name", &m.author_name, MAX_TITLE)?;
            if let Some(t) = &m.template {
                super::templates::check(t).map_err(|p| p.to_string())?;
            }
        }
        Row::DocumentPage(p) => {
            id(&p.document_id)?;
            sha256_hex(&p.sha256)?;
            if p.size == 0 || p.size > p.content_type.max_bytes() {
                return Err("a page's size is out of range".into());
            }
            if p.index >= veikart_protocol::limits::MAX_PAGES_PER_DOCUMENT {
                return Err("too many pages in one document".into());
            }
        }
        Row::Guidance(g) => {
            language(&g.lang)?;
            text("title", &g.title, MAX_TITLE)?;
            text("body", &g.body, 20_000)?;
        }
        Row::Attendance(a) => {
            id(&a.event_id)?;
            id(&a.course_id)?;
            if a.ends_at <= a.starts_at {
                return Err("the session ends before it starts".into());
            }
            if a.late_minutes.is_some() != (a.mark == veikart_protocol::AttendanceMark::Late) {
                return Err("minutes late go with late, and only with late".into());
            }
            if a.absence.is_some() && a.mark != veikart_protocol::AttendanceMark::Absent {
                return Err("only an absence is classified".into());
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(id("a1-b_c:d.e").is_ok());
        assert!(id("").is_err());
        assert!(id(&"x".repeat(MAX_ID + 1)).is_err());
        assert!(id("a b").is_err());
        assert!(id("../etc").is_err());
        assert!(device_chosen_id("d1-3f2a-b_c", "d1").is_ok());
        assert!(device_chosen_id("d1-answer:p1:e1", "d1").is_err());
        assert!(device_chosen_id("member:c1:p1", "d1").is_err());
        // Another device's namespace, or none at all.
        assert!(device_chosen_id("d2-3f2a", "d1").is_err());
        assert!(device_chosen_id("d1x-3f2a", "d1").is_err());
        assert!(device_chosen_id("3f2a", "d1").is_err());
        assert!(device_chosen_id("d1-", "d1").is_err());
    }

    #[test]
    fn texts() {
        assert!(text("t", "Hei", 10).is_ok());
        assert!(text("t", "   ", 10).is_err());
        assert!(text("t", "ሰላም ሰላም ሰላም", 11).is_ok()); // characters, not bytes
        assert!(text("t", "a\u{0}b", 10).is_err());
        assert!(text("t", "line\nbreak", 20).is_ok());
    }

    #[test]
    fn texts_refuse_bidirectional_controls() {
        for c in ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}') {
            let value = format!("Ahmad {c}Karimi");
            assert_eq!(text_problem(&value, 100), Some(TextProblem::Bidi), "{c:?}");
            assert!(text("name", &value, 100).is_err());
        }
        // U+202E alone reversed the rest of the line in the console.
        assert_eq!(text_problem("\u{202E}", 100), Some(TextProblem::Bidi));
    }

    #[test]
    fn texts_refuse_what_shows_nothing_and_keep_what_languages_need() {
        for invisible in [
            "\u{200B}",
            "\u{200E}",
            "\u{200F}",
            "\u{FEFF}",
            "\u{00AD}",
            "\u{3164}",
            "\u{2800}",
            "\u{200B} \u{200E}\u{FEFF}\u{2060}",
            "\u{E0041}\u{E007F}",
        ] {
            assert_eq!(
                text_problem(invisible, 100),
                Some(TextProblem::Invisible),
                "{invisible:?}"
            );
        }
        for fine in [
            "مرحبا\u{200F}",         // Arabic with a right-to-left mark
            "می\u{200C}خواهم",       // Persian with a zero-width non-joiner
            "👩\u{200D}💻",          // an emoji sequence
            "ሰላም",                   // Tigrinya
            "Привіт",                // Ukrainian
            "ناصر\u{061C} (Nasser)", // Arabic letter mark
        ] {
            assert_eq!(text_problem(fine, 100), None, "{fine:?}");
        }
        assert_eq!(text_problem("abc", 2), Some(TextProblem::TooLong(2)));
    }

    #[test]
    fn every_text_field_of_a_row_is_checked() {
        let case = |field: &str, value: &str| {
            let mut v = serde_json::json!({
                "kind": "recognition_case", "id": "c1", "credential": {"text": "Bachelor", "lang": "nb"},
                "route": "hkdir_general", "status": "draft"
            });
            v[field] = serde_json::Value::String(value.to_owned());
            serde_json::from_value::<Row>(v).map(|r| row(&r))
        };
        for field in ["country", "level", "authority", "case_number"] {
            assert!(matches!(case(field, "Syria"), Ok(Ok(()))), "{field}");
            assert!(
                matches!(case(field, "\u{202E}airyS"), Ok(Err(_))),
                "{field}"
            );
            assert!(
                matches!(case(field, &"x".repeat(201)), Ok(Err(_))),
                "{field}"
            );
        }
        let course: Row = serde_json::from_value(serde_json::json!({
            "kind": "course", "id": "k1", "name": {"text": "Norsk A2", "lang": "nb"}, "provider": "VO",
            "level": "A".repeat(MAX_SHORT + 1), "starts_on": "2026-08-17", "ends_on": "2026-12-18"
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(row(&course).is_err());
        let event: Row = serde_json::from_value(serde_json::json!({
            "kind": "event", "id": "e1", "event_kind": "trekantsamtale",
            "starts_at": "2026-09-04T07:00:00Z", "ends_at": "2026-09-04T08:00:00Z", "status": "scheduled",
            "parties": [{"role": "teacher", "name": "\u{2067}Kari"}]
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(row(&event).is_err());
    }

    #[test]
    fn emails() {
        for ok in [
            "kari@ostensjo.oslo.kommune.no",
            "a.b+c@example.no",
            "ø@bydel.no",
        ] {
            assert!(email(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "kari",
            "kari@",
            "@example.no",
            "kari@example",
            "kari@@example.no",
            "ka ri@example.no",
            "kari@example.no\n",
            "kari@example..no",
            "kari@.no",
            "\u{202E}kari@example.no",
            "<kari@example.no>",
        ] {
            assert!(email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn languages() {
        for ok in ["nb", "prs", "fa-AF", "ti"] {
            assert!(language(ok).is_ok(), "{ok}");
        }
        for bad in ["", "NB", "norsk", "n", "nb-"] {
            assert!(language(bad).is_err(), "{bad}");
        }
    }
}
