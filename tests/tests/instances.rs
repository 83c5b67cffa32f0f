//! Several server instances on one PostgreSQL database, as behind a load balancer: a change written
//! through one reaches devices on the other, a sign-out through one holds on the other at once, the
//! limits count across both, and a sync with nothing new is answered without the database.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use reqwest::StatusCode;
use serde_json::json;
use veikart_client::Device;
use veikart_protocol::{
    EnrolRequest, EnrolResponse, Mutation, MutationOp, MutationOutcome, PROTOCOL_VERSION,
    SyncRequest, SyncResponse,
};
use veikart_server::store::Role;
use veikart_server::testing::{PgTestDatabase, TestServer, TestStore};
use veikart_server::{HttpConfig, PgStore};
use veikart_tests::caseworker::CaseworkerApi;
use veikart_tests::run_loop::RunLoop;

/// A server on a fresh PostgreSQL database and a second instance of it; `None` where PostgreSQL
/// tests are skipped.
async fn two_instances(config: HttpConfig) -> Option<(TestServer<PgStore>, TestServer<PgStore>)> {
    if PgStore::skipped() {
        return None;
    }
    let a = TestServer::<PgStore>::fresh(config.clone()).await.unwrap();
    let b = a.another_instance(config).await.unwrap();
    Some((a, b))
}

/// A participant with a course and one session, made through the caseworker API of `server`.
async fn participant_in_course(cw: &CaseworkerApi) -> (String, String) {
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
    (pid, session)
}

/// A device speaking the wire protocol directly, so the test sees every answer.
struct RawDevice {
    http: reqwest::Client,
    token: String,
    id: String,
}

impl RawDevice {
    async fn enrol(base: &str, code: &str) -> RawDevice {
        let http = reqwest::Client::new();
        let resp: EnrolResponse = http
            .post(format!("{base}/api/v1/enrol"))
            .json(&EnrolRequest {
                code: code.to_owned(),
                device_name: "phone".to_owned(),
            })
            .send()
            .await
            .unwrap()
            .error_for_status()
            .unwrap()
            .json()
            .await
            .unwrap();
        RawDevice {
            http,
            token: resp.token,
            id: resp.device_id,
        }
    }

    async fn sync(
        &self,
        base: &str,
        after: Option<&SyncResponse>,
    ) -> (StatusCode, Option<SyncResponse>) {
        self.request(base, after, Vec::new()).await
    }

    async fn send(
        &self,
        base: &str,
        after: &SyncResponse,
        mutations: Vec<Mutation>,
    ) -> (StatusCode, Option<SyncResponse>) {
        self.request(base, Some(after), mutations).await
    }

    async fn request(
        &self,
        base: &str,
        after: Option<&SyncResponse>,
        mutations: Vec<Mutation>,
    ) -> (StatusCode, Option<SyncResponse>) {
        let req = SyncRequest {
            protocol: PROTOCOL_VERSION,
            mutations,
            cursors: after.map(|r| r.cursors.clone()).unwrap_or_default(),
            history: after.and_then(|r| r.history.clone()),
        };
        let resp = self
            .http
            .post(format!("{base}/api/v1/sync"))
            .bearer_auth(&self.token)
            .json(&req)
            .send()
            .await
            .unwrap();
        let status = resp.status();
        let body = if status.is_success() {
            Some(resp.json().await.unwrap())
        } else {
            None
        };
        (status, body)
    }
}

