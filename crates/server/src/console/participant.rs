//! One participant: profile and programme dates, the plan (goals, activities, proposals to agree),
//! the schedule (meetings, trekantsamtaler with agenda questions and next steps), placements,
//! recognition cases, messages and devices. Every change goes through `domain::records`; every form
//! is checked field by field first (`forms`), and a form that is not valid comes back open on the
//! page with what was typed and the problem next to each field.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use veikart_protocol::template::{MESSAGE_TEMPLATES, ParamKind, TemplateSpec, template_spec};
use veikart_protocol::{
    ActivityType, DocumentKind, DocumentStatus, GoalKind, MessageTemplate, ProposalOutcome,
    RecognitionRoute, RecognitionStatus, Row, RowKind, Scope, TemplateValue,
};

use super::error::ConsoleError;
use super::extract::{Form, Path};
use super::forms::{self, Again, FieldErrors};
use super::participants::FlagView;
use super::session::Signed;
use super::{Console, back, render_page};
use crate::domain::LANGUAGES;
use crate::domain::error::DomainError;
use crate::domain::flags::{self, DeviceSeen, FlagInput};
use crate::domain::validate::{MAX_BODY, MAX_SHORT, MAX_TITLE};
use crate::domain::{reach, receipts, records};
use crate::domain::{templates, timetable};
use crate::store::Store;

const ACTIVITY_TYPES: [&str; 11] = [
    "norwegian_course",
    "language_practice",
    "work_practice",
    "job_search",
    "course",
    "education",
    "recognition",
    "meeting",
    "health",
    "housing",
    "other",
];
const RECOGNITION_STATUSES: [&str; 9] = [
    "not_applied",
    "draft",
    "submitted",
    "documents_missing",
    "in_processing",
    "decided_full",
    "decided_partial",
    "rejected",
    "appealed",
];
const DOCUMENT_KINDS: [&str; 9] = [
    "diploma",
    "transcript",
    "translation",
    "passport_copy",
    "cv",
    "employment_certificate",
    "course_description",
    "language_certificate",
    "other",
];
const DOCUMENT_STATUSES: [&str; 4] = ["missing", "ready", "received", "not_needed"];
const EVENT_KINDS: [&str; 3] = ["meeting", "kartlegging", "trekantsamtale"];
/// What a case number may be: the authority's reference, short.
const MAX_CASE_NUMBER: usize = 64;

pub(super) fn to_page(pid: &str, anchor: &str) -> Response {
    back(format!("/console/participants/{pid}#{anchor}"))
}

/// A row from checked form values; a shape serde refuses is a refusal the form shows, not a page.
fn row_from(v: Value) -> Result<Row, ConsoleError> {
    serde_json::from_value(v)
        .map_err(|e| ConsoleError::Domain(DomainError::invalid_body(e.to_string())))
}

