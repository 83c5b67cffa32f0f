//! Voksenopplæringen as a party: a teacher's classes and class lists, the caseworker's
//! classification of absences, and each month's hours absent without valid reason.
//!
//! Who sees what (the console's table only says who may open a page; this is where the rows are
//! confined):
//! - A teacher sees only the school's courses whose `teacher_ids` name them, and of their members
//!   only the name, the attendance and a "can't come" answer to the session. Never the plan,
//!   recognition, messages or another course: nothing here reads those rows for a teacher.
//! - Bydel staff see and classify only their own bydel's participants' attendance; a row of
//!   another bydel answers "not found".
//! - Attendance rows live in the participant's own scope (`attendance:<participant>:<event>`), so
//!   they reach the participant's devices and no other participant's.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use serde::Serialize;
use veikart_protocol::{
    AbsenceKind, Answer, Attendance, AttendanceMark, Course, Event, Profile, Response, Row, RowKind,
};

use super::absence::{self, Day, Rules, Verdict};
use super::error::{DomainError, DomainResult};
use super::indicators::{Attended, CourseRate, Period, course_rates};
use super::placement::{Home, placement};
use super::records::teaches;
use super::three_way::ClassMeeting;
use super::validate;
use crate::store::{Caseworker, Role, StoredRow, Tx};

/// Most minutes a participant can be late for one session (a session is at most a day).
pub const MAX_LATE_MINUTES: u32 = 600;

fn actor(cw: &Caseworker) -> String {
    format!("caseworker:{}", cw.id)
}

fn oslo_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&chrono_tz::Europe::Oslo).date_naive()
}

/// The school's courses this teacher teaches, earliest first.
pub fn teacher_courses(tx: &mut dyn Tx, cw: &Caseworker) -> DomainResult<Vec<Course>> {
    if cw.role != Role::Teacher {
        return Err(DomainError::forbidden("only a teacher has classes"));
    }
    let mut out = Vec::new();
    for (bydel, _) in tx.bydeler()? {
        for s in tx.bydel_rows(&bydel, RowKind::Course)? {
            if let Some(Row::Course(c)) = s.row
                && teaches(cw, &c)
            {
                out.push(c);
            }
        }
    }
    out.sort_by(|a, b| {
        a.starts_on
            .cmp(&b.starts_on)
            .then(a.name.text.cmp(&b.name.text))
    });
    tx.audit(
        &actor(cw),
        "list_classes",
        cw.school_id.as_deref().unwrap_or(""),
    )?;
    Ok(out)
}

fn taught_course(tx: &mut dyn Tx, cw: &Caseworker, course_id: &str) -> DomainResult<Course> {
    match tx.row(course_id)? {
        Some(StoredRow {
            row: Some(Row::Course(c)),
            ..
        }) if teaches(cw, &c) => Ok(c),
        _ => Err(DomainError::not_found()),
    }
}

/// A class session of a course this teacher teaches.
fn taught_session(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    event_id: &str,
) -> DomainResult<(Course, Event)> {
    let event = match tx.row(event_id)? {
        Some(StoredRow {
            row: Some(Row::Event(e)),
            ..
        }) => e,
        _ => return Err(DomainError::not_found()),
    };
    let course_id = event.course_id.clone().ok_or_else(DomainError::not_found)?;
    let course = taught_course(tx, cw, &course_id)?;
    Ok((course, event))
}

