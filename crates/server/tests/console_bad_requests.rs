//! Requests the console cannot read — control characters in a link, duplicated form fields, bad
//! query strings, path ids that are not UTF-8, forms over the size limit — are answered with the
//! console's own error page in the reader's language, never a bare text or a server error.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use veikart_server::console::ROUTES;

use common::*;

#[tokio::test]
async fn the_language_link_refuses_a_way_back_with_control_characters() {
    let server = server().await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for (back, to) in [
        ("/console%0d%0a", "/console"),
        ("/console/courses%0aSet-Cookie:%20x=1", "/console"),
        ("/console%00", "/console"),
        ("/console%7f", "/console"),
        ("/console%c2%85", "/console"),
        ("//evil.example/console", "/console"),
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

/// The console's error page in English (the reader's language here), with the status given.
fn assert_error_page(
    status: StatusCode,
    headers: &reqwest::header::HeaderMap,
    body: &str,
    what: &str,
) {
    let kind = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(
        kind.starts_with("text/html"),
        "{what}: {status} {kind}: {body}"
    );
    assert!(
        body.contains("<html lang=\"en\"") && body.contains("<h1>"),
        "{what}: not the console's page in English: {body}"
    );
}

/// Every route with a path id that is not UTF-8, every form with a duplicated field and every page
/// with a query it cannot read answers 400 with the console's page, in the reader's language.
#[tokio::test]
async fn unreadable_paths_forms_and_queries_answer_the_console_error_page() {
    let server = server().await;
    let ours = bydel_with_data(&server, "ostensjo", "Ahmad Karimi").await;
    let mut b = Browser::new(&server);
    b.get("/console/language/en").await;
    assert_eq!(
        b.sign_in("admin@ostensjo.test", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    // The school's pages are a teacher's: a teacher with a class of their own tries those.
    server.teacher("vo", "t1", "ostensjo", PASSWORD).await;
    let home = veikart_server::domain::placement::Home::Course {
        id: "c-vo".into(),
        bydel_id: "ostensjo".into(),
    };
    for row in [
        serde_json::json!({"kind": "course", "id": "c-vo", "name": {"text": "Norsk"}, "provider": "VO",
            "starts_on": "2026-08-17", "ends_on": "2026-12-18", "school_id": "vo", "teacher_ids": ["t1"]}),
        serde_json::json!({"kind": "event", "id": "s-vo", "event_kind": "class_session", "course_id": "c-vo",
            "starts_at": "2026-11-05T11:30:00Z", "ends_at": "2026-11-05T14:00:00Z", "status": "scheduled"}),
    ] {
        server
            .put(home.clone(), serde_json::from_value(row).unwrap())
            .await;
    }
    let mut teacher = Browser::new(&server);
    teacher.get("/console/language/en").await;
    assert_eq!(
        teacher.sign_in("t1@vo.test", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let mut tried = 0;
    for (method, pattern) in ROUTES {
        let teachers = matches!(
            veikart_server::console::access::rule(method, pattern),
            Some(veikart_server::console::access::Access::Roles(r))
                if !r.contains(&veikart_server::store::Role::Admin)
                    && r.contains(&veikart_server::store::Role::Teacher)
        );
        // `/classes/{id}` takes a course id (id_for reads it as the default, "participant").
        let ours = if teachers {
            vec![
                ("participant", "c-vo".to_owned()),
                ("session", "s-vo".to_owned()),
            ]
        } else {
            ours.clone()
        };
        let b = if teachers { &mut teacher } else { &mut b };
        let with = |id: &str| {
            pattern
                .replace("{id}", id)
                .replace(
                    "{name}",
                    if id == "%FF" {
                        id
                    } else {
                        "noto-sans-arabic.woff2"
                    },
                )
                .replace("{lang}", if id == "%FF" { id } else { "en" })
        };
        if pattern.contains('{') {
            let path = with("%FF");
            let (status, body, headers) = if *method == "GET" {
                b.get_full(&path).await
            } else {
                b.post(&path, &every_field(), true).await
            };
            assert_eq!(status, StatusCode::BAD_REQUEST, "{method} {path}: {body}");
            assert_error_page(status, &headers, &body, &path);
            tried += 1;
        }
        let path = with(&id_for(pattern, &ours));
        if *method == "GET" {
            // Every parameter any page reads, each twice, one of them not a number.
            let query = "q=a&q=b&flag=x&flag=y&from=x&from=y&to=a&to=b&before=x&before=y\
                         &expired=1&expired=2&back=/console&back=/console";
            let (status, body, headers) = b.get_full(&format!("{path}?{query}")).await;
            if status != StatusCode::OK && !status.is_redirection() {
                assert_eq!(status, StatusCode::BAD_REQUEST, "GET {path}?…: {body}");
                assert_error_page(status, &headers, &body, &path);
                tried += 1;
            }
        } else if !pattern.ends_with("sign-out") {
            let mut twice = every_field();
            twice.extend(every_field());
            twice.extend([("status", "ready"), ("status", "missing")]);
            let (status, body, headers) = b.post(&path, &twice, true).await;
            if !status.is_redirection() {
                assert_error_page(status, &headers, &body, &path);
                tried += 1;
            }
        }
    }
    assert!(tried > 40, "{tried}");
    // The pages that read a query or a form answer 400 to one they cannot read.
    for path in [
        "/console/participants?q=a&q=b",
        "/console/audit?before=x",
        "/console/reports?from=2025-01-01&from=2025-02-01",
        "/console/reports.csv?to=a&to=b",
        "/console/sign-in?expired=1&expired=2",
        "/console/language/en?back=/console&back=/console",
    ] {
        let (status, body, headers) = b.get_full(path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body}");
        assert_error_page(status, &headers, &body, path);
    }
    let (status, body, headers) = b
        .post(
            "/console/participants",
            &[("name", "A"), ("name", "B"), ("settled_on", "2026-01-01")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_error_page(status, &headers, &body, "a duplicated field");
    assert!(body.contains("could not be read"), "{body}");
}

/// A form over the size limit is told so (413), with the console's page, not "not valid".
#[tokio::test]
async fn a_form_over_the_size_limit_says_so() {
    let server = server().await;
    let ours = bydel_with_data(&server, "ostensjo", "Ahmad Karimi").await;
    let mut b = Browser::new(&server);
    b.get("/console/language/en").await;
    b.sign_in("admin@ostensjo.test", PASSWORD).await;
    let course = id_for("/console/courses/{id}", &ours);
    let big = "2026-09-07,09:00,11:30,Rom 2\n".repeat(20_000);
    let (status, body, headers) = b
        .post(
            &format!("/console/courses/{course}/import"),
            &[("csv", big.as_str())],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert_error_page(status, &headers, &body, "a large form");
    assert!(body.contains("too large"), "{body}");
    // Before sign-in too.
    let mut fresh = Browser::new(&server);
    fresh.get("/console/language/en").await;
    fresh.get("/console/sign-in").await;
    let (status, body, headers) = fresh
        .post("/console/sign-in", &[("email", big.as_str())], true)
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert_error_page(status, &headers, &body, "a large sign-in form");
}