fn code(v: &impl Serialize) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// The participant's page; with `again`, the form that was sent back is open, with what was typed
/// and what is wrong.
async fn render<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: String,
    again: Option<Again>,
    preview: Option<Preview>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    // Only the page itself, asked for and shown, counts as seeing what the participant sent; a
    // form sent back with a problem is about the form.
    let mark = again.is_none() && preview.is_none();
    let (record, placement_months, now, reach, (send_days, three_way_weeks)) = console
        .app
        .write(move |tx| {
            if mark {
                receipts::mark_seen(tx, &cw, &id)?;
            }
            let record = records::participant_record(tx, &cw, &id)?;
            let months = tx.placement_months(&cw.bydel_id)?;
            let settings = (
                crate::domain::pages::send_days(tx, &cw.bydel_id)?,
                tx.three_way_weeks(&cw.bydel_id)?
                    .unwrap_or(flags::DEFAULT_THREE_WAY_WEEKS),
            );
            let reach = reach::reach(tx, &Scope::Participant(id.clone()).key(), &[id])?;
            Ok((record, months, tx.now(), reach, settings))
        })
        .await?;
    let mut goals = Vec::new();
    let mut activities = Vec::new();
    let mut events = Vec::new();
    let mut agenda: BTreeMap<String, Vec<&veikart_protocol::AgendaItem>> = BTreeMap::new();
    let mut answers: BTreeMap<String, &veikart_protocol::Answer> = BTreeMap::new();
    let mut cases = Vec::new();
    let mut documents: BTreeMap<String, Vec<&veikart_protocol::RequiredDocument>> = BTreeMap::new();
    let mut messages = Vec::new();
    let mut pages: BTreeMap<String, Vec<&veikart_protocol::DocumentPage>> = BTreeMap::new();
    for row in &record.rows {
        match row {
            Row::Goal(g) => goals.push(g),
            Row::Activity(a) => activities.push(a),
            Row::Event(e) => events.push(e),
            Row::AgendaItem(a) => agenda.entry(a.event_id.clone()).or_default().push(a),
            Row::Answer(a) => {
                answers.insert(a.event_id.clone(), a);
            }
            Row::RecognitionCase(c) => cases.push(c),
            Row::RequiredDocument(d) => documents.entry(d.case_id.clone()).or_default().push(d),
            Row::Message(m) => messages.push(m),
            Row::DocumentPage(p) => pages.entry(p.document_id.clone()).or_default().push(p),
            _ => {}
        }
    }
    for list in pages.values_mut() {
        list.sort_by_key(|p| (p.index, p.created_at));
    }
    // Documents with a page to judge and download, and when each case's pack became complete.
    let received: BTreeMap<&str, bool> = pages
        .iter()
        .map(|(d, list)| (d.as_str(), list.iter().any(|p| p.received)))
        .collect();
    let pack_complete: BTreeMap<&str, chrono::DateTime<chrono::Utc>> = documents
        .iter()
        .filter_map(|(case, docs)| {
            crate::domain::pages::pack_complete_at(docs).map(|at| (case.as_str(), at))
        })
        .collect();
    events.sort_by_key(|e| e.starts_at);
    messages.sort_by_key(|m| m.sent_at);
    activities.sort_by_key(|a| (a.due, a.starts_on));
    let placements: Vec<_> = activities
        .iter()
        .filter(|a| {
            matches!(
                a.activity_type,
                ActivityType::LanguagePractice | ActivityType::WorkPractice
            )
        })
        .collect();
    let proposals: Vec<_> = activities
        .iter()
        .filter(|a| receipts::is_open_proposal(a))
        .collect();
    let devices: Vec<DeviceSeen> = record
        .devices
        .iter()
        .map(|d| DeviceSeen {
            created_at: d.created_at,
            last_seen_at: d.last_seen_at,
            revoked: d.revoked_at.is_some(),
        })
        .collect();
    let cases_ref: Vec<_> = cases.to_vec();
    let all_documents: Vec<&veikart_protocol::RequiredDocument> =
        documents.values().flatten().copied().collect();
    let found = flags::flags(&FlagInput {
        profile: &record.profile,
        activities: &activities,
        cases: &cases_ref,
        documents: &all_documents,
        pack_send_days: send_days,
        three_way_weeks,
        messages: &messages,
        events: &events,
        devices: &devices,
        today: now.with_timezone(&Oslo).date_naive(),
        now,
        placement_months: placement_months.unwrap_or(flags::DEFAULT_PLACEMENT_MONTHS),
    });
    let flags: Vec<FlagView> = found.iter().map(FlagView::from).collect();
    // The next steps agreed in each meeting, listed on its card.
    let mut steps: BTreeMap<String, Vec<&veikart_protocol::Activity>> = BTreeMap::new();
    for a in &activities {
        if let Some(e) = &a.from_event_id {
            steps.entry(e.clone()).or_default().push(a);
        }
    }
    let goal_options: Vec<(String, String)> = goals
        .iter()
        .map(|g| (g.id.clone(), g.title.text.clone()))
        .collect();
    let ctx = minijinja::context! {
        p => record.profile,
        flags => flags,
        goals => goals,
        activities => activities,
        proposals => proposals,
        placements => placements,
        events => events,
        agenda => agenda,
        steps => steps,
        step_owners => STEP_OWNERS,
        answers => answers,
        cases => cases,
        documents => documents,
        pages => pages,
        received => received,
        pack_complete => pack_complete,
        verdict_codes => super::pack::VERDICT_CODES,
        today => now.with_timezone(&Oslo).date_naive().to_string(),
        messages => messages,
        devices => record.devices,
        reach => reach,
        languages => LANGUAGES,
        goal_options => goal_options,
        activity_types => ACTIVITY_TYPES,
        recognition_statuses => RECOGNITION_STATUSES,
        document_kinds => DOCUMENT_KINDS,
        document_statuses => DOCUMENT_STATUSES,
        templates => template_forms(console, signed.lang),
        preview => preview,
        again => again,
        nav => "participants",
    };
    render_page(console, signed, "participant.html", ctx)
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Html<String>, ConsoleError> {
    render(&console, &signed, id, None, None).await
}

