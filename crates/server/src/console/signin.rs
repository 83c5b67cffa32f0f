//! Signing in and out, and choosing the console's language. Five wrong passwords for one address
//! lock it for a while (`domain::signin`); attempts per client address are limited too. A wrong
//! address and a wrong password look the same.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::error::ConsoleError;
use super::extract::{Form, Path, Query};
use super::session::{self, Lang, PRE_COOKIE, SESSION_COOKIE};
use super::{Console, password};
use crate::client_addr::client_addr;
use crate::domain::{signin, tokens};
use crate::rate_limit::{self, Limit};
use crate::store::{Store, Tx};

fn render(
    console: &Console<impl Store>,
    lang: &str,
    csrf: &str,
    error: Option<&str>,
    email: &str,
    expired: bool,
) -> Result<Html<String>, ConsoleError> {
    let ctx = minijinja::context! {
        csrf => csrf,
        error => error,
        email => email,
        expired => expired,
        password => console.app.config.password_sign_in,
        sso => console.oidc.is_some(),
    };
    Ok(Html(console.views.render("signin.html", lang, ctx)?))
}

#[derive(Deserialize)]
pub struct Expired {
    expired: Option<String>,
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    Lang(lang): Lang,
    Query(q): Query<Expired>,
    headers: HeaderMap,
) -> Result<Response, ConsoleError> {
    let pre = tokens::new_token();
    let html = render(&console, lang, &pre, None, "", q.expired.is_some())?;
    let cookie = session::set_cookie(PRE_COOKIE, &pre, 3600, session::secure(&headers));
    Ok(([(SET_COOKIE, cookie)], html).into_response())
}

/// Sign-in attempts per client address (each e-mail address also locks after repeated failures).
const SIGNIN_LIMIT: Limit = Limit {
    kind: "signin",
    per_window: 30,
    window_secs: 60,
};

#[derive(Deserialize)]
pub struct SigninForm {
    email: Option<String>,
    password: Option<String>,
}

pub async fn submit<S: Store>(
    State(console): State<Console<S>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Lang(lang): Lang,
    headers: HeaderMap,
    Form(form): Form<SigninForm>,
) -> Result<Response, ConsoleError> {
    let email = form
        .email
        .as_deref()
        .map(|e| e.trim().to_lowercase())
        .unwrap_or_default();
    let password = form.password.unwrap_or_default();
    let pre = session::cookie(&headers, PRE_COOKIE)
        .unwrap_or_default()
        .to_owned();
    let refuse = |key: &str, status: StatusCode| -> Result<Response, ConsoleError> {
        Ok((
            status,
            render(&console, lang, &pre, Some(key), &email, false)?,
        )
            .into_response())
    };
    if !console.app.config.password_sign_in {
        // Signed in through the identity provider only: a password here proves nothing.
        console
            .app
            .write(|tx| {
                Ok(tx.audit(
                    "password",
                    "console_sign_in_refused",
                    "password-sign-in-off",
                )?)
            })
            .await?;
        tracing::info!("console password sign-in refused: switched off");
        return refuse("signin-error-password-off", StatusCode::FORBIDDEN);
    }
    let client = client_addr(addr.ip(), &headers, &console.app.config.trusted_proxies);
    if !rate_limit::allow(&console.app, SIGNIN_LIMIT, client).await? {
        return refuse("signin-error-rate-limited", StatusCode::TOO_MANY_REQUESTS);
    }
    if email.is_empty() || email.len() > 254 || password.len() > 1024 {
        return refuse("signin-error-wrong", StatusCode::UNAUTHORIZED);
    }
    let key = email.clone();
    let (allowed, account) = console
        .app
        .write(move |tx: &mut dyn Tx| {
            Ok((signin::claim_attempt(tx, &key)?, tx.caseworker_login(&key)?))
        })
        .await?;
    if !allowed {
        tracing::info!("console sign-in refused: locked");
        return refuse("signin-error-locked", StatusCode::TOO_MANY_REQUESTS);
    }
    let stored = account.as_ref().and_then(|(_, h)| h.clone());
    let ok = password::verify_bounded(password, stored).await;
    let key = email.clone();
    let Some((cw, _)) = account.filter(|_| ok) else {
        let locked = console
            .app
            .read(move |tx| Ok(signin::locked_now(tx, &key)?))
            .await?;
        tracing::info!(locked, "console sign-in refused");
        return if locked {
            refuse("signin-error-locked", StatusCode::TOO_MANY_REQUESTS)
        } else {
            refuse("signin-error-wrong", StatusCode::UNAUTHORIZED)
        };
    };
    console
        .app
        .write(move |tx| Ok(signin::succeeded(tx, &key)?))
        .await?;
    let token = open_session(&console, cw.id.clone(), "console_sign_in").await?;
    tracing::info!(caseworker = %cw.id, "console sign-in");
    let secure = session::secure(&headers);
    let mut response = Redirect::to(super::access::home(cw.role)).into_response();
    let h = response.headers_mut();
    h.append(
        SET_COOKIE,
        session::set_cookie(
            SESSION_COOKIE,
            &token,
            session::SESSION_HOURS * 3600,
            secure,
        ),
    );
    h.append(SET_COOKIE, session::set_cookie(PRE_COOKIE, "", 0, secure));
    Ok(response)
}

