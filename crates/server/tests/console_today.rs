//! The console's start page: where sign-in and the console's root lead, the queues' counts on
//! rows whose counts are known, and that another bydel's items are never counted or linked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono_tz::Europe::Oslo;
use reqwest::StatusCode;
use veikart_server::store::{Role, Store, Tx};
use veikart_server::testing::today as seed;

use common::*;

/// The number in the summary's entry for queue `key`.
fn count_of(body: &str, key: &str) -> usize {
    let marker = format!("href=\"#q-{key}\"><span class=\"count\">");
    let at = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no queue {key} in {body}"));
    let rest = &body[at + marker.len()..];
    rest[..rest.find('<').unwrap()].parse().unwrap()
}

#[tokio::test]
async fn the_start_page_counts_the_bydels_queues_and_nothing_of_another_bydel() {
    let _ = tracing_subscriber::fmt().with_test_writer().try_init();
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    server.bydel_with_caseworker("alna", Role::Caseworker).await;
    let now = server
        .store
        .read(|tx: &mut dyn Tx| Ok::<_, veikart_server::store::StoreError>(tx.now()))
        .await
        .unwrap();
    let day = now.with_timezone(&Oslo).date_naive();
    let mut rows = seed::rows("grorud", "Egen", day, &seed::session_id("alna"));
    rows.extend(seed::rows(
        "alna",
        "Fremmed",
        day,
        &seed::session_id("grorud"),
    ));
    server
        .store
        .write(move |tx: &mut dyn Tx| {
            for (placement, row) in &rows {
                tx.put_row(placement, row, "test")?;
            }
            Ok::<_, veikart_server::store::StoreError>(())
        })
        .await
        .unwrap();

    // Sign-in and the console's root lead to the start page.
    let mut b = Browser::new(&server);
    b.get("/console/sign-in").await;
    let (status, _, headers) = b
        .post(
            "/console/sign-in",
            &[("email", cw.email.as_str()), ("password", PASSWORD)],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/console/today");
    let (status, _, headers) = b.get_full("/console").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/console/today");

    b.get("/console/language/en").await;
    let (status, body) = b.get("/console/today").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let counts = [
        count_of(&body, "deadlines"),
        count_of(&body, "meetings"),
        count_of(&body, "cant-come"),
        count_of(&body, "proposals"),
        count_of(&body, "documents"),
        count_of(&body, "unread"),
    ];
    let c = seed::COUNTS;
    assert_eq!(counts, [c[0], c[2], c[3], c[4], c[5], c[6]]);
    assert!(
        body.contains("11 things are waiting, 1 of them overdue."),
        "{body}"
    );
    // Severity in words, the overdue first; the countdown of the one not yet overdue.
    let overdue = body
        .find("<strong class=\"word\">Overdue:")
        .expect("overdue");
    let soon = body
        .find("<strong class=\"word\">Due soon:")
        .expect("due soon");
    assert!(overdue < soon);
    let near = chrono::NaiveDate::checked_add_months(
        day - chrono::Duration::days(80),
        chrono::Months::new(3),
    )
    .unwrap();
    let left = (near - day).num_days();
    assert!(body.contains(&format!("{left} days left")), "{body}");
    // Each item links to where to act.
    for link in [
        "/console/participants/grorud-late#profile",
        "/console/participants/grorud-near#schedule",
        "/console/participants/grorud-new#plan",
        "/console/participants/grorud-late#document-status-grorud-d1",
        "/console/participants/grorud-new#messages",
        "/console/courses/grorud-course",
    ] {
        assert!(body.contains(link), "no link to {link}");
    }
    // Nothing of the other bydel: not named, not linked, not counted (the counts above).
    assert!(
        !body.contains("alna") && !body.contains("Fremmed"),
        "{body}"
    );

    // The other bydel's caseworker sees their own counts and nothing of grorud.
    let (other, _) = server.bydel_with_caseworker("alna", Role::Leader).await;
    server.set_password(&other.id, PASSWORD).await;
    let mut o = Browser::new(&server);
    assert_eq!(
        o.sign_in(&other.email, PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let (_, body) = o.get("/console/today").await;
    assert_eq!(count_of(&body, "proposals"), c[4]);
    assert!(!body.contains("grorud") && !body.contains("Egen"), "{body}");

    // Only mine: none of the seeded participants is this caseworker's.
    let (_, body) = b.get("/console/today?mine=1").await;
    assert!(body.contains("Nothing is waiting for you."), "{body}");
    assert_eq!(count_of(&body, "unread"), 0);
}
