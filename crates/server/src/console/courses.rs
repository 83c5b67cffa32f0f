//! Voksenopplæringen's classes: create a course, add members, generate a term of sessions from a
//! weekly pattern, import a timetable from CSV (all or nothing, errors named by line), and move or
//! cancel one session. Sessions live in the course's scope, so every member's device gets a change.
//! Every form is checked field by field first (`forms`); one that is not valid comes back with what
//! was typed and the problem next to each field, and an import with every bad line named.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use serde_json::json;
use veikart_protocol::{Course, Profile, Scope, Text};

use super::error::ConsoleError;
use super::extract::{Form, Path};
use super::forms::{self, Again, FieldErrors};
use super::session::Signed;
use super::{Console, back, render_page};
use crate::domain::timetable::{self, LineError, TimetableError};
use crate::domain::validate::{MAX_SHORT, MAX_TITLE};
use crate::domain::{reach, records};
use crate::store::{Store, Tx};

/// The most bad lines of an import listed on the page (with how many there are in all): a pasted
/// file of thousands of wrong lines must not make a page nobody can read.
pub const MAX_LINE_ERRORS: usize = 100;

const DEFAULT_PROVIDER: &str = "Voksenopplæringen";

async fn render_list<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    again: Option<Again>,
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
    let ctx = minijinja::context! {
        courses => courses,
        provider => DEFAULT_PROVIDER,
        again => again,
        nav => "courses",
    };
    render_page(console, signed, "courses.html", ctx)
}

pub async fn list<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
) -> Result<Html<String>, ConsoleError> {
    render_list(&console, &signed, None).await
}

#[derive(Deserialize, Serialize)]
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
    let mut e = FieldErrors::default();
    let name = e.required("name", &f.name, MAX_TITLE);
    let provider = e.text("provider", &f.provider, MAX_TITLE, false);
    let level = e.text("level", &f.level, MAX_SHORT, false);
    let starts_on = e.date("starts_on", &f.starts_on, true);
    let ends_on = e.date("ends_on", &f.ends_on, true);
    e.order("ends_on", starts_on, ends_on);
    if let (Some(name), Some(starts_on), Some(ends_on), true) =
        (name, starts_on, ends_on, e.is_empty())
    {
        let course = Course {
            id: String::new(),
            name: Text::nb(name),
            provider: provider.unwrap_or_else(|| DEFAULT_PROVIDER.into()),
            level,
            starts_on,
            ends_on,
            school_id: None,
            teacher_ids: Vec::new(),
        };
        let cw = signed.cw.clone();
        let saved = console
            .app
            .write(move |tx| records::create_course(tx, &cw, course))
            .await;
        match saved {
            Ok(created) => return Ok(back(format!("/console/courses/{}", created.id))),
            Err(err) => e = forms::refused(err.into())?,
        }
    }
    let html = render_list(&console, &signed, Some(Again::new("course", None, &f, e))).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

/// The bad lines of an import, as the page lists them: the first `MAX_LINE_ERRORS`, and how many
/// there are in all.
#[derive(Serialize)]
struct ImportErrors {
    lines: Vec<minijinja::Value>,
    total: usize,
}

impl ImportErrors {
    fn of(errors: &[LineError]) -> ImportErrors {
        ImportErrors {
            lines: errors
                .iter()
                .take(MAX_LINE_ERRORS)
                .map(|e| minijinja::context! { line => e.line, code => e.error.code() })
                .collect(),
            total: errors.len(),
        }
    }
}

/// A course of the caseworker's bydel ("not found" otherwise).
async fn course_of_id<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: &str,
) -> Result<Course, ConsoleError> {
    let (cw, id) = (signed.cw.clone(), id.to_owned());
    Ok(console
        .app
        .read(move |tx| Ok(records::course_record(tx, &cw, &id)?.course))
        .await?)
}

