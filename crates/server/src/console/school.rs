//! Voksenopplæringen's side of the console, and the bydel's side of attendance: a teacher's
//! classes and class lists (one form per session, a radio group per member, one save), the
//! caseworker's classification of a participant's absences, and the month's hours absent without
//! valid reason as a page and a CSV for payroll. Who may see which rows is `domain::attendance`'s;
//! `access` only opens the pages to the roles.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use veikart_protocol::{AbsenceKind, AttendanceMark};

use super::error::ConsoleError;
use super::extract::{Form, Path, Query};
use super::forms::{Again, FieldErrors};
use super::session::Signed;
use super::views::hours;
use super::{Console, back, render_page};
use crate::domain::attendance::{self, Mark, Month};
use crate::domain::error::DomainError;
use crate::domain::three_way;
use crate::domain::validate::MAX_BODY;
use crate::store::Store;

/// A teacher's classes.
pub async fn classes<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let courses = console
        .app
        .write(move |tx| attendance::teacher_courses(tx, &cw))
        .await?;
    let ctx = minijinja::context! { courses => courses, nav => "classes" };
    render_page(&console, &signed, "classes.html", ctx)
}

/// One of the teacher's classes: its sessions, its members' names and the three-way meetings the
/// teacher takes part in.
pub async fn class<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Html<String>, ConsoleError> {
    render_class(&console, &signed, id, None).await
}

async fn render_class<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: String,
    again: Option<Again>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let class = console
        .app
        .write(move |tx| attendance::class(tx, &cw, &id))
        .await?;
    let ctx = minijinja::context! { class => class, again => again, nav => "classes" };
    render_page(console, signed, "class.html", ctx)
}

#[derive(Deserialize, Serialize)]
pub struct SchoolPartForm {
    school_part: Option<String>,
    /// The class page the form was on, to go back to.
    course: Option<String>,
}

/// The teacher's part of a three-way meeting's agenda (progress in Norwegian, attendance), kept
/// on the meeting so the participant and the caseworker read it there.
pub async fn school_part<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<SchoolPartForm>,
) -> Result<Response, ConsoleError> {
    let course = f.course.clone().unwrap_or_default();
    let mut e = FieldErrors::default();
    let text = e.text("school_part", &f.school_part, MAX_BODY, false);
    if e.is_empty() {
        let (cw, event) = (signed.cw.clone(), id.clone());
        console
            .app
            .write(move |tx| three_way::set_school_part(tx, &cw, &event, text))
            .await?;
        return Ok(back(format!("/console/classes/{course}#meeting-{id}")));
    }
    let again = Again::new("school-part", Some(&id), &f, e);
    let html = render_class(&console, &signed, course, Some(again)).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

async fn render_list<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: String,
    problem: Option<String>,
    saved: bool,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let list = console
        .app
        .write(move |tx| attendance::class_list(tx, &cw, &id))
        .await?;
    let ctx = minijinja::context! {
        list => list,
        problem => problem,
        saved => saved,
        max_late => attendance::MAX_LATE_MINUTES,
        nav => "classes",
    };
    render_page(console, signed, "attendance.html", ctx)
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    saved: Option<String>,
}

/// The class list of a session, for its teacher.
pub async fn list<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Query(q): Query<SavedQuery>,
) -> Result<Html<String>, ConsoleError> {
    render_list(&console, &signed, id, None, q.saved.is_some()).await
}

