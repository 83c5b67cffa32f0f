//! For admins: the audit log (who saw or changed what, when), staff accounts, and the bydel's
//! settings. A bydel's admin keeps their own bydel's accounts and can neither create nor touch a
//! municipality admin; the municipality admin keeps accounts in every bydel. Which role may open
//! these pages at all is decided in `access`; who may manage whom is decided here.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::error::ConsoleError;
use super::extract::{Form, Path, Query};
use super::forms::{self, Again, FieldErrors};
use super::session::Signed;
use super::{Console, back, password, render_page};
use crate::domain::{absence, flags, pages, retention, validate};
use crate::store::{Caseworker, PackSettings, Role, Store};

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
            let names: BTreeMap<String, String> = staff
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
    let (staff, months, bydeler, retention_months, pack, (three_way_weeks, rules)) = console
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
                tx.pack_settings(&cw.bydel_id)?,
                (
                    tx.three_way_weeks(&cw.bydel_id)?,
                    absence::Rules::from_setting(tx.absence_rules(&cw.bydel_id)?.as_deref()),
                ),
            ))
        })
        .await?;
    let municipality = signed.cw.role == Role::MunicipalityAdmin;
    let bydel_names: BTreeMap<_, _> = bydeler.iter().cloned().collect();
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
        three_way_weeks => three_way_weeks.unwrap_or(flags::DEFAULT_THREE_WAY_WEEKS),
        absence_rules => rules,
        absence_fields => ABSENCE_FIELDS.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
        retention_months => retention_months,
        retention_max => retention::MAX_MONTHS,
        pack_send_days => pack.send_days.unwrap_or(pages::DEFAULT_SEND_DAYS),
        page_retention_months => pack
            .page_retention_months
            .unwrap_or(pages::DEFAULT_PAGE_RETENTION_MONTHS),
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
        // A teacher belongs to a school: made with `add-caseworker --role teacher --school`.
        Role::MunicipalityAdmin => &[
            Role::Caseworker,
            Role::Leader,
            Role::Admin,
            Role::MunicipalityAdmin,
        ],
        Role::Admin => &[Role::Caseworker, Role::Leader, Role::Admin],
        Role::Caseworker | Role::Leader | Role::Teacher => &[],
    }
}

/// Whether `admin` may manage `target`'s account (set its password): a bydel's admin only their
/// own bydel's accounts below the municipality's, the municipality admin every account.
pub fn may_manage(admin: &Caseworker, target: &Caseworker) -> bool {
    match admin.role {
        Role::MunicipalityAdmin => true,
        // A teacher is the school's, not the bydel's, even when the account is kept there.
        Role::Admin => {
            target.bydel_id == admin.bydel_id
                && !matches!(target.role, Role::MunicipalityAdmin | Role::Teacher)
        }
        Role::Caseworker | Role::Leader | Role::Teacher => false,
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
                    school_id: None,
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
    three_way_weeks: Option<String>,
}

/// The bydel's flag limits: months without a placement, weeks of a term without a three-way
/// meeting.
pub async fn settings<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(f): Form<SettingsForm>,
) -> Result<Response, ConsoleError> {
    let months = forms::whole_number(f.placement_months.as_deref(), 1..=36);
    let weeks = forms::whole_number(f.three_way_weeks.as_deref(), 1..=flags::MAX_THREE_WAY_WEEKS);
    let (Some(months), Some(weeks)) = (months, weeks) else {
        let mut e = FieldErrors::default();
        if months.is_none() {
            e.add("placement_months", "form-error-months");
        }
        if weeks.is_none() {
            e.add_n(
                "three_way_weeks",
                "form-error-retention-months",
                i64::from(flags::MAX_THREE_WAY_WEEKS),
            );
        }
        return again(&console, &signed, Again::new("settings", None, &f, e)).await;
    };
    let cw = signed.cw.clone();
    console
        .app
        .write(move |tx| {
            tx.set_placement_months(&cw.bydel_id, months)?;
            tx.set_three_way_weeks(&cw.bydel_id, weeks)?;
            for action in ["set_placement_months", "set_three_way_weeks"] {
                tx.audit(&format!("caseworker:{}", cw.id), action, &cw.bydel_id)?;
            }
            Ok(())
        })
        .await?;
    Ok(back("/console/admin".into()))
}

