//! "My participants": the bydel's participants with the flags that say who is falling behind,
//! searchable and filterable; and the form that creates a participant.

use std::collections::HashMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};
use veikart_protocol::{Profile, Row, RowKind};

use super::error::ConsoleError;
use super::extract::{Form, Query};
use super::forms::{self, Again};
use super::session::Signed;
use super::{Console, back, render_page};
use crate::domain::LANGUAGES;
use crate::domain::error::DomainResult;
use crate::domain::flags::{self, DeviceSeen, Flag, FlagInput};
use crate::domain::{records, validate};
use crate::store::{Store, StoredRow, Tx};

#[derive(Debug, Serialize)]
pub struct FlagView {
    pub code: &'static str,
    pub severity: flags::Severity,
    pub days: i64,
    pub count: usize,
    pub months: u32,
}

impl From<&Flag> for FlagView {
    fn from(f: &Flag) -> Self {
        let (mut days, mut count, mut months) = (0, 0, 0);
        match f {
            Flag::ProgrammeLate { days: d, .. }
            | Flag::DeviceNotSeen { days: d }
            | Flag::PackNotSent { days: d } => days = *d,
            Flag::UnreadMessages { count: c } => count = *c,
            Flag::NoPlacement { months: m } => months = *m,
            Flag::NoRecognitionApplication | Flag::NoDevice | Flag::NoThreeWayMeeting { .. } => {}
        }
        FlagView {
            code: f.code(),
            severity: f.severity(),
            days,
            count,
            months,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ParticipantLine {
    pub profile: Profile,
    pub flags: Vec<FlagView>,
    pub worst: Option<flags::Severity>,
}

fn rows_by_participant(rows: Vec<StoredRow>) -> HashMap<String, Vec<Row>> {
    let mut out: HashMap<String, Vec<Row>> = HashMap::new();
    for s in rows {
        if let (Some(p), Some(row)) = (s.placement.participant_id, s.row) {
            out.entry(p).or_default().push(row);
        }
    }
    out
}

/// A participant's rows of one kind, as that kind (`pick` is the kind's `Row` arm).
fn own<'a, T>(
    by_participant: &'a HashMap<String, Vec<Row>>,
    id: &str,
    pick: impl Fn(&'a Row) -> Option<&'a T>,
) -> Vec<&'a T> {
    by_participant
        .get(id)
        .into_iter()
        .flatten()
        .filter_map(pick)
        .collect()
}

/// Every participant of the caseworker's bydel with their flags (audited as a list view).
pub fn with_flags(
    tx: &mut dyn Tx,
    cw: &crate::store::Caseworker,
) -> DomainResult<Vec<ParticipantLine>> {
    let profiles = records::list_participants(tx, cw)?;
    let activities = rows_by_participant(tx.bydel_rows(&cw.bydel_id, RowKind::Activity)?);
    let cases = rows_by_participant(tx.bydel_rows(&cw.bydel_id, RowKind::RecognitionCase)?);
    let messages = rows_by_participant(tx.bydel_rows(&cw.bydel_id, RowKind::Message)?);
    let documents = rows_by_participant(tx.bydel_rows(&cw.bydel_id, RowKind::RequiredDocument)?);
    let events = rows_by_participant(tx.bydel_rows(&cw.bydel_id, RowKind::Event)?);
    let pack_send_days = crate::domain::pages::send_days(tx, &cw.bydel_id)?;
    let three_way_weeks = tx
        .three_way_weeks(&cw.bydel_id)?
        .unwrap_or(flags::DEFAULT_THREE_WAY_WEEKS);
    let mut devices: HashMap<String, Vec<DeviceSeen>> = HashMap::new();
    for d in tx.devices_in(&cw.bydel_id)? {
        devices
            .entry(d.participant_id)
            .or_default()
            .push(DeviceSeen {
                created_at: d.created_at,
                last_seen_at: d.last_seen_at,
                revoked: d.revoked_at.is_some(),
            });
    }
    let placement_months = tx
        .placement_months(&cw.bydel_id)?
        .unwrap_or(flags::DEFAULT_PLACEMENT_MONTHS);
    let now = tx.now();
    let today = now.with_timezone(&Oslo).date_naive();
    Ok(profiles
        .into_iter()
        .map(|profile| {
            let acts = own(&activities, &profile.id, |r| match r {
                Row::Activity(a) => Some(a),
                _ => None,
            });
            let cs = own(&cases, &profile.id, |r| match r {
                Row::RecognitionCase(c) => Some(c),
                _ => None,
            });
            let ms = own(&messages, &profile.id, |r| match r {
                Row::Message(m) => Some(m),
                _ => None,
            });
            let docs = own(&documents, &profile.id, |r| match r {
                Row::RequiredDocument(d) => Some(d),
                _ => None,
            });
            let evs = own(&events, &profile.id, |r| match r {
                Row::Event(e) => Some(e),
                _ => None,
            });
            let ds = devices.get(&profile.id).map(Vec::as_slice).unwrap_or(&[]);
            let found = flags::flags(&FlagInput {
                profile: &profile,
                activities: &acts,
                cases: &cs,
                documents: &docs,
                pack_send_days,
                three_way_weeks,
                messages: &ms,
                events: &evs,
                devices: ds,
                today,
                now,
                placement_months,
            });
            let worst = found.iter().map(Flag::severity).max();
            ParticipantLine {
                flags: found.iter().map(FlagView::from).collect(),
                worst,
                profile,
            }
        })
        .collect())
}

#[derive(Deserialize, Default)]
pub struct Filter {
    q: Option<String>,
    flag: Option<String>,
    mine: Option<String>,
    /// Set by the redirect after an erasure (`rights::erase`), to say it was done.
    erased: Option<String>,
}

pub const FLAG_CODES: [&str; 8] = [
    "programme-late",
    "no-recognition",
    "no-placement",
    "unread",
    "no-device",
    "device-stale",
    "pack-not-sent",
    "no-three-way",
];

pub async fn list<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(filter): Query<Filter>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let mut lines = console.app.write(move |tx| with_flags(tx, &cw)).await?;
    let total = lines.len();
    let q = forms::text(&filter.q).map(|q| q.to_lowercase());
    let flag = forms::text(&filter.flag).filter(|f| FLAG_CODES.contains(&f.as_str()));
    let mine = forms::checked(&filter.mine);
    lines.retain(|l| {
        q.as_ref()
            .is_none_or(|q| l.profile.name.to_lowercase().contains(q) || l.profile.id.contains(q))
            && flag
                .as_ref()
                .is_none_or(|f| l.flags.iter().any(|x| x.code == f))
            && (!mine || l.profile.caseworker_id.as_deref() == Some(signed.cw.id.as_str()))
    });
    lines.sort_by(|a, b| {
        b.worst
            .cmp(&a.worst)
            .then(b.flags.len().cmp(&a.flags.len()))
            .then(a.profile.name.cmp(&b.profile.name))
    });
    let ctx = minijinja::context! {
        lines => lines,
        total => total,
        q => filter.q.unwrap_or_default(),
        flag => flag,
        mine => mine,
        flag_codes => FLAG_CODES,
        erased => forms::text(&filter.erased).is_some(),
        nav => "participants",
    };
    render_page(&console, &signed, "participants.html", ctx)
}

/// The new-participant form, empty or as sent with what was wrong.
fn render_new<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    again: Option<Again>,
) -> Result<Html<String>, ConsoleError> {
    let today = Utc::now().with_timezone(&Oslo).date_naive().to_string();
    let ctx = minijinja::context! {
        languages => LANGUAGES,
        today => today,
        again => again,
        nav => "participants",
    };
    render_page(console, signed, "participant_new.html", ctx)
}

