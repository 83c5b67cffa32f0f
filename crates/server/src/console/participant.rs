//! One participant: profile and programme dates, the plan (goals, activities, proposals to agree),
//! the schedule (meetings, trekantsamtaler with agenda questions and next steps), placements,
//! recognition cases, messages and devices. Every change goes through `domain::records`.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::response::{Html, Response};
use chrono_tz::Europe::Oslo;
use serde::Deserialize;
use serde_json::{Value, json};
use veikart_protocol::{ActivityType, Row, RowKind};

use super::error::ConsoleError;
use super::extract::{Form, Path};
use super::participants::FlagView;
use super::session::Signed;
use super::{Console, back, forms, render_page};
use crate::domain::LANGUAGES;
use crate::domain::flags::{self, DeviceSeen, FlagInput};
use crate::domain::records;
use crate::store::Store;

fn to_page(pid: &str, anchor: &str) -> Response {
    back(format!("/console/participants/{pid}#{anchor}"))
}

fn row_from(v: Value) -> Result<Row, ConsoleError> {
    serde_json::from_value(v).map_err(|e| ConsoleError::BadForm(e.to_string()))
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let (record, placement_months, now) = console
        .app
        .write(move |tx| {
            let record = records::participant_record(tx, &cw, &id)?;
            let months = tx.placement_months(&cw.bydel_id)?;
            Ok((record, months, tx.now()))
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
            _ => {}
        }
    }
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
    let proposals: Vec<_> = activities.iter().filter(|a| !a.agreed).collect();
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
    let found = flags::flags(&FlagInput {
        profile: &record.profile,
        activities: &activities,
        cases: &cases_ref,
        messages: &messages,
        devices: &devices,
        today: now.with_timezone(&Oslo).date_naive(),
        now,
        placement_months: placement_months.unwrap_or(flags::DEFAULT_PLACEMENT_MONTHS),
    });
    let flags: Vec<FlagView> = found.iter().map(FlagView::from).collect();
    let ctx = minijinja::context! {
        p => record.profile,
        flags => flags,
        goals => goals,
        activities => activities,
        proposals => proposals,
        placements => placements,
        events => events,
        agenda => agenda,
        answers => answers,
        cases => cases,
        documents => documents,
        messages => messages,
        devices => record.devices,
        languages => LANGUAGES,
        nav => "participants",
    };
    render_page(&console, &signed, "participant.html", ctx)
}

#[derive(Deserialize)]
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

fn date_value(s: &Option<String>) -> Result<Value, ConsoleError> {
    Ok(forms::date(s)?.map_or(Value::Null, |d| Value::String(d.to_string())))
}

pub async fn profile<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<ProfileForm>,
) -> Result<Response, ConsoleError> {
    let lang = forms::text(&f.preferred_language).filter(|l| LANGUAGES.contains(&l.as_str()));
    let mut patch = json!({
        "name": forms::required(&f.name, "name")?,
        "settled_on": forms::date(&f.settled_on)?
            .ok_or_else(|| ConsoleError::BadForm("settled_on is required".into()))?
            .to_string(),
        "programme_decided_on": date_value(&f.programme_decided_on)?,
        "programme_start": date_value(&f.programme_start)?,
        "programme_end": date_value(&f.programme_end)?,
        "sluttmaal": forms::nb_text(&f.sluttmaal),
        "norskmaal": forms::nb_text(&f.norskmaal),
        "recognition_relevant": forms::checked(&f.recognition_relevant),
    });
    if let (Some(l), Some(obj)) = (lang, patch.as_object_mut()) {
        obj.insert("preferred_language".into(), Value::String(l));
    }
    let (cw, pid) = (signed.cw.clone(), id.clone());
    console
        .app
        .write(move |tx| records::patch_participant(tx, &cw, &pid, &patch))
        .await?;
    Ok(to_page(&id, "profile"))
}

#[derive(Deserialize)]
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
    let row = row_from(json!({
        "kind": "goal",
        "goal_kind": forms::code(&f.goal_kind),
        "title": forms::nb_text(&Some(forms::required(&f.title, "title")?)),
        "status": "active",
        "target_date": date_value(&f.target_date)?,
    }))?;
    create(&console, &signed, &id, row).await?;
    Ok(to_page(&id, "plan"))
}

