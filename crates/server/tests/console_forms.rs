//! Console forms that are not valid come back with what was typed and the problem next to the
//! field.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use serde_json::json;
use veikart_server::store::Role;

use common::*;

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