/// Whether `participant_id` is a member of a course this teacher teaches: read from the
/// participant's own memberships, not from every bydel's courses.
pub(super) fn teaches_member(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    participant_id: &str,
) -> DomainResult<bool> {
    for m in tx.participant_rows(participant_id, Some(RowKind::CourseMembership))? {
        if let Some(Row::CourseMembership(m)) = m.row
            && let Some(StoredRow {
                row: Some(Row::Course(c)),
                ..
            }) = tx.row(&m.course_id)?
            && teaches(cw, &c)
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A member of a class as its teacher sees them: the name and nothing else of the profile.
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub participant_id: String,
    pub name: String,
    /// Where the participant belongs, for placing their attendance (not shown).
    #[serde(skip)]
    pub bydel_id: String,
}

/// The members of a course, from every bydel, by name.
fn members(tx: &mut dyn Tx, course_id: &str) -> DomainResult<Vec<Member>> {
    let mut out = Vec::new();
    for m in tx.child_rows(course_id, RowKind::CourseMembership)? {
        let Some(pid) = m.placement.participant_id else {
            continue;
        };
        if let Some(StoredRow {
            row: Some(Row::Profile(p)),
            placement,
            ..
        }) = tx.row(&pid)?
        {
            out.push(Member {
                participant_id: p.id,
                name: p.name,
                bydel_id: placement.bydel_id,
            });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// A teacher's course: its sessions, members' names and the three-way meetings of its members
/// that name the teacher among the parties.
#[derive(Debug, Serialize)]
pub struct Class {
    pub course: Course,
    pub sessions: Vec<Event>,
    pub members: Vec<Member>,
    pub meetings: Vec<ClassMeeting>,
}

pub fn class(tx: &mut dyn Tx, cw: &Caseworker, course_id: &str) -> DomainResult<Class> {
    let course = taught_course(tx, cw, course_id)?;
    let mut sessions: Vec<Event> = tx
        .child_rows(course_id, RowKind::Event)?
        .into_iter()
        .filter_map(|s| match s.row {
            Some(Row::Event(e)) => Some(e),
            _ => None,
        })
        .collect();
    sessions.sort_by_key(|e| e.starts_at);
    let members = members(tx, course_id)?;
    let meetings = super::three_way::meetings_of(tx, cw, &members)?;
    tx.audit(&actor(cw), "view_class", course_id)?;
    Ok(Class {
        course,
        sessions,
        members,
        meetings,
    })
}

/// One line of a class list.
#[derive(Debug, Clone, Serialize)]
pub struct ListLine {
    pub member: Member,
    pub mark: Option<AttendanceMark>,
    pub late_minutes: Option<u32>,
    /// The participant said "can't come" to this session (with their reason, if they gave one).
    pub cant_come: bool,
    pub reason: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ClassList {
    pub course: Course,
    pub session: Event,
    pub lines: Vec<ListLine>,
}

fn attendance_row(tx: &mut dyn Tx, id: &str) -> DomainResult<Option<(StoredRow, Attendance)>> {
    let Some(s) = tx.row(id)? else {
        return Ok(None);
    };
    Ok(match s.row.clone() {
        Some(Row::Attendance(a)) => Some((s, a)),
        _ => None,
    })
}

/// The class list of one session, for its teacher: every member with what is recorded and any
/// "can't come" they sent before the class.
pub fn class_list(tx: &mut dyn Tx, cw: &Caseworker, event_id: &str) -> DomainResult<ClassList> {
    let (course, session) = taught_session(tx, cw, event_id)?;
    let mut lines = Vec::new();
    for member in members(tx, &course.id)? {
        let answer = match tx.row(&Answer::id_for(&member.participant_id, event_id))? {
            Some(StoredRow {
                row: Some(Row::Answer(a)),
                ..
            }) => Some(a),
            _ => None,
        };
        let recorded = attendance_row(tx, &Attendance::id_for(&member.participant_id, event_id))?
            .map(|(_, a)| a);
        let cant_come = answer
            .as_ref()
            .is_some_and(|a| a.response == Response::CantCome);
        lines.push(ListLine {
            mark: recorded.as_ref().map(|a| a.mark),
            late_minutes: recorded.as_ref().and_then(|a| a.late_minutes),
            cant_come,
            reason: answer.filter(|_| cant_come).and_then(|a| a.reason),
            member,
        });
    }
    tx.audit(&actor(cw), "view_class_list", event_id)?;
    Ok(ClassList {
        course,
        session,
        lines,
    })
}

/// One member's mark from the class list form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub participant_id: String,
    pub mark: AttendanceMark,
    pub late_minutes: Option<u32>,
}

fn put_attendance(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    participant_id: &str,
    bydel_id: &str,
    a: &Attendance,
) -> DomainResult<()> {
    let allowed = rules(tx, bydel_id)?.child_days_per_12_months;
    let row = Row::Attendance(Attendance {
        child_days_allowed: Some(allowed),
        ..a.clone()
    });
    validate::row(&row).map_err(DomainError::invalid_value)?;
    let home = Home::Participant {
        id: participant_id.to_owned(),
        bydel_id: bydel_id.to_owned(),
    };
    tx.put_row(&placement(&row, &home), &row, &actor(cw))?;
    Ok(())
}

/// Save a session's class list: one mark per member. A member left out keeps what they had; a
/// participant who is not a member is refused (nothing is saved). An absence stays classified
/// while it stays an absence.
pub fn save_class_list(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    event_id: &str,
    marks: &[Mark],
) -> DomainResult<usize> {
    let (course, session) = taught_session(tx, cw, event_id)?;
    let members = members(tx, &course.id)?;
    let mut plan = Vec::new();
    for m in marks {
        let member = members
            .iter()
            .find(|x| x.participant_id == m.participant_id)
            .ok_or_else(|| DomainError::invalid_value("not a member of this class"))?;
        let late_minutes = match (m.mark, m.late_minutes) {
            (AttendanceMark::Late, Some(n)) if (1..=MAX_LATE_MINUTES).contains(&n) => Some(n),
            (AttendanceMark::Late, _) => {
                return Err(DomainError::invalid_value(
                    "late needs the minutes, 1 to 600",
                ));
            }
            _ => None,
        };
        plan.push((member.clone(), m.mark, late_minutes));
    }
    let now = tx.now();
    let mut changed = 0;
    for (member, mark, late_minutes) in plan {
        let id = Attendance::id_for(&member.participant_id, event_id);
        let old = attendance_row(tx, &id)?.map(|(_, a)| a);
        let stays_absent = mark == AttendanceMark::Absent
            && old
                .as_ref()
                .is_some_and(|a| a.mark == AttendanceMark::Absent);
        let next = Attendance {
            id,
            event_id: event_id.to_owned(),
            course_id: course.id.clone(),
            starts_at: session.starts_at,
            ends_at: session.ends_at,
            mark,
            late_minutes,
            absence: old
                .as_ref()
                .and_then(|a| a.absence)
                .filter(|_| stays_absent),
            doctors_note: old.as_ref().is_some_and(|a| a.doctors_note) && stays_absent,
            document_missing: old.as_ref().is_some_and(|a| a.document_missing) && stays_absent,
            child_days_allowed: None,
            recorded_at: old.as_ref().map_or(now, |a| a.recorded_at),
        };
        let same = old.as_ref().is_some_and(|o| {
            o.mark == next.mark
                && o.late_minutes == next.late_minutes
                && o.starts_at == next.starts_at
                && o.ends_at == next.ends_at
        });
        if same {
            continue;
        }
        let next = Attendance {
            recorded_at: now,
            ..next
        };
        put_attendance(tx, cw, &member.participant_id, &member.bydel_id, &next)?;
        if old.is_some_and(|o| o.absence.is_some()) {
            refresh(tx, cw, &member.participant_id, &member.bydel_id)?;
        }
        changed += 1;
    }
    tx.audit(&actor(cw), "record_attendance", event_id)?;
    Ok(changed)
}

/// A bydel's absence rules (its setting, or the regulations' defaults).
pub fn rules(tx: &mut dyn Tx, bydel_id: &str) -> DomainResult<Rules> {
    Ok(Rules::from_setting(tx.absence_rules(bydel_id)?.as_deref()))
}

fn day_of(a: &Attendance) -> Option<Day> {
    match (a.mark, a.absence) {
        (AttendanceMark::Absent, Some(kind)) => Some(Day {
            date: oslo_date(a.starts_at),
            kind,
            doctors_note: a.doctors_note,
        }),
        _ => None,
    }
}

/// Every attendance row of a participant, oldest session first.
fn attendance_of(
    tx: &mut dyn Tx,
    participant_id: &str,
) -> DomainResult<Vec<(StoredRow, Attendance)>> {
    let mut out: Vec<(StoredRow, Attendance)> = tx
        .participant_rows(participant_id, Some(RowKind::Attendance))?
        .into_iter()
        .filter_map(|s| match s.row.clone() {
            Some(Row::Attendance(a)) => Some((s, a)),
            _ => None,
        })
        .collect();
    out.sort_by_key(|(_, a)| a.starts_at);
    Ok(out)
}

/// The verdict on each row (in order): `None` for a row that is no classified absence.
pub fn verdicts(
    rules: &Rules,
    programme_start: Option<NaiveDate>,
    rows: &[Attendance],
) -> Vec<Option<Verdict>> {
    let days: Vec<(usize, Day)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, a)| day_of(a).map(|d| (i, d)))
        .collect();
    let plain: Vec<Day> = days.iter().map(|(_, d)| *d).collect();
    let judged = absence::assess(rules, programme_start, &plain);
    let mut out = vec![None; rows.len()];
    for ((i, _), v) in days.iter().zip(judged) {
        out[*i] = Some(v);
    }
    out
}

/// Write `document_missing` on each of the participant's rows as the rules now say.
fn refresh(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    participant_id: &str,
    bydel_id: &str,
) -> DomainResult<()> {
    let rules = rules(tx, bydel_id)?;
    let start = match tx.row(participant_id)? {
        Some(StoredRow {
            row: Some(Row::Profile(p)),
            ..
        }) => p.programme_start,
        _ => None,
    };
    let rows = attendance_of(tx, participant_id)?;
    let plain: Vec<Attendance> = rows.iter().map(|(_, a)| a.clone()).collect();
    for (a, v) in plain.iter().zip(verdicts(&rules, start, &plain)) {
        let missing = v == Some(Verdict::NeedsDoctorsNote);
        if a.document_missing != missing {
            let next = Attendance {
                document_missing: missing,
                ..a.clone()
            };
            put_attendance(tx, cw, participant_id, bydel_id, &next)?;
        }
    }
    Ok(())
}

/// The caseworker of the participant's bydel classifies an absence (`kind`: `None` when the form
/// named none, refused after the row is found, so another bydel's id answers "not found" first).
/// Returns the participant.
pub fn classify(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    attendance_id: &str,
    kind: Option<AbsenceKind>,
    doctors_note: bool,
) -> DomainResult<String> {
    if !cw.role.is_bydel_staff() {
        return Err(DomainError::not_found());
    }
    let Some((stored, a)) = attendance_row(tx, attendance_id)? else {
        return Err(DomainError::not_found());
    };
    if stored.placement.bydel_id != cw.bydel_id {
        return Err(DomainError::not_found());
    }
    let pid = stored
        .placement
        .participant_id
        .clone()
        .ok_or_else(DomainError::not_found)?;
    if a.mark != AttendanceMark::Absent {
        return Err(DomainError::invalid_value("only an absence is classified"));
    }
    let kind = kind.ok_or_else(|| DomainError::invalid_value("choose a kind of absence"))?;
    let next = Attendance {
        absence: Some(kind),
        doctors_note,
        ..a
    };
    put_attendance(tx, cw, &pid, &stored.placement.bydel_id, &next)?;
    refresh(tx, cw, &pid, &stored.placement.bydel_id)?;
    tx.audit(&actor(cw), "classify_absence", attendance_id)?;
    Ok(pid)
}

/// One session of a participant, as their caseworker sees it.
#[derive(Debug, Serialize)]
pub struct Line {
    pub attendance: Attendance,
    pub course: String,
    pub verdict: Option<Verdict>,
}

#[derive(Debug, Serialize)]
pub struct ParticipantAttendance {
    pub profile: Profile,
    /// Newest first.
    pub lines: Vec<Line>,
    pub child_days_left: u32,
    pub rules: Rules,
}

/// A participant's attendance for bydel staff of their bydel (another bydel's: not found).
pub fn participant_attendance(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    participant_id: &str,
) -> DomainResult<ParticipantAttendance> {
    if !cw.role.is_bydel_staff() {
        return Err(DomainError::not_found());
    }
    let profile = super::records::participant(tx, cw, participant_id)?;
    let rules = rules(tx, &cw.bydel_id)?;
    let rows: Vec<Attendance> = attendance_of(tx, participant_id)?
        .into_iter()
        .map(|(_, a)| a)
        .collect();
    let verdicts = verdicts(&rules, profile.programme_start, &rows);
    let days: Vec<Day> = rows.iter().filter_map(day_of).collect();
    let child_days_left = absence::child_days_left(&rules, &days, oslo_date(tx.now()));
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut lines = Vec::new();
    for (a, verdict) in rows.into_iter().zip(verdicts) {
        let course = match names.get(&a.course_id) {
            Some(n) => n.clone(),
            None => {
                let n = match tx.row(&a.course_id)? {
                    Some(StoredRow {
                        row: Some(Row::Course(c)),
                        ..
                    }) => c.name.text,
                    _ => String::new(),
                };
                names.insert(a.course_id.clone(), n.clone());
                n
            }
        };
        lines.push(Line {
            attendance: a,
            course,
            verdict,
        });
    }
    lines.reverse();
    tx.audit(&actor(cw), "view_attendance", participant_id)?;
    Ok(ParticipantAttendance {
        profile,
        lines,
        child_days_left,
        rules,
    })
}

/// A month, as the figures are asked for (`2026-11`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.split_once('-')?;
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        (y.len() == 4 && (2000..=2100).contains(&year) && (1..=12).contains(&month))
            .then_some(Month { year, month })
    }

    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        date.year() == self.year && date.month() == self.month
    }

    /// Its days, first to last.
    pub fn period(&self) -> Period {
        let first = NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default();
        let last = first
            .checked_add_months(Months::new(1))
            .and_then(|next| next.pred_opt())
            .unwrap_or(first);
        Period {
            from: first,
            to: last,
        }
    }
}

