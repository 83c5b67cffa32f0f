//! Which role may use which console route, in one table, checked before any handler runs.
//!
//! A route the table does not name is refused to everyone signed in (default deny): a new page
//! is closed until someone decides who may see it. Handlers still scope by bydel; this table only
//! answers "may this role use this page at all".

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::Console;
use super::error::ConsoleError;
use super::session::{self, Signed};
use crate::store::{Role, Store};

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Before sign-in: the sign-in page, the stylesheet, the language switch.
    Public,
    /// A signed-in member of staff with one of these roles.
    Roles(&'static [Role]),
}

/// Everyone who works with participants in a bydel. The municipality admin is not among them:
/// they keep accounts and read aggregates, and never see a person's data.
const BYDEL_STAFF: &[Role] = &[Role::Caseworker, Role::Leader, Role::Admin];
const BYDEL_LEADS: &[Role] = &[Role::Leader, Role::Admin];
const ADMINS: &[Role] = &[Role::Admin, Role::MunicipalityAdmin];
const LEADS_AND_ADMINS: &[Role] = &[Role::Leader, Role::Admin, Role::MunicipalityAdmin];
const BYDEL_ADMIN: &[Role] = &[Role::Admin];
/// A school's teachers: their classes and class lists, nothing else (`domain::attendance`).
const TEACHERS: &[Role] = &[Role::Teacher];
/// Who keeps a course's timetable: the bydel's staff their own courses, a school's teachers the
/// courses they teach (`records::kept_course` decides which course is whose).
const COURSE_KEEPERS: &[Role] = &[Role::Caseworker, Role::Leader, Role::Admin, Role::Teacher];
const EVERYONE: &[Role] = &Role::ALL;

/// The rule for a route template (as axum matched it), or `None` for a route no one may use.
pub fn rule(method: &str, route: &str) -> Option<Access> {
    let public = Some(Access::Public);
    let roles = |r: &'static [Role]| Some(Access::Roles(r));
    let path = route.strip_prefix("/console").unwrap_or(route);
    match (method, path) {
        ("GET", "" | "/") => roles(EVERYONE),
        ("GET" | "POST", "/sign-in") => public,
        ("GET", "/language/{lang}" | "/style.css" | "/fonts/{name}") => public,
        ("POST", "/sign-out") => roles(EVERYONE),
        // The school's side: a teacher's classes and each session's class list. Before the
        // `/sessions/` rule below, which is the bydel's.
        ("GET", "/classes" | "/classes/{id}") => roles(TEACHERS),
        ("POST", "/meetings/{id}/school-part") => roles(TEACHERS),
        ("GET" | "POST", "/sessions/{id}/attendance") => roles(TEACHERS),
        // The bydel classifies its own participants' absences and counts the month for payroll.
        ("POST", "/attendance/{id}/classify") => roles(BYDEL_STAFF),
        ("GET", "/absence" | "/absence.csv") => roles(BYDEL_STAFF),
        // What needs the caseworker today: the bydel's participants' items.
        ("GET", "/today") => roles(BYDEL_STAFF),
        // A participant's rights (export, erasure) are exercised by the bydel's admin.
        (
            "GET" | "POST",
            "/participants/{id}/export"
            | "/participants/{id}/export.json"
            | "/participants/{id}/erase",
        ) => roles(BYDEL_ADMIN),
        (_, p) if p.starts_with("/participants") => roles(BYDEL_STAFF),
        (
            "POST",
            "/activities/{id}/agree"
            | "/activities/{id}/decline"
            | "/activities/{id}/comment"
            | "/events/{id}/next-steps"
            | "/events/{id}/steps"
            | "/cases/{id}"
            | "/cases/{id}/documents"
            | "/cases/{id}/sent"
            | "/documents/{id}"
            | "/documents/{id}/verdict"
            | "/devices/{id}/revoke",
        ) => roles(BYDEL_STAFF),
        // A participant's document pages and the pack made of them: the bydel's staff, never the
        // municipality admin (the domain also checks the page is the caseworker's bydel's).
        ("GET", "/pages/{id}" | "/pages/{id}/thumb" | "/documents/{id}/pack") => roles(BYDEL_STAFF),
        ("GET", "/courses" | "/courses/{id}")
        | ("POST", "/courses" | "/courses/{id}/term" | "/courses/{id}/import")
        | ("POST", "/sessions/{id}/move" | "/sessions/{id}/cancel") => roles(COURSE_KEEPERS),
        (_, p) if p.starts_with("/courses") || p.starts_with("/sessions/") => roles(BYDEL_STAFF),
        ("GET", "/reports" | "/reports.csv" | "/wording" | "/wording.patch") => roles(BYDEL_LEADS),
        // Every bydel's measures side by side (JOURNEYS.md), small counts hidden.
        ("GET", "/reports/bydeler" | "/reports/bydeler.csv") => roles(LEADS_AND_ADMINS),
        ("GET", "/wording/bydeler" | "/wording/bydeler.patch") => roles(ADMINS),
        ("GET", "/audit" | "/admin") => roles(ADMINS),
        ("GET", "/sso" | "/sso/callback") => public,
        (
            "POST",
            "/admin/caseworkers"
            | "/admin/caseworkers/{id}/password"
            | "/admin/caseworkers/{id}/sso-subject",
        ) => roles(ADMINS),
        ("POST", "/admin/settings" | "/admin/retention" | "/admin/pack" | "/admin/absence") => {
            roles(BYDEL_ADMIN)
        }
        _ => None,
    }
}

