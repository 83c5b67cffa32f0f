//! Reading forms: every field is checked here, before anything is stored, with the same rules the
//! domain applies (`domain::validate`), so that a person's mistake comes back as the form they
//! sent, with what they typed and a translated message next to each wrong field — never the
//! generic error page. A problem is a field name and a Fluent key (`FieldErrors`); a form sent back
//! is `Again`, which the templates read through `form(name, id)` (see `views.rs`).

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::ConsoleError;
use crate::domain::timetable;
use crate::domain::validate::{self, TextProblem};

/// The years a date in a console form may have: anything else is a typing mistake (20226, 1926).
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The field name of a problem with the form as a whole rather than one field.
pub const WHOLE_FORM: &str = "_form";

/// Trimmed text, `None` when empty.
pub fn text(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// A whole number in `range` from a form field, or none if it is missing, not a number or out of
/// range.
pub fn whole_number(s: Option<&str>, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    s.map(str::trim)
        .and_then(|m| m.parse::<u32>().ok())
        .filter(|m| range.contains(m))
}

/// A JSON value for a merge patch: the text, or null to clear the field.
pub fn plain(s: Option<String>) -> Value {
    s.map_or(Value::Null, Value::String)
}

/// Free text written by a caseworker, in Norwegian bokmål, or null.
pub fn nb(s: Option<String>) -> Value {
    s.map_or(
        Value::Null,
        |t| serde_json::json!({ "text": t, "lang": "nb" }),
    )
}

pub fn date_value(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.to_string()))
}

pub fn checked(s: &Option<String>) -> bool {
    text(s).is_some()
}

/// One problem of one field: a Fluent key, and a number some messages show (a length, a count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub key: &'static str,
    pub n: i64,
}

/// What is wrong with which field of a form: field name → the message shown next to it.
/// Templates mark such a field `aria-invalid` and point `aria-describedby` at the message.
#[derive(Debug, Default, Clone, Serialize)]
pub struct FieldErrors(BTreeMap<String, FieldError>);

fn text_key(problem: TextProblem) -> (&'static str, i64) {
    match problem {
        TextProblem::Empty => ("form-error-required", 0),
        TextProblem::TooLong(max) => ("form-error-too-long", max as i64),
        TextProblem::Control => ("form-error-control", 0),
        TextProblem::Bidi => ("form-error-bidi", 0),
        TextProblem::Invisible => ("form-error-invisible", 0),
    }
}

impl FieldErrors {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first problem of a field is the one shown.
    pub fn add(&mut self, field: &str, key: &'static str) {
        self.add_n(field, key, 0);
    }

