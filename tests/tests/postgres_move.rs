//! A bydel's server moves from SQLite to PostgreSQL (`veikart-server migrate-data`), and a
//! PostgreSQL server is restored from a `pg_dump` backup (`veikart-server restore`), with real
//! devices (`veikart_client`) syncing through both.
//!
//! After the move the devices go on without enrolling again and receive no row twice (the
//! history and every version are the same, so their cursors stay valid); what the caseworker and
//! the devices write afterwards arrives once, and a mutation sent again with an old sequence number
//! is answered from the copied log. After a restore the database starts a new history: devices
//! whose cursors are ahead of it fetch their data anew and send again what the restore took.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use chrono::Utc;
use serde_json::json;
use veikart_client::{Device, SyncReport};
use veikart_protocol::{
    Author, Message, Mutation, MutationOp, MutationOutcome, MutationResult, PROTOCOL_VERSION,
    RejectCode, Response, Row, SyncRequest, SyncResponse, Text,
};
use veikart_server::domain::placement::Home;
use veikart_server::domain::tokens;
use veikart_server::store::migrate_data::migrate_data;
use veikart_server::store::postgres::restore::{RestoreError, restore};
use veikart_server::store::{Store, StoreError, Tx};
use veikart_server::testing::{PgTestDatabase, TestServer, skip_postgres};
use veikart_server::{HttpConfig, PgStore};
use veikart_tests::caseworker::CaseworkerApi;
use veikart_tests::proxy::FaultProxy;

async fn pg_database() -> PgTestDatabase {
    tokio::task::spawn_blocking(PgTestDatabase::create)
        .await
        .unwrap()
        .unwrap()
}

/// The participant's messages on the server written by `author`, by text.
async fn server_messages<S: Store>(store: &S, participant: &str, author: Author) -> Vec<String> {
    let p = participant.to_owned();
    let rows = store
        .read(move |tx: &mut dyn Tx| tx.participant_rows(&p, None))
        .await
        .unwrap();
    let mut texts: Vec<String> = rows
        .into_iter()
        .filter_map(|r| match r.row {
            Some(Row::Message(m)) if m.author == author => Some(m.body.text),
            _ => None,
        })
        .collect();
    texts.sort();
    texts
}

fn device_messages(device: &Device) -> Vec<String> {
    let mut texts: Vec<String> = device
        .messages()
        .unwrap()
        .messages
        .into_iter()
        .filter(|m| m.message.author == Author::Participant)
        .map(|m| m.message.body.text)
        .collect();
    texts.sort();
    texts
}

async fn last_seq<S: Store>(store: &S, device: &Device) -> u64 {
    let id = device.enrolment().unwrap().unwrap().device_id;
    store
        .read(move |tx: &mut dyn Tx| Ok::<_, StoreError>(tx.device(&id)?.expect("device").last_seq))
        .await
        .unwrap()
}