/// A new session for a caseworker who proved who they are (`action` names how, in the audit log);
/// returns the cookie's token.
pub(super) async fn open_session<S: Store>(
    console: &Console<S>,
    cw_id: String,
    action: &'static str,
) -> Result<String, ConsoleError> {
    Ok(console
        .app
        .write(move |tx| {
            tx.delete_expired_sessions(tx.now() - session::idle_timeout())?;
            let (token, session) = session::new_session(&cw_id, tx.now());
            tx.insert_session(&session)?;
            tx.audit(&format!("caseworker:{cw_id}"), action, &cw_id)?;
            Ok(token)
        })
        .await?)
}

pub async fn sign_out<S: Store>(
    State(console): State<Console<S>>,
    signed: session::Signed,
    headers: HeaderMap,
) -> Result<Response, ConsoleError> {
    let (hash, id) = (signed.token_hash.clone(), signed.cw.id.clone());
    console
        .app
        .write(move |tx| {
            tx.delete_session(&hash)?;
            tx.audit(&format!("caseworker:{id}"), "console_sign_out", &id)?;
            Ok(())
        })
        .await?;
    let mut response = Redirect::to("/console/sign-in").into_response();
    response.headers_mut().append(
        SET_COOKIE,
        session::set_cookie(SESSION_COOKIE, "", 0, session::secure(&headers)),
    );
    Ok(response)
}

#[derive(Deserialize)]
pub struct Back {
    back: Option<String>,
}

/// Where the language link goes back to: a console page of this server, written so that a
/// `Location` header can carry it. Control characters (a header split, or a panic in building the
/// header) and other sites send the reader to the console's start (their role's first page).
fn way_back(back: Option<&str>) -> String {
    const DEFAULT: &str = "/console";
    let Some(b) = back else {
        return DEFAULT.into();
    };
    let console_page = b == "/console" || b.starts_with("/console/") || b.starts_with("/console?");
    if !console_page || b.contains("//") || b.contains('\\') || b.chars().any(char::is_control) {
        return DEFAULT.into();
    }
    let mut out = String::with_capacity(b.len());
    for c in b.chars() {
        if c.is_ascii_graphic() {
            out.push(c);
        } else {
            for byte in c.encode_utf8(&mut [0; 4]).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

/// Choose the console's language (a cookie), then go back to the page the link was on.
pub async fn language(
    Path(lang): Path<String>,
    Query(q): Query<Back>,
    headers: HeaderMap,
) -> Response {
    let lang = super::i18n::I18n::pick(Some(&lang));
    let mut response = Redirect::to(&way_back(q.back.as_deref())).into_response();
    let mut cookie = session::set_cookie(
        session::LANG_COOKIE,
        lang,
        365 * 24 * 3600,
        session::secure(&headers),
    );
    // The language is not a secret; the attributes stay strict anyway.
    if let Ok(v) = cookie.to_str().map(str::to_owned) {
        cookie = axum::http::HeaderValue::from_str(&v).unwrap_or(cookie);
    }
    response.headers_mut().append(SET_COOKIE, cookie);
    response
}
