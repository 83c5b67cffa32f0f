//! The console's CSRF checks: every form needs its session's token, the sign-in form its cookie's.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use veikart_server::store::Role;

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
