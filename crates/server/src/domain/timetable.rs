//! Course sessions from a weekly pattern or a CSV timetable. Pure: it turns Oslo wall-clock times
//! into UTC instants and says which CSV line is wrong and why; storing is `records`' job.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Oslo;
use serde::Serialize;

use super::validate;

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
/// time that does not exist (the spring-forward hour, 02:00–03:00 on the last Sunday of March) is
/// `None`: moving it silently would put a class at a time nobody chose.
pub fn oslo(date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    Oslo.from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The years a timetable's dates may have (anything else is a typing mistake).
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

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
            return Err(TimetableError::NoSuchTime);
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
    #[error("that time does not exist in Oslo that day (the clocks go forward)")]
    NoSuchTime,
    #[error("the year is outside 2000–2100")]
    Year,
    #[error("the date is outside the course's period")]
    OutsideCourse,
    #[error("the room is too long or has characters that are not allowed")]
    Room,
    #[error("the place is too long or has characters that are not allowed")]
    Place,
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
            TimetableError::NoSuchTime => "no-such-time",
            TimetableError::Year => "year",
            TimetableError::OutsideCourse => "outside-course",
            TimetableError::Room => "room",
            TimetableError::Place => "place",
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
    let (from, to) = (
        NaiveDate::from_ymd_opt(*YEARS.start(), 1, 1).unwrap_or(NaiveDate::MIN),
        NaiveDate::from_ymd_opt(*YEARS.end(), 12, 31).unwrap_or(NaiveDate::MAX),
    );
    parse_csv_within(text, from, to)
}

/// `parse_csv` for a course from `from` to `to`: a session on another day is a bad line. Every
/// check that storing would make (the room's and place's length and characters) is made here, so
/// that an import is refused with its lines named rather than failing as a whole when stored.
pub fn parse_csv_within(
    text: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<SessionDraft>, Vec<LineError>> {
    // Browsers send a textarea's lines with CRLF, after which the csv reader names each record by
    // the line before it; with plain line feeds it counts as an editor does.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
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
        match parse_line(&record, from, to) {
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

fn parse_line(
    r: &csv::StringRecord,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<SessionDraft, TimetableError> {
    if !(3..=5).contains(&r.len()) {
        return Err(TimetableError::Columns);
    }
    let date = NaiveDate::parse_from_str(&r[0], "%Y-%m-%d").map_err(|_| TimetableError::Date)?;
    if !YEARS.contains(&date.year()) {
        return Err(TimetableError::Year);
    }
    if date < from || date > to {
        return Err(TimetableError::OutsideCourse);
    }
    let time = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").map_err(|_| TimetableError::Time);
    let (start, end) = (time(&r[1])?, time(&r[2])?);
    // Wall-clock times are compared before they are converted: an end in the skipped hour must not
    // become a start an hour later that looks fine.
    if end <= start {
        return Err(TimetableError::EndBeforeStart);
    }
    let starts_at = oslo(date, start).ok_or(TimetableError::NoSuchTime)?;
    let ends_at = oslo(date, end).ok_or(TimetableError::NoSuchTime)?;
    if ends_at <= starts_at {
        return Err(TimetableError::EndBeforeStart);
    }
    let text = |i: usize, err: TimetableError| -> Result<Option<String>, TimetableError> {
        match r.get(i).filter(|s| !s.is_empty()) {
            Some(s) => validate::text("", s, validate::MAX_TITLE)
                .map(|()| Some(s.to_owned()))
                .map_err(|_| err),
            None => Ok(None),
        }
    };
    Ok(SessionDraft {
        starts_at,
        ends_at,
        room: text(3, TimetableError::Room)?,
        place: text(4, TimetableError::Place)?,
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
    fn the_spring_forward_hour_does_not_exist_and_the_autumn_one_is_the_earlier() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        assert_eq!(oslo(day, t(2, 30)), None);
        assert_eq!(
            oslo(day, t(1, 59)).unwrap().to_rfc3339(),
            "2026-03-29T00:59:00+00:00"
        );
        assert_eq!(
            oslo(day, t(3, 0)).unwrap().to_rfc3339(),
            "2026-03-29T01:00:00+00:00"
        );
        let autumn = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
        assert_eq!(
            oslo(autumn, t(2, 30)).unwrap().to_rfc3339(),
            "2026-10-25T00:30:00+00:00"
        );
    }

    #[test]
    fn csv_names_the_lines_storing_would_refuse() {
        let from = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let to = NaiveDate::from_ymd_opt(2026, 6, 19).unwrap();
        let long = "R".repeat(validate::MAX_TITLE + 1);
        let text = [
            "2026-03-29,02:15,02:45",
            "2026-03-29,01:30,02:30",
            &format!("2026-03-30,09:00,10:00,{long}"),
            "2026-03-31,09:00,10:00,Rom\u{0}2",
            "2026-04-01,09:00,10:00,Rom 2,\u{202E}Sentrum",
            "20260-04-01,09:00,10:00",
            "1999-04-01,09:00,10:00",
            "2026-08-01,09:00,10:00",
            "2026-04-02,09:00,10:00,Rom 2,Sentrum",
        ]
        .join("\n");
        let lines: Vec<(u64, TimetableError)> = parse_csv_within(&text, from, to)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.line, e.error))
            .collect();
        assert_eq!(
            lines,
            vec![
                (1, TimetableError::NoSuchTime),
                (2, TimetableError::NoSuchTime),
                (3, TimetableError::Room),
                (4, TimetableError::Room),
                (5, TimetableError::Place),
                (6, TimetableError::Date),
                (7, TimetableError::Year),
                (8, TimetableError::OutsideCourse),
            ]
        );
        assert!(parse_csv("2026-09-07,09:00,11:30,Rom 2,Sentrum").is_ok());
    }

    #[test]
    fn csv_lines_are_counted_the_same_with_crlf() {
        let text =
            "2026-09-07,09:00,11:30,Rom 2\r\n2026-09-08,11:30,09:00\r\n1999-01-01,09:00,10:00";
        let lines: Vec<u64> = parse_csv(text)
            .unwrap_err()
            .iter()
            .map(|e| e.line)
            .collect();
        assert_eq!(lines, vec![2, 3]);
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
