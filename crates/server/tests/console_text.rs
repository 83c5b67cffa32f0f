//! People's own words in the console: shown isolated (`<bdi>`, `dir="auto"`), so a right-to-left
//! name or message cannot reorder the rest of its line; and text that would turn a line around
//! (a bidirectional override) or shows nothing is refused wherever it is written.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use serde_json::json;
use veikart_server::domain::placement::Home;
use veikart_server::store::Role;

use common::*;

const NAME: &str = "أحمد كريمي";
const MESSAGE: &str = "مرحبا، سأتأخر قليلا";

#[tokio::test]
async fn names_and_messages_are_shown_isolated() {
    let server = server().await;
    let (cw, token) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    server.set_password(&cw.id, PASSWORD).await;
    server.participant("ostensjo", "p1", NAME).await;
    let message: veikart_protocol::Row = serde_json::from_value(json!({
        "kind": "message", "id": "m1", "author": "participant",
        "body": {"text": MESSAGE, "lang": "ar"}, "sent_at": "2026-09-01T08:00:00Z"
    }))
    .unwrap();
    server
        .put(
            Home::Participant {
                id: "p1".into(),
                bydel_id: "ostensjo".into(),
            },
            message,
        )
        .await;
    let http = reqwest::Client::new();
    let course: serde_json::Value = http
        .post(format!("{}/api/v1/courses", server.url()))
        .bearer_auth(&token)
        .json(&json!({"name": {"text": "عربي A1", "lang": "nb"}, "provider": "VO", "starts_on": "2026-08-17", "ends_on": "2026-12-18"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let course_id = course["id"].as_str().unwrap();
    let r = http
        .put(format!(
            "{}/api/v1/courses/{course_id}/members/p1",
            server.url()
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success());

    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;
    let isolated = format!("<bdi>{NAME}</bdi>");
    let (_, list) = b.get("/console/participants").await;
    assert!(list.contains(&isolated), "the list");
    let (_, page) = b.get("/console/participants/p1").await;
    assert!(
        page.contains(&format!("<h1>{isolated}</h1>")),
        "the heading"
    );
    assert!(
        page.contains(&format!("<title>\u{2068}{NAME}\u{2069} –")),
        "the title"
    );
    assert!(
        page.contains(&format!(
            "<p lang=\"ar\" dir=\"auto\" class=\"body\">{MESSAGE}</p>"
        )),
        "the message"
    );
    assert!(page.contains("id=\"profile-name\" name=\"name\"") && page.contains("dir=\"auto\""));
    let (_, course_page) = b.get(&format!("/console/courses/{course_id}")).await;
    assert!(course_page.contains(&isolated), "the course's members");
    assert!(
        course_page.contains("<h1><bdi>عربي A1</bdi></h1>"),
        "the course"
    );
    let (status, code_page, _) = b.post("/console/participants/p1/codes", &[], true).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        code_page.contains(&format!("\u{2068}{NAME}\u{2069}")),
        "the code page"
    );
}

/// The rule is the domain's (`validate::text`), so the caseworker API refuses what the console
/// refuses: a right-to-left override that would reverse the rest of a line, or invisible text.
#[tokio::test]
async fn the_api_refuses_overrides_and_invisible_text_too() {
    let server = server().await;
    let (_, token) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    server.participant("ostensjo", "p1", "Ahmad Karimi").await;
    let http = reqwest::Client::new();
    let post = |body: serde_json::Value| {
        http.post(format!("{}/api/v1/participants/p1/records", server.url()))
            .bearer_auth(&token)
            .json(&body)
            .send()
    };
    for text in [
        "\u{202E}",
        "Hei \u{202E}jeb",
        "\u{200B}\u{FEFF}",
        "\u{2066}x",
    ] {
        let r = post(json!({"kind": "message", "author": "caseworker", "body": {"text": text, "lang": "nb"}, "sent_at": "2026-09-01T08:00:00Z"}))
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{text:?}");
    }
    let r = post(json!({"kind": "recognition_case", "credential": {"text": "Bachelor", "lang": "nb"}, "country": "\u{202E}airyS", "route": "hkdir_general", "status": "draft"}))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(json!({"kind": "message", "author": "caseworker", "body": {"text": "مرحبا\u{200F}", "lang": "ar"}, "sent_at": "2026-09-01T08:00:00Z"}))
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::CREATED,
        "a right-to-left mark is fine"
    );
}