/// The marks of a class list form: `mark-<participant>` (present, late, absent) and
/// `late-<participant>` (minutes). `None` names the participant whose line is wrong.
fn marks(fields: &[(String, String)]) -> Result<Vec<Mark>, String> {
    let mut out = Vec::new();
    for (key, value) in fields {
        let Some(pid) = key.strip_prefix("mark-") else {
            continue;
        };
        let mark = match value.as_str() {
            "present" => AttendanceMark::Present,
            "late" => AttendanceMark::Late,
            "absent" => AttendanceMark::Absent,
            _ => return Err(pid.to_owned()),
        };
        let minutes = fields
            .iter()
            .find(|(k, _)| k.strip_prefix("late-") == Some(pid))
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty());
        let late_minutes = match (mark, minutes) {
            (AttendanceMark::Late, Some(v)) => match v.parse::<u32>() {
                Ok(n) if (1..=attendance::MAX_LATE_MINUTES).contains(&n) => Some(n),
                _ => return Err(pid.to_owned()),
            },
            (AttendanceMark::Late, None) => return Err(pid.to_owned()),
            _ => None,
        };
        out.push(Mark {
            participant_id: pid.to_owned(),
            mark,
            late_minutes,
        });
    }
    Ok(out)
}

/// Save the class list: every line at once. A wrong line (late without minutes) brings the list
/// back with the problem at that line, and nothing is saved.
pub async fn save<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, ConsoleError> {
    let problem = match marks(&fields) {
        Ok(marks) => {
            let (cw, event) = (signed.cw.clone(), id.clone());
            let saved = console
                .app
                .write(move |tx| attendance::save_class_list(tx, &cw, &event, &marks))
                .await;
            match saved {
                Ok(_) => {
                    return Ok(back(format!("/console/sessions/{id}/attendance?saved=1")));
                }
                Err(DomainError::Invalid(_)) => String::new(),
                Err(e) => return Err(e.into()),
            }
        }
        Err(pid) => pid,
    };
    let html = render_list(&console, &signed, id, Some(problem), false).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

/// A participant's attendance, for their bydel's staff, with a form per absence to classify it.
pub async fn participant<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let view = console
        .app
        .write(move |tx| attendance::participant_attendance(tx, &cw, &id))
        .await?;
    let kinds: Vec<&str> = AbsenceKind::ALL.iter().map(|k| k.as_str()).collect();
    let ctx = minijinja::context! { view => view, kinds => kinds, nav => "participants" };
    render_page(&console, &signed, "participant_attendance.html", ctx)
}

#[derive(Deserialize)]
pub struct ClassifyForm {
    kind: Option<String>,
    doctors_note: Option<String>,
}

/// Classify one absence (the caseworker of the participant's bydel).
pub async fn classify<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<ClassifyForm>,
) -> Result<Response, ConsoleError> {
    let kind = f.kind.as_deref().and_then(AbsenceKind::parse);
    let note = f.doctors_note.is_some();
    let cw = signed.cw.clone();
    let pid = console
        .app
        .write(move |tx| attendance::classify(tx, &cw, &id, kind, note))
        .await?;
    Ok(back(format!("/console/participants/{pid}/attendance")))
}

#[derive(Deserialize, Default)]
pub struct MonthQuery {
    month: Option<String>,
}

/// The month asked for, or the current one in Oslo.
fn month_of(q: &MonthQuery) -> Result<Month, ConsoleError> {
    match q.month.as_deref().filter(|m| !m.is_empty()) {
        Some(m) => Month::parse(m).ok_or(ConsoleError::BadRequest),
        None => Ok(Month::of(
            Utc::now()
                .with_timezone(&chrono_tz::Europe::Oslo)
                .date_naive(),
        )),
    }
}

/// The month's figures for the bydel's participants.
pub async fn month<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<MonthQuery>,
) -> Result<Html<String>, ConsoleError> {
    let month = month_of(&q)?;
    let cw = signed.cw.clone();
    let figures = console
        .app
        .write(move |tx| attendance::month(tx, &cw, month))
        .await?;
    let rows: Vec<minijinja::Value> = figures
        .lines
        .iter()
        .map(|l| {
            minijinja::context! {
                participant_id => l.participant_id.clone(),
                name => l.name.clone(),
                f => l.figures.clone(),
                no_valid_reason => hours(l.figures.minutes_no_valid_reason),
                needing_note => hours(l.figures.minutes_needing_note),
                unclassified => hours(l.figures.minutes_unclassified),
                approved => hours(l.figures.minutes_approved),
            }
        })
        .collect();
    let ctx = minijinja::context! {
        month => month.to_string(),
        rows => rows,
        courses => figures.courses,
        threshold => figures.rules.flag_hours_per_month,
        nav => "absence",
    };
    render_page(&console, &signed, "absence.html", ctx)
}