/// The participant's page again with a form that was not valid (422).
pub(super) async fn again<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    pid: &str,
    again: Again,
) -> Result<Response, ConsoleError> {
    let html = render(console, signed, pid.to_owned(), Some(again), None).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

/// The participant of a row of `kind` in the caseworker's bydel ("not found" for any other row).
pub(super) async fn owner<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: &str,
    kind: RowKind,
) -> Result<String, ConsoleError> {
    let (cw, id) = (signed.cw.clone(), id.to_owned());
    Ok(console
        .app
        .read(move |tx| records::owner_of(tx, &cw, &id, kind))
        .await?)
}

#[derive(Deserialize, Serialize)]
pub struct ProfileForm {
    name: Option<String>,
    preferred_language: Option<String>,
    settled_on: Option<String>,
    programme_decided_on: Option<String>,
    programme_start: Option<String>,
    programme_end: Option<String>,
    sluttmaal: Option<String>,
    norskmaal: Option<String>,
    recognition_relevant: Option<String>,
}

pub async fn profile<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<ProfileForm>,
) -> Result<Response, ConsoleError> {
    let mut e = FieldErrors::default();
    let name = e.required("name", &f.name, MAX_TITLE);
    let lang = e.one_of(
        "preferred_language",
        &f.preferred_language,
        &LANGUAGES,
        Some("nb"),
    );
    let settled_on = e.date("settled_on", &f.settled_on, true);
    let decided = e.date("programme_decided_on", &f.programme_decided_on, false);
    let start = e.date("programme_start", &f.programme_start, false);
    let end = e.date("programme_end", &f.programme_end, false);
    e.order("programme_end", start, end);
    let sluttmaal = e.text("sluttmaal", &f.sluttmaal, MAX_BODY, false);
    let norskmaal = e.text("norskmaal", &f.norskmaal, MAX_BODY, false);
    if !e.is_empty() {
        return again(&console, &signed, &id, Again::new("profile", None, &f, e)).await;
    }
    let patch = json!({
        "name": name,
        "preferred_language": lang,
        "settled_on": forms::date_value(settled_on),
        "programme_decided_on": forms::date_value(decided),
        "programme_start": forms::date_value(start),
        "programme_end": forms::date_value(end),
        "sluttmaal": forms::nb(sluttmaal),
        "norskmaal": forms::nb(norskmaal),
        "recognition_relevant": forms::checked(&f.recognition_relevant),
    });
    let (cw, pid) = (signed.cw.clone(), id.clone());
    let saved = console
        .app
        .write(move |tx| records::patch_participant(tx, &cw, &pid, &patch))
        .await;
    if let Err(err) = saved {
        let e = forms::refused(err.into())?;
        return again(&console, &signed, &id, Again::new("profile", None, &f, e)).await;
    }
    Ok(to_page(&id, "profile"))
}

async fn create<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    pid: &str,
    row: Result<Row, ConsoleError>,
) -> Result<Row, ConsoleError> {
    let row = row?;
    let (cw, pid) = (signed.cw.clone(), pid.to_owned());
    Ok(console
        .app
        .write(move |tx| records::create_record(tx, &cw, &pid, row))
        .await?)
}

