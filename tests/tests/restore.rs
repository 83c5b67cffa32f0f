//! A server that lost writes it had confirmed: a power cut that took the end of SQLite's WAL, and a
//! restore from a backup. The device notices that the server's log ends before what it saw
//! confirmed, sends again what was lost, and goes on; nothing is applied twice and the participant
//! sees no error.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use veikart_client::Device;
use veikart_protocol::{Author, Row};
use veikart_server::HttpConfig;
use veikart_server::store::{Store, StoreError, Tx};
use veikart_server::testing::TestServer;
use veikart_tests::proxy::FaultProxy;

/// The participant's own messages on the server, by text.
async fn server_messages(server: &TestServer, participant: &str) -> Vec<String> {
    let p = participant.to_owned();
    let rows = server
        .store
        .read(move |tx: &mut dyn Tx| tx.participant_rows(&p, None))
        .await
        .expect("rows");
    let mut texts: Vec<String> = rows
        .into_iter()
        .filter_map(|r| match r.row {
            Some(Row::Message(m)) if m.author == Author::Participant => Some(m.body.text),
            _ => None,
        })
        .collect();
    texts.sort();
    texts
}

fn device_messages(device: &Device) -> Vec<String> {
    let mut texts: Vec<String> = device
        .messages()
        .expect("messages")
        .messages
        .into_iter()
        .filter(|m| m.message.author == Author::Participant)
        .map(|m| m.message.body.text)
        .collect();
    texts.sort();
    texts
}

async fn last_seq(server: &TestServer, device: &Device) -> u64 {
    let id = device.enrolment().unwrap().unwrap().device_id;
    server
        .store
        .read(move |tx: &mut dyn Tx| Ok::<_, StoreError>(tx.device(&id)?.expect("device").last_seq))
        .await
        .unwrap()
}

/// Copy what a disk held when the power went: the database file as it is, and the WAL only up to
/// `wal_len` bytes (the commits after that had not reached the disk).
fn power_cut_copy(db: &Path, wal_len: u64, into: &Path) {
    std::fs::copy(db, into).unwrap();
    let wal = std::fs::read(db.with_extension("sqlite-wal")).unwrap();
    std::fs::write(into.with_extension("sqlite-wal"), &wal[..wal_len as usize]).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_sends_again_what_a_power_cut_took_from_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("server.sqlite");
    let mut server = TestServer::start_at(&db, HttpConfig::default())
        .await
        .unwrap();
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let proxy = FaultProxy::start(server.url(), 1).await.unwrap();
    let device = Device::in_memory().unwrap();
    let code = server.code("p1", "grorud").await;
    device.enrol(&proxy.url(), &code, "phone").await.unwrap();

    device.send_message("A: before the cut").unwrap();
    device.sync().await.unwrap();
    let wal = db.with_extension("sqlite-wal");
    let on_disk = std::fs::metadata(&wal).unwrap().len();
    device.send_message("B: lost in the cut").unwrap();
    device.send_message("C: lost in the cut").unwrap();
    device.sync().await.unwrap();
    assert_eq!(
        device.sync_status().unwrap().pending,
        0,
        "B and C confirmed"
    );
    assert_eq!(last_seq(&server, &device).await, 3);
    assert!(
        std::fs::metadata(&wal).unwrap().len() > on_disk,
        "B and C were appended to the WAL (no checkpoint in between)"
    );

    let cut_dir = tempfile::tempdir().unwrap();
    let cut_db = cut_dir.path().join("server.sqlite");
    power_cut_copy(&db, on_disk, &cut_db);
    server.stop().await;
    let restarted = TestServer::start_at(&cut_db, HttpConfig::default())
        .await
        .unwrap();
    proxy.set_upstream(restarted.url());
    assert_eq!(
        last_seq(&restarted, &device).await,
        1,
        "the cut took B and C"
    );

    // The participant writes on, unaware; the next sync must neither stall nor complain.
    device.send_message("D: after the cut").unwrap();
    device.sync().await.unwrap();
    let status = device.sync_status().unwrap();
    assert_eq!(status.pending, 0, "nothing left waiting");
    assert!(status.last_error.is_none(), "{:?}", status.last_error);
    assert!(status.rejected.is_empty(), "{:?}", status.rejected);
    let expected = vec![
        "A: before the cut".to_owned(),
        "B: lost in the cut".to_owned(),
        "C: lost in the cut".to_owned(),
        "D: after the cut".to_owned(),
    ];
    assert_eq!(
        server_messages(&restarted, "p1").await,
        expected,
        "each once"
    );
    assert_eq!(device_messages(&device), expected);
    assert_eq!(last_seq(&restarted, &device).await, 4);

    // And it keeps going as usual.
    device.send_message("E").unwrap();
    device.sync().await.unwrap();
    assert_eq!(last_seq(&restarted, &device).await, 5);
    assert_eq!(server_messages(&restarted, "p1").await.len(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_sends_again_what_a_restore_from_backup_took() {
    let mut server = TestServer::start(HttpConfig::default()).await.unwrap();
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let proxy = FaultProxy::start(server.url(), 2).await.unwrap();
    let device = Device::in_memory().unwrap();
    let code = server.code("p1", "grorud").await;
    device.enrol(&proxy.url(), &code, "phone").await.unwrap();
    device.send_message("A").unwrap();
    device.sync().await.unwrap();

    let backups = tempfile::tempdir().unwrap();
    let backup = backups.path().join("backup.sqlite");
    server.store.backup_to(&backup).await.unwrap();
    assert!(
        server.store.backup_to(&backup).await.is_err(),
        "a backup never overwrites"
    );
    for text in ["B", "C", "D"] {
        device.send_message(text).unwrap();
        device.sync().await.unwrap();
    }
    server.stop().await;
    let restored = TestServer::start_restored(&backup, HttpConfig::default())
        .await
        .unwrap();
    proxy.set_upstream(restored.url());

    // Nothing waits on the device: it finds out from the server's last_seq alone.
    device.sync().await.unwrap();
    let status = device.sync_status().unwrap();
    assert_eq!(status.pending, 0);
    assert!(status.last_error.is_none(), "{:?}", status.last_error);
    assert_eq!(server_messages(&restored, "p1").await, ["A", "B", "C", "D"]);
    assert_eq!(device_messages(&device), ["A", "B", "C", "D"]);
}