const CSV_HEADER: [&str; 9] = [
    "month",
    "participant_id",
    "name",
    "sessions",
    "hours_no_valid_reason",
    "hours_needing_doctors_note",
    "hours_unclassified",
    "over_threshold",
    "doctors_note_missing",
];

/// A CSV field: quoted when needed, and never read as a formula by a spreadsheet.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r', ';']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv(month: Month, lines: &[attendance::MonthLine]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for l in lines {
        let f = &l.figures;
        let fields = [
            month.to_string(),
            csv_field(&l.participant_id),
            csv_field(&l.name),
            f.sessions.to_string(),
            // A decimal point in the CSV: its separator is the comma.
            format!("{:.1}", f.minutes_no_valid_reason as f64 / 60.0),
            format!("{:.1}", f.minutes_needing_note as f64 / 60.0),
            format!("{:.1}", f.minutes_unclassified as f64 / 60.0),
            f.over_threshold.to_string(),
            f.document_missing.to_string(),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The month's figures as CSV for the bydel's payroll.
pub async fn month_csv<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<MonthQuery>,
) -> Result<Response, ConsoleError> {
    let month = month_of(&q)?;
    let cw = signed.cw.clone();
    let figures = console
        .app
        .write(move |tx| {
            let out = attendance::month(tx, &cw, month)?;
            tx.audit(
                &format!("caseworker:{}", cw.id),
                "export_absence_month",
                &cw.bydel_id,
            )?;
            Ok::<_, DomainError>(out)
        })
        .await?;
    let name = format!(
        "attachment; filename=\"veikart-fravaer-{}-{month}.csv\"",
        signed.cw.bydel_id
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        csv(month, &figures.lines),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_class_list_form_reads_each_line() {
        let got = marks(&f(&[
            ("csrf", "x"),
            ("mark-p1", "present"),
            ("mark-p2", "late"),
            ("late-p2", " 15 "),
            ("late-p1", "7"),
            ("mark-p3", "absent"),
        ]))
        .unwrap();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].late_minutes, None, "minutes only go with late");
        assert_eq!(got[1].late_minutes, Some(15));
        assert_eq!(got[2].mark, AttendanceMark::Absent);
    }

    #[test]
    fn a_wrong_line_is_named() {
        assert_eq!(
            marks(&f(&[("mark-p2", "late")])).unwrap_err(),
            "p2",
            "late without minutes"
        );
        assert_eq!(
            marks(&f(&[("mark-p2", "late"), ("late-p2", "0")])).unwrap_err(),
            "p2"
        );
        assert_eq!(
            marks(&f(&[("mark-p2", "late"), ("late-p2", "601")])).unwrap_err(),
            "p2"
        );
        assert_eq!(marks(&f(&[("mark-p4", "asleep")])).unwrap_err(), "p4");
    }

    #[test]
    fn the_csv_defuses_formulas() {
        let lines = vec![attendance::MonthLine {
            participant_id: "p1".into(),
            name: "=HYPERLINK(\"x\")".into(),
            figures: attendance::Figures {
                sessions: 2,
                minutes_no_valid_reason: 150,
                ..Default::default()
            },
        }];
        let out = csv(Month::parse("2026-11").unwrap(), &lines);
        assert_eq!(
            out,
            "month,participant_id,name,sessions,hours_no_valid_reason,hours_needing_doctors_note,hours_unclassified,over_threshold,doctors_note_missing\r\n\
             2026-11,p1,\"'=HYPERLINK(\"\"x\"\")\",2,2.5,0.0,0.0,false,false\r\n"
        );
    }
}
