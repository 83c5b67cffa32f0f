//! For admins: the audit log (who saw or changed what, when), staff accounts, and the bydel's
//! settings. A bydel's admin keeps their own bydel's accounts and can neither create nor touch a
//! municipality admin; the municipality admin keeps accounts in every bydel. Which role may open
//! these pages at all is decided in `access`; who may manage whom is decided here.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::error::ConsoleError;
use super::extract::{Form, Path, Query};
use super::forms::{self, Again, FieldErrors};
use super::session::Signed;
use super::{Console, back, password, render_page};
use crate::domain::{flags, retention, validate};
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
    let cw = signed.cw.clone();
    let (entries, names) = console
        .app
        .write(move |tx| {
            let staff = staff_visible_to(tx, &cw)?;
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

async fn render<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    again: Option<Again>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let (staff, months, bydeler, retention_months) = console
        .app
        .read(move |tx| {
            let staff = staff_visible_to(tx, &cw)?;
            let mut with_subjects = Vec::with_capacity(staff.len());
            for c in staff {
                let subject = tx.sso_subject(&c.id)?;
                with_subjects.push((c, subject));
            }
            Ok((
                with_subjects,
                tx.placement_months(&cw.bydel_id)?,
                tx.bydeler()?,
                retention::months(tx, &cw.bydel_id)?,
            ))
        })
        .await?;
    let municipality = signed.cw.role == Role::MunicipalityAdmin;
    let bydel_names: std::collections::BTreeMap<_, _> = bydeler.iter().cloned().collect();
    let staff: Vec<_> = staff
        .into_iter()
        .map(|(c, subject)| {
            let bydel = bydel_names.get(&c.bydel_id).cloned().unwrap_or_default();
            minijinja::context! {
                id => c.id, name => c.name, email => c.email, role => c.role.as_str(),
                bydel => bydel, managed => may_manage(&signed.cw, &c), sso_subject => subject,
            }
        })
        .collect();
    let roles: Vec<&str> = grantable(signed.cw.role)
        .iter()
        .map(|r| r.as_str())
        .collect();
    let ctx = minijinja::context! {
        sso => console.oidc.is_some(),
        password_sign_in => console.app.config.password_sign_in,
        staff => staff,
        roles => roles,
        municipality => municipality,
        bydeler => bydeler.into_iter().map(|(id, name)| vec![id, name]).collect::<Vec<_>>(),
        placement_months => months.unwrap_or(flags::DEFAULT_PLACEMENT_MONTHS),
        retention_months => retention_months,
        retention_max => retention::MAX_MONTHS,
        again => again,
        nav => "admin",
    };
    render_page(console, signed, "admin.html", ctx)
}

/// The admin page again with a form that was not valid (422).
pub(super) async fn again<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    again: Again,
) -> Result<Response, ConsoleError> {
    let html = render(console, signed, Some(again)).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
) -> Result<Html<String>, ConsoleError> {
    render(&console, &signed, None).await
}

/// The accounts an admin sees: their bydel's, or every bydel's for the municipality admin.
fn staff_visible_to(
    tx: &mut dyn crate::store::Tx,
    admin: &Caseworker,
) -> Result<Vec<Caseworker>, crate::store::StoreError> {
    if admin.role != Role::MunicipalityAdmin {
        return tx.caseworkers_in(&admin.bydel_id);
    }
    let mut all = Vec::new();
    for (bydel, _) in tx.bydeler()? {
        all.extend(tx.caseworkers_in(&bydel)?);
    }
    Ok(all)
}

/// The roles an admin may give a new account: a bydel's admin never makes a municipality admin.
pub fn grantable(admin: Role) -> &'static [Role] {
    match admin {
        Role::MunicipalityAdmin => &Role::ALL,
        Role::Admin => &[Role::Caseworker, Role::Leader, Role::Admin],
        Role::Caseworker | Role::Leader => &[],
    }
}

/// Whether `admin` may manage `target`'s account (set its password): a bydel's admin only their
/// own bydel's accounts below the municipality's, the municipality admin every account.
pub fn may_manage(admin: &Caseworker, target: &Caseworker) -> bool {
    match admin.role {
        Role::MunicipalityAdmin => true,
        Role::Admin => target.bydel_id == admin.bydel_id && target.role != Role::MunicipalityAdmin,
        Role::Caseworker | Role::Leader => false,
    }
}

/// Longest password read (argon2 would hash anything; a megabyte of it is not a password).
const MAX_PASSWORD: usize = 1024;

/// A new password's hash, or the problem to show next to the field.
async fn new_hash(
    e: &mut FieldErrors,
    pw: &Option<String>,
) -> Result<Option<String>, ConsoleError> {
    let pw = pw.clone().unwrap_or_default();
    if pw.chars().count() > MAX_PASSWORD {
        e.add_n("password", "form-error-too-long", MAX_PASSWORD as i64);
        return Ok(None);
    }
    let hashed = tokio::task::spawn_blocking(move || password::hash(&pw))
        .await
        .map_err(|err| ConsoleError::Internal(err.to_string()))?;
    match hashed {
        Ok(h) => Ok(Some(h)),
        Err(password::PasswordError::TooShort) => {
            e.add_n(
                "password",
                "form-error-password-short",
                password::MIN_LEN as i64,
            );
            Ok(None)
        }
        Err(err) => Err(ConsoleError::Internal(err.to_string())),
    }
}