/// A sync that must go well; the rows its answers carried, by id.
async fn sync(device: &Device) -> (SyncReport, Vec<String>) {
    let report = device.sync().await.unwrap();
    let status = device.sync_status().unwrap();
    assert!(status.last_error.is_none(), "{:?}", status.last_error);
    assert_eq!(status.pending, 0, "everything sent");
    let ids = report
        .applied
        .changed_rows
        .iter()
        .map(|(before, after)| {
            after
                .as_ref()
                .or(before.as_ref())
                .map(|r| r.id().to_owned())
                .unwrap_or_default()
        })
        .collect();
    (report, ids)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn devices_sync_on_after_the_move_to_postgresql_without_enrolling_again() {
    if skip_postgres() {
        return;
    }
    // The demo's bydeler on SQLite: Semhar on a phone and a tablet, Ahmad in another bydel.
    let mut sqlite = TestServer::start(HttpConfig::default()).await.unwrap();
    veikart_server::seed::demo(&sqlite.store).await.unwrap();
    let token = tokens::new_token();
    let hash = tokens::hash(&token);
    sqlite
        .store
        .write(move |tx: &mut dyn Tx| tx.set_caseworker_token("cw-grorud-1", &hash))
        .await
        .unwrap();
    let proxy = FaultProxy::start(sqlite.url(), 5).await.unwrap();
    let semhar = "demo-grorud-001";
    let phone = Device::in_memory().unwrap();
    let tablet = Device::in_memory().unwrap();
    let ahmad = Device::in_memory().unwrap();
    for (device, who, bydel) in [
        (&phone, semhar, "grorud"),
        (&tablet, semhar, "grorud"),
        (&ahmad, "demo-ostensjo-001", "ostensjo"),
    ] {
        let code = sqlite.code(who, bydel).await;
        device.enrol(&proxy.url(), &code, "phone").await.unwrap();
        let (_, first) = sync(device).await;
        assert!(
            first.len() > 10,
            "the first sync brings the participant's data"
        );
    }

    // Writes before the move: the phone's (one of them refused), and the caseworker's.
    phone.send_message("A: before the move").unwrap();
    let refused_seq = phone
        .answer_event("no-such-event", Response::Coming, None)
        .unwrap();
    phone.send_message("B: before the move").unwrap();
    sync(&phone).await;
    assert_eq!(last_seq(&sqlite.store, &phone).await, 3);
    assert_eq!(refused_seq, 2);
    let phone_id = phone.enrolment().unwrap().unwrap().device_id;
    let id = phone_id.clone();
    let refused = sqlite
        .store
        .read(move |tx: &mut dyn Tx| tx.mutation_outcome(&id, 2))
        .await
        .unwrap();
    assert!(
        matches!(
            &refused,
            Some(MutationOutcome::Rejected {
                code: RejectCode::NotFound,
                ..
            })
        ),
        "{refused:?}"
    );
    let cw = CaseworkerApi::new(&sqlite.url(), &token);
    let records = format!("/participants/{semhar}/records");
    cw.post(
        &records,
        &json!({"kind": "message", "author": "caseworker", "body": {"text": "Before the move"}, "sent_at": Utc::now()}),
    )
    .await
    .unwrap();
    for device in [&phone, &tablet, &ahmad] {
        sync(device).await;
    }
    let cursors: Vec<BTreeMap<String, u64>> = [&phone, &tablet, &ahmad]
        .iter()
        .map(|d| d.cursors().unwrap())
        .collect();
    let enrolments: Vec<_> = [&phone, &tablet, &ahmad]
        .iter()
        .map(|d| d.enrolment().unwrap().unwrap())
        .collect();
    let history = sqlite.store.history().to_owned();
    assert_eq!(phone.setting("history").unwrap(), Some(history.clone()));

    // The move: stop, copy, serve PostgreSQL where SQLite was.
    sqlite.stop().await;
    let db = pg_database().await;
    let (from, to) = (sqlite.database_url.clone(), db.url.clone());
    let report = tokio::task::spawn_blocking(move || migrate_data(&from, &to))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(report.history, history);
    let store = PgStore::open(&db.url).await.unwrap();
    let pg = TestServer::serve(store, db.url.clone(), HttpConfig::default())
        .await
        .unwrap();
    proxy.set_upstream(pg.url());
    assert_eq!(pg.store.history(), history);

    // Nothing new: no device enrols again or receives a row, and no cursor moves.
    for (i, device) in [&phone, &tablet, &ahmad].into_iter().enumerate() {
        let (report, rows) = sync(device).await;
        assert!(rows.is_empty(), "device {i} received again: {rows:?}");
        assert_eq!(report.applied.resent, 0);
        assert_eq!(device.cursors().unwrap(), cursors[i]);
        assert!(device.enrolment().unwrap().unwrap() == enrolments[i]);
    }

    // A caseworker's change after the move reaches Semhar's devices once, and nobody else.
    let cw = CaseworkerApi::new(&pg.url(), &token);
    let message = CaseworkerApi::id(
        &cw.post(
            &records,
            &json!({"kind": "message", "author": "caseworker", "body": {"text": "After the move"}, "sent_at": Utc::now()}),
        )
        .await
        .unwrap(),
    )
    .unwrap();
    for device in [&phone, &tablet] {
        let (_, rows) = sync(device).await;
        assert_eq!(rows, std::slice::from_ref(&message));
        let (_, rows) = sync(device).await;
        assert!(rows.is_empty(), "{rows:?}");
    }
    let (_, rows) = sync(&ahmad).await;
    assert!(rows.is_empty(), "{rows:?}");
    assert_eq!(
        server_messages(&pg.store, semhar, Author::Caseworker)
            .await
            .iter()
            .filter(|t| t.contains("the move"))
            .count(),
        2
    );

    // The phone's next mutation is number 4, applied once; the tablet receives it once.
    phone.send_message("C: after the move").unwrap();
    let (report, _) = sync(&phone).await;
    assert_eq!(report.applied.confirmed, 1);
    assert_eq!(last_seq(&pg.store, &phone).await, 4);
    let (_, rows) = sync(&tablet).await;
    assert_eq!(rows.len(), 1, "{rows:?}");
    let expected = [
        "A: before the move",
        "B: before the move",
        "C: after the move",
    ];
    // The demo's own messages aside.
    let moved = |texts: Vec<String>| -> Vec<String> {
        texts
            .into_iter()
            .filter(|t| t.contains("the move"))
            .collect()
    };
    assert_eq!(
        moved(server_messages(&pg.store, semhar, Author::Participant).await),
        expected
    );
    assert_eq!(moved(device_messages(&tablet)), expected);

    let before_replay = server_messages(&pg.store, semhar, Author::Participant).await;
    // Numbers 2 and 3 sent again, carrying other mutations: answered from the copied log (2 was
    // refused, which an empty log would have answered as applied), and neither applied.
    let replay = SyncRequest {
        protocol: PROTOCOL_VERSION,
        mutations: [2, 3]
            .into_iter()
            .map(|seq| Mutation {
                seq,
                op: MutationOp::SendMessage {
                    message_id: format!("{phone_id}-replayed-{seq}"),
                    body: format!("replayed {seq}"),
                },
            })
            .collect(),
        cursors: phone.cursors().unwrap(),
        history: Some(history.clone()),
    };
    let answer: SyncResponse = reqwest::Client::new()
        .post(format!("{}/api/v1/sync", pg.url()))
        .bearer_auth(&enrolments[0].token)
        .json(&replay)
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        answer.results,
        [
            MutationResult {
                seq: 2,
                outcome: refused.unwrap()
            },
            MutationResult {
                seq: 3,
                outcome: MutationOutcome::Applied
            },
        ]
    );
    assert_eq!(answer.last_seq, 4);
    assert!(!answer.log_gap);
    assert!(answer.changes.is_empty(), "{:?}", answer.changes);
    assert!(answer.dropped.is_empty());
    assert_eq!(answer.history, None, "the same history");
    assert_eq!(last_seq(&pg.store, &phone).await, 4);
    assert_eq!(
        server_messages(&pg.store, semhar, Author::Participant).await,
        before_replay,
        "nothing replayed was applied"
    );
    let ids: Vec<String> = [2, 3]
        .map(|seq| format!("{phone_id}-replayed-{seq}"))
        .into();
    let replayed = pg
        .store
        .read(move |tx: &mut dyn Tx| {
            ids.iter()
                .map(|id| tx.row(id))
                .collect::<Result<Vec<_>, _>>()
        })
        .await
        .unwrap();
    assert!(replayed.iter().all(Option::is_none), "{replayed:?}");

    // And the devices go on as usual.
    for device in [&phone, &tablet, &ahmad] {
        let (_, rows) = sync(device).await;
        assert!(rows.is_empty(), "{rows:?}");
    }
    assert_eq!(moved(device_messages(&phone)), expected);
}

