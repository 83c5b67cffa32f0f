//! Single sign-on pages: `/console/sso` sends the browser to the identity provider, and
//! `/console/sso/callback` takes its answer, signs in the caseworker it names, or refuses with a
//! page that says why and an audit entry (actor `sso`, action `console_sign_in_refused`, the
//! reason as target).
//!
//! The state, PKCE verifier and nonce stay in the database ([`SsoLogin`], its state hashed) for
//! [`STATE_MINUTES`]; the browser holds the state in a cookie of its own, so an answer is taken
//! only in the browser that started the sign-in, and only once. Who may sign in is Veikart's
//! choice: the provider's subject claim tied to an account by an admin, or else a verified e-mail
//! of an account. Nobody is created here; role and bydel come from the account.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Duration;
use serde::Deserialize;

use super::error::ConsoleError;
use super::extract::Query;
use super::oidc::{Identity, OidcError};
use super::session::{self, Lang};
use super::{Console, signin};
use crate::client_addr::client_addr;
use crate::domain::tokens;
use crate::rate_limit::{self, Limit};
use crate::store::{SsoClaim, SsoLogin, Store, Tx};

/// The browser's copy of the state (SameSite=Lax: it must come back on the provider's redirect).
pub const STATE_COOKIE: &str = "vk_sso";
/// How long a started sign-in can be finished.
pub const STATE_MINUTES: i64 = 10;

/// Sign-ins started and answers taken per client address (each writes a row or an audit entry).
const SSO_LIMIT: Limit = Limit {
    kind: "sso",
    per_window: 30,
    window_secs: 60,
};

/// Why a sign-in was refused: the audit entry's target, and with `sso-refused-` the message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The provider cannot be reached, or answered something that is not OpenID Connect.
    Unreachable,
    /// The provider's discovery document or ID token names another issuer than the configured one.
    WrongIssuer,
    /// No state, or not the one this browser started with.
    StateMismatch,
    /// The state was used before (a replayed answer).
    StateUsed,
    /// Started too long ago, or never.
    StateExpired,
    /// The provider answered with an error (the person cancelled, or was not allowed).
    ProviderRefused,
    /// The provider did not take the code.
    CodeRefused,
    TokenExpired,
    /// A signature, audience or nonce that does not hold.
    TokenInvalid,
    /// No account matches the subject or a verified e-mail.
    UnknownUser,
}

impl Refusal {
    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::Unreachable => "unreachable",
            Refusal::WrongIssuer => "wrong-issuer",
            Refusal::StateMismatch => "state-mismatch",
            Refusal::StateUsed => "state-used",
            Refusal::StateExpired => "state-expired",
            Refusal::ProviderRefused => "provider-refused",
            Refusal::CodeRefused => "code-refused",
            Refusal::TokenExpired => "token-expired",
            Refusal::TokenInvalid => "token-invalid",
            Refusal::UnknownUser => "unknown-user",
        }
    }

    fn status(self) -> StatusCode {
        match self {
            Refusal::Unreachable | Refusal::WrongIssuer => StatusCode::BAD_GATEWAY,
            Refusal::UnknownUser => StatusCode::FORBIDDEN,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    fn of(e: &OidcError) -> Refusal {
        match e {
            OidcError::Config(_) | OidcError::Unreachable(_) => Refusal::Unreachable,
            OidcError::WrongIssuer(_) => Refusal::WrongIssuer,
            OidcError::CodeRefused(_) => Refusal::CodeRefused,
            OidcError::Expired(_) => Refusal::TokenExpired,
            OidcError::InvalidToken(_) => Refusal::TokenInvalid,
        }
    }
}

/// The refusal page, its audit entry and a log line (reason only: no e-mail, subject or token).
async fn refuse<S: Store>(
    console: &Console<S>,
    lang: &str,
    headers: &HeaderMap,
    reason: Refusal,
    who: Option<&Identity>,
) -> Result<Response, ConsoleError> {
    console
        .app
        .write(move |tx| Ok(tx.audit("sso", "console_sign_in_refused", reason.as_str())?))
        .await?;
    tracing::warn!(reason = reason.as_str(), "console single sign-on refused");
    let ctx = minijinja::context! {
        reason => reason.as_str(),
        email => who.and_then(|w| w.email.clone()),
        email_verified => who.is_some_and(|w| w.email_verified),
        subject => who.map(|w| w.subject.clone()),
    };
    let html = console.views.render("sso_refused.html", lang, ctx)?;
    let mut response = (reason.status(), Html(html)).into_response();
    response
        .headers_mut()
        .append(SET_COOKIE, state_cookie("", 0, session::secure(headers)));
    Ok(response)
}

fn state_cookie(value: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let s = format!(
        "{STATE_COOKIE}={value}; Path=/console/sso; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{}",
        if secure { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&s).unwrap_or_else(|_| HeaderValue::from_static("x=; Max-Age=0"))
}

/// `GET /console/sso`: off to the provider.
pub async fn start<S: Store>(
    State(console): State<Console<S>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Lang(lang): Lang,
    headers: HeaderMap,
) -> Result<Response, ConsoleError> {
    let Some(oidc) = console.oidc.as_ref() else {
        return Ok(Redirect::to("/console/sign-in").into_response());
    };
    let client = client_addr(addr.ip(), &headers, &console.app.config.trusted_proxies);
    if !rate_limit::allow(&console.app, SSO_LIMIT, client).await? {
        return Err(ConsoleError::RateLimited);
    }
    let started = match oidc.start().await {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "cannot start a single sign-on");
            return refuse(&console, lang, &headers, Refusal::of(&e), None).await;
        }
    };
    let (state_hash, pkce_verifier, nonce) = (
        tokens::hash(&started.state),
        started.pkce_verifier,
        started.nonce,
    );
    console
        .app
        .write(move |tx| {
            // Unused or used, a state older than its lifetime is no longer needed to tell a replay.
            tx.delete_sso_logins_before(tx.now() - Duration::minutes(STATE_MINUTES))?;
            Ok(tx.insert_sso_login(&SsoLogin {
                state_hash,
                pkce_verifier,
                nonce,
                created_at: tx.now(),
            })?)
        })
        .await?;
    let mut response = Redirect::to(&started.url).into_response();
    response.headers_mut().append(
        SET_COOKIE,
        state_cookie(
            &started.state,
            STATE_MINUTES * 60,
            session::secure(&headers),
        ),
    );
    Ok(response)
}

