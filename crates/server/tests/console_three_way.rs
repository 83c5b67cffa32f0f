//! The flag for the audit's finding on three-way meetings (issue 10): a participant in the
//! programme with no trekantsamtale held or booked this term is flagged on the participants list
//! and their own page, from the number of weeks into the term the bydel's admin chose. The rule
//! itself is unit-tested in `domain::flags`; this is the console reading each participant's own
//! meetings and the bydel's own setting, on both backends.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;
mod common;

use api_support::{TestStore, on_both_backends};
use chrono::{Duration, NaiveDate};
use chrono_tz::Europe::Oslo;
use common::{Browser, PASSWORD};
use reqwest::StatusCode;
use serde_json::json;
use veikart_protocol::Row;
use veikart_server::domain::placement::Home;
use veikart_server::domain::term::Term;
use veikart_server::store::{Role, Store, StoreError, Tx};
use veikart_server::testing::TestServer;

const FLAG: &str = "Ingen trekantsamtale dette halvåret";

fn home(bydel: &str, id: &str) -> Home {
    Home::Participant {
        id: id.into(),
        bydel_id: bydel.into(),
    }
}

fn row(v: serde_json::Value) -> Row {
    serde_json::from_value(v).unwrap()
}

/// A participant whose programme started a year before `today`.
async fn in_programme<S: Store>(server: &TestServer<S>, bydel: &str, id: &str, today: NaiveDate) {
    let start = today - Duration::days(365);
    server
        .put(
            home(bydel, id),
            row(
                json!({"kind": "profile", "id": id, "name": format!("Deltaker {id}"),
                "bydel_id": bydel, "bydel_name": bydel, "preferred_language": "ti",
                "settled_on": start - Duration::days(60), "programme_decided_on": start,
                "programme_start": start}),
            ),
        )
        .await;
}

async fn flags_on_the_list(b: &mut Browser, id: &str) -> bool {
    let (status, page) = b.get("/console/participants?flag=no-three-way").await;
    assert_eq!(status, StatusCode::OK);
    page.contains(&format!("/console/participants/{id}\""))
}

async fn a_participant_without_a_three_way_meeting_this_term_is_flagged<S: TestStore>() {
    let server = api_support::server::<S>().await;
    let (admin, _) = server.bydel_with_caseworker("grorud", Role::Admin).await;
    server.set_password(&admin.id, PASSWORD).await;
    let now = server
        .store
        .read(|tx: &mut dyn Tx| Ok::<_, StoreError>(tx.now()))
        .await
        .unwrap();
    let today = now.with_timezone(&Oslo).date_naive();
    for id in ["p-none", "p-met", "p-cancelled"] {
        in_programme(&server, "grorud", id, today).await;
    }
    // p-met had one an hour ago (today, so this term); p-cancelled's was cancelled.
    for (pid, status) in [("p-met", "scheduled"), ("p-cancelled", "cancelled")] {
        server
            .put(
                home("grorud", pid),
                row(json!({"kind": "event", "id": format!("tk-{pid}"), "event_kind": "trekantsamtale",
                    "status": status, "starts_at": now - Duration::hours(1), "ends_at": now,
                    "parties": [{"role": "caseworker", "name": "Kari"}]})),
            )
            .await;
    }
    let mut b = Browser::new(&server);
    assert_eq!(
        b.sign_in(&admin.email, PASSWORD).await,
        StatusCode::SEE_OTHER
    );

    // One week into the term is the earliest a bydel may choose. In the first week of January or
    // July nobody can be flagged yet, and the test says so rather than pretend.
    let (status, _, _) = b
        .post(
            "/console/admin/settings",
            &[("placement_months", "3"), ("three_way_weeks", "1")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let due = Term::of(today).from + Duration::weeks(1);
    let flagged = today >= due;
    assert_eq!(flags_on_the_list(&mut b, "p-none").await, flagged);
    assert_eq!(flags_on_the_list(&mut b, "p-cancelled").await, flagged);
    assert!(!flags_on_the_list(&mut b, "p-met").await);
    let (_, page) = b.get("/console/participants/p-none").await;
    assert_eq!(page.contains(FLAG), flagged, "{page}");
    let (_, page) = b.get("/console/participants/p-met").await;
    assert!(!page.contains(FLAG));

    // 26 weeks is a whole term: no one is flagged before its last days.
    let (status, _, _) = b
        .post(
            "/console/admin/settings",
            &[("placement_months", "3"), ("three_way_weeks", "26")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let flagged = today >= Term::of(today).from + Duration::weeks(26);
    assert_eq!(flags_on_the_list(&mut b, "p-none").await, flagged);

    // Out of range: refused, and the bydel's setting is unchanged.
    let (status, body, _) = b
        .post(
            "/console/admin/settings",
            &[("placement_months", "3"), ("three_way_weeks", "27")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Et helt tall fra 1 til 26."), "{body}");
    let kept = server
        .store
        .read(|tx: &mut dyn Tx| tx.three_way_weeks("grorud"))
        .await
        .unwrap();
    assert_eq!(kept, Some(26));
    let (_, audit) = b.get("/console/audit").await;
    assert!(audit.contains("set_three_way_weeks"), "{audit}");
}

/// Another bydel's setting and meetings never decide this bydel's flags: Alna's admin setting
/// one week changes nothing in Grorud, and Grorud's caseworker may not change the setting.
async fn the_setting_is_the_bydels_own<S: TestStore>() {
    let server = api_support::server::<S>().await;
    let (alna, _) = server.bydel_with_caseworker("alna", Role::Admin).await;
    let (cw, _) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    for c in [&alna, &cw] {
        server.set_password(&c.id, PASSWORD).await;
    }
    let mut a = Browser::new(&server);
    a.sign_in(&alna.email, PASSWORD).await;
    let (status, _, _) = a
        .post(
            "/console/admin/settings",
            &[("placement_months", "3"), ("three_way_weeks", "2")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mut c = Browser::new(&server);
    c.sign_in(&cw.email, PASSWORD).await;
    let (status, _, _) = c
        .post(
            "/console/admin/settings",
            &[("placement_months", "3"), ("three_way_weeks", "1")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let got = server
        .store
        .read(|tx: &mut dyn Tx| {
            Ok::<_, StoreError>((tx.three_way_weeks("alna")?, tx.three_way_weeks("grorud")?))
        })
        .await
        .unwrap();
    assert_eq!(got, (Some(2), None));
}

on_both_backends!(
    a_participant_without_a_three_way_meeting_this_term_is_flagged,
    the_setting_is_the_bydels_own,
);