#[derive(Deserialize, Serialize)]
pub struct NewCaseworker {
    name: Option<String>,
    email: Option<String>,
    role: Option<String>,
    /// Only the municipality admin chooses; a bydel's admin adds to their own bydel.
    bydel: Option<String>,
    /// Never shown again: a form sent back leaves the password empty.
    #[serde(skip_serializing)]
    password: Option<String>,
}

pub async fn add_caseworker<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(f): Form<NewCaseworker>,
) -> Result<Response, ConsoleError> {
    let mut e = FieldErrors::default();
    let name = e.required("name", &f.name, validate::MAX_TITLE);
    let email = e.email("email", &f.email);
    let roles: Vec<&str> = grantable(signed.cw.role)
        .iter()
        .map(|r| r.as_str())
        .collect();
    let role = e.one_of("role", &f.role, &roles, None);
    let role = role.and_then(|r| Role::parse(&r));
    let bydel = if signed.cw.role == Role::MunicipalityAdmin {
        let known: Vec<String> = console
            .app
            .read(|tx| Ok(tx.bydeler()?))
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        e.one_of("bydel", &f.bydel, &known, None)
    } else {
        Some(signed.cw.bydel_id.clone())
    };
    // With password sign-in off (everyone signs in through the provider), no password is needed.
    let hash = if console.app.config.password_sign_in || forms::text(&f.password).is_some() {
        new_hash(&mut e, &f.password).await?.map(Some)
    } else {
        Some(None)
    };
    if let (Some(name), Some(email), Some(role), Some(bydel), Some(hash), true) =
        (name, email, role, bydel, hash, e.is_empty())
    {
        let admin = signed.cw.clone();
        let created = console
            .app
            .write(move |tx| {
                if tx.caseworker_id_by_email(&email)?.is_some() {
                    return Ok(false);
                }
                let cw = Caseworker {
                    id: format!("cw-{}", uuid::Uuid::new_v4().simple()),
                    bydel_id: bydel,
                    name,
                    email,
                    role,
                };
                tx.insert_caseworker(&cw)?;
                if let Some(hash) = &hash {
                    password::set(tx, &cw.id, hash, None)?;
                }
                tx.audit(
                    &format!("caseworker:{}", admin.id),
                    "add_caseworker",
                    &cw.id,
                )?;
                Ok(true)
            })
            .await?;
        if created {
            return Ok(back("/console/admin".into()));
        }
        e.add("email", "form-error-email-taken");
    }
    again(&console, &signed, Again::new("caseworker", None, &f, e)).await
}

#[derive(Deserialize, Serialize)]
pub struct NewPassword {
    #[serde(skip_serializing)]
    password: Option<String>,
}

/// An admin sets a new password for an account they manage (one who forgot theirs, or whose
/// password leaked). That account's sessions end, except the one the admin is using to do it.
pub async fn set_password<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<NewPassword>,
) -> Result<Response, ConsoleError> {
    let (admin, cw_id) = (signed.cw.clone(), id.clone());
    console
        .app
        .read(move |tx| match tx.caseworker(&cw_id)? {
            Some(c) if may_manage(&admin, &c) => Ok(()),
            _ => Err(crate::domain::error::DomainError::not_found()),
        })
        .await?;
    let mut e = FieldErrors::default();
    let Some(hash) = new_hash(&mut e, &f.password).await? else {
        return again(&console, &signed, Again::new("password", Some(&id), &f, e)).await;
    };
    let (admin, keep) = (signed.cw.clone(), signed.token_hash.clone());
    console
        .app
        .write(move |tx| {
            // Checked again in the writing transaction: the account may have moved meanwhile.
            match tx.caseworker(&id)? {
                Some(c) if may_manage(&admin, &c) => {}
                _ => return Err(crate::domain::error::DomainError::not_found()),
            }
            let ended = password::set(tx, &id, &hash, Some(&keep))?;
            tx.audit(&format!("caseworker:{}", admin.id), "set_password", &id)?;
            tracing::info!(caseworker = %id, ended, "console password set");
            Ok(())
        })
        .await?;
    Ok(back("/console/admin".into()))
}

#[derive(Deserialize, Serialize)]
pub struct SettingsForm {
    placement_months: Option<String>,
}

pub async fn settings<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(f): Form<SettingsForm>,
) -> Result<Response, ConsoleError> {
    let months = forms::text(&f.placement_months)
        .and_then(|m| m.parse::<u32>().ok())
        .filter(|m| (1..=36).contains(m));
    let Some(months) = months else {
        let mut e = FieldErrors::default();
        e.add("placement_months", "form-error-months");
        return again(&console, &signed, Again::new("settings", None, &f, e)).await;
    };
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
