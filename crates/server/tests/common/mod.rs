//! What the console's integration tests share: a cookie-keeping browser over reqwest, a test
//! server, and rows of one bydel to attack from another.

// Each test binary uses a different part of this module.
#![allow(dead_code, unused_imports, clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use veikart_server::HttpConfig;
use veikart_server::domain::placement::Home;
use veikart_server::store::Role;
use veikart_server::testing::TestServer;
pub use veikart_server::testing::console::{Browser, PASSWORD, csrf_of, encode, set_cookies};

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
    // A page of the document, sent in full from the device (issue 9's pack).
    let page = page_of(server, &enrolled, doc["id"].as_str().unwrap()).await;
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
        ("page", page),
    ]
}

/// Add a small PNG page to `document` from the enrolled device and send its bytes; its id.
pub async fn page_of(server: &TestServer, enrolled: &serde_json::Value, document: &str) -> String {
    use sha2::Digest;
    let token = enrolled["token"].as_str().unwrap_or_default();
    let page = format!(
        "{}-page1",
        enrolled["device_id"].as_str().unwrap_or_default()
    );
    let png = veikart_server::pack::encode_png(&veikart_server::pack::Rgb {
        width: 8,
        height: 8,
        pixels: vec![200; 8 * 8 * 3],
    })
    .unwrap();
    let sha = data_encoding::HEXLOWER.encode(&sha2::Sha256::digest(&png));
    let http = reqwest::Client::new();
    let synced = http
        .post(format!("{}/api/v1/sync", server.url()))
        .bearer_auth(token)
        .json(
            &json!({"protocol": veikart_protocol::PROTOCOL_VERSION, "cursors": {},
            "mutations": [{"seq": 1, "op": "add_document_page", "page_id": page,
                "document_id": document, "index": 0, "content_type": "image/png",
                "size": png.len(), "sha256": sha}]}),
        )
        .send()
        .await
        .unwrap();
    assert!(synced.status().is_success());
    let sent = http
        .put(format!(
            "{}/api/v1/pages/{page}/upload?offset=0",
            server.url()
        ))
        .bearer_auth(token)
        .body(png)
        .send()
        .await
        .unwrap();
    assert!(sent.status().is_success(), "{}", sent.status());
    page
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
        Some("pages") => "page",
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
