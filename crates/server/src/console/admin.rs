//! For admins: the audit log (who saw or changed what, when) of their bydel's caseworkers, the
//! bydel's caseworker accounts, and the bydel's settings.

use axum::extract::State;
use axum::response::{Html, Response};
use serde::Deserialize;

use super::error::ConsoleError;
use super::extract::{Form, Path, Query};
use super::session::Signed;
use super::{Console, back, forms, password, render_page};
use crate::domain::flags;
use crate::store::{Caseworker, Role, Store};

#[derive(Deserialize)]
pub struct AuditQuery {
    before: Option<i64>,
}

pub async fn audit<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<AuditQuery>,
) -> Result<Html<String>, ConsoleError> {
    signed.require(&[Role::Admin])?;
    let cw = signed.cw.clone();
    let (entries, names) = console
        .app
        .write(move |tx| {
            let staff = tx.caseworkers_in(&cw.bydel_id)?;
            let actors: Vec<String> = staff
                .iter()
                .map(|c| format!("caseworker:{}", c.id))
                .collect();
            let entries = tx.audit_entries(&actors, q.before, 100)?;
            tx.audit(
                &format!("caseworker:{}", cw.id),
                "view_audit_log",
                &cw.bydel_id,
            )?;
            let names: std::collections::BTreeMap<String, String> = staff
                .into_iter()
                .map(|c| (format!("caseworker:{}", c.id), c.name))
                .collect();
            Ok((entries, names))
        })
        .await?;
    let older = (entries.len() == 100)
        .then(|| entries.last().map(|e| e.id))
        .flatten();
    let ctx =
        minijinja::context! { entries => entries, names => names, older => older, nav => "audit" };
    render_page(&console, &signed, "audit.html", ctx)
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
) -> Result<Html<String>, ConsoleError> {
    signed.require(&[Role::Admin])?;
    let cw = signed.cw.clone();
    let (staff, months) = console
        .app
        .read(move |tx| {
            Ok((
                tx.caseworkers_in(&cw.bydel_id)?,
                tx.placement_months(&cw.bydel_id)?,
            ))
        })
        .await?;
    let staff: Vec<_> = staff
        .into_iter()
        .map(|c| minijinja::context! { id => c.id, name => c.name, email => c.email, role => c.role.as_str() })
        .collect();
    let ctx = minijinja::context! {
        staff => staff,
        placement_months => months.unwrap_or(flags::DEFAULT_PLACEMENT_MONTHS),
        nav => "admin",
    };
    render_page(&console, &signed, "admin.html", ctx)
}

#[derive(Deserialize)]
pub struct NewCaseworker {
    name: Option<String>,
    email: Option<String>,
    role: Option<String>,
    password: Option<String>,
}

pub async fn add_caseworker<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(f): Form<NewCaseworker>,
) -> Result<Response, ConsoleError> {
    signed.require(&[Role::Admin])?;
    let role = forms::text(&f.role)
        .and_then(|r| Role::parse(&r))
        .ok_or_else(|| ConsoleError::BadForm("role".into()))?;
    let email = forms::required(&f.email, "email")?.to_lowercase();
    let name = forms::required(&f.name, "name")?;
    let pw = f.password.unwrap_or_default();
    let hash = tokio::task::spawn_blocking(move || password::hash(&pw))
        .await
        .map_err(|e| ConsoleError::BadForm(e.to_string()))?
        .map_err(|e| ConsoleError::BadForm(e.to_string()))?;
    let admin = signed.cw.clone();
    console
        .app
        .write(move |tx| {
            if tx.caseworker_id_by_email(&email)?.is_some() {
                return Err(crate::error::ApiError::conflict(
                    "that e-mail has an account",
                ));
            }
            let cw = Caseworker {
                id: format!("cw-{}", uuid::Uuid::new_v4().simple()),
                bydel_id: admin.bydel_id.clone(),
                name,
                email,
                role,
            };
            tx.insert_caseworker(&cw)?;
            password::set(tx, &cw.id, &hash, None)?;
            tx.audit(
                &format!("caseworker:{}", admin.id),
                "add_caseworker",
                &cw.id,
            )?;
            Ok(())
        })
        .await?;
    Ok(back("/console/admin".into()))
}

#[derive(Deserialize)]
pub struct NewPassword {
    password: Option<String>,
}

/// An admin sets a new password for a caseworker of their bydel (one who forgot theirs, or whose
/// password leaked). That account's sessions end, except the one the admin is using to do it.
pub async fn set_password<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<NewPassword>,
) -> Result<Response, ConsoleError> {
    signed.require(&[Role::Admin])?;
    let (bydel, cw_id) = (signed.cw.bydel_id.clone(), id.clone());
    console
        .app
        .read(move |tx| match tx.caseworker(&cw_id)? {
            Some(c) if c.bydel_id == bydel => Ok(()),
            _ => Err(crate::error::ApiError::not_found()),
        })
        .await?;
    let pw = f.password.unwrap_or_default();
    let hash = tokio::task::spawn_blocking(move || password::hash(&pw))
        .await
        .map_err(|e| ConsoleError::BadForm(e.to_string()))?
        .map_err(|e| ConsoleError::BadForm(e.to_string()))?;
    let (admin, keep) = (signed.cw.clone(), signed.token_hash.clone());
    console
        .app
        .write(move |tx| {
            // Checked again in the writing transaction: the account may have moved meanwhile.
            match tx.caseworker(&id)? {
                Some(c) if c.bydel_id == admin.bydel_id => {}
                _ => return Err(crate::error::ApiError::not_found()),
            }
            let ended = password::set(tx, &id, &hash, Some(&keep))?;
            tx.audit(&format!("caseworker:{}", admin.id), "set_password", &id)?;
            tracing::info!(caseworker = %id, ended, "console password set");
            Ok(())
        })
        .await?;
    Ok(back("/console/admin".into()))
}

#[derive(Deserialize)]
pub struct SettingsForm {
    placement_months: Option<String>,
}

pub async fn settings<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(f): Form<SettingsForm>,
) -> Result<Response, ConsoleError> {
    signed.require(&[Role::Admin])?;
    let months: u32 = forms::required(&f.placement_months, "months")?
        .parse()
        .ok()
        .filter(|m| (1..=36).contains(m))
        .ok_or_else(|| ConsoleError::BadForm("months".into()))?;
    let cw = signed.cw.clone();
    console
        .app
        .write(move |tx| {
            tx.set_placement_months(&cw.bydel_id, months)?;
            tx.audit(
                &format!("caseworker:{}", cw.id),
                "set_placement_months",
                &cw.bydel_id,
            )?;
            Ok(())
        })
        .await?;
    Ok(back("/console/admin".into()))
}
