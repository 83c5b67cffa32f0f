//! Console sessions: a random token in an HttpOnly, SameSite=Strict cookie (Secure unless the
//! request is plain HTTP to a loopback address), its SHA-256 in the database, an absolute
//! lifetime of eight hours, an idle timeout of thirty minutes without a request, and the CSRF token
//! every form carries. Tokens never reach a log.

use axum::extract::FromRequestParts;
use axum::http::header::{COOKIE, HOST};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use chrono::Duration;

use super::Console;
use super::error::ConsoleError;
use crate::domain::tokens;
use crate::store::{Caseworker, ConsoleSession, Role, Store, Tx};

pub const SESSION_COOKIE: &str = "vk_session";
/// Before sign-in, the sign-in form's CSRF token is checked against this cookie (double submit).
pub const PRE_COOKIE: &str = "vk_pre";
pub const LANG_COOKIE: &str = "vk_lang";
pub const SESSION_HOURS: i64 = 8;
/// A session with no request for this long has ended (a PC left signed in at a shared desk).
pub const IDLE_MINUTES: i64 = 30;
/// A request refreshes the session's last-seen time at most this often, so that reading pages
/// does not write to the database on every request. The idle timeout is thus 30 to 31 minutes.
pub const TOUCH_SECONDS: i64 = 60;

pub fn idle_timeout() -> Duration {
    Duration::minutes(IDLE_MINUTES)
}

/// A session is live until its absolute end, and as long as it has been used within the idle
/// timeout.
pub fn is_live(session: &ConsoleSession, now: chrono::DateTime<chrono::Utc>) -> bool {
    now < session.expires_at && now - session.last_seen_at < idle_timeout()
}

/// Whether this request should refresh the session's last-seen time.
pub fn needs_touch(session: &ConsoleSession, now: chrono::DateTime<chrono::Utc>) -> bool {
    now - session.last_seen_at >= Duration::seconds(TOUCH_SECONDS)
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// Secure everywhere except plain HTTP to this machine (development and tests): a TLS proxy in
/// front says so with `X-Forwarded-Proto: https`, and any other host is assumed to be behind TLS.
pub fn secure(headers: &HeaderMap) -> bool {
    if headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("https"))
    {
        return true;
    }
    let host = headers
        .get(HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let name = host
        .rsplit_once(':')
        .filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit()))
        .map_or(host, |(h, _)| h);
    !matches!(name, "localhost" | "127.0.0.1" | "[::1]")
}

pub fn set_cookie(name: &str, value: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let s = format!(
        "{name}={value}; Path=/console; HttpOnly; SameSite=Strict; Max-Age={max_age_secs}{}",
        if secure { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&s).unwrap_or_else(|_| HeaderValue::from_static("x=; Max-Age=0"))
}

pub fn new_session(
    caseworker_id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> (String, ConsoleSession) {
    let token = tokens::new_token();
    let session = ConsoleSession {
        token_hash: tokens::hash(&token),
        caseworker_id: caseworker_id.to_owned(),
        csrf: tokens::new_token(),
        created_at: now,
        expires_at: now + Duration::hours(SESSION_HOURS),
        last_seen_at: now,
    };
    (token, session)
}

/// A signed-in caseworker, the session's CSRF token and the language they read.
#[derive(Debug, Clone)]
pub struct Signed {
    pub cw: Caseworker,
    pub csrf: String,
    pub token_hash: String,
    pub lang: &'static str,
}

impl Signed {
    pub fn require(&self, roles: &[Role]) -> Result<(), ConsoleError> {
        if roles.contains(&self.cw.role) {
            Ok(())
        } else {
            Err(ConsoleError::Forbidden)
        }
    }
}

pub fn lang_of(headers: &HeaderMap) -> &'static str {
    if let Some(l) = cookie(headers, LANG_COOKIE) {
        return super::i18n::I18n::pick(Some(l));
    }
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let first = accept
        .split(',')
        .next()
        .unwrap_or("")
        .split(['-', ';'])
        .next()
        .unwrap_or("")
        .trim();
    if first == "en" { "en" } else { "nb" }
}

/// Why a request has no live session: none at all, or one that has ended.
pub fn signed_out(headers: &HeaderMap) -> ConsoleError {
    if cookie(headers, SESSION_COOKIE).is_some() {
        ConsoleError::Expired
    } else {
        ConsoleError::SignedOut
    }
}

/// Load the session named by the request's cookie, if it is live.
pub async fn load<S: Store>(
    console: &Console<S>,
    headers: &HeaderMap,
) -> Result<Option<Signed>, ConsoleError> {
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let hash = tokens::hash(token);
    let lang = lang_of(headers);
    let found = console
        .app
        .read(move |tx: &mut dyn Tx| {
            let Some(session) = tx.session(&hash)? else {
                return Ok(None);
            };
            if !is_live(&session, tx.now()) {
                return Ok(None);
            }
            let touch = needs_touch(&session, tx.now());
            Ok(tx
                .caseworker(&session.caseworker_id)?
                .map(|cw| (cw, session, touch)))
        })
        .await?;
    if let Some((_, session, true)) = &found {
        let hash = session.token_hash.clone();
        console
            .app
            .write(move |tx| Ok(tx.touch_session(&hash, tx.now())?))
            .await?;
    }
    Ok(found.map(|(cw, session, _)| Signed {
        cw,
        csrf: session.csrf,
        token_hash: session.token_hash,
        lang,
    }))
}

impl<S: Store> FromRequestParts<Console<S>> for Signed {
    type Rejection = ConsoleError;

    async fn from_request_parts(
        parts: &mut Parts,
        console: &Console<S>,
    ) -> Result<Self, ConsoleError> {
        if let Some(s) = parts.extensions.get::<Signed>() {
            return Ok(s.clone());
        }
        load(console, &parts.headers)
            .await?
            .ok_or_else(|| signed_out(&parts.headers))
    }
}

/// The reader's language, for pages shown before sign-in.
pub struct Lang(pub &'static str);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Lang(lang_of(&parts.headers)))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_session_ends_after_thirty_idle_minutes_or_eight_hours() {
        let t0 = chrono::Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap();
        let (_, mut s) = new_session("cw", t0);
        assert!(is_live(&s, t0 + Duration::minutes(29)));
        assert!(!is_live(&s, t0 + Duration::minutes(30)));
        // Used now and then, it lives until its absolute end.
        s.last_seen_at = t0 + Duration::minutes(470);
        assert!(is_live(&s, t0 + Duration::minutes(479)));
        assert!(!is_live(&s, t0 + Duration::hours(8)));
        assert!(!needs_touch(&s, s.last_seen_at + Duration::seconds(59)));
        assert!(needs_touch(&s, s.last_seen_at + Duration::seconds(60)));
    }
}
