//! The CSV timetable import: all or nothing, the pasted text kept, and every bad line named —
//! including what only storing would have found (a time the clocks skip, a room too long, a NUL) —
//! with the list capped for a page a person can read.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use veikart_server::store::{Store, Tx};

use common::*;

#[tokio::test]
async fn an_import_names_every_bad_line_keeps_the_text_and_stores_nothing() {
    let server = server().await;
    let ours = bydel_with_data(&server, "ostensjo", "Ahmad Karimi").await;
    let course = id_for("/console/courses/{id}", &ours);
    let sessions = || {
        let c = course.clone();
        server.store.read(move |tx: &mut dyn Tx| {
            tx.child_rows(&c, veikart_protocol::RowKind::Event)
                .map(|r| r.len())
        })
    };
    let before = sessions().await.unwrap();
    let mut b = Browser::new(&server);
    b.get("/console/language/en").await;
    b.sign_in("admin@ostensjo.test", PASSWORD).await;

    // The course runs 2026-08-17 to 2026-12-18; summer time ends 25 October (an hour that happens
    // twice is fine), so the skipped hour is tried on a course of its own below.
    let long_room = "R".repeat(201);
    let csv = [
        "date,start,end,room,place".to_owned(),
        "2026-09-07,09:00,11:30,Rom 2,Sentrum".to_owned(),
        format!("2026-09-08,09:00,11:30,{long_room}"),
        "2026-09-09,09:00,11:30,Rom\u{0}2".to_owned(),
        "2026-09-10,09:00,11:30,Rom 2,\u{202E}Sentrum".to_owned(),
        "2026-09-11,11:30,09:00".to_owned(),
        "1999-09-11,09:00,11:30".to_owned(),
        "2027-01-11,09:00,11:30".to_owned(),
        "2026-10-25,02:15,02:45,Rom 2".to_owned(),
        "2026-09-12,09.00,11:30".to_owned(),
    ]
    // As a browser sends a textarea's lines.
    .join("\r\n");
    let (status, body, _) = b
        .post(
            &format!("/console/courses/{course}/import"),
            &[("csv", csv.as_str())],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    for (line, what) in [
        (3, "the room is too long"),
        (4, "the room is too long"),
        (5, "the place is too long"),
        (6, "ends before it starts"),
        (7, "the year must be between 2000 and 2100"),
        (8, "outside the course"),
        (10, "not a time"),
    ] {
        let at = body
            .find(&format!("<li>Line {line}: "))
            .unwrap_or_else(|| panic!("line {line} is not named: {body}"));
        let item = &body[at..at + body[at..].find("</li>").unwrap()];
        assert!(item.contains(what), "line {line}: {item}");
    }
    assert!(
        !body.contains("Line 2:") && !body.contains("Line 9:"),
        "{body}"
    );
    assert!(body.contains("7 lines have errors"), "{body}");
    assert!(
        body.contains("2026-09-07,09:00,11:30,Rom 2,Sentrum"),
        "the text is kept"
    );
    assert!(body.contains("id=\"import-csv\"") && body.contains("aria-invalid=\"true\""));
    assert_eq!(sessions().await.unwrap(), before, "nothing was imported");

    // The hour the clocks skip, compared as wall-clock times before they are converted.
    let (_, body) = b.get("/console/courses").await;
    assert!(body.contains("id=\"course\""));
    let (status, _, headers) = b
        .post(
            "/console/courses",
            &[
                ("name", "Norsk vår"),
                ("starts_on", "2027-01-04"),
                ("ends_on", "2027-06-18"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let spring = headers["location"].to_str().unwrap().to_owned();
    let (status, body, _) = b
        .post(
            &format!("{spring}/import"),
            &[(
                "csv",
                "2027-03-28,02:15,02:45\n2027-03-28,01:30,02:30\n2027-03-28,03:00,04:00",
            )],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body.contains("Line 1: that time does not exist that day"),
        "{body}"
    );
    assert!(
        body.contains("Line 2: that time does not exist that day"),
        "{body}"
    );
    assert!(!body.contains("<li>Line 3:"), "{body}");

    // Thousands of bad lines: the first 100 are listed, with how many there are.
    let bad = "not,a,session\n".repeat(2500);
    let (status, body, _) = b
        .post(
            &format!("/console/courses/{course}/import"),
            &[("csv", bad.as_str())],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body.matches("<li>Line ").count(), 100, "capped");
    assert!(
        body.contains("Showing the first 100 of 2500 errors."),
        "{body}"
    );
    assert!(body.contains("2500 lines have errors"));
    assert_eq!(sessions().await.unwrap(), before, "nothing was imported");

    // A good file imports all of its lines.
    let (status, _, _) = b
        .post(
            &format!("/console/courses/{course}/import"),
            &[(
                "csv",
                "2026-09-07,09:00,11:30,Rom 2,Sentrum\n2026-09-14,09:00,11:30",
            )],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(sessions().await.unwrap(), before + 2);
}
