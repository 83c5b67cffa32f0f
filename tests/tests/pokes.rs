//! Pokes: a device that is online and listening sees a caseworker's change without asking, and a
//! revoked device wipes itself, both through the client's own run loop against the real server.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use serde_json::json;
use veikart_client::Device;
use veikart_server::HttpConfig;
use veikart_server::store::Role;
use veikart_server::testing::TestServer;
use veikart_tests::caseworker::CaseworkerApi;
use veikart_tests::run_loop::RunLoop;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moved_session_reaches_a_listening_device_and_revocation_wipes_it() {
    let server = TestServer::start(HttpConfig::default()).await.unwrap();
    let (_, token) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    let cw = CaseworkerApi::new(&server.url(), &token);
    let p = cw
        .post(
            "/participants",
            &json!({"name": "Ahmad Rahimi", "settled_on": "2026-03-01"}),
        )
        .await
        .unwrap();
    let pid = CaseworkerApi::id(&p).unwrap();
    let course = CaseworkerApi::id(&cw.post("/courses", &json!({"name": {"text": "Norsk B1"}, "provider": "Rosenhof", "starts_on": "2026-08-17", "ends_on": "2027-06-01"})).await.unwrap()).unwrap();
    let start = Utc::now() + chrono::Duration::days(6);
    let session = CaseworkerApi::id(&cw.post(&format!("/courses/{course}/sessions"), &json!({"kind": "event", "event_kind": "class_session", "status": "scheduled", "starts_at": start, "ends_at": start + chrono::Duration::hours(2), "room": "Rom 203"})).await.unwrap()).unwrap();
    cw.put(&format!("/courses/{course}/members/{pid}"))
        .await
        .unwrap();

    let device = Arc::new(Device::in_memory().unwrap());
    device
        .enrol(&server.url(), &server.code(&pid, "ostensjo").await, "phone")
        .await
        .unwrap();
    let mut run = RunLoop::start(device.clone()).await;

    let moved = Instant::now();
    cw.patch(&format!("/records/{session}"), &json!({"room": "Rom 114"}))
        .await
        .unwrap();
    run.until_room("Rom 114").await;
    let took = moved.elapsed();
    assert!(
        took < Duration::from_secs(2),
        "the moved session took {took:?} to arrive"
    );
    eprintln!("moved session reached the device in {took:?}");

    let devices = cw
        .get(&format!("/participants/{pid}/devices"))
        .await
        .unwrap();
    let device_id = devices[0]["id"].as_str().unwrap().to_owned();
    cw.post(&format!("/devices/{device_id}/revoke"), &json!({}))
        .await
        .unwrap();
    run.until_revoked().await;
    assert!(
        device.enrolment().unwrap().is_none(),
        "a revoked device keeps its enrolment"
    );
    assert!(
        device.versioned_rows().unwrap().is_empty(),
        "a revoked device keeps data"
    );
}
