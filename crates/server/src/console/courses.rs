//! Voksenopplæringen's classes: create a course, add members, generate a term of sessions from a
//! weekly pattern, import a timetable from CSV (all or nothing, errors named by line), and move or
//! cancel one session. Sessions live in the course's scope, so every member's device gets a change.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use chrono::Weekday;
use serde::{Deserialize, Serialize};
use serde_json::json;
use veikart_protocol::{Course, Profile, Row, Text};

use super::error::ConsoleError;
use super::extract::{Form, Path};
use super::session::Signed;
use super::{Console, back, forms, render_page};
use crate::domain::records;
use crate::domain::timetable::{self, LineError};
use crate::error::ApiResult;
use crate::store::{Store, Tx};

pub async fn list<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let mut courses = console
        .app
        .read(move |tx| records::list_courses(tx, &cw))
        .await?;
    courses.sort_by(|a, b| {
        a.starts_on
            .cmp(&b.starts_on)
            .then(a.name.text.cmp(&b.name.text))
    });
    let ctx = minijinja::context! { courses => courses, nav => "courses" };
    render_page(&console, &signed, "courses.html", ctx)
}

#[derive(Deserialize)]
pub struct CourseForm {
    name: Option<String>,
    provider: Option<String>,
    level: Option<String>,
    starts_on: Option<String>,
    ends_on: Option<String>,
}

pub async fn create<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(f): Form<CourseForm>,
) -> Result<Response, ConsoleError> {
    let (Some(starts_on), Some(ends_on)) = (forms::date(&f.starts_on)?, forms::date(&f.ends_on)?)
    else {
        return Err(ConsoleError::BadForm("course dates".into()));
    };
    let course = Course {
        id: String::new(),
        name: Text::nb(forms::required(&f.name, "name")?),
        provider: forms::text(&f.provider).unwrap_or_else(|| "Voksenopplæringen".into()),
        level: forms::text(&f.level),
        starts_on,
        ends_on,
    };
    let cw = signed.cw.clone();
    let created = console
        .app
        .write(move |tx| records::create_course(tx, &cw, course))
        .await?;
    Ok(back(format!("/console/courses/{}", created.id)))
}

async fn render<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: String,
    import_errors: Option<(Vec<LineError>, String)>,
    moving: Option<MoveAgain>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let (record, members, everyone) = console
        .app
        .write(move |tx| {
            let record = records::course_record(tx, &cw, &id)?;
            tx.audit(&format!("caseworker:{}", cw.id), "view_course", &id)?;
            let everyone = records::bydel_profiles(tx, &cw.bydel_id)?;
            let members: Vec<Profile> = everyone
                .iter()
                .filter(|p| record.members.contains(&p.id))
                .cloned()
                .collect();
            Ok((record, members, everyone))
        })
        .await?;
    let mut others: Vec<Profile> = everyone
        .into_iter()
        .filter(|p| !record.members.contains(&p.id))
        .collect();
    others.sort_by(|a, b| a.name.cmp(&b.name));
    let (errors, csv) = import_errors.unwrap_or_default();
    let errors: Vec<_> = errors
        .iter()
        .map(|e| minijinja::context! { line => e.line, code => e.error.code() })
        .collect();
    let ctx = minijinja::context! {
        course => record.course,
        sessions => record.sessions,
        members => members,
        others => others,
        import_errors => errors,
        csv => csv,
        moving => moving,
        nav => "courses",
    };
    render_page(console, signed, "course.html", ctx)
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Html<String>, ConsoleError> {
    render(&console, &signed, id, None, None).await
}

#[derive(Deserialize)]
pub struct MemberForm {
    participant_id: Option<String>,
}

pub async fn add_member<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<MemberForm>,
) -> Result<Response, ConsoleError> {
    let pid = forms::required(&f.participant_id, "participant")?;
    let (cw, cid) = (signed.cw.clone(), id.clone());
    console
        .app
        .write(move |tx| records::add_member(tx, &cw, &cid, &pid))
        .await?;
    Ok(back(format!("/console/courses/{id}#members")))
}

#[derive(Deserialize)]
pub struct TermForm {
    from: Option<String>,
    to: Option<String>,
    start: Option<String>,
    end: Option<String>,
    room: Option<String>,
    mon: Option<String>,
    tue: Option<String>,
    wed: Option<String>,
    thu: Option<String>,
    fri: Option<String>,
    sat: Option<String>,
}

