//! Requests the console cannot read — control characters in a link, duplicated form fields, bad
//! query strings, path ids that are not UTF-8, forms over the size limit — are answered with the
//! console's own error page in the reader's language, never a bare text or a server error.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;

use common::*;

#[tokio::test]
async fn the_language_link_refuses_a_way_back_with_control_characters() {
    let server = server().await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for (back, to) in [
        ("/console%0d%0a", "/console/participants"),
        (
            "/console/courses%0aSet-Cookie:%20x=1",
            "/console/participants",
        ),
        ("/console%00", "/console/participants"),
        ("/console%7f", "/console/participants"),
        ("/console%c2%85", "/console/participants"),
        ("//evil.example/console", "/console/participants"),
        ("/console/courses", "/console/courses"),
        (
            "/console/participants?q=%C3%85se",
            "/console/participants?q=%C3%85se",
        ),
    ] {
        let resp = http
            .get(format!("{}/console/language/en?back={back}", server.url()))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::SEE_OTHER, "{back}");
        assert_eq!(resp.headers()["location"], to, "{back}");
        assert!(
            set_cookies(&resp)
                .iter()
                .any(|c| c.starts_with("vk_lang=en")),
            "{back}"
        );
    }
}
