//! The audit's indicators for one bydel and one period: a pure function of the bydel's rows, the
//! period and the clock, so every definition is tested without a database. It decides nothing about
//! who may see what; the caller has already confined the rows to one bydel (and checked the role).
//!
//! Definitions (docs/console.md repeats them for readers of the report):
//! - the cohort is the participants whose `settled_on` lies in the period (both ends included);
//! - *started*: `programme_start` is set and on or before today (Oslo); *within three months*:
//!   started and `programme_start ≤ settled_on + 3 months`; *not started*: the rest of the cohort;
//!   the median counts days from settlement to programme start over those started;
//! - *applied for recognition*: among the cohort with `recognition_relevant`, those with a
//!   recognition case whose status is beyond `not_applied`/`draft`; the median counts days from
//!   settlement to the earliest `submitted` in any of their cases' histories (a case that never
//!   passed through `submitted` counts as applied but gives no number of days);
//! - *placed*: the cohort with a language or work placement activity, not cancelled, whose
//!   `starts_on` is on or before today; the median counts days from settlement to the first one;
//! - *three-way meetings held*: events of kind `trekantsamtale` in the bydel, not cancelled, that
//!   start in the period (Oslo date) and have ended by now — whoever they are for, not only the
//!   cohort;
//! - *in the programme* (issue 10): every participant of the bydel, not only the cohort, whose
//!   programme started on or before the period's end (and today) and did not end before its
//!   start; *with a three-way meeting*: those of them with a meeting held in the period, as above.
//!   Over a term (1 January–30 June, 1 July–31 December) that is the audit's "a three-way meeting
//!   each term".
//!
//! - *attendance* (issue 10): the class sessions in the period (Oslo date) on a class list of one
//!   of the bydel's participants, and how many of them the participant came to (late counts as
//!   came); the rate is that share, rounded half up to whole percent. *Absent without valid
//!   reason*: the minutes of absences the rules make so (`attendance::attended`): classified
//!   without valid reason, or valid only with a doctor's note that has not arrived is not counted
//!   here (it is not decided yet). Per course and per month on the bydel's own report.
//!
//! - *packs sent* (issue 9): recognition cases whose pack was sent to HK-dir on a day in the period,
//!   whoever's; the median counts days from the pack being complete (the day, in Oslo, of the last
//!   "accepted" of its documents) to the day it was sent, over those complete when sent.
//!
//! A median of an even count is the mean of the two middle values, rounded half up to whole days.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};
use veikart_protocol::{
    Activity, ActivityStatus, ActivityType, Event, EventKind, EventStatus, Profile,
    RecognitionCase, RecognitionStatus, RequiredDocument,
};

use super::flags::PROGRAMME_LIMIT_MONTHS;

/// The days of a report, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("the period ends before it starts")]
    EndsBeforeStart,
    #[error("the period is longer than {MAX_PERIOD_YEARS} years")]
    TooLong,
}

/// Longer periods are refused (a typo like 2206 for 2026 would otherwise scan everything).
pub const MAX_PERIOD_YEARS: u32 = 10;

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodError> {
        if to < from {
            return Err(PeriodError::EndsBeforeStart);
        }
        if from
            .checked_add_months(Months::new(12 * MAX_PERIOD_YEARS))
            .is_none_or(|limit| to > limit)
        {
            return Err(PeriodError::TooLong);
        }
        Ok(Period { from, to })
    }

    /// The calendar quarter that `day` lies in.
    pub fn quarter_of(day: NaiveDate) -> Period {
        let first_month = (day.month0() / 3) * 3 + 1;
        let from = NaiveDate::from_ymd_opt(day.year(), first_month, 1).unwrap_or(day);
        let to = from
            .checked_add_months(Months::new(3))
            .and_then(|d| d.pred_opt())
            .unwrap_or(day);
        Period { from, to }
    }

    /// The quarter before this period's start.
    pub fn previous_quarter(&self) -> Period {
        Period::quarter_of(
            Period::quarter_of(self.from)
                .from
                .pred_opt()
                .unwrap_or(self.from),
        )
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// What the indicators look at, for one bydel: rows of a participant come with its id.
#[derive(Debug, Default, Clone)]
pub struct BydelRows {
    pub profiles: Vec<Profile>,
    pub activities: Vec<(String, Activity)>,
    pub cases: Vec<(String, RecognitionCase)>,
    /// Events with their participant (none for a course's sessions).
    pub events: Vec<(Option<String>, Event)>,
    /// The required documents of the cases (for when a pack became complete).
    pub documents: Vec<RequiredDocument>,
    /// What is kept of participants whose data was deleted (`domain::retention`).
    pub retained: Vec<Facts>,
    /// Each participant's marked class sessions (`attendance::attended`).
    pub attendance: Vec<(String, Attended)>,
    /// The names of the courses the sessions belong to, by id.
    pub course_names: BTreeMap<String, String>,
}

/// One class session a participant was marked for, as the reports need it: kept after their data
/// is deleted, so it carries no name and no reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attended {
    /// The session's day in Oslo.
    pub on: NaiveDate,
    pub course_id: String,
    /// Present or late.
    pub came: bool,
    /// The session's minutes when the rules make the absence one without valid reason, else 0.
    pub minutes_no_valid_reason: i64,
}

