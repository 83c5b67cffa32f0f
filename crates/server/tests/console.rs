//! The caseworker console against the real server on a loopback port: sign-in, session cookies,
//! CSRF, the sign-in lock, roles, and tenancy on every console route for every role.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use reqwest::StatusCode;
use reqwest::redirect::Policy;
use serde_json::json;
use veikart_server::HttpConfig;
use veikart_server::console::ROUTES;
use veikart_server::domain::placement::Home;
use veikart_server::store::{Role, Store, Tx};
use veikart_server::testing::TestServer;

const PASSWORD: &str = "korrekt hest batteri";

struct Browser {
    http: reqwest::Client,
    base: String,
    cookies: Vec<(String, String)>,
    csrf: String,
}

fn set_cookies(resp: &reqwest::Response) -> Vec<String> {
    resp.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect()
}

/// `application/x-www-form-urlencoded`, by hand (reqwest's `form` feature is not enabled here).
fn encode(fields: &[(String, String)]) -> String {
    let esc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                b' ' => "+".to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", esc(k), esc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn csrf_of(html: &str) -> String {
    html.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

impl Browser {
    fn new(server: &TestServer) -> Browser {
        Browser {
            http: reqwest::Client::builder()
                .redirect(Policy::none())
                .build()
                .unwrap(),
            base: server.url(),
            cookies: Vec::new(),
            csrf: String::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, resp: &reqwest::Response) {
        for c in set_cookies(resp) {
            let Some((k, v)) = c.split(';').next().and_then(|kv| kv.split_once('=')) else {
                continue;
            };
            self.cookies.retain(|(name, _)| name != k);
            if !v.is_empty() {
                self.cookies.push((k.to_owned(), v.to_owned()));
            }
        }
    }

    async fn get(&mut self, path: &str) -> (StatusCode, String) {
        let resp = self
            .http
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .send()
            .await
            .unwrap();
        self.keep(&resp);
        let status = resp.status();
        let body = resp.text().await.unwrap();
        let csrf = csrf_of(&body);
        if !csrf.is_empty() {
            self.csrf = csrf;
        }
        (status, body)
    }

    async fn post(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
        with_csrf: bool,
    ) -> (StatusCode, String, reqwest::header::HeaderMap) {
        let mut fields: Vec<(String, String)> = form
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        if with_csrf {
            fields.push(("csrf".into(), self.csrf.clone()));
        }
        let resp = self
            .http
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encode(&fields))
            .send()
            .await
            .unwrap();
        self.keep(&resp);
        let headers = resp.headers().clone();
        (resp.status(), resp.text().await.unwrap(), headers)
    }

    async fn sign_in(&mut self, email: &str, password: &str) -> StatusCode {
        self.get("/console/sign-in").await;
        let (status, _, _) = self
            .post(
                "/console/sign-in",
                &[("email", email), ("password", password)],
                true,
            )
            .await;
        if status == StatusCode::SEE_OTHER {
            self.get("/console/participants").await;
        }
        status
    }
}

async fn server() -> TestServer {
    TestServer::start(HttpConfig::default())
        .await
        .expect("server")
}

#[tokio::test]
async fn sign_in_sets_strict_cookies_and_sign_out_ends_the_session() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let http = reqwest::Client::builder()
        .redirect(Policy::none())
        .build()
        .unwrap();
    // Behind a TLS proxy.
    let page = http
        .get(format!("{}/console/sign-in", server.url()))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    let pre = set_cookies(&page);
    let pre_value = pre[0].split(';').next().unwrap().to_owned();
    let csrf = csrf_of(&page.text().await.unwrap());
    let resp = http
        .post(format!("{}/console/sign-in", server.url()))
        .header("x-forwarded-proto", "https")
        .header("cookie", pre_value)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(encode(&[
            ("email".into(), cw.email.clone()),
            ("password".into(), PASSWORD.into()),
            ("csrf".into(), csrf),
        ]))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let session = set_cookies(&resp)
        .into_iter()
        .find(|c| c.starts_with("vk_session="))
        .expect("session cookie");
    for attr in [
        "HttpOnly",
        "SameSite=Strict",
        "Secure",
        "Path=/console",
        "Max-Age=",
    ] {
        assert!(session.contains(attr), "{session} lacks {attr}");
    }

    let mut b = Browser::new(&server);
    assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
    let (status, _) = b.get("/console/participants").await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = b.post("/console/sign-out", &[], true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _) = b.get("/console/participants").await;
    assert_eq!(status, StatusCode::SEE_OTHER, "signed out");
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;
    let form = [("name", "Ny Deltaker"), ("settled_on", "2026-06-01")];
    let (status, _, _) = b.post("/console/participants", &form, false).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let good = b.csrf.clone();
    b.csrf = "wrong".into();
    let (status, _, _) = b.post("/console/participants", &form, true).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    b.csrf = good;
    let (status, _, headers) = b.post("/console/participants", &form, true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        headers["location"]
            .to_str()
            .unwrap()
            .starts_with("/console/participants/")
    );
    // The sign-in form needs the token of its own cookie too.
    let mut fresh = Browser::new(&server);
    fresh.get("/console/sign-in").await;
    let (status, _, _) = fresh
        .post(
            "/console/sign-in",
            &[("email", cw.email.as_str()), ("password", PASSWORD)],
            false,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn five_wrong_passwords_lock_sign_in_for_a_while() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(&server);
    for _ in 0..4 {
        assert_eq!(
            b.sign_in(&cw.email, "feil passord!!").await,
            StatusCode::UNAUTHORIZED
        );
    }
    // The fifth wrong password locks; then even the right one is refused.
    assert_eq!(
        b.sign_in(&cw.email, "feil passord!!").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        b.sign_in(&cw.email, PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // An unknown address behaves the same, so the lock reveals nothing.
    for _ in 0..5 {
        b.sign_in("nobody@example.test", "feil passord!!").await;
    }
    assert_eq!(
        b.sign_in("nobody@example.test", PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

/// Rows of one bydel, to be attacked from another.
async fn bydel_with_data(
    server: &TestServer,
    bydel: &str,
    name: &str,
) -> Vec<(&'static str, String)> {
    let (cw, token) = server.bydel_with_caseworker(bydel, Role::Admin).await;
    server.set_password(&cw.id, PASSWORD).await;
    let pid = format!("p-{bydel}");
    server.participant(bydel, &pid, name).await;
    let http = reqwest::Client::new();
    let api = |path: &str| format!("{}/api/v1{path}", server.url());
    let post = |path: String, body: serde_json::Value| {
        let http = http.clone();
        let token = token.clone();
        async move {
            let r = http
                .post(path)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap();
            assert!(r.status().is_success(), "{}", r.status());
            r.json::<serde_json::Value>().await.unwrap()
        }
    };
    let course = post(api("/courses"), json!({"name": {"text": "Norsk A2"}, "provider": "VO", "starts_on": "2026-08-17", "ends_on": "2026-12-18"})).await;
    let course_id = course["id"].as_str().unwrap().to_owned();
    let session = post(api(&format!("/courses/{course_id}/sessions")), json!({"kind": "event", "event_kind": "class_session", "starts_at": "2026-09-01T07:00:00Z", "ends_at": "2026-09-01T09:00:00Z", "status": "scheduled"})).await;
    let activity = post(api(&format!("/participants/{pid}/records")), json!({"kind": "activity", "activity_type": "other", "status": "proposed", "owner": "participant", "title": {"text": "Forslag"}})).await;
    let event = post(api(&format!("/participants/{pid}/records")), json!({"kind": "event", "event_kind": "trekantsamtale", "starts_at": "2026-09-04T07:00:00Z", "ends_at": "2026-09-04T08:00:00Z", "status": "scheduled"})).await;
    let case = post(api(&format!("/participants/{pid}/records")), json!({"kind": "recognition_case", "credential": {"text": "Bachelor"}, "route": "hkdir_general", "status": "draft"})).await;
    let doc = post(api(&format!("/participants/{pid}/records")), json!({"kind": "required_document", "case_id": case["id"], "document_kind": "diploma", "status": "missing"})).await;
    let code = server.code(&pid, bydel).await;
    let enrolled = reqwest::Client::new()
        .post(api("/enrol"))
        .json(&json!({"code": code, "device_name": "phone"}))
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap();
    let device_id = enrolled["device_id"]
        .as_str()
        .unwrap_or("no-device")
        .to_owned();
    let _ = Home::Bydel { id: bydel.into() };
    vec![
        ("participant", pid),
        ("course", course_id),
        ("session", session["id"].as_str().unwrap().to_owned()),
        ("activity", activity["id"].as_str().unwrap().to_owned()),
        ("event", event["id"].as_str().unwrap().to_owned()),
        ("case", case["id"].as_str().unwrap().to_owned()),
        ("document", doc["id"].as_str().unwrap().to_owned()),
        ("device", device_id),
    ]
}

fn id_for(path: &str, ids: &[(&'static str, String)]) -> String {
    let kind = match path.split('/').nth(2) {
        Some("participants") => "participant",
        Some("courses") => "course",
        Some("sessions") => "session",
        Some("activities") => "activity",
        Some("events") => "event",
        Some("cases") => "case",
        Some("documents") => "document",
        Some("devices") => "device",
        _ => "participant",
    };
    ids.iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

#[tokio::test]
async fn no_role_of_one_bydel_gets_anything_of_another_by_any_console_route() {
    let server = server().await;
    let theirs = bydel_with_data(&server, "grorud", "Semhar Tesfay").await;
    let before = server
        .store
        .read(|tx: &mut dyn Tx| tx.scope_version(&format!("p:{}", "p-grorud")))
        .await
        .unwrap();
    for role in [Role::Caseworker, Role::Leader, Role::Admin] {
        let (cw, _) = server.bydel_with_caseworker("ostensjo", role).await;
        server.set_password(&cw.id, PASSWORD).await;
        server
            .participant(
                "ostensjo",
                &format!("p-own-{}", role.as_str()),
                "Egen Deltaker",
            )
            .await;
        let mut b = Browser::new(&server);
        assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
        for (method, pattern) in ROUTES {
            if pattern.ends_with("sign-out") || pattern.ends_with("sign-in") {
                continue;
            }
            let path = pattern
                .replace("{id}", &id_for(pattern, &theirs))
                .replace("{lang}", "en");
            let fields: Vec<(&str, &str)> = vec![
                ("name", "X"),
                ("settled_on", "2026-01-01"),
                ("title", "X"),
                ("body", "X"),
                ("participant_id", "p-grorud"),
                ("credential", "X"),
                ("date", "2026-09-02"),
                ("start", "09:00"),
                ("end", "10:00"),
                ("from", "2026-09-01"),
                ("to", "2026-09-30"),
                ("mon", "1"),
                ("csv", "2026-09-07,09:00,11:30"),
                ("goal_kind", "delmaal"),
                ("activity_type", "other"),
                ("route", "vocational"),
                ("document_kind", "cv"),
                ("starts_on", "2026-01-01"),
                ("ends_on", "2026-02-01"),
            ];
            let (status, body) = if *method == "GET" {
                b.get(&path).await
            } else {
                let (s, body, _) = b.post(&path, &fields, true).await;
                (s, body)
            };
            assert!(
                !body.contains("Semhar") && !body.contains("Norsk A2"),
                "{role:?} {method} {path} showed another bydel's data"
            );
            if pattern.contains("{id}") {
                assert!(
                    status == StatusCode::NOT_FOUND || status == StatusCode::FORBIDDEN,
                    "{role:?} {method} {path} answered {status}"
                );
            } else {
                assert!(
                    status.as_u16() < 500,
                    "{role:?} {method} {path} answered {status}"
                );
            }
        }
    }
    let after = server
        .store
        .read(|tx: &mut dyn Tx| tx.scope_version("p:p-grorud"))
        .await
        .unwrap();
    assert_eq!(before, after, "another bydel's participant was changed");
}

#[tokio::test]
async fn roles_gate_reports_audit_and_admin_and_views_are_audited() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    let (admin, _) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    server.set_password(&cw.id, PASSWORD).await;
    server.set_password(&admin.id, PASSWORD).await;
    server.participant("ostensjo", "p1", "Ahmad Karimi").await;
    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;
    for page in [
        "/console/reports",
        "/console/reports.csv",
        "/console/reports/bydeler",
        "/console/reports/bydeler.csv",
        "/console/audit",
        "/console/admin",
    ] {
        assert_eq!(b.get(page).await.0, StatusCode::FORBIDDEN, "{page}");
    }
    assert_eq!(b.get("/console/participants/p1").await.0, StatusCode::OK);
    let mut a = Browser::new(&server);
    a.sign_in(&admin.email, PASSWORD).await;
    let (status, body) = a.get("/console/audit").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("view_participant") && body.contains(&cw.name));
    assert!(
        !body.contains("Ahmad"),
        "the audit log names ids, not people"
    );
}

/// A participant settled on `settled`, written straight to the store.
async fn settled(
    server: &TestServer,
    bydel: &str,
    id: &str,
    settled: &str,
    start: Option<&str>,
    relevant: bool,
) {
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let profile = veikart_protocol::Profile {
        id: id.into(),
        name: format!("Navn {id}"),
        bydel_id: bydel.into(),
        bydel_name: bydel.into(),
        preferred_language: "nb".into(),
        settled_on: day(settled),
        programme_decided_on: start.map(day),
        programme_start: start.map(day),
        programme_end: None,
        sluttmaal: None,
        norskmaal: None,
        caseworker_id: None,
        caseworker_name: None,
        recognition_relevant: relevant,
    };
    server
        .put(
            Home::Participant {
                id: id.into(),
                bydel_id: bydel.into(),
            },
            veikart_protocol::Row::Profile(profile),
        )
        .await;
}

#[tokio::test]
async fn a_leader_sees_their_bydel_and_only_an_admin_sees_every_bydel() {
    let server = server().await;
    let (leader, _) = server.bydel_with_caseworker("ostensjo", Role::Leader).await;
    let (admin, _) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    for cw in [&leader, &admin] {
        server.set_password(&cw.id, PASSWORD).await;
    }
    // Østensjø: two settled in Q1 2025 (one started after 50 days, one not yet), one outside.
    settled(
        &server,
        "ostensjo",
        "o1",
        "2025-01-10",
        Some("2025-03-01"),
        true,
    )
    .await;
    settled(&server, "ostensjo", "o2", "2025-02-01", None, false).await;
    settled(
        &server,
        "ostensjo",
        "o3",
        "2024-12-31",
        Some("2025-01-05"),
        false,
    )
    .await;
    // Grorud: one settled in the period, started late (120 days).
    settled(
        &server,
        "grorud",
        "g1",
        "2025-03-01",
        Some("2025-06-29"),
        false,
    )
    .await;
    let q = "?from=2025-01-01&to=2025-03-31";

    let mut l = Browser::new(&server);
    l.sign_in(&leader.email, PASSWORD).await;
    let (status, body) = l.get(&format!("/console/reports{q}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("1 av 2") && body.contains("50 dager"),
        "{body}"
    );
    assert!(!body.contains("Navn "), "the report names no one");
    let (status, csv) = l.get(&format!("/console/reports.csv{q}")).await;
    assert_eq!(status, StatusCode::OK);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(
        lines[1].starts_with("ostensjo,ostensjo,2025-01-01,2025-03-31,2,1,1,1,50,1,0,,0,,0"),
        "{csv}"
    );
    for page in ["/console/reports/bydeler", "/console/reports/bydeler.csv"] {
        assert_eq!(l.get(page).await.0, StatusCode::FORBIDDEN, "{page}");
    }
    // A wrong period is shown again with the problem next to the field.
    let (status, body) = l
        .get("/console/reports?from=2025-03-01&to=2025-01-01")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"to-error\"") && body.contains("aria-invalid=\"true\""));
    assert_eq!(
        l.get("/console/reports.csv?from=x&to=y").await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let mut a = Browser::new(&server);
    a.sign_in(&admin.email, PASSWORD).await;
    let (status, csv) = a.get(&format!("/console/reports/bydeler.csv{q}")).await;
    assert_eq!(status, StatusCode::OK);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[1].starts_with("grorud,grorud,2025-01-01,2025-03-31,1,1,0,0,120,"),
        "{csv}"
    );
    assert!(lines[2].starts_with("ostensjo,"), "{csv}");
    let (status, body) = a.get(&format!("/console/reports/bydeler{q}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("120 dager") && body.contains("50 dager"));
    // Every view and download is audited.
    let (_, audit) = a.get("/console/audit").await;
    assert!(audit.contains("view_reports") && audit.contains("export_reports"));
}

#[tokio::test]
async fn a_session_ends_after_thirty_idle_minutes() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;
    let token = b
        .cookies
        .iter()
        .find(|(k, _)| k == "vk_session")
        .map(|(_, v)| v.clone())
        .unwrap();
    let hash = veikart_server::domain::tokens::hash(&token);
    let set_seen = |minutes_ago: i64| {
        let hash = hash.clone();
        server.store.write(move |tx: &mut dyn Tx| {
            let at = tx.now() - chrono::Duration::minutes(minutes_ago);
            tx.touch_session(&hash, at)
        })
    };
    // 29 idle minutes: still signed in, and the request counts as activity.
    set_seen(29).await.unwrap();
    assert_eq!(b.get("/console/participants").await.0, StatusCode::OK);
    let h = hash.clone();
    let seen = server
        .store
        .read(move |tx: &mut dyn Tx| {
            Ok::<_, veikart_server::store::StoreError>((tx.session(&h)?, tx.now()))
        })
        .await
        .unwrap();
    let (session, now) = (seen.0.unwrap(), seen.1);
    assert!(now - session.last_seen_at < chrono::Duration::minutes(1));
    // 31 idle minutes: the session has ended; the sign-in page says why.
    set_seen(31).await.unwrap();
    let resp = b
        .http
        .get(format!("{}/console/participants", b.base))
        .header("cookie", b.cookie_header())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert_eq!(resp.headers()["location"], "/console/sign-in?expired=1");
    let (_, page) = b.get("/console/sign-in?expired=1").await;
    assert!(page.contains("30 minutter"));
    // Forms of the ended session are refused too, and the next sign-in clears it away.
    let (status, _, _) = b
        .post(
            "/console/participants",
            &[("name", "X"), ("settled_on", "2026-01-01")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mut other = Browser::new(&server);
    other.sign_in(&cw.email, PASSWORD).await;
    let h = hash.clone();
    let gone = server
        .store
        .read(move |tx: &mut dyn Tx| tx.session(&h))
        .await
        .unwrap();
    assert!(gone.is_none(), "idle sessions are deleted");
}

#[tokio::test]
async fn invalid_forms_come_back_with_the_problem_next_to_the_field() {
    let server = server().await;
    let (cw, token) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;

    let (status, body, _) = b
        .post(
            "/console/participants",
            &[
                ("name", "  "),
                ("settled_on", "2026-02-31"),
                ("preferred_language", "uk"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"name-error\"") && body.contains("Fyll ut dette feltet."));
    assert!(body.contains("id=\"settled_on-error\"") && body.contains("Ikke en gyldig dato."));
    assert!(
        body.contains("value=\"2026-02-31\""),
        "what was typed is kept"
    );
    assert!(body.contains("<option value=\"uk\" selected>"));

    // A course session moved to end before it starts.
    let http = reqwest::Client::new();
    let api = |path: &str| format!("{}/api/v1{path}", server.url());
    let course: serde_json::Value = http
        .post(api("/courses"))
        .bearer_auth(&token)
        .json(&json!({"name": {"text": "Norsk B1"}, "provider": "VO", "starts_on": "2026-08-17", "ends_on": "2026-12-18"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let course_id = course["id"].as_str().unwrap();
    let session: serde_json::Value = http
        .post(api(&format!("/courses/{course_id}/sessions")))
        .bearer_auth(&token)
        .json(&json!({"kind": "event", "event_kind": "class_session", "starts_at": "2026-09-01T07:00:00Z", "ends_at": "2026-09-01T09:00:00Z", "status": "scheduled"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let sid = session["id"].as_str().unwrap();
    b.get(&format!("/console/courses/{course_id}")).await;
    let (status, body, _) = b
        .post(
            &format!("/console/sessions/{sid}/move"),
            &[
                ("date", "2026-09-03"),
                ("start", "11:00"),
                ("end", "10:00"),
                ("room", "Rom 9"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains(&format!("id=\"e-{sid}-error\"")));
    assert!(body.contains("Slutten må være etter starten."));
    assert!(body.contains("value=\"Rom 9\"") && body.contains("<details open>"));
    let (status, body, _) = b
        .post(
            &format!("/console/sessions/{sid}/move"),
            &[("date", ""), ("start", "25:00"), ("end", "10:00")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains(&format!("id=\"d-{sid}-error\""))
            && body.contains(&format!("id=\"s-{sid}-error\""))
    );
    // Nothing was moved.
    let (_, page) = b.get(&format!("/console/courses/{course_id}")).await;
    assert!(page.contains("01.09.2026") && !page.contains("03.09.2026"));
}