/// Change a row of `kind` (any other kind is "not found") and name its participant.
async fn patch<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: &str,
    kind: RowKind,
    patch: Value,
) -> Result<String, ConsoleError> {
    let (cw, id) = (signed.cw.clone(), id.to_owned());
    Ok(console
        .app
        .write(move |tx| {
            let pid = records::owner_of(tx, &cw, &id, kind)?;
            records::patch_record(tx, &cw, &id, &patch)?;
            Ok(pid)
        })
        .await?)
}

#[derive(Deserialize, Serialize)]
pub struct GoalForm {
    goal_kind: Option<String>,
    title: Option<String>,
    target_date: Option<String>,
}

pub async fn add_goal<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<GoalForm>,
) -> Result<Response, ConsoleError> {
    let mut e = FieldErrors::default();
    let kind: Option<GoalKind> = e.choice("goal_kind", &f.goal_kind, None);
    let title = e.required("title", &f.title, MAX_TITLE);
    let target = e.date("target_date", &f.target_date, false);
    if e.is_empty() {
        let row = row_from(json!({
            "kind": "goal",
            "goal_kind": code(&kind),
            "title": forms::nb(title),
            "status": "active",
            "target_date": forms::date_value(target),
        }));
        match create(&console, &signed, &id, row).await {
            Ok(_) => return Ok(to_page(&id, "plan")),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(&console, &signed, &id, Again::new("goal", None, &f, e)).await
}

#[derive(Deserialize, Serialize)]
pub struct ActivityForm {
    goal_id: Option<String>,
    activity_type: Option<String>,
    title: Option<String>,
    description: Option<String>,
    due: Option<String>,
    starts_on: Option<String>,
    ends_on: Option<String>,
    place: Option<String>,
}

pub async fn add_activity<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<ActivityForm>,
) -> Result<Response, ConsoleError> {
    let mut e = FieldErrors::default();
    let kind: Option<ActivityType> = e.choice("activity_type", &f.activity_type, None);
    let title = e.required("title", &f.title, MAX_TITLE);
    let description = e.text("description", &f.description, MAX_BODY, false);
    let due = e.date("due", &f.due, false);
    let starts_on = e.date("starts_on", &f.starts_on, false);
    let ends_on = e.date("ends_on", &f.ends_on, false);
    e.order("ends_on", starts_on, ends_on);
    let place = e.text("place", &f.place, MAX_TITLE, false);
    if e.is_empty() {
        let row = row_from(json!({
            "kind": "activity",
            "goal_id": forms::plain(forms::text(&f.goal_id)),
            "activity_type": code(&kind),
            "status": "planned",
            "owner": "caseworker",
            "agreed": true,
            "title": forms::nb(title),
            "description": forms::nb(description),
            "due": forms::date_value(due),
            "starts_on": forms::date_value(starts_on),
            "ends_on": forms::date_value(ends_on),
            "place": forms::nb(place),
        }));
        match create(&console, &signed, &id, row).await {
            Ok(_) => return Ok(to_page(&id, "plan")),
            // The one reference the form makes: a goal of this participant, chosen from a list.
            Err(err) => {
                e = forms::refused(err)?;
                if forms::text(&f.goal_id).is_some() {
                    e.add("goal_id", "form-error-gone");
                }
            }
        }
    }
    again(&console, &signed, &id, Again::new("activity", None, &f, e)).await
}

/// Agree a participant's proposal.
pub async fn agree<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, ConsoleError> {
    let cw = signed.cw.clone();
    let pid = console
        .app
        .write(move |tx| {
            let pid = records::owner_of(tx, &cw, &id, RowKind::Activity)?;
            records::agree_activity(tx, &cw, &id)?;
            Ok(pid)
        })
        .await?;
    Ok(to_page(&pid, "plan"))
}

#[derive(Deserialize, Serialize)]
pub struct ProposalForm {
    comment: Option<String>,
}

/// Decline a participant's proposal with a reason: it is cancelled, and the participant sees why.
pub async fn decline<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<ProposalForm>,
) -> Result<Response, ConsoleError> {
    respond(console, signed, id, f, ProposalOutcome::Declined, "decline").await
}