async fn render<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: String,
    again: Option<Again>,
    import: Option<ImportErrors>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let (record, members, everyone, reach) = console
        .app
        .write(move |tx| {
            let record = records::course_record(tx, &cw, &id)?;
            tx.audit(&format!("caseworker:{}", cw.id), "view_course", &id)?;
            // A teacher keeps the timetable; the members are each bydel's (and none of theirs).
            let everyone = if cw.role.is_bydel_staff() {
                records::bydel_profiles(tx, &cw.bydel_id)?
            } else {
                Vec::new()
            };
            let members: Vec<Profile> = everyone
                .iter()
                .filter(|p| record.members.contains(&p.id))
                .cloned()
                .collect();
            let reach = reach::reach(tx, &Scope::Course(id.clone()).key(), &record.members)?;
            Ok((record, members, everyone, reach))
        })
        .await?;
    let mut others: Vec<Profile> = everyone
        .into_iter()
        .filter(|p| !record.members.contains(&p.id))
        .collect();
    others.sort_by(|a, b| a.name.cmp(&b.name));
    let others: Vec<(String, String)> = others.into_iter().map(|p| (p.id, p.name)).collect();
    let ctx = minijinja::context! {
        course => record.course,
        sessions => record.sessions,
        members => members,
        others => others,
        reach => reach,
        again => again,
        import => import,
        weekdays => ["mon", "tue", "wed", "thu", "fri", "sat"],
        nav => "courses",
    };
    render_page(console, signed, "course.html", ctx)
}

/// The course page again with a form that was not valid (422).
async fn again<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    course_id: String,
    again: Again,
    import: Option<ImportErrors>,
) -> Result<Response, ConsoleError> {
    let html = render(console, signed, course_id, Some(again), import).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Html<String>, ConsoleError> {
    render(&console, &signed, id, None, None).await
}

#[derive(Deserialize, Serialize)]
pub struct MemberForm {
    participant_id: Option<String>,
}

pub async fn add_member<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<MemberForm>,
) -> Result<Response, ConsoleError> {
    course_of_id(&console, &signed, &id).await?;
    let mut e = FieldErrors::default();
    if let Some(pid) = e.required("participant_id", &f.participant_id, MAX_TITLE) {
        let (cw, cid) = (signed.cw.clone(), id.clone());
        let added = console
            .app
            .write(move |tx| {
                // A participant chosen from the list who is gone (or of another bydel) is a
                // problem with the choice, not a missing page.
                if records::participant(tx, &cw, &pid).is_err() {
                    return Ok(false);
                }
                records::add_member(tx, &cw, &cid, &pid)?;
                Ok(true)
            })
            .await?;
        if added {
            return Ok(back(format!("/console/courses/{id}#members")));
        }
        e.add("participant_id", "form-error-gone");
    }
    again(
        &console,
        &signed,
        id,
        Again::new("member", None, &f, e),
        None,
    )
    .await
}

#[derive(Deserialize, Serialize)]
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

/// A date of a session must lie in its course's period.
fn within(e: &mut FieldErrors, field: &str, date: Option<NaiveDate>, course: &Course) {
    if let Some(d) = date
        && (d < course.starts_on || d > course.ends_on)
    {
        e.add(field, "form-error-outside-course");
    }
}

pub async fn term<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<TermForm>,
) -> Result<Response, ConsoleError> {
    let course = course_of_id(&console, &signed, &id).await?;
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
    let mut e = FieldErrors::default();
    let from = e.date("from", &f.from, true);
    let to = e.date("to", &f.to, true);
    within(&mut e, "from", from, &course);
    within(&mut e, "to", to, &course);
    e.order("to", from, to);
    let start = e.time("start", &f.start);
    let end = e.time("end", &f.end);
    if let (Some(s), Some(t)) = (start, end)
        && t <= s
    {
        e.add("end", "form-error-end-before-start");
    }
    let room = e.text("room", &f.room, MAX_TITLE, false);
    if days.is_empty() {
        e.add("days", "form-error-no-weekday");
    }
    if let (Some(from), Some(to), Some(start), Some(end), true) =
        (from, to, start, end, e.is_empty())
    {
        match timetable::weekly(from, to, &days, start, end) {
            Ok(mut drafts) => {
                for d in &mut drafts {
                    d.room = room.clone();
                }
                let (cw, cid) = (signed.cw.clone(), id.clone());
                let saved = console
                    .app
                    .write(move |tx| records::add_sessions(tx, &cw, &cid, &drafts))
                    .await;
                match saved {
                    Ok(_) => return Ok(back(format!("/console/courses/{id}#sessions"))),
                    Err(err) => e = forms::refused(err.into())?,
                }
            }
            Err(TimetableError::TooMany) => e.add_n(
                "to",
                "form-error-too-many-sessions",
                timetable::MAX_SESSIONS as i64,
            ),
            Err(TimetableError::NoSuchTime) => e.add("start", "form-error-no-such-time"),
            Err(TimetableError::EndBeforeStart) => e.add("end", "form-error-end-before-start"),
            Err(_) => e.add("days", "form-error-no-sessions"),
        }
    }
    again(&console, &signed, id, Again::new("term", None, &f, e), None).await
}

