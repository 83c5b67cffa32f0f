//! Pure checks on values before they are stored: lengths, ids, dates. References to other rows are
//! checked in `records` and `mutations`, which can look them up.

use veikart_protocol::{Row, Text};

pub use veikart_protocol::limits::{MAX_BODY, MAX_ID, MAX_REASON, MAX_TITLE};

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

/// Free text a person wrote: not blank, not longer than `max` characters, no control characters
/// other than line breaks and tabs.
pub fn text(field: &str, value: &str, max: usize) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err(format!("{field} is empty"));
    }
    if value.chars().count() > max {
        return Err(format!("{field} is longer than {max} characters"));
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(format!("{field} contains control characters"));
    }
    Ok(())
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

/// The checks every stored row passes, whoever wrote it.
pub fn row(row: &Row) -> Result<(), String> {
    id(row.id())?;
    match row {
        Row::Profile(p) => {
            text("name", &p.name, MAX_TITLE)?;
            language(&p.preferred_language)?;
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
            if let (Some(start), Some(end)) = (a.starts_on, a.ends_on)
                && end < start
            {
                return Err("the activity ends before it starts".into());
            }
        }
        Row::Course(c) => {
            rich("name", &c.name, MAX_TITLE)?;
            text("provider", &c.provider, MAX_TITLE)?;
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
            if let Some(room) = &e.room {
                text("room", room, MAX_TITLE)?;
            }
        }
        Row::Answer(a) => {
            if let Some(reason) = &a.reason {
                text("reason", reason, MAX_REASON)?;
            }
        }
        Row::AgendaItem(a) => rich("text", &a.text, MAX_REASON)?,
        Row::RecognitionCase(c) => {
            rich("credential", &c.credential, MAX_TITLE)?;
            if let Some(n) = &c.case_number {
                text("case_number", n, 64)?;
            }
        }
        Row::RequiredDocument(d) => opt_text("note", &d.note, MAX_BODY)?,
        Row::Message(m) => rich("body", &m.body, MAX_BODY)?,
        Row::Guidance(g) => {
            language(&g.lang)?;
            text("title", &g.title, MAX_TITLE)?;
            text("body", &g.body, 20_000)?;
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
    fn languages() {
        for ok in ["nb", "prs", "fa-AF", "ti"] {
            assert!(language(ok).is_ok(), "{ok}");
        }
        for bad in ["", "NB", "norsk", "n", "nb-"] {
            assert!(language(bad).is_err(), "{bad}");
        }
    }
}
