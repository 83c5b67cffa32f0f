//! The caseworker console: server-rendered pages under `/console` where caseworkers keep each
//! participant's plan, schedule, placements and recognition case current, and see who is falling
//! behind. No front-end build: minijinja templates, plain forms, a few lines of CSS.
//!
//! Every data change goes through `domain::records` (the same rules as the caseworker API), so a
//! page can never do what the API would refuse; every view and change of a participant's data is
//! audited there or here. Every form carries the session's CSRF token (checked in `csrf_guard`
//! before any handler runs). Logs never carry names, message bodies, tokens or codes.

pub mod access;
mod admin;
mod chart;
mod courses;
mod devices;
pub mod error;
mod extract;
pub mod forms;
pub mod i18n;
pub mod oidc;
mod pack;
mod participant;
mod participants;
pub mod password;
mod report_charts;
mod reports;
mod rights;
mod school;
pub mod session;
pub(crate) mod sheet;
mod signin;
mod sso;
mod sso_admin;
mod today;
mod views;
mod wording;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{Method, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::app::App;
use crate::domain::tokens;
use crate::store::Store;
use error::ConsoleError;
use session::Signed;
use views::Views;

pub struct ConsoleState<S> {
    pub app: App<S>,
    pub views: Views,
    /// Single sign-on, when an OpenID Connect provider is configured.
    pub oidc: Option<oidc::Oidc>,
}

pub struct Console<S>(Arc<ConsoleState<S>>);

impl<S> Clone for Console<S> {
    fn clone(&self) -> Self {
        Console(self.0.clone())
    }
}

impl<S> std::ops::Deref for Console<S> {
    type Target = ConsoleState<S>;
    fn deref(&self) -> &ConsoleState<S> {
        &self.0
    }
}

/// Largest form accepted (a pasted timetable is the biggest).
const FORM_LIMIT: usize = 512 * 1024;

/// Every console route as (method, path), for the test that walks each with every role.
pub const ROUTES: &[(&str, &str)] = &[
    ("GET", "/console"),
    ("GET", "/console/sign-in"),
    ("POST", "/console/sign-in"),
    ("POST", "/console/sign-out"),
    ("GET", "/console/sso"),
    ("GET", "/console/sso/callback"),
    ("GET", "/console/language/{lang}"),
    ("GET", "/console/style.css"),
    ("GET", "/console/fonts/{name}"),
    ("GET", "/console/today"),
    ("GET", "/console/participants"),
    ("POST", "/console/participants"),
    ("GET", "/console/participants/new"),
    ("GET", "/console/participants/{id}"),
    ("POST", "/console/participants/{id}/profile"),
    ("POST", "/console/participants/{id}/goals"),
    ("POST", "/console/participants/{id}/activities"),
    ("POST", "/console/participants/{id}/events"),
    ("POST", "/console/participants/{id}/cases"),
    ("POST", "/console/participants/{id}/messages"),
    ("POST", "/console/participants/{id}/messages/read"),
    ("POST", "/console/participants/{id}/messages/template"),
    ("POST", "/console/participants/{id}/codes"),
    ("GET", "/console/participants/{id}/export"),
    ("GET", "/console/participants/{id}/export.json"),
    ("GET", "/console/participants/{id}/erase"),
    ("POST", "/console/participants/{id}/erase"),
    ("POST", "/console/activities/{id}/agree"),
    ("POST", "/console/activities/{id}/decline"),
    ("POST", "/console/activities/{id}/comment"),
    ("POST", "/console/events/{id}/next-steps"),
    ("POST", "/console/events/{id}/steps"),
    ("POST", "/console/cases/{id}"),
    ("POST", "/console/cases/{id}/documents"),
    ("POST", "/console/documents/{id}"),
    ("POST", "/console/documents/{id}/verdict"),
    ("GET", "/console/documents/{id}/pack"),
    ("POST", "/console/cases/{id}/sent"),
    ("GET", "/console/pages/{id}"),
    ("GET", "/console/pages/{id}/thumb"),
    ("POST", "/console/devices/{id}/revoke"),
    ("GET", "/console/courses"),
    ("POST", "/console/courses"),
    ("GET", "/console/courses/{id}"),
    ("POST", "/console/courses/{id}/members"),
    ("POST", "/console/courses/{id}/term"),
    ("POST", "/console/courses/{id}/import"),
    ("POST", "/console/sessions/{id}/move"),
    ("POST", "/console/sessions/{id}/cancel"),
    ("GET", "/console/classes"),
    ("GET", "/console/classes/{id}"),
    ("POST", "/console/meetings/{id}/school-part"),
    ("GET", "/console/sessions/{id}/attendance"),
    ("POST", "/console/sessions/{id}/attendance"),
    ("GET", "/console/participants/{id}/attendance"),
    ("POST", "/console/attendance/{id}/classify"),
    ("GET", "/console/absence"),
    ("GET", "/console/absence.csv"),
    ("GET", "/console/reports"),
    ("GET", "/console/reports.csv"),
    ("GET", "/console/reports/bydeler"),
    ("GET", "/console/reports/bydeler.csv"),
    ("GET", "/console/wording"),
    ("GET", "/console/wording.patch"),
    ("GET", "/console/wording/bydeler"),
    ("GET", "/console/wording/bydeler.patch"),
    ("GET", "/console/audit"),
    ("GET", "/console/admin"),
    ("POST", "/console/admin/caseworkers"),
    ("POST", "/console/admin/caseworkers/{id}/password"),
    ("POST", "/console/admin/caseworkers/{id}/sso-subject"),
    ("POST", "/console/admin/settings"),
    ("POST", "/console/admin/retention"),
    ("POST", "/console/admin/pack"),
    ("POST", "/console/admin/absence"),
];

/// The console's routes, to be nested under `/console` in the main router.
pub fn router<S: Store>(app: App<S>) -> Result<Router<App<S>>, String> {
    let oidc = match app.config.sso.clone() {
        Some(config) => Some(oidc::Oidc::new(config).map_err(|e| e.to_string())?),
        None => None,
    };
    let console = Console(Arc::new(ConsoleState {
        app,
        views: Views::load()?,
        oidc,
    }));
    let r = Router::new()
        .route(
            "/",
            get(|signed: Signed| async move { Redirect::to(access::home(signed.cw.role)) }),
        )
        .route("/today", get(today::page::<S>))
        .route("/sign-in", get(signin::page::<S>).post(signin::submit::<S>))
        .route("/sign-out", post(signin::sign_out::<S>))
        .route("/sso", get(sso::start::<S>))
        .route("/sso/callback", get(sso::callback::<S>))
        .route("/language/{lang}", get(signin::language))
        .route("/style.css", get(style))
        .route("/fonts/{name}", get(font))
        .route(
            "/participants",
            get(participants::list::<S>).post(participants::create::<S>),
        )
        .route("/participants/new", get(participants::new_form::<S>))
        .route("/participants/{id}", get(participant::page::<S>))
        .route(
            "/participants/{id}/profile",
            post(participant::profile::<S>),
        )
        .route("/participants/{id}/goals", post(participant::add_goal::<S>))
        .route(
            "/participants/{id}/activities",
            post(participant::add_activity::<S>),
        )
        .route(
            "/participants/{id}/events",
            post(participant::add_event::<S>),
        )
        .route("/participants/{id}/cases", post(participant::add_case::<S>))
        .route(
            "/participants/{id}/messages",
            post(participant::send_message::<S>),
        )
        .route(
            "/participants/{id}/messages/read",
            post(participant::mark_read::<S>),
        )
        .route(
            "/participants/{id}/messages/template",
            post(participant::send_template::<S>),
        )
        .route("/participants/{id}/codes", post(devices::issue_code::<S>))
        .route("/participants/{id}/export", get(rights::export_page::<S>))
        .route(
            "/participants/{id}/export.json",
            get(rights::export_json::<S>),
        )
        .route(
            "/participants/{id}/erase",
            get(rights::erase_page::<S>).post(rights::erase::<S>),
        )
        .route("/activities/{id}/agree", post(participant::agree::<S>))
        .route("/activities/{id}/decline", post(participant::decline::<S>))
        .route("/activities/{id}/comment", post(participant::comment::<S>))
        .route(
            "/events/{id}/next-steps",
            post(participant::next_steps::<S>),
        )
        .route("/events/{id}/steps", post(participant::add_step::<S>))
        .route("/cases/{id}", post(participant::update_case::<S>))
        .route(
            "/cases/{id}/documents",
            post(participant::add_document::<S>),
        )
        .route("/documents/{id}", post(participant::update_document::<S>))
        .route("/documents/{id}/verdict", post(pack::verdict::<S>))
        .route("/documents/{id}/pack", get(pack::download::<S>))
        .route("/cases/{id}/sent", post(pack::sent::<S>))
        .route("/pages/{id}", get(pack::view::<S>))
        .route("/pages/{id}/thumb", get(pack::thumbnail::<S>))
        .route("/devices/{id}/revoke", post(devices::revoke::<S>))
        .route(
            "/courses",
            get(courses::list::<S>).post(courses::create::<S>),
        )
        .route("/courses/{id}", get(courses::page::<S>))
        .route("/courses/{id}/members", post(courses::add_member::<S>))
        .route("/courses/{id}/term", post(courses::term::<S>))
        .route("/courses/{id}/import", post(courses::import::<S>))
        .route("/sessions/{id}/move", post(courses::move_session::<S>))
        .route("/sessions/{id}/cancel", post(courses::cancel_session::<S>))
        .route("/classes", get(school::classes::<S>))
        .route("/classes/{id}", get(school::class::<S>))
        .route("/meetings/{id}/school-part", post(school::school_part::<S>))
        .route(
            "/sessions/{id}/attendance",
            get(school::list::<S>).post(school::save::<S>),
        )
        .route(
            "/participants/{id}/attendance",
            get(school::participant::<S>),
        )
        .route("/attendance/{id}/classify", post(school::classify::<S>))
        .route("/absence", get(school::month::<S>))
        .route("/absence.csv", get(school::month_csv::<S>))
        .route("/reports", get(reports::page::<S>))
        .route("/reports.csv", get(reports::own_csv::<S>))
        .route("/reports/bydeler", get(reports::bydeler::<S>))
        .route("/reports/bydeler.csv", get(reports::bydeler_csv::<S>))
        .route("/wording", get(wording::page::<S>))
        .route("/wording.patch", get(wording::own_patch::<S>))
        .route("/wording/bydeler", get(wording::bydeler::<S>))
        .route("/wording/bydeler.patch", get(wording::bydeler_patch::<S>))
        .route("/audit", get(admin::audit::<S>))
        .route("/admin", get(admin::page::<S>))
        .route("/admin/caseworkers", post(admin::add_caseworker::<S>))
        .route(
            "/admin/caseworkers/{id}/password",
            post(admin::set_password::<S>),
        )
        .route(
            "/admin/caseworkers/{id}/sso-subject",
            post(sso_admin::set_subject::<S>),
        )
        .route("/admin/settings", post(admin::settings::<S>))
        .route("/admin/retention", post(rights::set_months::<S>))
        .route("/admin/pack", post(admin::pack_settings::<S>))
        .route("/admin/absence", post(admin::absence_rules::<S>))
        .fallback(|| async { ConsoleError::NotFound })
        .method_not_allowed_fallback(|| async { ConsoleError::MethodNotAllowed })
        .layer(middleware::from_fn_with_state(
            console.clone(),
            access::guard::<S>,
        ))
        .layer(middleware::from_fn_with_state(
            console.clone(),
            csrf_guard::<S>,
        ))
        .layer(middleware::from_fn_with_state(
            console.clone(),
            error::render_errors::<S>,
        ))
        .layer(middleware::from_fn(no_store));
    Ok(r.with_state(console))
}

/// What the console's pages may load: their own stylesheet and fonts, the thumbnails of document
/// pages (`/console/pages/{id}/thumb`), and forms sent back to the console. The console has no
/// scripts or frames to load (the enrolment QR code is inline SVG), so an injected tag could load
/// nothing but the console's own images, and a page of it could not be framed elsewhere.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; font-src 'self'; \
                                       img-src 'self'; form-action 'self'; base-uri 'none'; \
                                       frame-ancestors 'none'";

/// Participant data must not linger in shared office browsers' caches or be framed elsewhere.
async fn no_store(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        header::HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    h.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    h.insert(
        header::X_FRAME_OPTIONS,
        header::HeaderValue::from_static("DENY"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        header::HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("same-origin"),
    );
    response
}

/// The value of `name` in an `application/x-www-form-urlencoded` body. CSRF tokens are base64url,
/// which forms send unescaped, so no percent-decoding is needed for them.
fn form_field<'a>(body: &'a [u8], name: &str) -> Option<&'a str> {
    std::str::from_utf8(body)
        .ok()?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The one route whose form is checked against the pre-sign-in cookie instead of a session.
const SIGN_IN_ROUTE: &str = "/console/sign-in";

/// Refuse every state-changing request whose form lacks the session's CSRF token (or, for the
/// sign-in form, the token of the pre-sign-in cookie). Runs before any handler, after routing: the
/// check is chosen by the matched route, never by the path's text, since a device may choose a
/// row's id and so the last segment of a path like `/console/documents/{id}`.
async fn csrf_guard<S: Store>(
    State(console): State<Console<S>>,
    request: Request,
    next: Next,
) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT).await else {
        return ConsoleError::TooLarge.into_response();
    };
    let sent = form_field(&bytes, "csrf").unwrap_or("");
    let sign_in = parts
        .extensions
        .get::<MatchedPath>()
        .is_some_and(|m| m.as_str() == SIGN_IN_ROUTE);
    let expected = if sign_in {
        session::cookie(&parts.headers, session::PRE_COOKIE).map(str::to_owned)
    } else {
        match session::load(&console, &parts.headers).await {
            Ok(Some(signed)) => {
                let csrf = signed.csrf.clone();
                parts.extensions.insert::<Signed>(signed);
                Some(csrf)
            }
            Ok(None) => return session::signed_out(&parts.headers).into_response(),
            Err(e) => return e.into_response(),
        }
    };
    match expected {
        Some(e) if !sent.is_empty() && tokens::same_hash(&e, sent) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        _ => ConsoleError::Csrf.into_response(),
    }
}