#[derive(Deserialize, Serialize)]
pub struct ImportForm {
    csv: Option<String>,
}

pub async fn import<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<ImportForm>,
) -> Result<Response, ConsoleError> {
    let course = course_of_id(&console, &signed, &id).await?;
    let text = f.csv.clone().unwrap_or_default();
    let mut e = FieldErrors::default();
    let lines = match timetable::parse_csv_within(&text, course.starts_on, course.ends_on) {
        Ok(drafts) => {
            let (cw, cid) = (signed.cw.clone(), id.clone());
            let saved = console
                .app
                .write(move |tx| records::add_sessions(tx, &cw, &cid, &drafts))
                .await;
            match saved {
                Ok(_) => return Ok(back(format!("/console/courses/{id}#sessions"))),
                Err(err) => e = forms::refused(err.into())?,
            }
            None
        }
        Err(lines) => {
            e.add("csv", "form-error-import");
            Some(ImportErrors::of(&lines))
        }
    };
    again(
        &console,
        &signed,
        id,
        Again::new("import", None, &f, e),
        lines,
    )
    .await
}

#[derive(Deserialize, Serialize)]
pub struct MoveForm {
    date: Option<String>,
    start: Option<String>,
    end: Option<String>,
    room: Option<String>,
    place: Option<String>,
}

/// The course of a session in the caseworker's bydel (another bydel's session, and any row that
/// is not a course's session, is "not found").
async fn change_session<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: String,
    patch: serde_json::Value,
) -> Result<String, ConsoleError> {
    let cw = signed.cw.clone();
    Ok(console
        .app
        .write(move |tx: &mut dyn Tx| records::change_session(tx, &cw, &id, &patch))
        .await?)
}

pub async fn move_session<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<MoveForm>,
) -> Result<Response, ConsoleError> {
    let (cw, sid) = (signed.cw.clone(), id.clone());
    let course_id = console
        .app
        .read(move |tx: &mut dyn Tx| records::session_course(tx, &cw, &sid))
        .await?;
    let course = course_of_id(&console, &signed, &course_id).await?;
    let mut e = FieldErrors::default();
    let date = e.date("date", &f.date, true);
    within(&mut e, "date", date, &course);
    let start = e.time("start", &f.start);
    let end = e.time("end", &f.end);
    let room = e.text("room", &f.room, MAX_TITLE, false);
    let place = e.text("place", &f.place, MAX_TITLE, false);
    let when = e.times(date, start, end);
    if let (Some((starts_at, ends_at)), true) = (when, e.is_empty()) {
        let patch = json!({
            "starts_at": starts_at,
            "ends_at": ends_at,
            "room": forms::plain(room),
            "place": forms::nb(place),
            "status": "scheduled",
        });
        match change_session(&console, &signed, id.clone(), patch).await {
            Ok(course_id) => return Ok(back(format!("/console/courses/{course_id}#sessions"))),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(
        &console,
        &signed,
        course_id,
        Again::new("move", Some(&id), &f, e),
        None,
    )
    .await
}

pub async fn cancel_session<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, ConsoleError> {
    let course_id = change_session(&console, &signed, id, json!({ "status": "cancelled" })).await?;
    Ok(back(format!("/console/courses/{course_id}#sessions")))
}