/// Everything the indicators need of one participant, and nothing else: no id, no name. Kept in
/// place of a participant whose data is deleted, so the reports give the same numbers after it.
/// The dates are kept whole (not only "before today"): the indicators compare them with the day
/// a report is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    pub settled_on: NaiveDate,
    pub programme_start: Option<NaiveDate>,
    /// Kept since issue 10; older lines have none (read as not ended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme_end: Option<NaiveDate>,
    pub recognition_relevant: bool,
    /// Any of their recognition cases is beyond `not_applied`/`draft`.
    pub recognition_applied: bool,
    /// The earliest `submitted` in any of their cases' histories.
    pub first_submitted: Option<NaiveDate>,
    /// The earliest start of a language or work placement that is not cancelled.
    pub first_placement: Option<NaiveDate>,
    /// Their three-way meetings that are not cancelled.
    pub meetings: Vec<Meeting>,
    /// Their recognition packs sent to HK-dir (kept since issue 9; older lines have none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub packs: Vec<PackSent>,
    /// Their marked class sessions (kept since issue 10's reports; older lines have none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attended>,
}

/// A pack sent: the day, and the days since it was complete (none if it was not when sent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackSent {
    pub sent_on: NaiveDate,
    pub days_from_complete: Option<i64>,
}