/// The absence rules' fields (`absence::Rules`, every one), in the order the form shows them,
/// with the largest value each takes (the smallest is 0: a bydel may, say, accept no
/// self-certification at all).
const ABSENCE_FIELDS: [(&str, u32); 7] = [
    ("self_cert_max_days", 31),
    ("self_cert_per_12_months", 52),
    ("self_cert_after_weeks", 104),
    ("self_cert_rejoin_days", 60),
    ("child_days_per_12_months", 60),
    ("child_max_days_without_note", 31),
    ("flag_hours_per_month", 200),
];

/// The bydel's absence rules (`domain::absence::Rules`): the regulations' defaults until a bydel
/// admin changes one; every number is checked, and nothing is kept unless all are good.
pub async fn absence_rules<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(f): Form<BTreeMap<String, String>>,
) -> Result<Response, ConsoleError> {
    let mut e = FieldErrors::default();
    let mut numbers = serde_json::Map::new();
    for (name, max) in ABSENCE_FIELDS {
        match forms::whole_number(f.get(name).map(String::as_str), 0..=max) {
            Some(v) => {
                numbers.insert(name.to_owned(), v.into());
            }
            None => e.add_n(name, "form-error-up-to", i64::from(max)),
        }
    }
    if !e.is_empty() {
        return again(&console, &signed, Again::new("absence", None, &f, e)).await;
    }
    // Every field of the rules is in the form (`ABSENCE_FIELDS`, checked by a test), so none
    // falls back to its default here.
    let rules: absence::Rules = serde_json::from_value(numbers.into())
        .map_err(|e| ConsoleError::Internal(format!("absence rules: {e}")))?;
    let json = serde_json::to_string(&rules)
        .map_err(|e| ConsoleError::Internal(format!("absence rules: {e}")))?;
    let cw = signed.cw.clone();
    console
        .app
        .write(move |tx| {
            tx.set_absence_rules(&cw.bydel_id, &json)?;
            tx.audit(
                &format!("caseworker:{}", cw.id),
                "set_absence_rules",
                &cw.bydel_id,
            )?;
            Ok(())
        })
        .await?;
    Ok(back("/console/admin".into()))
}

#[derive(Deserialize, Serialize)]
pub struct PackForm {
    send_days: Option<String>,
    page_retention_months: Option<String>,
}

/// The bydel's recognition pack settings: days before a complete pack not sent is flagged, and
/// months a decided case's pages are kept.
pub async fn pack_settings<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(f): Form<PackForm>,
) -> Result<Response, ConsoleError> {
    let days = forms::whole_number(f.send_days.as_deref(), 1..=pages::MAX_SEND_DAYS);
    let months = forms::whole_number(
        f.page_retention_months.as_deref(),
        1..=pages::MAX_PAGE_RETENTION_MONTHS,
    );
    let (Some(days), Some(months)) = (days, months) else {
        let mut e = FieldErrors::default();
        if days.is_none() {
            e.add_n(
                "send_days",
                "form-error-retention-months",
                i64::from(pages::MAX_SEND_DAYS),
            );
        }
        if months.is_none() {
            e.add_n(
                "page_retention_months",
                "form-error-retention-months",
                i64::from(pages::MAX_PAGE_RETENTION_MONTHS),
            );
        }
        return again(&console, &signed, Again::new("pack", None, &f, e)).await;
    };
    let cw = signed.cw.clone();
    console
        .app
        .write(move |tx| {
            tx.set_pack_settings(
                &cw.bydel_id,
                &PackSettings {
                    send_days: Some(days),
                    page_retention_months: Some(months),
                },
            )?;
            tx.audit(
                &format!("caseworker:{}", cw.id),
                "set_pack_settings",
                &cw.bydel_id,
            )?;
            Ok(())
        })
        .await?;
    Ok(back("/console/admin".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The form names every rule, so a rule added to `absence::Rules` cannot be left out of the
    /// page and silently kept at its default.
    #[test]
    fn the_absence_form_has_every_rule() {
        let rules = serde_json::to_value(absence::Rules::default()).unwrap_or_default();
        let mut in_rules: Vec<&str> = rules
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut in_form: Vec<&str> = ABSENCE_FIELDS.iter().map(|(name, _)| *name).collect();
        in_rules.sort_unstable();
        in_form.sort_unstable();
        assert_eq!(in_form, in_rules);
    }
}