async fn style() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../../templates/console/style.css"),
    )
}

/// The scripts an office PC may lack a font for, which a code sheet prints in (Tigrinya's Ge'ez,
/// Arabic and Dari's Arabic script): Noto Sans, under the SIL Open Font License
/// (`assets/fonts/LICENSE-OFL.txt`), the same files the app ships.
async fn font(extract::Path(name): extract::Path<String>) -> Response {
    let bytes: &'static [u8] = match name.as_str() {
        "noto-sans-ethiopic.woff2" => include_bytes!("../../assets/fonts/noto-sans-ethiopic.woff2"),
        "noto-sans-arabic.woff2" => include_bytes!("../../assets/fonts/noto-sans-arabic.woff2"),
        _ => return ConsoleError::NotFound.into_response(),
    };
    ([(header::CONTENT_TYPE, "font/woff2")], bytes).into_response()
}

/// Render a page.
pub(crate) fn render_page<S>(
    console: &Console<S>,
    signed: &Signed,
    name: &str,
    ctx: minijinja::Value,
) -> Result<Html<String>, ConsoleError> {
    let user = minijinja::context! {
        name => signed.cw.name.clone(),
        role => signed.cw.role.as_str(),
        bydel => signed.cw.bydel_id.clone(),
    };
    let full = minijinja::context! { user => user, csrf => signed.csrf.clone(), ..ctx };
    Ok(Html(console.views.render(name, signed.lang, full)?))
}

/// After a successful form: back to where the change shows (303, so a reload does not resend).
pub(crate) fn back(to: String) -> Response {
    Redirect::to(&to).into_response()
}