fn packs_sent<'a>(
    cases: &[&'a RecognitionCase],
    documents: &[&'a RequiredDocument],
) -> Vec<PackSent> {
    cases
        .iter()
        .filter_map(|c| {
            let sent = c.sent.as_ref()?;
            let docs: Vec<&RequiredDocument> = documents
                .iter()
                .copied()
                .filter(|d| d.case_id == c.id)
                .collect();
            let complete = super::pages::pack_complete_at(&docs)
                .map(|at| at.with_timezone(&Oslo).date_naive())
                .filter(|day| *day <= sent.on);
            Some(PackSent {
                sent_on: sent.on,
                days_from_complete: complete.map(|day| (sent.on - day).num_days()),
            })
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

fn meeting(e: &Event) -> Option<Meeting> {
    (e.event_kind == EventKind::Trekantsamtale && e.status != EventStatus::Cancelled).then_some(
        Meeting {
            starts_at: e.starts_at,
            ends_at: e.ends_at,
        },
    )
}

/// One participant's facts, from their own rows.
pub fn facts_of<'a>(
    p: &Profile,
    activities: impl IntoIterator<Item = &'a Activity>,
    cases: impl IntoIterator<Item = &'a RecognitionCase>,
    events: impl IntoIterator<Item = &'a Event>,
    documents: impl IntoIterator<Item = &'a RequiredDocument>,
    attendance: Vec<Attended>,
) -> Facts {
    let cases: Vec<&RecognitionCase> = cases.into_iter().collect();
    let documents: Vec<&RequiredDocument> = documents.into_iter().collect();
    Facts {
        packs: packs_sent(&cases, &documents),
        settled_on: p.settled_on,
        programme_start: p.programme_start,
        programme_end: p.programme_end,
        recognition_relevant: p.recognition_relevant,
        recognition_applied: cases.iter().any(|c| applied(c.status)),
        first_submitted: cases
            .iter()
            .flat_map(|c| &c.history)
            .filter(|h| h.status == RecognitionStatus::Submitted)
            .map(|h| h.on)
            .min(),
        first_placement: activities
            .into_iter()
            .filter(|a| is_placement(a))
            .filter_map(|a| a.starts_on)
            .min(),
        meetings: events.into_iter().filter_map(meeting).collect(),
        attendance,
    }
}

/// The measures of one bydel in one period.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Indicators {
    /// Participants settled in the period (the cohort).
    pub settled: usize,
    pub started: usize,
    pub within_three_months: usize,
    pub not_started: usize,
    pub median_days_to_start: Option<i64>,
    pub recognition_relevant: usize,
    pub recognition_applied: usize,
    pub median_days_to_application: Option<i64>,
    pub placed: usize,
    pub median_days_to_placement: Option<i64>,
    pub trekantsamtaler_held: usize,
    /// Participants in the programme during the period, and of them those with a three-way
    /// meeting held in it.
    pub in_programme: usize,
    pub in_programme_met: usize,
    /// Recognition packs sent to HK-dir in the period.
    pub packs_sent: usize,
    pub median_days_complete_to_sent: Option<i64>,
    /// Participants with a class session marked in the period; the sessions marked, and of them
    /// those the participant came to, as a share in whole percent.
    pub attendance_participants: usize,
    pub sessions_marked: usize,
    pub sessions_attended: usize,
    pub attendance_percent: Option<u32>,
    /// Minutes absent without valid reason in the period, and the participants with any.
    pub minutes_no_valid_reason: i64,
    pub absent_no_valid_reason: usize,
}

/// The middle value; for an even count the mean of the two middle values, rounded half up.
pub fn median(mut v: Vec<i64>) -> Option<i64> {
    v.sort_unstable();
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => v.get(n / 2).copied(),
        _ => {
            let (a, b) = (v.get(n / 2 - 1)?, v.get(n / 2)?);
            Some((a + b + 1).div_euclid(2))
        }
    }
}

fn applied(status: RecognitionStatus) -> bool {
    !matches!(
        status,
        RecognitionStatus::NotApplied | RecognitionStatus::Draft
    )
}

fn is_placement(a: &Activity) -> bool {
    matches!(
        a.activity_type,
        ActivityType::LanguagePractice | ActivityType::WorkPractice
    ) && a.status != ActivityStatus::Cancelled
}

pub fn indicators(rows: &BydelRows, period: Period, now: DateTime<Utc>) -> Indicators {
    let mut activities: HashMap<&str, Vec<&Activity>> = HashMap::new();
    for (pid, a) in &rows.activities {
        activities.entry(pid.as_str()).or_default().push(a);
    }
    let mut cases: HashMap<&str, Vec<&RecognitionCase>> = HashMap::new();
    for (pid, c) in &rows.cases {
        cases.entry(pid.as_str()).or_default().push(c);
    }
    let mut documents: HashMap<&str, Vec<&RequiredDocument>> = HashMap::new();
    for d in &rows.documents {
        documents.entry(d.case_id.as_str()).or_default().push(d);
    }
    let mut events: HashMap<&str, Vec<&Event>> = HashMap::new();
    for (pid, e) in &rows.events {
        if let Some(pid) = pid {
            events.entry(pid.as_str()).or_default().push(e);
        }
    }
    let mut attended = attended_by_participant(rows);
    // The meetings held are counted from the bydel's events (whoever they are for) and what was
    // kept of deleted participants; each participant's own meetings say whether they had one.
    let live: Vec<Facts> = rows
        .profiles
        .iter()
        .map(|p| {
            let id = p.id.as_str();
            let own_activities = activities.get(id).map(Vec::as_slice).unwrap_or(&[]);
            let own_cases = cases.get(id).map(Vec::as_slice).unwrap_or(&[]);
            let own_documents = own_cases
                .iter()
                .flat_map(|c| {
                    documents
                        .get(c.id.as_str())
                        .map(Vec::as_slice)
                        .unwrap_or(&[])
                })
                .copied();
            facts_of(
                p,
                own_activities.iter().copied(),
                own_cases.iter().copied(),
                events
                    .get(id)
                    .map(Vec::as_slice)
                    .unwrap_or(&[])
                    .iter()
                    .copied(),
                own_documents,
                attended.remove(id).unwrap_or_default(),
            )
        })
        .collect();
    let meetings = rows.events.iter().filter_map(|(_, e)| meeting(e)).chain(
        rows.retained
            .iter()
            .flat_map(|f| f.meetings.iter().copied()),
    );
    of_facts(live.iter().chain(&rows.retained), meetings, period, now)
}

fn of_facts<'a>(
    facts: impl Iterator<Item = &'a Facts>,
    meetings: impl Iterator<Item = Meeting>,
    period: Period,
    now: DateTime<Utc>,
) -> Indicators {
    let today = now.with_timezone(&Oslo).date_naive();
    let mut out = Indicators::default();
    let (mut to_start, mut to_application, mut to_placement) = (Vec::new(), Vec::new(), Vec::new());
    let mut to_sent = Vec::new();
    let facts: Vec<&Facts> = facts.collect();
    // Packs count by the day they were sent, whoever's: not only the cohort's.
    for pack in facts.iter().flat_map(|f| &f.packs) {
        if period.contains(pack.sent_on) {
            out.packs_sent += 1;
            to_sent.extend(pack.days_from_complete);
        }
    }
    out.median_days_complete_to_sent = median(to_sent);
    for f in &facts {
        let sessions: Vec<&Attended> = f
            .attendance
            .iter()
            .filter(|a| period.contains(a.on))
            .collect();
        if sessions.is_empty() {
            continue;
        }
        out.attendance_participants += 1;
        out.sessions_marked += sessions.len();
        out.sessions_attended += sessions.iter().filter(|a| a.came).count();
        let minutes: i64 = sessions.iter().map(|a| a.minutes_no_valid_reason).sum();
        if minutes > 0 {
            out.absent_no_valid_reason += 1;
            out.minutes_no_valid_reason += minutes;
        }
    }
    out.attendance_percent = percent(out.sessions_attended, out.sessions_marked);
    let held = |m: &Meeting| {
        m.ends_at <= now && period.contains(m.starts_at.with_timezone(&Oslo).date_naive())
    };
    for f in &facts {
        let started = f
            .programme_start
            .is_some_and(|s| s <= period.to && s <= today);
        if started && f.programme_end.is_none_or(|e| e >= period.from) {
            out.in_programme += 1;
            if f.meetings.iter().any(held) {
                out.in_programme_met += 1;
            }
        }
    }
    for f in facts.into_iter().filter(|f| period.contains(f.settled_on)) {
        out.settled += 1;
        match f.programme_start.filter(|s| *s <= today) {
            Some(start) => {
                out.started += 1;
                to_start.push((start - f.settled_on).num_days());
                if f.settled_on
                    .checked_add_months(Months::new(PROGRAMME_LIMIT_MONTHS))
                    .is_some_and(|limit| start <= limit)
                {
                    out.within_three_months += 1;
                }
            }
            None => out.not_started += 1,
        }
        if f.recognition_relevant {
            out.recognition_relevant += 1;
            if f.recognition_applied {
                out.recognition_applied += 1;
                if let Some(on) = f.first_submitted {
                    to_application.push((on - f.settled_on).num_days());
                }
            }
        }
        // The earliest placement is the earliest one started by today, if it has started.
        if let Some(first) = f.first_placement.filter(|d| *d <= today) {
            out.placed += 1;
            to_placement.push((first - f.settled_on).num_days());
        }
    }
    out.median_days_to_start = median(to_start);
    out.median_days_to_application = median(to_application);
    out.median_days_to_placement = median(to_placement);
    out.trekantsamtaler_held = meetings.filter(held).count();
    out
}