fn pg_dump_installed() -> bool {
    std::process::Command::new("pg_dump")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_sends_again_what_a_postgresql_restore_took() {
    if skip_postgres() {
        return;
    }
    if !pg_dump_installed() {
        eprintln!("skipped: pg_dump is not installed (Debian: apt-get install postgresql-client)");
        return;
    }
    let mut server = TestServer::<PgStore>::fresh(HttpConfig::default())
        .await
        .unwrap();
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let proxy = FaultProxy::start(server.url(), 2).await.unwrap();
    let device = Device::in_memory().unwrap();
    let code = server.code("p1", "grorud").await;
    device.enrol(&proxy.url(), &code, "phone").await.unwrap();
    device.send_message("A").unwrap();
    sync(&device).await;

    let backups = tempfile::tempdir().unwrap();
    let dump = backups.path().join("veikart.pgdump");
    let out = std::process::Command::new("pg_dump")
        .arg("--format=custom")
        .arg(format!("--file={}", dump.display()))
        .arg(&server.database_url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for text in ["B", "C", "D"] {
        device.send_message(text).unwrap();
        sync(&device).await;
    }
    let old_history = server.store.history().to_owned();
    let seen = device.cursors().unwrap()["p:p1"];
    server.stop().await;

    let target = pg_database().await;
    let (from, url) = (dump.clone(), target.url.clone());
    let history = tokio::task::spawn_blocking(move || restore(&from, &url, &[]))
        .await
        .unwrap()
        .unwrap();
    assert_ne!(history, old_history);
    let store = PgStore::open(&target.url).await.unwrap();
    assert_eq!(store.history(), history);
    let restored = TestServer::serve(store, target.url.clone(), HttpConfig::default())
        .await
        .unwrap();
    assert_eq!(
        server_messages(&restored.store, "p1", Author::Participant).await,
        ["A"],
        "the backup's state"
    );
    // The caseworker writes before the device is back: the first write takes a version the device
    // has already seen with another row, the last ones pass its cursor. Under the old history the
    // device would trust its cursor and never receive the first ones.
    let version = |server: &TestServer<PgStore>| {
        let store = server.store.clone();
        async move {
            store
                .read(|tx: &mut dyn Tx| tx.scope_version("p:p1"))
                .await
                .unwrap()
        }
    };
    restored.participant("grorud", "p1", "Semhar T.").await;
    assert!(version(&restored).await <= seen);
    let mut written = Vec::new();
    while version(&restored).await <= seen + 1 {
        let n = written.len();
        written.push(format!("From the caseworker {n}"));
        let message = Message {
            id: format!("cw-message-{n}"),
            author: Author::Caseworker,
            author_name: None,
            body: Text::nb(format!("From the caseworker {n}")),
            sent_at: Utc::now(),
            read_at: None,
            template: None,
            seen: None,
        };
        let home = Home::Participant {
            id: "p1".into(),
            bydel_id: "grorud".into(),
        };
        restored.put(home, Row::Message(message)).await;
    }
    proxy.set_upstream(restored.url());

    // Nothing waits on the device: it finds out from the server's history and last_seq alone.
    sync(&device).await;
    assert_eq!(
        server_messages(&restored.store, "p1", Author::Participant).await,
        ["A", "B", "C", "D"],
        "each once"
    );
    assert_eq!(device_messages(&device), ["A", "B", "C", "D"]);
    assert_eq!(device.setting("history").unwrap(), Some(history));
    let name = device
        .versioned_rows()
        .unwrap()
        .into_iter()
        .find_map(|(_, _, row)| match row {
            Row::Profile(p) => Some(p.name),
            _ => None,
        });
    assert_eq!(name.as_deref(), Some("Semhar T."));
    let mut from_caseworker: Vec<String> = device
        .messages()
        .unwrap()
        .messages
        .into_iter()
        .filter(|m| m.message.author == Author::Caseworker)
        .map(|m| m.message.body.text)
        .collect();
    from_caseworker.sort();
    assert_eq!(from_caseworker, written);
    assert_eq!(last_seq(&restored.store, &device).await, 4);

    // A restore never goes into a database that has something in it.
    let (from, url) = (dump.clone(), target.url.clone());
    let again = tokio::task::spawn_blocking(move || restore(&from, &url, &[]))
        .await
        .unwrap();
    assert!(matches!(again, Err(RestoreError::NotEmpty)), "{again:?}");
}
