//! "Reached n of m devices": the participant and course pages count the live devices that have
//! synced the scope's latest change, from the cursors real devices sync with.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;
mod common;

use reqwest::StatusCode;
use serde_json::{Value, json};
use veikart_server::store::{Role, Store, StoreError, Tx};

use common::{Browser, PASSWORD};

/// Sync until nothing more comes, then once more with the cursors got: the device now says it
/// holds everything. Returns those cursors.
async fn hold_everything(device: &api_support::Client) -> Value {
    let mut cursors = json!({});
    loop {
        let (status, body) = device.sync(json!([]), cursors.clone()).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        cursors = body["cursors"].clone();
        if body["more"] != json!(true) && body["changes"].as_array().is_none_or(Vec::is_empty) {
            return cursors;
        }
    }
}

fn reach_line(body: &str) -> String {
    let at = body.find("class=\"reach\"").expect("a reach line");
    let rest = &body[at..];
    rest[rest.find('>').unwrap() + 1..rest.find("</p>").unwrap()].to_owned()
}

#[tokio::test]
async fn pages_count_the_devices_that_hold_the_latest_change() {
    let server = common::server().await;
    let (cw, _) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let phone = api_support::enrolled(&server, "p1", "grorud").await;
    let tablet = api_support::enrolled(&server, "p1", "grorud").await;
    // A revoked device is not counted, whatever it held.
    let old = api_support::enrolled(&server, "p1", "grorud").await;
    hold_everything(&old).await;
    let old_id = old.device_id.clone().unwrap();
    server
        .store
        .write(move |tx: &mut dyn Tx| tx.revoke_device(&old_id).map(|_| ()))
        .await
        .map_err(|e: StoreError| e)
        .unwrap();
    hold_everything(&phone).await;
    hold_everything(&tablet).await;
    server.app.flush_seen().await;

    let mut b = Browser::new(&server);
    assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
    b.get("/console/language/en").await;
    let (_, body) = b.get("/console/participants/p1").await;
    assert!(
        reach_line(&body).starts_with("The latest change has reached 2 of 2 devices."),
        "{}",
        reach_line(&body)
    );

    // A caseworker's change: no device has it yet.
    let (status, _, _) = b
        .post(
            "/console/participants/p1/messages",
            &[("body", "Hei")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    server.app.flush_seen().await;
    let (_, body) = b.get("/console/participants/p1").await;
    assert!(reach_line(&body).starts_with("The latest change has reached 0 of 2 devices."));
    // The phone syncs it; counted once it says it holds it (its next sync), and written down.
    hold_everything(&phone).await;
    let (_, body) = b.get("/console/participants/p1").await;
    assert!(reach_line(&body).starts_with("The latest change has reached 0 of 2"));
    server.app.flush_seen().await;
    let (_, body) = b.get("/console/participants/p1").await;
    assert!(reach_line(&body).starts_with("The latest change has reached 1 of 2 devices."));

    // A course: its members' devices.
    let (status, _, headers) = b
        .post(
            "/console/courses",
            &[
                ("name", "Norsk A2"),
                ("starts_on", "2026-08-17"),
                ("ends_on", "2026-12-18"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let course = headers["location"].to_str().unwrap().to_owned();
    let (_, body) = b.get(&course).await;
    assert!(!body.contains("class=\"reach\""), "no members, no devices");
    let (status, _, _) = b
        .post(
            &format!("{course}/members"),
            &[("participant_id", "p1")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, body) = b.get(&course).await;
    assert!(
        reach_line(&body).starts_with("The latest change to this course has reached 0 of"),
        "{}",
        reach_line(&body)
    );
    hold_everything(&tablet).await;
    server.app.flush_seen().await;
    let (_, body) = b.get(&course).await;
    assert!(
        reach_line(&body).starts_with(
            "The latest change to this course has reached 1 of the members’ 2 devices."
        ),
        "{}",
        reach_line(&body)
    );
}