fn attended_by_participant(rows: &BydelRows) -> HashMap<&str, Vec<Attended>> {
    let mut out: HashMap<&str, Vec<Attended>> = HashMap::new();
    for (pid, a) in &rows.attendance {
        out.entry(pid.as_str()).or_default().push(a.clone());
    }
    out
}

/// `part` of `whole` in whole percent, rounded half up; none of nothing.
pub fn percent(part: usize, whole: usize) -> Option<u32> {
    (whole > 0).then(|| u32::try_from((part * 200 + whole) / (2 * whole)).unwrap_or(100))
}

/// A course's attendance over a bydel's participants in a period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CourseRate {
    pub course_id: String,
    pub course: String,
    pub marked: usize,
    pub attended: usize,
    pub percent: Option<u32>,
}

/// A month's absence without valid reason over a bydel's participants.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MonthAbsence {
    /// `YYYY-MM`.
    pub month: String,
    pub minutes: i64,
    /// Participants with any absence without valid reason that month.
    pub participants: usize,
}

/// Attendance per course, by course name, over the sessions in `period`.
pub fn course_rates<'a>(
    sessions: impl IntoIterator<Item = &'a Attended>,
    names: &BTreeMap<String, String>,
    period: Period,
) -> Vec<CourseRate> {
    let mut by: BTreeMap<&str, CourseRate> = BTreeMap::new();
    for a in sessions.into_iter().filter(|a| period.contains(a.on)) {
        let r = by
            .entry(a.course_id.as_str())
            .or_insert_with(|| CourseRate {
                course: names.get(&a.course_id).cloned().unwrap_or_default(),
                course_id: a.course_id.clone(),
                ..CourseRate::default()
            });
        r.marked += 1;
        r.attended += usize::from(a.came);
    }
    let mut out: Vec<CourseRate> = by
        .into_values()
        .map(|mut r| {
            r.percent = percent(r.attended, r.marked);
            r
        })
        .collect();
    out.sort_by(|a, b| a.course.cmp(&b.course).then(a.course_id.cmp(&b.course_id)));
    out
}

/// The bydel's attendance in `period`, per course and per month, from its live participants and
/// what was kept of deleted ones (the bydel's own report; across bydeler only the totals).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AttendanceDetail {
    pub courses: Vec<CourseRate>,
    pub months: Vec<MonthAbsence>,
}

