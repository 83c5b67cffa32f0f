//! Reading form fields: trimmed text, optional dates, Oslo wall-clock times. Invalid input becomes
//! `ConsoleError::BadForm`, never a panic; or, for forms that are shown again with the problem
//! next to the field, an entry in `FieldErrors` (a field name and a Fluent message key).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::Serialize;
use serde_json::Value;

use super::error::ConsoleError;
use crate::domain::timetable;

/// Trimmed text, `None` when empty.
pub fn text(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

pub fn required(s: &Option<String>, what: &str) -> Result<String, ConsoleError> {
    text(s).ok_or_else(|| ConsoleError::BadForm(format!("{what} is required")))
}

pub fn date(s: &Option<String>) -> Result<Option<NaiveDate>, ConsoleError> {
    text(s)
        .map(|d| {
            NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map_err(|_| ConsoleError::BadForm("not a date".into()))
        })
        .transpose()
}

pub fn time(s: &Option<String>) -> Result<Option<NaiveTime>, ConsoleError> {
    text(s)
        .map(|t| {
            NaiveTime::parse_from_str(&t, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(&t, "%H:%M:%S"))
                .map_err(|_| ConsoleError::BadForm("not a time".into()))
        })
        .transpose()
}

/// A date and a time of day in Oslo, as an instant.
pub fn instant(d: &Option<String>, t: &Option<String>) -> Result<DateTime<Utc>, ConsoleError> {
    match (date(d)?, time(t)?) {
        (Some(d), Some(t)) => {
            timetable::oslo(d, t).ok_or_else(|| ConsoleError::BadForm("no such time".into()))
        }
        _ => Err(ConsoleError::BadForm("date and time are required".into())),
    }
}

/// A JSON value for a merge patch: the text, or null to clear the field.
pub fn patch_text(s: &Option<String>) -> Value {
    text(s).map_or(Value::Null, Value::String)
}

/// Free text written by a caseworker, in Norwegian bokmål.
pub fn nb_text(s: &Option<String>) -> Value {
    text(s).map_or(
        Value::Null,
        |t| serde_json::json!({ "text": t, "lang": "nb" }),
    )
}

/// A code from a `<select>` as a JSON string (serde decides whether it is a valid code).
pub fn code(s: &Option<String>) -> Value {
    text(s).map_or(Value::Null, Value::String)
}

pub fn checked(s: &Option<String>) -> bool {
    text(s).is_some()
}

/// What is wrong with which field of a form: field name → Fluent key of the message shown next to
/// it. Templates mark such a field `aria-invalid` and point `aria-describedby` at the message.
#[derive(Debug, Default, Clone, Serialize)]
pub struct FieldErrors(BTreeMap<String, &'static str>);

impl FieldErrors {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first problem of a field is the one shown.
    pub fn add(&mut self, field: &str, key: &'static str) {
        self.0.entry(field.to_owned()).or_insert(key);
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    pub fn required(&mut self, field: &str, s: &Option<String>) -> Option<String> {
        let v = text(s);
        if v.is_none() {
            self.add(field, "form-error-required");
        }
        v
    }

    /// A date (`YYYY-MM-DD`, what `<input type=date>` sends); `None` and an error when it is not one,
    /// or when it is missing and `required`.
    pub fn date(&mut self, field: &str, s: &Option<String>, required: bool) -> Option<NaiveDate> {
        match date(s) {
            Ok(Some(d)) => Some(d),
            Ok(None) => {
                if required {
                    self.add(field, "form-error-required");
                }
                None
            }
            Err(_) => {
                self.add(field, "form-error-date");
                None
            }
        }
    }

    /// A required time of day (`HH:MM`).
    pub fn time(&mut self, field: &str, s: &Option<String>) -> Option<NaiveTime> {
        match time(s) {
            Ok(Some(t)) => Some(t),
            Ok(None) => {
                self.add(field, "form-error-required");
                None
            }
            Err(_) => {
                self.add(field, "form-error-time");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_name_the_first_problem_of_each_field() {
        let mut e = FieldErrors::default();
        assert_eq!(e.required("name", &Some("  ".into())), None);
        assert_eq!(e.date("settled_on", &Some("31.02.2026".into()), true), None);
        assert_eq!(e.date("from", &None, false), None);
        assert_eq!(e.time("start", &Some("25:00".into())), None);
        assert!(e.time("end", &Some("10:30".into())).is_some());
        e.add("name", "form-error-date");
        let v = serde_json::to_value(&e).unwrap_or_default();
        assert_eq!(
            v,
            serde_json::json!({
                "name": "form-error-required",
                "settled_on": "form-error-date",
                "start": "form-error-time",
            })
        );
    }
}