/// Comment on a participant's proposal (a question, a condition): it stays proposed.
pub async fn comment<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<ProposalForm>,
) -> Result<Response, ConsoleError> {
    respond(
        console,
        signed,
        id,
        f,
        ProposalOutcome::Commented,
        "comment",
    )
    .await
}

async fn respond<S: Store>(
    console: Console<S>,
    signed: Signed,
    id: String,
    f: ProposalForm,
    outcome: ProposalOutcome,
    form: &'static str,
) -> Result<Response, ConsoleError> {
    let pid = owner(&console, &signed, &id, RowKind::Activity).await?;
    let mut e = FieldErrors::default();
    let comment = e.required("comment", &f.comment, receipts::MAX_COMMENT);
    if let (Some(comment), true) = (comment, e.is_empty()) {
        let (cw, aid) = (signed.cw.clone(), id.clone());
        let done = console
            .app
            .write(move |tx| receipts::respond(tx, &cw, &aid, outcome, &comment))
            .await;
        match done {
            Ok(_) => return Ok(to_page(&pid, "plan")),
            Err(err) => e = forms::refused(err.into())?,
        }
    }
    again(&console, &signed, &pid, Again::new(form, Some(&id), &f, e)).await
}

#[derive(Deserialize, Serialize)]
pub struct EventForm {
    event_kind: Option<String>,
    title: Option<String>,
    date: Option<String>,
    start: Option<String>,
    end: Option<String>,
    place: Option<String>,
    room: Option<String>,
    bring: Option<String>,
    agenda: Option<String>,
    nav_adviser: Option<String>,
    teacher: Option<String>,
}

