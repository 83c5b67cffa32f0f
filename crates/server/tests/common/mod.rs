//! What the console's integration tests share: a cookie-keeping browser over reqwest, a test
//! server, and rows of one bydel to attack from another.

// Each test binary uses a different part of this module.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use reqwest::StatusCode;
use reqwest::redirect::Policy;
use serde_json::json;
use veikart_server::HttpConfig;
use veikart_server::domain::placement::Home;
use veikart_server::store::Role;
use veikart_server::testing::TestServer;

pub const PASSWORD: &str = "korrekt hest batteri";

pub struct Browser {
    pub http: reqwest::Client,
    pub base: String,
    pub cookies: Vec<(String, String)>,
    pub csrf: String,
}

pub fn set_cookies(resp: &reqwest::Response) -> Vec<String> {
    resp.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect()
}

/// `application/x-www-form-urlencoded`, by hand (reqwest's `form` feature is not enabled here).
pub fn encode(fields: &[(String, String)]) -> String {
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

pub fn csrf_of(html: &str) -> String {
    html.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

impl Browser {
    pub fn new(server: &TestServer) -> Browser {
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

    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn keep(&mut self, resp: &reqwest::Response) {
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

    pub async fn get(&mut self, path: &str) -> (StatusCode, String) {
        let (status, body, _) = self.get_full(path).await;
        (status, body)
    }

    /// A GET that also hands back the answer's headers.
    pub async fn get_full(
        &mut self,
        path: &str,
    ) -> (StatusCode, String, reqwest::header::HeaderMap) {
        let resp = self
            .http
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .send()
            .await
            .unwrap();
        self.keep(&resp);
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = resp.text().await.unwrap();
        let csrf = csrf_of(&body);
        if !csrf.is_empty() {
            self.csrf = csrf;
        }
        (status, body, headers)
    }

    pub async fn post(
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

    pub async fn sign_in(&mut self, email: &str, password: &str) -> StatusCode {
        self.get("/console/sign-in").await;
        let (status, _, headers) = self
            .post(
                "/console/sign-in",
                &[("email", email), ("password", password)],
                true,
            )
            .await;
        // The role's first page carries the session's CSRF token for the posts that follow.
        if status == StatusCode::SEE_OTHER {
            let home = headers
                .get("location")
                .and_then(|l| l.to_str().ok())
                .unwrap_or("/console")
                .to_owned();
            self.get(&home).await;
        }
        status
    }
}

pub async fn server() -> TestServer {
    TestServer::start(HttpConfig::default())
        .await
        .expect("server")
}

/// Rows of one bydel, to be attacked from another.
pub async fn bydel_with_data(
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
        ("caseworker", cw.id),
    ]
}

pub fn id_for(path: &str, ids: &[(&'static str, String)]) -> String {
    let kind = match path.split('/').nth(2) {
        Some("participants") => "participant",
        Some("courses") => "course",
        Some("sessions") => "session",
        Some("activities") => "activity",
        Some("events") => "event",
        Some("cases") => "case",
        Some("documents") => "document",
        Some("devices") => "device",
        Some("admin") => "caseworker",
        _ => "participant",
    };
    ids.iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// A participant settled on `settled`, written straight to the store.
pub async fn settled(
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

/// A value for every field of every console form, so that a route's handler gets past reading
/// its form and shows what it does with the id.
pub fn every_field() -> Vec<(&'static str, &'static str)> {
    vec![
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
    ]
}