/// Keep the history the first answer named: later answers name it only when it changes.
fn carry_history(first: &SyncResponse, mut next: SyncResponse) -> SyncResponse {
    next.history = next.history.or_else(|| first.history.clone());
    next
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_through_one_instance_reaches_a_device_listening_on_the_other() {
    let Some((a, b)) = two_instances(HttpConfig::default()).await else {
        return;
    };
    let (_, token) = a.bydel_with_caseworker("ostensjo", Role::Caseworker).await;
    let cw = CaseworkerApi::new(&a.url(), &token);
    let (pid, session) = participant_in_course(&cw).await;

    // The device enrols, syncs and listens on instance B only.
    let device = Arc::new(Device::in_memory().unwrap());
    device
        .enrol(&b.url(), &a.code(&pid, "ostensjo").await, "phone")
        .await
        .unwrap();
    let mut run = RunLoop::start(device.clone()).await;

    // The caseworker moves the session through instance A.
    let moved = Instant::now();
    cw.patch(&format!("/records/{session}"), &json!({"room": "Rom 114"}))
        .await
        .unwrap();
    run.until_room("Rom 114").await;
    let took = moved.elapsed();
    eprintln!("a change through instance A reached the device on B in {took:?}");
    assert!(took < Duration::from_secs(2), "took {took:?}");

    // Signed out through A: the stream on B tells the device, which wipes itself.
    let devices = cw
        .get(&format!("/participants/{pid}/devices"))
        .await
        .unwrap();
    let device_id = devices[0]["id"].as_str().unwrap().to_owned();
    cw.post(&format!("/devices/{device_id}/revoke"), &json!({}))
        .await
        .unwrap();
    run.until_revoked().await;
    assert!(device.enrolment().unwrap().is_none());
    drop(b);
}

/// Instance B knows the device from its cache; a sign-out through A must end its token on B too,
/// as soon as A has confirmed it (and not only after the cache would have forgotten it).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_out_through_one_instance_holds_on_the_other() {
    let Some((a, b)) = two_instances(HttpConfig::default()).await else {
        return;
    };
    let (_, token) = a.bydel_with_caseworker("grorud", Role::Caseworker).await;
    let cw = CaseworkerApi::new(&a.url(), &token);
    let (pid, _) = participant_in_course(&cw).await;
    let device = RawDevice::enrol(&b.url(), &a.code(&pid, "grorud").await).await;
    let (status, first) = device.sync(&b.url(), None).await;
    assert_eq!(status, StatusCode::OK);
    let first = first.unwrap();
    // Twice more, so B answers from what it knows.
    for _ in 0..2 {
        let (status, _) = device.sync(&b.url(), Some(&first)).await;
        assert_eq!(status, StatusCode::OK);
    }
    cw.post(&format!("/devices/{}/revoke", device.id), &json!({}))
        .await
        .unwrap();
    let revoked = Instant::now();
    loop {
        let (status, _) = device.sync(&b.url(), Some(&first)).await;
        if status == StatusCode::UNAUTHORIZED {
            break;
        }
        assert_eq!(status, StatusCode::OK);
        assert!(
            revoked.elapsed() < Duration::from_secs(2),
            "instance B still lets a signed-out device sync"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    eprintln!("sign-out through A held on B after {:?}", revoked.elapsed());
    drop(b);
}

/// A device's mutation log position moves on instance A; B, which knew the device from before,
/// must answer the new position (an old one would make the device renumber and send again
/// mutations the server already has). The mutation is refused, so no scope changes: only the log
/// position tells B that something happened.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mutation_through_one_instance_moves_the_log_position_on_the_other() {
    let Some((a, b)) = two_instances(HttpConfig::default()).await else {
        return;
    };
    let (_, token) = a.bydel_with_caseworker("alna", Role::Caseworker).await;
    let cw = CaseworkerApi::new(&a.url(), &token);
    let (pid, _) = participant_in_course(&cw).await;
    let device = RawDevice::enrol(&b.url(), &a.code(&pid, "alna").await).await;
    let (_, first) = device.sync(&b.url(), None).await;
    let first = first.unwrap();
    let (_, known) = device.sync(&b.url(), Some(&first)).await;
    let known = carry_history(&first, known.unwrap());
    assert_eq!(known.last_seq, 0);

    let refused = Mutation {
        seq: 1,
        op: MutationOp::SendMessage {
            message_id: "not-my-namespace".into(),
            body: "Hei".into(),
        },
    };
    let (status, sent) = device.send(&a.url(), &known, vec![refused]).await;
    assert_eq!(status, StatusCode::OK);
    let sent = sent.unwrap();
    assert_eq!(sent.last_seq, 1);
    assert!(matches!(
        sent.results[0].outcome,
        MutationOutcome::Rejected { .. }
    ));

    let since = Instant::now();
    loop {
        let (_, answer) = device.sync(&b.url(), Some(&known)).await;
        if answer.unwrap().last_seq == 1 {
            break;
        }
        assert!(
            since.elapsed() < Duration::from_secs(2),
            "instance B still answers the log position from before the mutation"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    drop(b);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrolment_attempts_are_limited_across_instances() {
    let config = HttpConfig {
        enrol_per_minute: 4,
        ..HttpConfig::default()
    };
    let Some((a, b)) = two_instances(config).await else {
        return;
    };
    let http = reqwest::Client::new();
    let mut statuses = Vec::new();
    for i in 0..6 {
        let base = if i % 2 == 0 { a.url() } else { b.url() };
        let resp = http
            .post(format!("{base}/api/v1/enrol"))
            .json(&json!({"code": "ABCD-EFGH-JKLM", "device_name": "phone"}))
            .send()
            .await
            .unwrap();
        statuses.push(resp.status());
    }
    // Four wrong codes in all are answered as wrong; then the address is refused on both.
    assert!(
        statuses[..4]
            .iter()
            .all(|s| *s != StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    assert_eq!(
        statuses[4..],
        [StatusCode::TOO_MANY_REQUESTS, StatusCode::TOO_MANY_REQUESTS],
        "{statuses:?}"
    );
    drop(b);
}

/// With the database cut off from the instance's pool, a sync with nothing new is still answered
/// (from memory), while one that has something to receive gets 503.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sync_with_nothing_new_needs_no_database() {
    if PgStore::skipped() {
        return;
    }
    let db = tokio::task::spawn_blocking(PgTestDatabase::create)
        .await
        .unwrap()
        .unwrap();
    let store = PgStore::open(&db.url).await.unwrap();
    let server = TestServer::serve(store, db.url.clone(), HttpConfig::default())
        .await
        .unwrap();
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = CaseworkerApi::new(&server.url(), &token);
    let (pid, _) = participant_in_course(&cw).await;
    let device = RawDevice::enrol(&server.url(), &server.code(&pid, "grorud").await).await;
    let (_, first) = device.sync(&server.url(), None).await;
    let first = first.unwrap();
    let (_, second) = device.sync(&server.url(), Some(&first)).await;
    let second = carry_history(&first, second.unwrap());

    let name = db.name().to_owned();
    admin(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false")).await;
    admin(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = '{name}' AND application_name <> '{}'",
        veikart_server::store::postgres::LISTENER_NAME
    ))
    .await;

    for _ in 0..3 {
        let (status, answer) = device.sync(&server.url(), Some(&second)).await;
        assert_eq!(status, StatusCode::OK, "a quiet sync needed the database");
        let answer = answer.unwrap();
        assert!(answer.changes.is_empty());
        assert_eq!(answer.cursors, second.cursors);
    }
    // One version behind in one scope: this one has something to receive, and needs the database.
    let mut behind = second.clone();
    let (scope, version) = behind
        .cursors
        .iter_mut()
        .find(|(_, v)| **v > 0)
        .expect("a scope with rows");
    *version -= 1;
    let scope = scope.clone();
    let (status, _) = device.sync(&server.url(), Some(&behind)).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{scope} behind");

    admin(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true")).await;
    let (status, answer) = device.sync(&server.url(), Some(&behind)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!answer.unwrap().changes.is_empty());
    drop(server);
}

async fn admin(sql: &str) {
    let sql = sql.to_owned();
    tokio::task::spawn_blocking(move || veikart_server::testing::postgres_admin(&sql))
        .await
        .unwrap()
        .unwrap();
}