    pub fn add_n(&mut self, field: &str, key: &'static str, n: i64) {
        self.0
            .entry(field.to_owned())
            .or_insert(FieldError { key, n });
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    pub fn get(&self, field: &str) -> Option<FieldError> {
        self.0.get(field).copied()
    }

    /// Free text of at most `max` characters that passes `validate::text` (trimmed); `None` when
    /// empty (an error if `required`) or not valid.
    pub fn text(
        &mut self,
        field: &str,
        s: &Option<String>,
        max: usize,
        required: bool,
    ) -> Option<String> {
        let Some(v) = text(s) else {
            if required {
                self.add(field, "form-error-required");
            }
            return None;
        };
        match validate::text_problem(&v, max) {
            None => Some(v),
            Some(problem) => {
                let (key, n) = text_key(problem);
                self.add_n(field, key, n);
                None
            }
        }
    }

    /// A required text: `text(field, s, max, true)`.
    pub fn required(&mut self, field: &str, s: &Option<String>, max: usize) -> Option<String> {
        self.text(field, s, max, true)
    }

    /// A date (`YYYY-MM-DD`, what `<input type=date>` sends) in the years 2000–2100; `None` and
    /// an error when it is not one, or when it is missing and `required`.
    pub fn date(&mut self, field: &str, s: &Option<String>, required: bool) -> Option<NaiveDate> {
        let Some(v) = text(s) else {
            if required {
                self.add(field, "form-error-required");
            }
            return None;
        };
        match NaiveDate::parse_from_str(&v, "%Y-%m-%d") {
            Ok(d) if YEARS.contains(&d.year()) => Some(d),
            Ok(_) => {
                self.add(field, "form-error-year");
                None
            }
            Err(_) => {
                self.add(field, "form-error-date");
                None
            }
        }
    }

    /// A required time of day (`HH:MM`, or `HH:MM:SS` as some browsers send).
    pub fn time(&mut self, field: &str, s: &Option<String>) -> Option<NaiveTime> {
        let Some(v) = text(s) else {
            self.add(field, "form-error-required");
            return None;
        };
        match NaiveTime::parse_from_str(&v, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(&v, "%H:%M:%S"))
        {
            Ok(t) => Some(t),
            Err(_) => {
                self.add(field, "form-error-time");
                None
            }
        }
    }

    /// One of a `<select>`'s codes, read as the type it names (`default` when none was sent).
    pub fn choice<T: DeserializeOwned>(
        &mut self,
        field: &str,
        s: &Option<String>,
        default: Option<&str>,
    ) -> Option<T> {
        let Some(v) = text(s).or(default.map(str::to_owned)) else {
            self.add(field, "form-error-required");
            return None;
        };
        match serde_json::from_value(Value::String(v)) {
            Ok(t) => Some(t),
            Err(_) => {
                self.add(field, "form-error-choice");
                None
            }
        }
    }

    /// One of `codes` (`default` when none was sent).
    pub fn one_of(
        &mut self,
        field: &str,
        s: &Option<String>,
        codes: &[&str],
        default: Option<&str>,
    ) -> Option<String> {
        let v = text(s).or(default.map(str::to_owned));
        match v {
            Some(v) if codes.contains(&v.as_str()) => Some(v),
            Some(_) => {
                self.add(field, "form-error-choice");
                None
            }
            None => {
                self.add(field, "form-error-required");
                None
            }
        }
    }

    /// A required e-mail address, lowercased.
    pub fn email(&mut self, field: &str, s: &Option<String>) -> Option<String> {
        let v = text(s).map(|e| e.to_lowercase());
        match v {
            None => {
                self.add(field, "form-error-required");
                None
            }
            Some(e) if validate::email(&e).is_ok() => Some(e),
            Some(_) => {
                self.add(field, "form-error-email");
                None
            }
        }
    }

    /// `later` must not be before `earlier` (both optional): the error goes on `later_field`.
    pub fn order(
        &mut self,
        later_field: &str,
        earlier: Option<NaiveDate>,
        later: Option<NaiveDate>,
    ) {
        if let (Some(a), Some(b)) = (earlier, later)
            && b < a
        {
            self.add(later_field, "form-error-period-order");
        }
    }

    /// A day's start and end times in Oslo as instants. Wall-clock times are compared before they
    /// are converted, and a time the clocks skip is named (on `start` or `end`), not moved.
    pub fn times(
        &mut self,
        date: Option<NaiveDate>,
        start: Option<NaiveTime>,
        end: Option<NaiveTime>,
    ) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let (date, start, end) = (date?, start?, end?);
        if end <= start {
            self.add("end", "form-error-end-before-start");
            return None;
        }
        match (timetable::oslo(date, start), timetable::oslo(date, end)) {
            (Some(s), Some(t)) if t > s => Some((s, t)),
            (Some(_), Some(_)) => {
                self.add("end", "form-error-end-before-start");
                None
            }
            (s, t) => {
                if s.is_none() {
                    self.add("start", "form-error-no-such-time");
                }
                if t.is_none() {
                    self.add("end", "form-error-no-such-time");
                }
                None
            }
        }
    }
}

/// A form sent back because something in it was wrong: which form (and, for a form repeated on
/// every row, which row's), what was typed, and what is wrong with which field. The page shows it
/// open, with the values and the messages, and a notice at the top that links to it.
#[derive(Debug, Serialize)]
pub struct Again {
    pub form: &'static str,
    pub id: Option<String>,
    pub values: Value,
    pub errors: FieldErrors,
}

