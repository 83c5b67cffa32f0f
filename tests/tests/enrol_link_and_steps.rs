//! The device side of issue 13 items 7 and 8 against a real server: enrolling with the code
//! sheet's link (it names the server), with "other server", and not with a bare code alone; and a
//! meeting's next steps arriving in the plan and on the meeting, the participant's own marked done.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use serde_json::{Value, json};
use veikart_client::{ClientError, Device, enrol_link};
use veikart_protocol::{ActivityStatus, EventKind};
use veikart_server::HttpConfig;
use veikart_server::store::{Role, Store, Tx};
use veikart_server::testing::TestServer;

async fn enrol_with(device: &Device, server: Option<&str>, text: &str) -> Result<(), ClientError> {
    let (server, code) = enrol_link::resolve(server, text)?;
    device.enrol(&server, &code, "phone").await
}

#[tokio::test]
async fn the_code_sheets_link_enrols_without_typing_the_server() {
    let server = TestServer::start(HttpConfig::default()).await.unwrap();
    server.participant("grorud", "p1", "Semhar Tesfay").await;

    // The code alone says nothing of the server: refused before anything is sent.
    let device = Device::in_memory().unwrap();
    let code = server.code("p1", "grorud").await;
    assert!(matches!(
        enrol_with(&device, None, &code).await,
        Err(ClientError::Invalid(_))
    ));
    assert!(device.enrolment().unwrap().is_none());

    // The link as the sheet prints it, typed in lower case with spaces around: enrolled.
    let link = format!("  {}/enrol#{}  ", server.url(), code.to_lowercase());
    enrol_with(&device, None, &link).await.unwrap();
    let enrolment = device.enrolment().unwrap().expect("enrolled");
    assert_eq!(enrolment.server_url, server.url());
    assert_eq!(enrolment.participant_id, "p1");
    device.sync().await.unwrap();
    assert_eq!(
        device.plan().unwrap().profile.expect("profile").name,
        "Semhar Tesfay"
    );

    // "Other server": the address typed beside the link wins over the one it names.
    let other = Device::in_memory().unwrap();
    let code = server.code("p1", "grorud").await;
    let stale = format!("https://old-address.invalid/enrol#{code}");
    enrol_with(&other, Some(&server.url()), &stale)
        .await
        .unwrap();
    assert_eq!(other.enrolment().unwrap().unwrap().server_url, server.url());

    // The code in the link is checked by the server like a typed one: used codes stay used.
    let third = Device::in_memory().unwrap();
    let again = format!("{}/enrol#{code}", server.url());
    let refused = enrol_with(&third, None, &again).await.unwrap_err();
    assert_eq!(refused.code().to_string(), "code_used");
}

#[tokio::test]
async fn a_meetings_steps_reach_the_plan_and_the_participant_marks_theirs_done() {
    let server = TestServer::start(HttpConfig::default()).await.unwrap();
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let http = reqwest::Client::new();
    let records = format!("{}/api/v1/participants/p1/records", server.url());
    let post = |body: Value| http.post(&records).bearer_auth(&token).json(&body).send();
    let event: Value = post(
        json!({"kind": "event", "event_kind": "trekantsamtale", "status": "scheduled",
        "starts_at": "2026-08-10T08:00:00Z", "ends_at": "2026-08-10T09:00:00Z"}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let event_id = event["id"].as_str().unwrap().to_owned();
    let step = |title: &str, owner: &str| {
        json!({"kind": "activity", "activity_type": "other", "status": "planned",
        "owner": owner, "agreed": true, "title": {"text": title}, "due": "2026-08-31", "from_event_id": event_id})
    };
    let mine: Value = post(step("Søke om flere timer i butikken", "participant"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let theirs: Value = post(step("Snakke med arbeidsgiveren", "caseworker"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(mine["id"].is_string(), "{mine}");

    let device = Device::in_memory().unwrap();
    device
        .enrol(&server.url(), &server.code("p1", "grorud").await, "phone")
        .await
        .unwrap();
    device.sync().await.unwrap();
    let plan = device.plan().unwrap();
    assert_eq!(plan.next_steps.len(), 2, "{plan:?}");
    assert!(
        plan.other_activities.is_empty(),
        "a step is not among the other activities"
    );
    let own = plan
        .next_steps
        .iter()
        .find(|a| a.mine)
        .expect("the participant's step");
    let from = own.from_meeting.as_ref().expect("names its meeting");
    assert_eq!(
        (from.event_id.as_str(), from.event_kind),
        (event_id.as_str(), EventKind::Trekantsamtale)
    );
    let day = NaiveDate::from_ymd_opt(2026, 8, 10).unwrap();
    let week = device.schedule(day, day).unwrap();
    assert_eq!(week.events[0].steps.len(), 2, "the meeting lists its steps");

    // Marked done on the phone: the server has it; the caseworker's step cannot be.
    device
        .set_activity_status(mine["id"].as_str().unwrap(), ActivityStatus::Done)
        .unwrap();
    device
        .set_activity_status(theirs["id"].as_str().unwrap(), ActivityStatus::Done)
        .unwrap();
    let report = device.sync().await.unwrap();
    assert_eq!((report.applied.confirmed, report.applied.rejected), (1, 1));
    let id = mine["id"].as_str().unwrap().to_owned();
    let stored = server
        .store
        .read(move |tx: &mut dyn Tx| tx.row(&id))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        serde_json::to_value(stored.row.unwrap()).unwrap()["status"],
        "done"
    );
    // The caseworker's step is still to do, so it comes first; the done one after it.
    let plan = device.plan().unwrap();
    assert_eq!(
        plan.next_steps[0].activity.id,
        theirs["id"].as_str().unwrap()
    );
    assert_eq!(plan.next_steps[1].activity.status, ActivityStatus::Done);
}
