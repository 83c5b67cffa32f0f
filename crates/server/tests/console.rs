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
    for page in ["/console/reports", "/console/audit", "/console/admin"] {
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
