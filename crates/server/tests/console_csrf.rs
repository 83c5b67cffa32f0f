//! The console's CSRF checks: every form needs its session's token, the sign-in form its cookie's.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use veikart_server::domain::placement::Home;
use veikart_server::store::{Role, Store, Tx};

use common::*;

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

/// A device may choose a row's id, so an activity called `sign-in` makes
/// `/console/documents/sign-in` a path that ends like the sign-in form's. Only the sign-in route
/// itself may be checked against the pre-sign-in cookie; every other form needs the session's token.
#[tokio::test]
async fn a_row_called_sign_in_does_not_skip_the_session_csrf_check() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    server.participant("ostensjo", "p1", "Ahmad Karimi").await;
    let activity: veikart_protocol::Row = serde_json::from_value(serde_json::json!({
        "kind": "activity", "id": "sign-in", "activity_type": "other", "status": "proposed",
        "owner": "participant", "title": {"text": "Forslag", "lang": "nb"}
    }))
    .unwrap();
    server
        .put(
            Home::Participant {
                id: "p1".into(),
                bydel_id: "ostensjo".into(),
            },
            activity,
        )
        .await;
    let version = || {
        server
            .store
            .read(|tx: &mut dyn Tx| tx.scope_version("p:p1"))
    };
    let before = version().await.unwrap();

    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;
    let session_csrf = b.csrf.clone();
    // The sign-in page hands out a pre-sign-in cookie and its token, which an attacker's page
    // could also obtain; with it, and the victim's session cookie, the form must still be refused.
    b.get("/console/sign-in").await;
    assert_ne!(b.csrf, session_csrf);
    for path in [
        "/console/documents/sign-in",
        "/console/activities/sign-in/agree",
        "/console/cases/sign-in",
    ] {
        let (status, _, _) = b.post(path, &[("status", "done")], true).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }
    assert_eq!(version().await.unwrap(), before, "nothing was changed");
    // With the session's token the form is read, and a document route finds no document.
    b.csrf = session_csrf;
    let (status, _, _) = b
        .post("/console/documents/sign-in", &[("status", "ready")], true)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(version().await.unwrap(), before, "nothing was changed");
}