pub async fn term<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<TermForm>,
) -> Result<Response, ConsoleError> {
    let days: Vec<Weekday> = [
        (&f.mon, Weekday::Mon),
        (&f.tue, Weekday::Tue),
        (&f.wed, Weekday::Wed),
        (&f.thu, Weekday::Thu),
        (&f.fri, Weekday::Fri),
        (&f.sat, Weekday::Sat),
    ]
    .into_iter()
    .filter(|(v, _)| forms::checked(v))
    .map(|(_, d)| d)
    .collect();
    let (Some(from), Some(to), Some(start), Some(end)) = (
        forms::date(&f.from)?,
        forms::date(&f.to)?,
        forms::time(&f.start)?,
        forms::time(&f.end)?,
    ) else {
        return Err(ConsoleError::BadForm("term".into()));
    };
    let mut drafts = timetable::weekly(from, to, &days, start, end)
        .map_err(|e| ConsoleError::BadForm(e.to_string()))?;
    let room = forms::text(&f.room);
    for d in &mut drafts {
        d.room = room.clone();
    }
    let (cw, cid) = (signed.cw.clone(), id.clone());
    console
        .app
        .write(move |tx| records::add_sessions(tx, &cw, &cid, &drafts))
        .await?;
    Ok(back(format!("/console/courses/{id}#sessions")))
}

#[derive(Deserialize)]
pub struct ImportForm {
    csv: Option<String>,
}

pub async fn import<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<ImportForm>,
) -> Result<Response, ConsoleError> {
    let text = f.csv.unwrap_or_default();
    match timetable::parse_csv(&text) {
        Ok(drafts) => {
            let (cw, cid) = (signed.cw.clone(), id.clone());
            console
                .app
                .write(move |tx| records::add_sessions(tx, &cw, &cid, &drafts))
                .await?;
            Ok(back(format!("/console/courses/{id}#sessions")))
        }
        Err(errors) => {
            let html = render(&console, &signed, id, Some((errors, text)), None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
    }
}

#[derive(Deserialize, Serialize)]
pub struct MoveForm {
    date: Option<String>,
    start: Option<String>,
    end: Option<String>,
    room: Option<String>,
    place: Option<String>,
}

/// A move form that was not valid: shown again, open, under its session, with what was sent.
#[derive(Serialize)]
pub struct MoveAgain {
    id: String,
    values: MoveForm,
    errors: forms::FieldErrors,
}

/// The course of a session in the caseworker's bydel (another bydel's session is "not found").
fn course_of(tx: &mut dyn Tx, cw: &crate::store::Caseworker, id: &str) -> ApiResult<String> {
    match tx.row(id)? {
        Some(s) if s.placement.bydel_id == cw.bydel_id => match s.row {
            Some(Row::Event(e)) => e.course_id,
            _ => None,
        },
        _ => None,
    }
    .ok_or_else(crate::error::ApiError::not_found)
}

async fn change_session<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: String,
    patch: serde_json::Value,
) -> Result<Response, ConsoleError> {
    let cw = signed.cw.clone();
    let course_id = console
        .app
        .write(move |tx: &mut dyn Tx| {
            let course_id = course_of(tx, &cw, &id)?;
            records::patch_record(tx, &cw, &id, &patch)?;
            Ok(course_id)
        })
        .await?;
    Ok(back(format!("/console/courses/{course_id}#sessions")))
}

pub async fn move_session<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<MoveForm>,
) -> Result<Response, ConsoleError> {
    let mut errors = forms::FieldErrors::default();
    let date = errors.date("date", &f.date, true);
    let start = errors.time("start", &f.start);
    let end = errors.time("end", &f.end);
    let mut times = None;
    if let (Some(date), Some(start), Some(end)) = (date, start, end) {
        match (timetable::oslo(date, start), timetable::oslo(date, end)) {
            (Some(s), Some(e)) if e > s => times = Some((s, e)),
            (Some(_), Some(_)) => errors.add("end", "form-error-end-before-start"),
            (None, _) => errors.add("start", "form-error-no-such-time"),
            (_, None) => errors.add("end", "form-error-no-such-time"),
        }
    }
    let Some((starts_at, ends_at)) = times.filter(|_| errors.is_empty()) else {
        let (cw, sid) = (signed.cw.clone(), id.clone());
        let course_id = console
            .app
            .read(move |tx: &mut dyn Tx| course_of(tx, &cw, &sid))
            .await?;
        let again = MoveAgain {
            id,
            values: f,
            errors,
        };
        let html = render(&console, &signed, course_id, None, Some(again)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    };
    let patch = json!({
        "starts_at": starts_at,
        "ends_at": ends_at,
        "room": forms::patch_text(&f.room),
        "place": forms::nb_text(&f.place),
        "status": "scheduled",
    });
    change_session(&console, &signed, id, patch).await
}

pub async fn cancel_session<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, ConsoleError> {
    change_session(&console, &signed, id, json!({ "status": "cancelled" })).await
}
