//! Reading form fields: trimmed text, optional dates, Oslo wall-clock times. Invalid input becomes
//! `ConsoleError::BadForm`, never a panic.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
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