async fn create<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    pid: &str,
    row: Row,
) -> Result<Row, ConsoleError> {
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

#[derive(Deserialize)]
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
    let row = row_from(json!({
        "kind": "activity",
        "goal_id": forms::patch_text(&f.goal_id),
        "activity_type": forms::code(&f.activity_type),
        "status": "planned",
        "owner": "caseworker",
        "agreed": true,
        "title": forms::nb_text(&Some(forms::required(&f.title, "title")?)),
        "description": forms::nb_text(&f.description),
        "due": date_value(&f.due)?,
        "starts_on": date_value(&f.starts_on)?,
        "ends_on": date_value(&f.ends_on)?,
        "place": forms::nb_text(&f.place),
    }))?;
    create(&console, &signed, &id, row).await?;
    Ok(to_page(&id, "plan"))
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

#[derive(Deserialize)]
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
    let kind = forms::text(&f.event_kind).unwrap_or_else(|| "meeting".into());
    if !["meeting", "kartlegging", "trekantsamtale"].contains(&kind.as_str()) {
        return Err(ConsoleError::BadForm("event kind".into()));
    }
    let starts_at = forms::instant(&f.date, &f.start)?;
    let ends_at = forms::instant(&f.date, &f.end)?;
    let mut parties = vec![
        json!({"role": "participant"}),
        json!({"role": "caseworker", "name": signed.cw.name}),
    ];
    if kind == "trekantsamtale" {
        parties.push(json!({"role": "nav_adviser", "name": forms::text(&f.nav_adviser)}));
        parties.push(json!({"role": "teacher", "name": forms::text(&f.teacher)}));
    }
    let row = row_from(json!({
        "kind": "event",
        "event_kind": kind,
        "title": forms::nb_text(&f.title),
        "starts_at": starts_at,
        "ends_at": ends_at,
        "place": forms::nb_text(&f.place),
        "room": forms::patch_text(&f.room),
        "bring": forms::nb_text(&f.bring),
        "parties": parties,
        "status": "scheduled",
        "agenda": forms::nb_text(&f.agenda),
    }))?;
    create(&console, &signed, &id, row).await?;
    Ok(to_page(&id, "schedule"))
}

#[derive(Deserialize)]
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
    let pid = patch(
        &console,
        &signed,
        &id,
        RowKind::Event,
        json!({ "next_steps": forms::nb_text(&f.next_steps), "agenda": forms::nb_text(&f.agenda) }),
    )
    .await?;
    Ok(to_page(&pid, "schedule"))
}

#[derive(Deserialize)]
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
    let row = row_from(json!({
        "kind": "recognition_case",
        "credential": forms::nb_text(&Some(forms::required(&f.credential, "credential")?)),
        "country": forms::patch_text(&f.country),
        "level": forms::patch_text(&f.level),
        "route": forms::code(&f.route),
        "authority": forms::patch_text(&f.authority),
        "status": forms::text(&f.status).unwrap_or_else(|| "not_applied".into()),
        "case_number": forms::patch_text(&f.case_number),
    }))?;
    create(&console, &signed, &id, row).await?;
    Ok(to_page(&id, "recognition"))
}

pub async fn update_case<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<CaseForm>,
) -> Result<Response, ConsoleError> {
    let pid = patch(
        &console,
        &signed,
        &id,
        RowKind::RecognitionCase,
        json!({ "status": forms::code(&f.status), "case_number": forms::patch_text(&f.case_number) }),
    )
    .await?;
    Ok(to_page(&pid, "recognition"))
}

#[derive(Deserialize)]
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
    let cw = signed.cw.clone();
    let row = row_from(json!({
        "kind": "required_document",
        "case_id": case_id,
        "document_kind": forms::code(&f.document_kind),
        "status": forms::text(&f.status).unwrap_or_else(|| "missing".into()),
        "note": forms::nb_text(&f.note),
    }))?;
    let pid = console
        .app
        .write(move |tx| {
            let pid = records::owner_of(tx, &cw, &case_id, RowKind::RecognitionCase)?;
            records::create_record(tx, &cw, &pid, row)?;
            Ok(pid)
        })
        .await?;
    Ok(to_page(&pid, "recognition"))
}

pub async fn update_document<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<DocumentForm>,
) -> Result<Response, ConsoleError> {
    let pid = patch(
        &console,
        &signed,
        &id,
        RowKind::RequiredDocument,
        json!({ "status": forms::code(&f.status) }),
    )
    .await?;
    Ok(to_page(&pid, "recognition"))
}

#[derive(Deserialize)]
pub struct MessageForm {
    body: Option<String>,
}

pub async fn send_message<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<MessageForm>,
) -> Result<Response, ConsoleError> {
    let row = row_from(json!({
        "kind": "message",
        "author": "caseworker",
        "body": forms::nb_text(&Some(forms::required(&f.body, "body")?)),
        "sent_at": chrono::Utc::now(),
    }))?;
    create(&console, &signed, &id, row).await?;
    Ok(to_page(&id, "messages"))
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
