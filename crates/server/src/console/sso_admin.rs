//! For admins: tie an account they manage (`admin::may_manage`) to the single sign-on provider's
//! subject claim, or
//! untie them (an empty field). A person whose provider sends no verified e-mail (Microsoft Entra
//! ID) signs in by that; the refusal page shows them the identifier to hand over.

use axum::extract::State;
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::error::ConsoleError;
use super::extract::{Form, Path};
use super::forms::{Again, FieldErrors};
use super::session::Signed;
use super::{Console, admin, back};
use crate::domain::error::DomainError;
use crate::store::Store;

/// Longest subject taken (OpenID Connect allows 255 ASCII characters).
pub const MAX_SUBJECT: usize = 255;

#[derive(Deserialize, Serialize)]
pub struct SubjectForm {
    subject: Option<String>,
}

pub async fn set_subject<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<SubjectForm>,
) -> Result<Response, ConsoleError> {
    let mut e = FieldErrors::default();
    let subject = e.text("subject", &f.subject, MAX_SUBJECT, false);
    if !e.is_empty() {
        return admin::again(&console, &signed, Again::new("sso", Some(&id), &f, e)).await;
    }
    let (admin, cw_id) = (signed.cw.clone(), id.clone());
    let tied = console
        .app
        .write(move |tx| {
            match tx.caseworker(&cw_id)? {
                // Tying a subject hands the account to whoever holds it: the same rule as a
                // new password.
                Some(c) if admin::may_manage(&admin, &c) => {}
                _ => return Err(DomainError::not_found()),
            }
            let actor = format!("caseworker:{}", admin.id);
            let Some(subject) = subject.as_deref() else {
                tx.set_sso_subject(&cw_id, None)?;
                tx.audit(&actor, "untie_sso_subject", &cw_id)?;
                return Ok(true);
            };
            match tx.caseworker_id_by_sso_subject(subject)? {
                Some(other) if other != cw_id => return Ok(false),
                _ => {}
            }
            tx.set_sso_subject(&cw_id, Some(subject))?;
            tx.audit(&actor, "tie_sso_subject", &cw_id)?;
            Ok(true)
        })
        .await?;
    if tied {
        return Ok(back("/console/admin".into()));
    }
    let mut e = FieldErrors::default();
    e.add("subject", "form-error-subject-taken");
    admin::again(&console, &signed, Again::new("sso", Some(&id), &f, e)).await
}
