//! The headers every console answer carries: no caching, no framing, no sniffing, and a
//! Content-Security-Policy that allows the console's own stylesheet, images (document pages'
//! thumbnails) and forms and nothing else (it has no scripts and no frames to load).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use common::*;

const CSP: &str = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; \
                   form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

fn assert_headers(what: &str, headers: &HeaderMap) {
    let get = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    };
    assert_eq!(get("content-security-policy"), CSP, "{what}");
    assert_eq!(get("cache-control"), "no-store", "{what}");
    assert_eq!(get("x-frame-options"), "DENY", "{what}");
    assert_eq!(get("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(get("referrer-policy"), "same-origin", "{what}");
}

#[tokio::test]
async fn every_console_answer_carries_a_strict_content_security_policy() {
    let server = server().await;
    let ours = bydel_with_data(&server, "ostensjo", "Ahmad Karimi").await;
    let participant = id_for("/console/participants/{id}", &ours);
    let mut b = Browser::new(&server);
    // Before sign-in: the sign-in page, the stylesheet, a page that sends to sign-in.
    for path in [
        "/console/sign-in",
        "/console/style.css",
        "/console/participants",
    ] {
        let (status, _, headers) = b.get_full(path).await;
        assert!(status.as_u16() < 400, "{path}: {status}");
        assert_headers(path, &headers);
    }
    b.sign_in("admin@ostensjo.test", PASSWORD).await;
    for (path, expected) in [
        ("/console/participants".to_owned(), StatusCode::OK),
        (
            format!("/console/participants/{participant}"),
            StatusCode::OK,
        ),
        ("/console/reports.csv".to_owned(), StatusCode::OK),
        ("/console/nowhere".to_owned(), StatusCode::NOT_FOUND),
        (
            "/console/participants/%FF".to_owned(),
            StatusCode::BAD_REQUEST,
        ),
    ] {
        let (status, _, headers) = b.get_full(&path).await;
        assert_eq!(status, expected, "{path}");
        assert_headers(&path, &headers);
    }
    let (status, _, headers) = b
        .post(
            &format!("/console/participants/{participant}/codes"),
            &[],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_headers("the enrolment code page", &headers);
    let (status, _, headers) = b
        .post(
            &format!("/console/participants/{participant}/messages"),
            &[("body", "Hei")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_headers("a form's redirect", &headers);
}
