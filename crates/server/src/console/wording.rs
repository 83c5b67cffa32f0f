//! Participants' proposals for better wording of the app (`domain::wording`): per language and
//! text, with how many proposed each text and their comments, and the patch to the app's `.ftl`
//! files for the project's translators. No name or id of a participant is shown.
//!
//! Who sees what (docs/console.md): `/console/wording` and `/console/wording.patch` — leader and
//! admin, their own bydel's proposals; `/console/wording/bydeler` and
//! `/console/wording/bydeler.patch` — admin only, every bydel's. A caseworker sees neither. Every
//! view and download is audited.

use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};

use super::error::ConsoleError;
use super::extract::Query;
use super::i18n::Arg;
use super::session::Signed;
use super::{Console, render_page};
use crate::domain::LANGUAGES;
use crate::domain::wording::{self, KeySummary, LanguageSummary, Review};
use crate::store::Store;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Own,
    AllBydeler,
}

#[derive(Deserialize, Default)]
pub struct PatchQuery {
    lang: Option<String>,
}

#[derive(Serialize)]
struct LanguageView {
    language: String,
    total: usize,
    review: Review,
    keys: Vec<KeySummary>,
}

/// Read the proposals and audit the view or download. The role was checked in `access`.
async fn proposals<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    scope: Scope,
    action: &'static str,
) -> Result<(Vec<LanguageSummary>, String), ConsoleError> {
    let cw = signed.cw.clone();
    let (proposals, bydel_name) = console
        .app
        .write(move |tx| {
            let (proposals, target) = match scope {
                Scope::Own => (wording::bydel_proposals(tx, &cw)?, cw.bydel_id.as_str()),
                Scope::AllBydeler => (wording::all_proposals(tx, &cw)?, "all"),
            };
            tx.audit(&format!("caseworker:{}", cw.id), action, target)?;
            let name = tx.bydel_name(&cw.bydel_id)?.unwrap_or_default();
            Ok((proposals, name))
        })
        .await?;
    Ok((wording::summarise(&proposals), bydel_name))
}

async fn page_for<S: Store>(
    console: Console<S>,
    signed: Signed,
    scope: Scope,
) -> Result<Html<String>, ConsoleError> {
    let (summaries, bydel_name) = proposals(&console, &signed, scope, "view_wording").await?;
    let languages: Vec<LanguageView> = summaries
        .into_iter()
        .map(|l| LanguageView {
            review: wording::review(&l.language),
            language: l.language,
            total: l.total,
            keys: l.keys,
        })
        .collect();
    let unchecked: Vec<&str> = LANGUAGES
        .iter()
        .copied()
        .filter(|l| wording::review(l) == Review::NotChecked)
        .collect();
    let ctx = minijinja::context! {
        all => scope == Scope::AllBydeler,
        bydel_name => bydel_name,
        languages => languages,
        unchecked => unchecked,
        nav => "wording",
    };
    render_page(&console, &signed, "wording.html", ctx)
}

async fn patch_for<S: Store>(
    console: Console<S>,
    signed: Signed,
    scope: Scope,
    q: PatchQuery,
) -> Result<Response, ConsoleError> {
    let only = match q.lang.as_deref() {
        None | Some("") => None,
        Some(l) if LANGUAGES.contains(&l) => Some(l.to_owned()),
        Some(_) => return Err(ConsoleError::BadRequest),
    };
    let (summaries, bydel_name) = proposals(&console, &signed, scope, "export_wording").await?;
    let today = chrono::Utc::now().with_timezone(&Oslo).date_naive();
    let of = match scope {
        Scope::Own => console.views.i18n.text(
            signed.lang,
            "wording-patch-of-bydel",
            &[("bydel", Arg::Text(bydel_name))],
        ),
        Scope::AllBydeler => console.views.text(signed.lang, "wording-patch-of-all"),
    };
    let header = console.views.i18n.text(
        signed.lang,
        "wording-patch-header",
        &[
            ("of", Arg::Text(of)),
            ("date", Arg::Text(today.to_string())),
        ],
    );
    let i18n = console.views.i18n.clone();
    let lang = signed.lang;
    let body = wording::patch(&summaries, only.as_deref(), &header, |n, total, text| {
        i18n.text(
            lang,
            "wording-patch-proposal",
            &[
                ("n", Arg::Number(n as f64)),
                ("total", Arg::Number(total as f64)),
                ("text", Arg::Text(text.to_owned())),
            ],
        )
    });
    let name = format!(
        "attachment; filename=\"veikart-wording-{}{}-{today}.patch\"",
        match scope {
            Scope::Own => signed.cw.bydel_id.as_str(),
            Scope::AllBydeler => "bydeler",
        },
        only.map(|l| format!("-{l}")).unwrap_or_default(),
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/x-diff; charset=utf-8".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response())
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
) -> Result<Html<String>, ConsoleError> {
    page_for(console, signed, Scope::Own).await
}

pub async fn bydeler<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
) -> Result<Html<String>, ConsoleError> {
    page_for(console, signed, Scope::AllBydeler).await
}

pub async fn own_patch<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<PatchQuery>,
) -> Result<Response, ConsoleError> {
    patch_for(console, signed, Scope::Own, q).await
}

pub async fn bydeler_patch<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<PatchQuery>,
) -> Result<Response, ConsoleError> {
    patch_for(console, signed, Scope::AllBydeler, q).await
}