impl Again {
    pub fn new(
        form: &'static str,
        id: Option<&str>,
        values: &impl Serialize,
        errors: FieldErrors,
    ) -> Again {
        Again {
            form,
            id: id.map(str::to_owned),
            values: serde_json::to_value(values).unwrap_or(Value::Null),
            errors,
        }
    }
}

/// A write the form's own checks let through but the domain refused (a goal deleted since the
/// page was shown, an e-mail taken meanwhile): the form comes back with a notice instead of the
/// generic error page. "Not found", "forbidden" and server errors stay what they are.
pub fn refused(e: ConsoleError) -> Result<FieldErrors, ConsoleError> {
    use crate::domain::error::DomainError;
    match &e {
        ConsoleError::Domain(
            DomainError::Invalid(_)
            | DomainError::Unreadable(_)
            | DomainError::Conflict(_)
            | DomainError::Refused { .. },
        ) => {
            let mut errors = FieldErrors::default();
            errors.add(WHOLE_FORM, "form-error-not-saved");
            Ok(errors)
        }
        _ => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_name_the_first_problem_of_each_field() {
        let mut e = FieldErrors::default();
        assert_eq!(e.required("name", &Some("  ".into()), 10), None);
        assert_eq!(e.date("settled_on", &Some("31.02.2026".into()), true), None);
        assert_eq!(e.date("from", &None, false), None);
        assert_eq!(e.date("to", &Some("1999-12-31".into()), false), None);
        assert_eq!(e.time("start", &Some("25:00".into())), None);
        assert!(e.time("end", &Some("10:30".into())).is_some());
        assert_eq!(e.text("title", &Some("abcdef".into()), 5, false), None);
        assert_eq!(e.text("place", &Some("\u{202E}x".into()), 5, false), None);
        assert_eq!(e.text("room", &Some("\u{200B}".into()), 5, false), None);
        assert_eq!(e.text("note", &Some(" ".into()), 5, false), None);
        assert_eq!(e.email("email", &Some("kari".into())), None);
        assert_eq!(
            e.choice::<veikart_protocol::GoalKind>("kind", &Some("x".into()), None),
            None
        );
        e.add("name", "form-error-date");
        let v = serde_json::to_value(&e).unwrap_or_default();
        let key = |f: &str| v[f]["key"].as_str().unwrap_or_default().to_owned();
        assert_eq!(key("name"), "form-error-required");
        assert_eq!(key("settled_on"), "form-error-date");
        assert_eq!(key("to"), "form-error-year");
        assert_eq!(key("start"), "form-error-time");
        assert_eq!(key("title"), "form-error-too-long");
        assert_eq!(v["title"]["n"], 5);
        assert_eq!(key("place"), "form-error-bidi");
        assert_eq!(key("room"), "form-error-invisible");
        assert_eq!(key("email"), "form-error-email");
        assert_eq!(key("kind"), "form-error-choice");
        for absent in ["from", "end", "note"] {
            assert!(!e.has(absent), "{absent}");
        }
    }

    #[test]
    fn times_are_compared_on_the_wall_clock_and_the_skipped_hour_is_named() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 28);
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        let mut e = FieldErrors::default();
        assert!(e.times(day, t(2, 15), t(2, 45)).is_none());
        assert_eq!(
            e.get("start").map(|x| x.key),
            Some("form-error-no-such-time")
        );
        assert_eq!(e.get("end").map(|x| x.key), Some("form-error-no-such-time"));
        let mut e = FieldErrors::default();
        // 01:30 to 03:15 is 45 minutes that day, and fine.
        assert!(e.times(day, t(1, 30), t(3, 15)).is_some() && e.is_empty());
        assert!(e.times(day, t(10, 0), t(9, 0)).is_none());
        assert_eq!(
            e.get("end").map(|x| x.key),
            Some("form-error-end-before-start")
        );
    }
}