/// Where a role starts after sign-in: the first page it may use.
pub fn home(role: Role) -> &'static str {
    match role {
        Role::MunicipalityAdmin => "/console/reports/bydeler",
        Role::Teacher => "/console/classes",
        // Bydel staff start on what needs them today.
        _ => "/console/today",
    }
}

/// Refuse a request whose route the signed-in role may not use, before its handler runs. The
/// session is loaded here once and handed on, so handlers and the CSRF check use the same one.
pub async fn guard<S: Store>(
    State(console): State<Console<S>>,
    mut request: Request,
    next: Next,
) -> Response {
    // No matched route: the router's fallback answers 404 without a session.
    let Some(route) = request
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
    else {
        return next.run(request).await;
    };
    let allowed = match rule(request.method().as_str(), &route) {
        Some(Access::Public) => return next.run(request).await,
        Some(Access::Roles(roles)) => roles,
        None => &[],
    };
    let signed = match request.extensions().get::<Signed>() {
        Some(s) => s.clone(),
        None => match session::load(&console, request.headers()).await {
            Ok(Some(s)) => s,
            Ok(None) => return session::signed_out(request.headers()).into_response(),
            Err(e) => return e.into_response(),
        },
    };
    if !allowed.contains(&signed.cw.role) {
        tracing::info!(route = %route, role = signed.cw.role.as_str(), "console route refused for role");
        return ConsoleError::Forbidden.into_response();
    }
    request.extensions_mut().insert(signed);
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_console_route_has_a_rule() {
        for (method, route) in super::super::ROUTES {
            assert!(
                rule(method, route).is_some(),
                "{method} {route} has no rule in console::access"
            );
        }
    }

    #[test]
    fn a_route_without_a_rule_is_closed() {
        assert_eq!(rule("GET", "/console/something-new"), None);
        assert_eq!(rule("DELETE", "/console/admin"), None);
    }

    /// A teacher gets their classes, class lists, the school's part of their meetings and the
    /// timetable of the courses they teach (the course pages, where the domain gives them only
    /// those), and nothing of a bydel: no participant, plan, message, case, member, report or
    /// account page.
    #[test]
    fn a_teacher_gets_only_classes_and_class_lists() {
        let mut open = Vec::new();
        for (method, route) in super::super::ROUTES {
            if let Some(Access::Roles(roles)) = rule(method, route)
                && roles.contains(&Role::Teacher)
            {
                open.push(format!("{method} {route}"));
            }
        }
        assert_eq!(
            open,
            [
                "GET /console",
                "POST /console/sign-out",
                "GET /console/courses",
                "POST /console/courses",
                "GET /console/courses/{id}",
                "POST /console/courses/{id}/term",
                "POST /console/courses/{id}/import",
                "POST /console/sessions/{id}/move",
                "POST /console/sessions/{id}/cancel",
                "GET /console/classes",
                "GET /console/classes/{id}",
                "POST /console/meetings/{id}/school-part",
                "GET /console/sessions/{id}/attendance",
                "POST /console/sessions/{id}/attendance",
            ]
        );
    }

    #[test]
    fn the_municipality_admin_gets_no_participant_or_course_route() {
        for (method, route) in super::super::ROUTES {
            let touches_people = [
                "/today",
                "/participants",
                "/courses",
                "/sessions/",
                "/cases",
                "/documents",
                "/classes",
                "/attendance",
                "/absence",
                "/pages/",
            ]
            .iter()
            .any(|p| route.contains(p))
                || route.contains("/activities/")
                || route.contains("/events/")
                || route.contains("/devices/");
            if let (true, Some(Access::Roles(roles))) = (touches_people, rule(method, route)) {
                assert!(
                    !roles.contains(&Role::MunicipalityAdmin),
                    "{method} {route} is open to the municipality admin"
                );
            }
        }
    }
}
