//! Course sessions from a weekly pattern or a CSV timetable. Pure: it turns Oslo wall-clock times
//! into UTC instants and says which CSV line is wrong and why; storing is `records`' job.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Oslo;
use serde::Serialize;

/// Most sessions one pattern or file may create (a long term, four days a week, is about 200).
pub const MAX_SESSIONS: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionDraft {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub room: Option<String>,
    pub place: Option<String>,
}

/// An Oslo wall-clock time as UTC. In the autumn hour that happens twice the earlier is taken; a
/// time skipped in spring is moved an hour on.
pub fn oslo(date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    let local = date.and_time(time);
    Oslo.from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            Oslo.from_local_datetime(&(local + chrono::Duration::hours(1)))
                .earliest()
        })
        .map(|t| t.with_timezone(&Utc))
}

/// Every `weekdays` date from `from` to `to` inclusive, each from `start` to `end` Oslo time.
pub fn weekly(
    from: NaiveDate,
    to: NaiveDate,
    weekdays: &[Weekday],
    start: NaiveTime,
    end: NaiveTime,
) -> Result<Vec<SessionDraft>, TimetableError> {
    if end <= start {
        return Err(TimetableError::EndBeforeStart);
    }
    if to < from {
        return Err(TimetableError::EmptyPeriod);
    }
    let mut out = Vec::new();
    for date in from.iter_days().take_while(|d| *d <= to) {
        if !weekdays.contains(&date.weekday()) {
            continue;
        }
        if out.len() >= MAX_SESSIONS {
            return Err(TimetableError::TooMany);
        }
        let (Some(starts_at), Some(ends_at)) = (oslo(date, start), oslo(date, end)) else {
            continue;
        };
        out.push(SessionDraft {
            starts_at,
            ends_at,
            room: None,
            place: None,
        });
    }
    if out.is_empty() {
        return Err(TimetableError::EmptyPeriod);
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(rename_all = "kebab-case")]
pub enum TimetableError {
    #[error("the session ends before it starts")]
    EndBeforeStart,
    #[error("no session falls in the period")]
    EmptyPeriod,
    #[error("too many sessions")]
    TooMany,
    #[error("wrong number of columns")]
    Columns,
    #[error("not a date (YYYY-MM-DD)")]
    Date,
    #[error("not a time (HH:MM)")]
    Time,
    #[error("not readable as CSV")]
    Unreadable,
}

impl TimetableError {
    /// The Fluent key's suffix: `timetable-error-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            TimetableError::EndBeforeStart => "end-before-start",
            TimetableError::EmptyPeriod => "empty-period",
            TimetableError::TooMany => "too-many",
            TimetableError::Columns => "columns",
            TimetableError::Date => "date",
            TimetableError::Time => "time",
            TimetableError::Unreadable => "unreadable",
        }
    }
}

/// A bad line of a CSV timetable (1-based, as an editor shows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineError {
    pub line: u64,
    pub error: TimetableError,
}

/// Parse `date,start,end[,room[,place]]` lines (a header line starting with `date` is skipped).
/// Every bad line is named; if any line is bad, nothing is returned to import.
pub fn parse_csv(text: &str) -> Result<Vec<SessionDraft>, Vec<LineError>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(LineError {
                    line,
                    error: TimetableError::Unreadable,
                });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(str::is_empty) {
            continue;
        }
        if out.is_empty()
            && errors.is_empty()
            && record
                .get(0)
                .is_some_and(|c| c.eq_ignore_ascii_case("date") || c.eq_ignore_ascii_case("dato"))
        {
            continue;
        }
        match parse_line(&record) {
            Ok(d) if out.len() < MAX_SESSIONS => out.push(d),
            Ok(_) => errors.push(LineError {
                line,
                error: TimetableError::TooMany,
            }),
            Err(error) => errors.push(LineError { line, error }),
        }
    }
    if out.is_empty() && errors.is_empty() {
        errors.push(LineError {
            line: 1,
            error: TimetableError::EmptyPeriod,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn parse_line(r: &csv::StringRecord) -> Result<SessionDraft, TimetableError> {
    if !(3..=5).contains(&r.len()) {
        return Err(TimetableError::Columns);
    }
    let date = NaiveDate::parse_from_str(&r[0], "%Y-%m-%d").map_err(|_| TimetableError::Date)?;
    let time = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").map_err(|_| TimetableError::Time);
    let (start, end) = (time(&r[1])?, time(&r[2])?);
    if end <= start {
        return Err(TimetableError::EndBeforeStart);
    }
    let text = |i: usize| r.get(i).filter(|s| !s.is_empty()).map(str::to_owned);
    Ok(SessionDraft {
        starts_at: oslo(date, start).ok_or(TimetableError::Time)?,
        ends_at: oslo(date, end).ok_or(TimetableError::Time)?,
        room: text(3),
        place: text(4),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn weekly_pattern_follows_oslo_time_across_daylight_saving() {
        let from = NaiveDate::from_ymd_opt(2026, 3, 23).unwrap();
        let to = NaiveDate::from_ymd_opt(2026, 4, 3).unwrap();
        let s = weekly(from, to, &[Weekday::Mon, Weekday::Thu], t(9, 0), t(11, 30)).unwrap();
        assert_eq!(s.len(), 4);
        // Before 29 March Oslo is UTC+1, after it UTC+2.
        assert_eq!(s[0].starts_at.to_rfc3339(), "2026-03-23T08:00:00+00:00");
        assert_eq!(s[2].starts_at.to_rfc3339(), "2026-03-30T07:00:00+00:00");
        assert_eq!(
            weekly(from, to, &[Weekday::Mon], t(9, 0), t(8, 0)),
            Err(TimetableError::EndBeforeStart)
        );
    }

    #[test]
    fn csv_names_every_bad_line_and_imports_nothing() {
        let good = "date,start,end,room\n2026-09-07,09:00,11:30,Rom 2\n2026-09-08,09:00,11:30\n";
        assert_eq!(parse_csv(good).unwrap().len(), 2);
        let bad = "2026-09-07,09:00,11:30\n2026-13-01,09:00,10:00\n2026-09-09,10:00,09:00\nx\n";
        let errors = parse_csv(bad).unwrap_err();
        assert_eq!(
            errors,
            vec![
                LineError {
                    line: 2,
                    error: TimetableError::Date
                },
                LineError {
                    line: 3,
                    error: TimetableError::EndBeforeStart
                },
                LineError {
                    line: 4,
                    error: TimetableError::Columns
                },
            ]
        );
    }
}