pub async fn add_event<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<EventForm>,
) -> Result<Response, ConsoleError> {
    let mut e = FieldErrors::default();
    let kind = e.one_of("event_kind", &f.event_kind, &EVENT_KINDS, Some("meeting"));
    let title = e.text("title", &f.title, MAX_TITLE, false);
    let date = e.date("date", &f.date, true);
    let start = e.time("start", &f.start);
    let end = e.time("end", &f.end);
    let place = e.text("place", &f.place, MAX_TITLE, false);
    let room = e.text("room", &f.room, MAX_TITLE, false);
    let bring = e.text("bring", &f.bring, MAX_BODY, false);
    let agenda = e.text("agenda", &f.agenda, MAX_BODY, false);
    let nav_adviser = e.text("nav_adviser", &f.nav_adviser, MAX_TITLE, false);
    let teacher = e.text("teacher", &f.teacher, MAX_TITLE, false);
    let when = e.times(date, start, end);
    if let (Some(kind), Some((starts_at, ends_at)), true) = (kind, when, e.is_empty()) {
        let mut parties = vec![
            json!({"role": "participant"}),
            json!({"role": "caseworker", "name": signed.cw.name}),
        ];
        if kind == "trekantsamtale" {
            parties.push(json!({"role": "nav_adviser", "name": nav_adviser}));
            parties.push(json!({"role": "teacher", "name": teacher}));
        }
        let row = row_from(json!({
            "kind": "event",
            "event_kind": kind,
            "title": forms::nb(title),
            "starts_at": starts_at,
            "ends_at": ends_at,
            "place": forms::nb(place),
            "room": forms::plain(room),
            "bring": forms::nb(bring),
            "parties": parties,
            "status": "scheduled",
            "agenda": forms::nb(agenda),
        }));
        match create(&console, &signed, &id, row).await {
            Ok(_) => return Ok(to_page(&id, "schedule")),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(&console, &signed, &id, Again::new("event", None, &f, e)).await
}

#[derive(Deserialize, Serialize)]
pub struct NextStepsForm {
    next_steps: Option<String>,
    agenda: Option<String>,
}

pub async fn next_steps<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<NextStepsForm>,
) -> Result<Response, ConsoleError> {
    let pid = owner(&console, &signed, &id, RowKind::Event).await?;
    let mut e = FieldErrors::default();
    let next = e.text("next_steps", &f.next_steps, MAX_BODY, false);
    let agenda = e.text("agenda", &f.agenda, MAX_BODY, false);
    if e.is_empty() {
        let body = json!({ "next_steps": forms::nb(next), "agenda": forms::nb(agenda) });
        match patch(&console, &signed, &id, RowKind::Event, body).await {
            Ok(pid) => return Ok(to_page(&pid, "schedule")),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(
        &console,
        &signed,
        &pid,
        Again::new("next-steps", Some(&id), &f, e),
    )
    .await
}

/// Who does a next step: the participant, NAV (the caseworker) or the school (Voksenopplæringen).
const STEP_OWNERS: [&str; 3] = ["participant", "caseworker", "school"];

#[derive(Deserialize, Serialize)]
pub struct StepForm {
    title: Option<String>,
    owner: Option<String>,
    due: Option<String>,
}

/// A next step agreed in a meeting: an activity in the participant's plan that names the meeting,
/// planned and agreed. The participant's own steps they mark done themselves, like any activity
/// of theirs (`SetActivityStatus`); NAV's the caseworker does.
pub async fn add_step<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<StepForm>,
) -> Result<Response, ConsoleError> {
    let pid = owner(&console, &signed, &id, RowKind::Event).await?;
    let mut e = FieldErrors::default();
    let title = e.required("title", &f.title, MAX_TITLE);
    let step_owner = e.one_of("owner", &f.owner, &STEP_OWNERS, Some("participant"));
    let due = e.date("due", &f.due, false);
    if let (Some(step_owner), true) = (step_owner, e.is_empty()) {
        let row = row_from(json!({
            "kind": "activity",
            "activity_type": "other",
            "status": "planned",
            "owner": step_owner,
            "agreed": true,
            "title": forms::nb(title),
            "due": forms::date_value(due),
            "from_event_id": id,
        }));
        match create(&console, &signed, &pid, row).await {
            Ok(_) => return Ok(to_page(&pid, "schedule")),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(
        &console,
        &signed,
        &pid,
        Again::new("step", Some(&id), &f, e),
    )
    .await
}

#[derive(Deserialize, Serialize)]
pub struct CaseForm {
    credential: Option<String>,
    country: Option<String>,
    level: Option<String>,
    route: Option<String>,
    authority: Option<String>,
    status: Option<String>,
    case_number: Option<String>,
}

pub async fn add_case<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<CaseForm>,
) -> Result<Response, ConsoleError> {
    let mut e = FieldErrors::default();
    let credential = e.required("credential", &f.credential, MAX_TITLE);
    let country = e.text("country", &f.country, MAX_SHORT, false);
    let level = e.text("level", &f.level, MAX_SHORT, false);
    let route: Option<RecognitionRoute> = e.choice("route", &f.route, None);
    let authority = e.text("authority", &f.authority, MAX_TITLE, false);
    let status: Option<RecognitionStatus> = e.choice("status", &f.status, Some("not_applied"));
    let case_number = e.text("case_number", &f.case_number, MAX_CASE_NUMBER, false);
    if e.is_empty() {
        let row = row_from(json!({
            "kind": "recognition_case",
            "credential": forms::nb(credential),
            "country": forms::plain(country),
            "level": forms::plain(level),
            "route": code(&route),
            "authority": forms::plain(authority),
            "status": code(&status),
            "case_number": forms::plain(case_number),
        }));
        match create(&console, &signed, &id, row).await {
            Ok(_) => return Ok(to_page(&id, "recognition")),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(&console, &signed, &id, Again::new("case", None, &f, e)).await
}

pub async fn update_case<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<CaseForm>,
) -> Result<Response, ConsoleError> {
    let pid = owner(&console, &signed, &id, RowKind::RecognitionCase).await?;
    let mut e = FieldErrors::default();
    let status: Option<RecognitionStatus> = e.choice("status", &f.status, None);
    let case_number = e.text("case_number", &f.case_number, MAX_CASE_NUMBER, false);
    if e.is_empty() {
        let body = json!({ "status": code(&status), "case_number": forms::plain(case_number) });
        match patch(&console, &signed, &id, RowKind::RecognitionCase, body).await {
            Ok(pid) => return Ok(to_page(&pid, "recognition")),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(
        &console,
        &signed,
        &pid,
        Again::new("case-status", Some(&id), &f, e),
    )
    .await
}

#[derive(Deserialize, Serialize)]
pub struct DocumentForm {
    document_kind: Option<String>,
    status: Option<String>,
    note: Option<String>,
}

pub async fn add_document<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(case_id): Path<String>,
    Form(f): Form<DocumentForm>,
) -> Result<Response, ConsoleError> {
    let pid = owner(&console, &signed, &case_id, RowKind::RecognitionCase).await?;
    let mut e = FieldErrors::default();
    let kind: Option<DocumentKind> = e.choice("document_kind", &f.document_kind, None);
    let status: Option<DocumentStatus> = e.choice("status", &f.status, Some("missing"));
    let note = e.text("note", &f.note, MAX_BODY, false);
    if e.is_empty() {
        let row = row_from(json!({
            "kind": "required_document",
            "case_id": case_id,
            "document_kind": code(&kind),
            "status": code(&status),
            "note": forms::nb(note),
        }));
        match create(&console, &signed, &pid, row).await {
            Ok(_) => return Ok(to_page(&pid, "recognition")),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(
        &console,
        &signed,
        &pid,
        Again::new("document", Some(&case_id), &f, e),
    )
    .await
}

pub async fn update_document<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<DocumentForm>,
) -> Result<Response, ConsoleError> {
    let pid = owner(&console, &signed, &id, RowKind::RequiredDocument).await?;
    let mut e = FieldErrors::default();
    let status: Option<DocumentStatus> = e.choice("status", &f.status, None);
    if e.is_empty() {
        let body = json!({ "status": code(&status) });
        match patch(&console, &signed, &id, RowKind::RequiredDocument, body).await {
            Ok(pid) => return Ok(to_page(&pid, "recognition")),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(
        &console,
        &signed,
        &pid,
        Again::new("document-status", Some(&id), &f, e),
    )
    .await
}

#[derive(Deserialize, Serialize)]
pub struct MessageForm {
    body: Option<String>,
}

pub async fn send_message<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<MessageForm>,
) -> Result<Response, ConsoleError> {
    let mut e = FieldErrors::default();
    let body = e.required("body", &f.body, MAX_BODY);
    if e.is_empty() {
        let row = row_from(json!({
            "kind": "message",
            "author": "caseworker",
            "body": forms::nb(body),
            "sent_at": chrono::Utc::now(),
        }));
        match create(&console, &signed, &id, row).await {
            Ok(_) => return Ok(to_page(&id, "messages")),
            Err(err) => e = forms::refused(err)?,
        }
    }
    again(&console, &signed, &id, Again::new("message", None, &f, e)).await
}

pub async fn mark_read<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, ConsoleError> {
    let (cw, pid) = (signed.cw.clone(), id.clone());
    console
        .app
        .write(move |tx| records::mark_messages_read(tx, &cw, &pid))
        .await?;
    Ok(to_page(&id, "messages"))
}

/// One message template's form: its key, its parameters with the kind of field each needs, and
/// its Norwegian text with a placeholder for each value.
#[derive(Serialize)]
struct TemplateForm {
    key: &'static str,
    params: Vec<TemplateParamField>,
    outline: String,
}

#[derive(Serialize)]
struct TemplateParamField {
    name: &'static str,
    kind: &'static str,
}

fn kind_code(kind: ParamKind) -> &'static str {
    match kind {
        ParamKind::DateTime => "date_time",
        ParamKind::Date => "date",
        ParamKind::DocumentKind => "document_kind",
        ParamKind::DocumentKinds => "document_kinds",
    }
}

fn template_forms<S>(console: &Console<S>, lang: &str) -> Vec<TemplateForm> {
    MESSAGE_TEMPLATES
        .iter()
        .map(|spec| TemplateForm {
            key: spec.key,
            params: spec
                .params
                .iter()
                .map(|(name, kind)| TemplateParamField {
                    name,
                    kind: kind_code(*kind),
                })
                .collect(),
            outline: templates::norwegian_outline(spec, |name| {
                console
                    .views
                    .text(lang, &format!("template-param-{name}"))
                    .to_lowercase()
            })
            .unwrap_or_default(),
        })
        .collect()
}

/// The Norwegian text a template form will send, shown before it is sent.
#[derive(Serialize)]
pub struct Preview {
    key: String,
    text: String,
}

/// The template message a form describes, or what is wrong with which field. Field names follow
/// the parameter's: a date and time is `{name}_date` and `{name}_time`, a list of documents one
/// checkbox `{name}_{kind}` per document kind.
fn template_from_form(
    spec: &TemplateSpec,
    f: &BTreeMap<String, String>,
) -> Result<MessageTemplate, FieldErrors> {
    let mut e = FieldErrors::default();
    let field = |name: &str| f.get(name).cloned();
    let mut params = BTreeMap::new();
    for (name, kind) in spec.params {
        let value = match kind {
            ParamKind::DateTime => {
                let (d, t) = (format!("{name}_date"), format!("{name}_time"));
                let date = e.date(&d, &field(&d), true);
                let time = e.time(&t, &field(&t));
                match (date, time) {
                    (Some(date), Some(time)) => match timetable::oslo(date, time) {
                        Some(at) => Some(TemplateValue::DateTime(at)),
                        None => {
                            e.add(&t, "form-error-no-such-time");
                            None
                        }
                    },
                    _ => None,
                }
            }
            ParamKind::Date => e.date(name, &field(name), true).map(TemplateValue::Date),
            ParamKind::DocumentKind => e
                .choice::<DocumentKind>(name, &field(name), None)
                .map(TemplateValue::DocumentKind),
            ParamKind::DocumentKinds => {
                let kinds: Vec<DocumentKind> = DOCUMENT_KINDS
                    .iter()
                    .filter(|k| forms::checked(&field(&format!("{name}_{k}"))))
                    .filter_map(|k| serde_json::from_value(Value::String((*k).to_owned())).ok())
                    .collect();
                if kinds.is_empty() {
                    e.add(name, "form-error-no-document");
                    None
                } else {
                    Some(TemplateValue::DocumentKinds(kinds))
                }
            }
        };
        if let Some(v) = value {
            params.insert((*name).to_owned(), v);
        }
    }
    let note = e.text("note", &field("note"), templates::MAX_NOTE, false);
    if !e.is_empty() {
        return Err(e);
    }
    let t = MessageTemplate {
        key: spec.key.to_owned(),
        params,
        note,
    };
    // The fields' own checks match the domain's; anything they missed is the form's problem.
    if templates::check(&t).is_err() {
        e.add(forms::WHOLE_FORM, "form-error-not-saved");
        return Err(e);
    }
    Ok(t)
}

/// Send a message from a template, or (with `preview`) show the Norwegian text it would send.
pub async fn send_template<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(mut f): Form<BTreeMap<String, String>>,
) -> Result<Response, ConsoleError> {
    f.remove("csrf");
    let (cw, pid) = (signed.cw.clone(), id.clone());
    console
        .app
        .read(move |tx| records::participant(tx, &cw, &pid))
        .await?;
    // Only a changed page can send another key: the form holds it in a hidden field.
    let spec = f
        .get("template")
        .and_then(|k| template_spec(k))
        .ok_or(ConsoleError::BadRequest)?;
    let preview = f.contains_key("preview");
    let sent_back = |errors| Again::new("template", Some(spec.key), &f, errors);
    let template = match template_from_form(spec, &f) {
        Ok(t) => t,
        Err(e) => return again(&console, &signed, &id, sent_back(e)).await,
    };
    if preview {
        let text = templates::body(&template).unwrap_or_default();
        let html = render(
            &console,
            &signed,
            id,
            Some(sent_back(FieldErrors::default())),
            Some(Preview {
                key: spec.key.to_owned(),
                text,
            }),
        )
        .await?;
        return Ok(html.into_response());
    }
    let row = row_from(json!({
        "kind": "message",
        "author": "caseworker",
        "template": template,
        "sent_at": chrono::Utc::now(),
    }));
    match create(&console, &signed, &id, row).await {
        Ok(_) => Ok(to_page(&id, "messages")),
        Err(err) => {
            let e = forms::refused(err)?;
            again(&console, &signed, &id, sent_back(e)).await
        }
    }
}
