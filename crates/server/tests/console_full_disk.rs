//! The console while the database cannot grow (a full disk): a page that needs a write (every page
//! of a participant writes its audit entry) is the console's "cannot store anything" page with 503
//! and Retry-After, never the generic 500.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use veikart_server::store::Role;

use common::*;

#[tokio::test]
async fn a_full_disk_shows_the_unavailable_page_not_an_internal_error() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    server
        .participant("ostensjo", "p1", "Olena Kovalenko")
        .await;
    let mut b = Browser::new(&server);
    assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
    server.store.limit_growth(Some(0)).unwrap();
    let mut unavailable = 0;
    for _ in 0..200 {
        let (status, body, headers) = b.get_full("/console/participants/p1").await;
        assert_ne!(status, StatusCode::INTERNAL_SERVER_ERROR, "{body}");
        if status == StatusCode::SERVICE_UNAVAILABLE {
            unavailable += 1;
            assert_eq!(
                headers.get("retry-after").map(|v| v.as_bytes()),
                Some(&b"30"[..])
            );
            assert!(
                body.contains("The server cannot store anything right now")
                    || body.contains("Serveren kan ikke lagre noe akkurat nå"),
                "{body}"
            );
        }
    }
    assert!(unavailable > 0, "the audit entries filled the last page");
    server.store.limit_growth(None).unwrap();
    let (status, _, _) = b.get_full("/console/participants/p1").await;
    assert_eq!(status, StatusCode::OK);
}