/// The names of the courses with these ids, by id (a course since deleted has none).
pub fn course_names<'a>(
    tx: &mut dyn Tx,
    ids: impl IntoIterator<Item = &'a str>,
) -> DomainResult<BTreeMap<String, String>> {
    let mut names = BTreeMap::new();
    for id in ids {
        if names.contains_key(id) {
            continue;
        }
        if let Some(StoredRow {
            row: Some(Row::Course(course)),
            ..
        }) = tx.row(id)?
        {
            names.insert(id.to_owned(), course.name.text);
        }
    }
    Ok(names)
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One participant's month: minutes by what the rules make of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    pub sessions: u32,
    pub minutes_present: i64,
    pub minutes_late: i64,
    /// Absent without valid reason: the basis for the reduction (integreringsloven § 21).
    pub minutes_no_valid_reason: i64,
    /// Absent and valid only with a doctor's note that has not arrived.
    pub minutes_needing_note: i64,
    /// Absent, not yet classified by the caseworker.
    pub minutes_unclassified: i64,
    pub minutes_approved: i64,
    /// Past the bydel's threshold of hours without valid reason.
    pub over_threshold: bool,
    pub document_missing: bool,
}

/// A participant's figures for `month` from all their attendance (earlier months count for the
/// 12-month rules). Pure.
pub fn figures(
    rules: &Rules,
    programme_start: Option<NaiveDate>,
    rows: &[Attendance],
    month: Month,
) -> Figures {
    let mut f = Figures::default();
    for (a, v) in rows.iter().zip(verdicts(rules, programme_start, rows)) {
        if !month.contains(oslo_date(a.starts_at)) {
            continue;
        }
        let minutes = (a.ends_at - a.starts_at).num_minutes().max(0);
        f.sessions += 1;
        match (a.mark, v) {
            (AttendanceMark::Present, _) => f.minutes_present += minutes,
            (AttendanceMark::Late, _) => {
                f.minutes_present += minutes;
                f.minutes_late += i64::from(a.late_minutes.unwrap_or(0));
            }
            (AttendanceMark::Absent, None) => f.minutes_unclassified += minutes,
            (AttendanceMark::Absent, Some(Verdict::Approved)) => f.minutes_approved += minutes,
            (AttendanceMark::Absent, Some(Verdict::NeedsDoctorsNote)) => {
                f.minutes_needing_note += minutes
            }
            (AttendanceMark::Absent, Some(Verdict::NoValidReason)) => {
                f.minutes_no_valid_reason += minutes
            }
        }
    }
    f.over_threshold = f.minutes_no_valid_reason > i64::from(rules.flag_hours_per_month) * 60;
    f.document_missing = f.minutes_needing_note > 0;
    f
}