#[derive(Deserialize)]
pub struct Answer {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /console/sso/callback`: the provider's answer.
pub async fn callback<S: Store>(
    State(console): State<Console<S>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Lang(lang): Lang,
    Query(answer): Query<Answer>,
    headers: HeaderMap,
) -> Result<Response, ConsoleError> {
    let Some(oidc) = console.oidc.as_ref() else {
        return Ok(Redirect::to("/console/sign-in").into_response());
    };
    let client = client_addr(addr.ip(), &headers, &console.app.config.trusted_proxies);
    if !rate_limit::allow(&console.app, SSO_LIMIT, client).await? {
        return Err(ConsoleError::RateLimited);
    }
    let ours = session::cookie(&headers, STATE_COOKIE);
    let state = match (answer.state.as_deref(), ours) {
        (Some(sent), Some(ours)) if !sent.is_empty() && tokens::same_hash(sent, ours) => {
            sent.to_owned()
        }
        _ => return refuse(&console, lang, &headers, Refusal::StateMismatch, None).await,
    };
    let hash = tokens::hash(&state);
    let claim = console
        .app
        .write(move |tx: &mut dyn Tx| Ok(tx.claim_sso_login(&hash)?))
        .await?;
    let login = match claim {
        SsoClaim::Fresh(login)
            if chrono::Utc::now() - login.created_at < Duration::minutes(STATE_MINUTES) =>
        {
            login
        }
        SsoClaim::Fresh(_) | SsoClaim::Unknown => {
            return refuse(&console, lang, &headers, Refusal::StateExpired, None).await;
        }
        SsoClaim::Used => return refuse(&console, lang, &headers, Refusal::StateUsed, None).await,
    };
    if answer.error.is_some() {
        return refuse(&console, lang, &headers, Refusal::ProviderRefused, None).await;
    }
    let Some(code) = answer.code.filter(|c| !c.is_empty() && c.len() <= 4096) else {
        return refuse(&console, lang, &headers, Refusal::ProviderRefused, None).await;
    };
    let who = match oidc.finish(code, login.pkce_verifier, login.nonce).await {
        Ok(who) => who,
        Err(e) => {
            tracing::warn!(error = %e, "single sign-on answer refused");
            return refuse(&console, lang, &headers, Refusal::of(&e), None).await;
        }
    };
    let Some(cw_id) = account_of(&console, &who).await? else {
        return refuse(&console, lang, &headers, Refusal::UnknownUser, Some(&who)).await;
    };
    let token = signin::open_session(&console, cw_id.clone(), "console_sign_in_sso").await?;
    tracing::info!(caseworker = %cw_id, "console sign-in by single sign-on");
    let secure = session::secure(&headers);
    // A page, not a redirect: the session cookie is SameSite=Strict, and the way back here began
    // on the provider's site (its login form), so a browser does not send the cookie on a
    // redirect of it (Chromium did not; tests/oidc/browser.test.mjs signs in through such a
    // form). The page's own refresh is a navigation from this site.
    let html = console
        .views
        .render("sso_done.html", lang, minijinja::context! {})?;
    let mut response = Html(html).into_response();
    let h = response.headers_mut();
    h.append(
        SET_COOKIE,
        session::set_cookie(
            session::SESSION_COOKIE,
            &token,
            session::SESSION_HOURS * 3600,
            secure,
        ),
    );
    h.append(SET_COOKIE, state_cookie("", 0, secure));
    Ok(response)
}

/// The account the provider's identity belongs to: the one an admin tied to its subject, or else
/// the one with its e-mail if the provider verified that e-mail. An account tied to another
/// subject is not taken by e-mail.
async fn account_of<S: Store>(
    console: &Console<S>,
    who: &Identity,
) -> Result<Option<String>, ConsoleError> {
    let who = who.clone();
    Ok(console
        .app
        .read(move |tx: &mut dyn Tx| {
            if let Some(id) = tx.caseworker_id_by_sso_subject(&who.subject)? {
                return Ok(Some(id));
            }
            let Some(email) = who.email.as_deref().filter(|_| who.email_verified) else {
                return Ok(None);
            };
            let Some(id) = tx.caseworker_id_by_email(email)? else {
                return Ok(None);
            };
            Ok(tx.sso_subject(&id)?.is_none().then_some(id))
        })
        .await?)
}