pub fn attendance_detail(rows: &BydelRows, period: Period) -> AttendanceDetail {
    // Each participant's sessions: the live ones by id, each kept participant on their own.
    let mut live: BTreeMap<&str, Vec<&Attended>> = BTreeMap::new();
    for (pid, a) in &rows.attendance {
        live.entry(pid.as_str()).or_default().push(a);
    }
    let mut groups: Vec<Vec<&Attended>> = live.into_values().collect();
    groups.extend(rows.retained.iter().map(|f| f.attendance.iter().collect()));
    let courses = course_rates(groups.iter().flatten().copied(), &rows.course_names, period);
    // Every month with a session marked is shown, with no absence as 0.
    let mut months: BTreeMap<String, MonthAbsence> = BTreeMap::new();
    for sessions in &groups {
        let mut own: BTreeMap<String, i64> = BTreeMap::new();
        for a in sessions.iter().filter(|a| period.contains(a.on)) {
            *own.entry(a.on.format("%Y-%m").to_string()).or_default() += a.minutes_no_valid_reason;
        }
        for (month, minutes) in own {
            let m = months.entry(month.clone()).or_insert_with(|| MonthAbsence {
                month,
                ..MonthAbsence::default()
            });
            m.minutes += minutes;
            m.participants += usize::from(minutes > 0);
        }
    }
    AttendanceDetail {
        courses,
        months: months.into_values().collect(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::TimeZone;
    use veikart_protocol::{Owner, StatusChange, Text};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    fn profile(id: &str, settled: NaiveDate) -> Profile {
        Profile {
            bydel_id: "b".into(),
            bydel_name: "b".into(),
            ..Profile::new(id, id, settled)
        }
    }

    fn placement(t: ActivityType, starts: NaiveDate, status: ActivityStatus) -> Activity {
        Activity {
            id: "a".into(),
            goal_id: None,
            activity_type: t,
            status,
            owner: Owner::Caseworker,
            agreed: true,
            title: Text::nb("Praksis"),
            description: None,
            due: None,
            starts_on: Some(starts),
            ends_on: None,
            place: None,
            seen: None,
            response: None,
            from_event_id: None,
        }
    }

    fn case(
        status: RecognitionStatus,
        history: &[(RecognitionStatus, NaiveDate)],
    ) -> RecognitionCase {
        RecognitionCase {
            id: "c".into(),
            credential: Text::nb("Bachelor"),
            country: None,
            level: None,
            route: veikart_protocol::RecognitionRoute::HkdirGeneral,
            authority: None,
            status,
            case_number: None,
            history: history
                .iter()
                .map(|(status, on)| StatusChange {
                    status: *status,
                    on: *on,
                })
                .collect(),
            sent: None,
        }
    }

    fn trekant(starts: DateTime<Utc>, status: EventStatus) -> Event {
        Event {
            id: "e".into(),
            event_kind: EventKind::Trekantsamtale,
            course_id: None,
            activity_id: None,
            title: None,
            starts_at: starts,
            ends_at: starts + chrono::Duration::hours(1),
            place: None,
            room: None,
            bring: None,
            parties: Vec::new(),
            status,
            agenda: None,
            next_steps: None,
            school_part: None,
            previous: None,
        }
    }

    const Q1: Period = Period {
        from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
    };

    #[test]
    fn median_of_odd_even_and_none() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![30, 10, 20]), Some(20));
        assert_eq!(median(vec![10, 41]), Some(26));
        assert_eq!(median(vec![40, 10, 20, 30]), Some(25));
        assert_eq!(median(vec![-3, 0]), Some(-1));
    }

    #[test]
    fn quarters_and_periods() {
        assert_eq!(Period::quarter_of(day(2026, 2, 14)), Q1);
        let q4 = Period::quarter_of(day(2025, 12, 31));
        assert_eq!((q4.from, q4.to), (day(2025, 10, 1), day(2025, 12, 31)));
        assert_eq!(Q1.previous_quarter(), q4);
        assert!(Q1.contains(day(2026, 1, 1)) && Q1.contains(day(2026, 3, 31)));
        assert!(!Q1.contains(day(2026, 4, 1)) && !Q1.contains(day(2025, 12, 31)));
        assert_eq!(
            Period::new(day(2026, 2, 1), day(2026, 1, 1)),
            Err(PeriodError::EndsBeforeStart)
        );
        assert_eq!(
            Period::new(day(2026, 1, 1), day(2206, 1, 1)),
            Err(PeriodError::TooLong)
        );
        assert!(Period::new(day(2026, 1, 1), day(2026, 1, 1)).is_ok());
    }

    #[test]
    fn programme_start_counts_the_cohort_settled_in_the_period() {
        let now = at(2026, 6, 1, 10);
        let mut a = profile("a", day(2026, 1, 10));
        a.programme_start = Some(day(2026, 3, 1)); // 50 days, within three months
        let mut b = profile("b", day(2026, 2, 1));
        b.programme_start = Some(day(2026, 5, 20)); // 108 days, late
        let mut c = profile("c", day(2026, 3, 1));
        c.programme_start = Some(day(2026, 7, 1)); // planned, not started yet
        let d = profile("d", day(2026, 3, 31)); // no start at all
        let mut outside = profile("x", day(2025, 12, 31));
        outside.programme_start = Some(day(2026, 1, 2));
        let rows = BydelRows {
            profiles: vec![a, b, c, d, outside],
            ..Default::default()
        };
        let i = indicators(&rows, Q1, now);
        assert_eq!(i.settled, 4);
        assert_eq!(i.started, 2);
        assert_eq!(i.within_three_months, 1);
        assert_eq!(i.not_started, 2);
        assert_eq!(i.median_days_to_start, Some(79));
        // Three months is calendar months: 10 January → 10 April is still within.
        let mut edge = profile("e", day(2026, 1, 10));
        edge.programme_start = Some(day(2026, 4, 10));
        let rows = BydelRows {
            profiles: vec![edge],
            ..Default::default()
        };
        assert_eq!(indicators(&rows, Q1, now).within_three_months, 1);
    }

    #[test]
    fn recognition_counts_applications_of_those_for_whom_it_is_relevant() {
        let now = at(2026, 6, 1, 10);
        let mut a = profile("a", day(2026, 1, 1));
        a.recognition_relevant = true;
        let mut b = profile("b", day(2026, 1, 1));
        b.recognition_relevant = true;
        let mut c = profile("c", day(2026, 1, 1));
        c.recognition_relevant = true;
        let not_relevant = profile("d", day(2026, 1, 1));
        use RecognitionStatus::*;
        let rows = BydelRows {
            profiles: vec![a, b, c, not_relevant],
            cases: vec![
                // Submitted on day 31, resubmitted later: the first submission counts.
                (
                    "a".into(),
                    case(
                        InProcessing,
                        &[
                            (Draft, day(2026, 1, 20)),
                            (Submitted, day(2026, 2, 1)),
                            (Submitted, day(2026, 3, 1)),
                        ],
                    ),
                ),
                // A draft is not an application.
                ("b".into(), case(Draft, &[(Draft, day(2026, 1, 5))])),
                // Applied, but the history never shows `submitted`: counted, no days.
                (
                    "c".into(),
                    case(DecidedFull, &[(DecidedFull, day(2026, 4, 1))]),
                ),
                ("d".into(), case(Submitted, &[(Submitted, day(2026, 1, 2))])),
            ],
            ..Default::default()
        };
        let i = indicators(&rows, Q1, now);
        assert_eq!(i.recognition_relevant, 3);
        assert_eq!(i.recognition_applied, 2);
        assert_eq!(i.median_days_to_application, Some(31));
    }

    #[test]
    fn placements_count_language_or_work_practice_that_has_started() {
        let now = at(2026, 6, 1, 10);
        let rows = BydelRows {
            profiles: vec![
                profile("a", day(2026, 1, 1)),
                profile("b", day(2026, 2, 1)),
                profile("c", day(2026, 2, 1)),
                profile("d", day(2026, 2, 1)),
            ],
            activities: vec![
                // The first of two placements counts: 1 Jan → 1 Apr = 90 days.
                (
                    "a".into(),
                    placement(
                        ActivityType::WorkPractice,
                        day(2026, 5, 1),
                        ActivityStatus::Planned,
                    ),
                ),
                (
                    "a".into(),
                    placement(
                        ActivityType::LanguagePractice,
                        day(2026, 4, 1),
                        ActivityStatus::Done,
                    ),
                ),
                // Cancelled, or not started yet, or not a placement: not placed.
                (
                    "b".into(),
                    placement(
                        ActivityType::LanguagePractice,
                        day(2026, 3, 1),
                        ActivityStatus::Cancelled,
                    ),
                ),
                (
                    "c".into(),
                    placement(
                        ActivityType::WorkPractice,
                        day(2026, 7, 1),
                        ActivityStatus::Planned,
                    ),
                ),
                (
                    "d".into(),
                    placement(ActivityType::Course, day(2026, 3, 1), ActivityStatus::Done),
                ),
            ],
            ..Default::default()
        };
        let i = indicators(&rows, Q1, now);
        assert_eq!(i.placed, 1);
        assert_eq!(i.median_days_to_placement, Some(90));
    }

    #[test]
    fn three_way_meetings_held_in_the_period() {
        let mut meeting = trekant(at(2026, 2, 1, 8), EventStatus::Scheduled);
        meeting.event_kind = EventKind::Meeting;
        let rows = BydelRows {
            events: [
                trekant(at(2026, 2, 1, 8), EventStatus::Scheduled),
                trekant(at(2026, 2, 2, 8), EventStatus::Cancelled),
                trekant(at(2026, 3, 20, 13), EventStatus::Scheduled),
                // 23:00 UTC on 31 December is midnight, 1 January, in Oslo: in the period.
                trekant(at(2025, 12, 31, 23), EventStatus::Scheduled),
                // 22:00 UTC on 31 March is midnight, 1 April, in Oslo (summer time): outside.
                trekant(at(2026, 3, 31, 22), EventStatus::Scheduled),
                meeting,
            ]
            .into_iter()
            .map(|e| (None, e))
            .collect(),
            ..Default::default()
        };
        // On 20 March at noon the meeting at 13:00 UTC has not been held yet.
        assert_eq!(
            indicators(&rows, Q1, at(2026, 3, 20, 12)).trekantsamtaler_held,
            2
        );
        assert_eq!(
            indicators(&rows, Q1, at(2026, 4, 2, 12)).trekantsamtaler_held,
            3
        );
    }

    /// Q1 2026. In the programme: a (started before), b (started in the period), d (ended in it),
    /// e (deleted, kept). Not: c (starts after the period), f (ended before it), g (not started).
    /// With a meeting held in the period: a (held), e (kept); not b (cancelled) or d (in the
    /// period but not held yet on 20 March at noon).
    #[test]
    fn participants_in_the_programme_and_those_with_a_three_way_meeting() {
        let started = |id: &str, start: NaiveDate, end: Option<NaiveDate>| Profile {
            programme_start: Some(start),
            programme_end: end,
            ..profile(id, day(2025, 6, 1))
        };
        let mine =
            |pid: &str, at_: DateTime<Utc>, status| (Some(pid.to_owned()), trekant(at_, status));
        let kept = facts_of(
            &started("e", day(2025, 9, 1), None),
            [],
            [],
            [&trekant(at(2026, 1, 15, 9), EventStatus::Scheduled)],
            [],
            Vec::new(),
        );
        let rows = BydelRows {
            profiles: vec![
                started("a", day(2025, 9, 1), None),
                started("b", day(2026, 2, 1), None),
                started("c", day(2026, 4, 1), None),
                started("d", day(2025, 9, 1), Some(day(2026, 2, 1))),
                started("f", day(2025, 3, 1), Some(day(2025, 12, 31))),
                profile("g", day(2026, 1, 5)),
            ],
            events: vec![
                mine("a", at(2026, 2, 1, 8), EventStatus::Scheduled),
                mine("b", at(2026, 2, 2, 8), EventStatus::Cancelled),
                mine("d", at(2026, 3, 20, 13), EventStatus::Scheduled),
                mine("f", at(2025, 11, 2, 8), EventStatus::Scheduled),
            ],
            retained: vec![kept],
            ..Default::default()
        };
        let i = indicators(&rows, Q1, at(2026, 3, 20, 12));
        assert_eq!((i.in_programme, i.in_programme_met), (4, 2));
        // Once d's meeting is held, d counts too.
        let i = indicators(&rows, Q1, at(2026, 4, 2, 12));
        assert_eq!((i.in_programme, i.in_programme_met), (4, 3));
    }

    #[test]
    fn packs_count_by_the_day_sent_with_the_days_since_complete() {
        use veikart_protocol::{
            DocumentKind, DocumentStatus, DocumentVerdict, SentToAuthority, VerdictCode,
        };
        let accepted = |case_id: &str, on: DateTime<Utc>| RequiredDocument {
            id: format!("{case_id}-d"),
            case_id: case_id.into(),
            document_kind: DocumentKind::Diploma,
            status: DocumentStatus::Received,
            note: None,
            seen: None,
            verdict: Some(DocumentVerdict {
                code: VerdictCode::Accepted,
                note: None,
                at: on,
            }),
        };
        let sent = |id: &str, on: NaiveDate| RecognitionCase {
            id: id.into(),
            sent: Some(SentToAuthority {
                on,
                reference: "HK".into(),
            }),
            ..case(RecognitionStatus::Submitted, &[])
        };
        // Complete 1 February (23:30 UTC on 31 January is 1 February in Oslo), sent 11 February:
        // 10 days. Another sent 2 March, complete 26 February: 4 days. One sent before it was
        // complete counts, without days; one sent in April is outside the period.
        let rows = BydelRows {
            profiles: vec![profile("a", day(2025, 6, 1))],
            cases: vec![
                ("a".into(), sent("c1", day(2026, 2, 11))),
                ("a".into(), sent("c2", day(2026, 3, 2))),
                ("a".into(), sent("c3", day(2026, 3, 3))),
                ("a".into(), sent("c4", day(2026, 4, 3))),
            ],
            documents: vec![
                Utc.with_ymd_and_hms(2026, 1, 31, 23, 30, 0)
                    .map(|t| accepted("c1", t))
                    .unwrap(),
                accepted("c2", at(2026, 2, 26, 9)),
                accepted("c3", at(2026, 3, 10, 9)),
                accepted("c4", at(2026, 3, 30, 9)),
            ],
            ..Default::default()
        };
        let i = indicators(&rows, Q1, at(2026, 6, 1, 10));
        assert_eq!(i.packs_sent, 3);
        assert_eq!(i.median_days_complete_to_sent, Some(7));
        // The same numbers from what retention keeps of the participant.
        let docs: Vec<&RequiredDocument> = rows.documents.iter().collect();
        let cases: Vec<&RecognitionCase> = rows.cases.iter().map(|(_, c)| c).collect();
        let kept = facts_of(&rows.profiles[0], [], cases, [], docs, Vec::new());
        let kept: Facts = serde_json::from_str(&serde_json::to_string(&kept).unwrap()).unwrap();
        let after = BydelRows {
            retained: vec![kept],
            ..Default::default()
        };
        assert_eq!(indicators(&after, Q1, at(2026, 6, 1, 10)), i);
        // A line kept before packs existed reads as none.
        let old: Facts = serde_json::from_value(serde_json::json!({
            "settled_on": "2025-06-01", "programme_start": null, "recognition_relevant": false,
            "recognition_applied": false, "first_submitted": null, "first_placement": null,
            "meetings": []
        }))
        .unwrap();
        assert!(old.packs.is_empty());
    }

    /// A seeded quarter whose answer is known: a with 4 sessions in Q1 (came to 3; one absence of
    /// 150 minutes without valid reason in February), b with 2 (came to 1; the absence valid),
    /// and c, deleted and kept, with 2 in March (came to none; 90 minutes without valid reason,
    /// and 60 more). A session in April is outside the period.
    #[test]
    fn attendance_rate_and_absence_without_valid_reason_per_course_and_month() {
        let s = |on: NaiveDate, course: &str, came: bool, minutes: i64| Attended {
            on,
            course_id: course.into(),
            came,
            minutes_no_valid_reason: minutes,
        };
        let kept = facts_of(
            &profile("c", day(2025, 6, 1)),
            [],
            [],
            [],
            [],
            vec![
                s(day(2026, 3, 2), "norsk", false, 90),
                s(day(2026, 3, 3), "norsk", false, 60),
            ],
        );
        let kept: Facts = serde_json::from_str(&serde_json::to_string(&kept).unwrap()).unwrap();
        let rows = BydelRows {
            profiles: vec![profile("a", day(2025, 6, 1)), profile("b", day(2025, 6, 1))],
            attendance: vec![
                ("a".into(), s(day(2026, 1, 12), "norsk", true, 0)),
                ("a".into(), s(day(2026, 1, 13), "norsk", true, 0)),
                ("a".into(), s(day(2026, 2, 9), "norsk", false, 150)),
                ("a".into(), s(day(2026, 2, 10), "data", true, 0)),
                ("a".into(), s(day(2026, 4, 1), "norsk", false, 150)),
                ("b".into(), s(day(2026, 2, 9), "norsk", true, 0)),
                ("b".into(), s(day(2026, 2, 10), "data", false, 0)),
            ],
            course_names: [("norsk", "Norsk A2"), ("data", "Digitale ferdigheter")]
                .map(|(id, name)| (id.to_owned(), name.to_owned()))
                .into(),
            retained: vec![kept],
            ..Default::default()
        };
        let i = indicators(&rows, Q1, at(2026, 6, 1, 10));
        assert_eq!(
            (
                i.attendance_participants,
                i.sessions_marked,
                i.sessions_attended,
                i.attendance_percent
            ),
            (3, 8, 4, Some(50))
        );
        assert_eq!(
            (i.minutes_no_valid_reason, i.absent_no_valid_reason),
            (300, 2)
        );
        let detail = attendance_detail(&rows, Q1);
        let courses: Vec<(&str, usize, usize, Option<u32>)> = detail
            .courses
            .iter()
            .map(|c| (c.course.as_str(), c.marked, c.attended, c.percent))
            .collect();
        // Digitale: 1 of 2; Norsk: 3 of 6 (a 2 of 3, b 1 of 1, c 0 of 2).
        assert_eq!(
            courses,
            [
                ("Digitale ferdigheter", 2, 1, Some(50)),
                ("Norsk A2", 6, 3, Some(50))
            ]
        );
        let months: Vec<(&str, i64, usize)> = detail
            .months
            .iter()
            .map(|m| (m.month.as_str(), m.minutes, m.participants))
            .collect();
        assert_eq!(
            months,
            [("2026-01", 0, 0), ("2026-02", 150, 1), ("2026-03", 150, 1)]
        );
        // Rounded half up: 2 of 3 is 67 %, 1 of 8 is 13 %.
        assert_eq!(
            (percent(2, 3), percent(1, 8), percent(0, 0)),
            (Some(67), Some(13), None)
        );
    }
}