/// A line of the monthly figures.
#[derive(Debug, Serialize)]
pub struct MonthLine {
    pub participant_id: String,
    pub name: String,
    pub figures: Figures,
}

/// A participant's marked sessions as the reports keep them (`indicators::Attended`), with the
/// minutes the rules make absent without valid reason. `rows` oldest first, all of them (earlier
/// months count for the 12-month rules). Pure.
pub fn attended(
    rules: &Rules,
    programme_start: Option<NaiveDate>,
    rows: &[Attendance],
) -> Vec<Attended> {
    rows.iter()
        .zip(verdicts(rules, programme_start, rows))
        .map(|(a, v)| Attended {
            on: oslo_date(a.starts_at),
            course_id: a.course_id.clone(),
            came: a.mark != AttendanceMark::Absent,
            minutes_no_valid_reason: if v == Some(Verdict::NoValidReason) {
                (a.ends_at - a.starts_at).num_minutes().max(0)
            } else {
                0
            },
        })
        .collect()
}

/// The month's figures for the bydel.
#[derive(Debug, Serialize)]
pub struct MonthFigures {
    pub rules: Rules,
    pub lines: Vec<MonthLine>,
    pub courses: Vec<CourseRate>,
}

/// The month's figures for every participant of the caseworker's bydel who had a session in it,
/// by name, and each course's attendance rate over them. Bydel staff only.
pub fn month(tx: &mut dyn Tx, cw: &Caseworker, month: Month) -> DomainResult<MonthFigures> {
    if !cw.role.is_bydel_staff() {
        return Err(DomainError::forbidden(
            "the monthly figures are the bydel's",
        ));
    }
    let rules = rules(tx, &cw.bydel_id)?;
    let mut by_participant: BTreeMap<String, Vec<Attendance>> = BTreeMap::new();
    for s in tx.bydel_rows(&cw.bydel_id, RowKind::Attendance)? {
        if let (Some(pid), Some(Row::Attendance(a))) = (s.placement.participant_id, s.row) {
            by_participant.entry(pid).or_default().push(a);
        }
    }
    let mut lines = Vec::new();
    let mut sessions = Vec::new();
    for p in super::records::bydel_profiles(tx, &cw.bydel_id)? {
        let Some(rows) = by_participant.get_mut(&p.id) else {
            continue;
        };
        rows.sort_by_key(|a| a.starts_at);
        sessions.extend(attended(&rules, p.programme_start, rows));
        let figures = figures(&rules, p.programme_start, rows, month);
        if figures.sessions > 0 {
            lines.push(MonthLine {
                participant_id: p.id,
                name: p.name,
                figures,
            });
        }
    }
    lines.sort_by(|a, b| a.name.cmp(&b.name));
    let names = course_names(tx, sessions.iter().map(|a| a.course_id.as_str()))?;
    let courses = course_rates(&sessions, &names, month.period());
    tx.audit(&actor(cw), "view_absence_month", &cw.bydel_id)?;
    Ok(MonthFigures {
        rules,
        lines,
        courses,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    /// A session of 2½ hours (09:00–11:30 Oslo, winter time) on `date`.
    fn session(date: &str, mark: AttendanceMark, absence: Option<AbsenceKind>) -> Attendance {
        Attendance {
            id: format!("attendance:p:{date}"),
            event_id: date.into(),
            course_id: "c".into(),
            starts_at: at(&format!("{date}T08:00:00Z")),
            ends_at: at(&format!("{date}T10:30:00Z")),
            mark,
            late_minutes: (mark == AttendanceMark::Late).then_some(15),
            absence,
            doctors_note: false,
            document_missing: false,
            child_days_allowed: None,
            recorded_at: at("2026-11-01T00:00:00Z"),
        }
    }

    /// November 2026, worked by hand: twelve sessions of 150 minutes (and one in October, which
    /// does not count). Present at five (one of them 15 minutes late); absent at seven: two
    /// without valid reason (300 min), a child's illness on four working days in a row, Thursday
    /// to Tuesday (the fourth needs a doctor's note: 150 min; three approved: 450 min), and one
    /// not classified yet (150 min). 5 × 150 + 300 + 150 + 450 + 150 = 12 × 150.
    #[test]
    fn a_month_worked_by_hand() {
        use AbsenceKind::*;
        use AttendanceMark::*;
        let rows = [
            session("2026-10-29", Absent, Some(NoValidReason)), // October: not counted
            session("2026-11-02", Present, None),
            session("2026-11-03", Late, None),
            session("2026-11-04", Absent, Some(NoValidReason)),
            session("2026-11-05", Absent, Some(ChildIllness)),
            session("2026-11-06", Absent, Some(ChildIllness)),
            session("2026-11-09", Absent, Some(ChildIllness)),
            session("2026-11-10", Absent, Some(ChildIllness)),
            session("2026-11-11", Present, None),
            session("2026-11-12", Absent, Some(NoValidReason)),
            session("2026-11-13", Absent, None),
            session("2026-11-16", Present, None),
            session("2026-11-17", Present, None),
        ];
        let f = figures(
            &Rules::default(),
            Some(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()),
            &rows,
            Month::parse("2026-11").unwrap(),
        );
        assert_eq!(
            f,
            Figures {
                sessions: 12,
                minutes_present: 5 * 150,
                minutes_late: 15,
                minutes_no_valid_reason: 300,
                minutes_needing_note: 150,
                minutes_unclassified: 150,
                minutes_approved: 450,
                over_threshold: false,
                document_missing: true,
            }
        );
        // A bydel with a threshold of four hours flags five hours without valid reason.
        let strict = Rules {
            flag_hours_per_month: 4,
            ..Rules::default()
        };
        assert!(figures(&strict, None, &rows, Month::parse("2026-11").unwrap()).over_threshold);
    }

    #[test]
    fn attendance_rate_per_course_counts_late_as_came() {
        use AttendanceMark::*;
        let mut rows = vec![
            session("2026-11-02", Present, None),
            session("2026-11-03", Late, None),
            session("2026-11-04", Absent, None),
            session("2026-10-29", Absent, None),
        ];
        let mut other = session("2026-11-05", Absent, None);
        other.course_id = "c2".into();
        rows.push(other);
        let sessions = attended(&Rules::default(), None, &rows);
        let names = BTreeMap::new();
        let rates = course_rates(&sessions, &names, Month::parse("2026-11").unwrap().period());
        assert_eq!(
            rates
                .iter()
                .map(|r| (r.course_id.as_str(), r.marked, r.attended, r.percent))
                .collect::<Vec<_>>(),
            [("c", 3, 2, Some(67)), ("c2", 1, 0, Some(0))]
        );
        let december = Month::parse("2026-12").unwrap().period();
        assert!(course_rates(&sessions, &names, december).is_empty());
        let february = Month::parse("2028-02").unwrap().period();
        assert_eq!((february.from.day(), february.to.day()), (1, 29));
    }

    #[test]
    fn months_parse_strictly() {
        assert_eq!(
            Month::parse("2026-11"),
            Some(Month {
                year: 2026,
                month: 11
            })
        );
        for bad in ["2026-13", "2026-0", "26-11", "2026", "x-y", "1999-01"] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        assert_eq!(Month::parse("2026-01").unwrap().to_string(), "2026-01");
    }
}