pub async fn new_form<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
) -> Result<Html<String>, ConsoleError> {
    render_new(&console, &signed, None)
}

#[derive(Deserialize, Serialize, Default)]
pub struct NewParticipant {
    name: Option<String>,
    preferred_language: Option<String>,
    settled_on: Option<String>,
    recognition_relevant: Option<String>,
}

pub async fn create<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(form): Form<NewParticipant>,
) -> Result<Response, ConsoleError> {
    let mut errors = forms::FieldErrors::default();
    let name = errors.required("name", &form.name, validate::MAX_TITLE);
    let lang = errors.one_of(
        "preferred_language",
        &form.preferred_language,
        &LANGUAGES,
        Some("nb"),
    );
    let settled_on = errors.date("settled_on", &form.settled_on, true);
    if let (Some(name), Some(lang), Some(settled_on), true) =
        (name, lang, settled_on, errors.is_empty())
    {
        let profile = Profile {
            preferred_language: lang,
            recognition_relevant: forms::checked(&form.recognition_relevant),
            ..Profile::new(String::new(), name, settled_on)
        };
        let cw = signed.cw.clone();
        let created = console
            .app
            .write(move |tx| records::create_participant(tx, &cw, profile))
            .await;
        match created {
            Ok(created) => return Ok(back(format!("/console/participants/{}", created.id))),
            Err(err) => errors = forms::refused(err.into())?,
        }
    }
    let again = Again::new("participant", None, &form, errors);
    let html = render_new(&console, &signed, Some(again))?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}
