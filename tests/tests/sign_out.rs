//! A participant signs out of the app or the CLI: the device is wiped at once, and the server stops
//! accepting its token — at once when it can be reached, else as soon as it can.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use veikart_client::{ClientError, Device};
use veikart_server::HttpConfig;
use veikart_server::store::{Store, StoreError, Tx};
use veikart_server::testing::TestServer;
use veikart_tests::proxy::FaultProxy;

async fn revoked(server: &TestServer, device_id: &str) -> bool {
    let id = device_id.to_owned();
    server
        .store
        .read(move |tx: &mut dyn Tx| {
            Ok::<_, StoreError>(tx.device(&id)?.expect("device").revoked_at.is_some())
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn signing_out_online_revokes_the_token_at_once() {
    let server = TestServer::start(HttpConfig::default()).await.unwrap();
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = Device::in_memory().unwrap();
    let code = server.code("p1", "grorud").await;
    device.enrol(&server.url(), &code, "phone").await.unwrap();
    let enrolment = device.enrolment().unwrap().unwrap();
    assert!(device.sign_out().await.unwrap(), "the server was told");
    assert!(device.enrolment().unwrap().is_none(), "wiped");
    assert!(revoked(&server, &enrolment.device_id).await);
    assert_eq!(device.pending_revocations().unwrap(), 0);
}

#[tokio::test]
async fn signing_out_offline_revokes_the_token_when_the_server_is_back() {
    let server = TestServer::start(HttpConfig::default()).await.unwrap();
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let proxy = FaultProxy::start(server.url(), 3).await.unwrap();
    let device = Device::in_memory().unwrap();
    let code = server.code("p1", "grorud").await;
    device.enrol(&proxy.url(), &code, "phone").await.unwrap();
    let enrolment = device.enrolment().unwrap().unwrap();

    // The network is gone: the proxy points nowhere.
    proxy.set_upstream("http://127.0.0.1:9".into());
    assert!(!device.sign_out().await.unwrap(), "not told yet");
    assert!(device.enrolment().unwrap().is_none(), "wiped all the same");
    assert!(matches!(device.sync().await, Err(ClientError::NotEnrolled)));
    assert_eq!(device.pending_revocations().unwrap(), 1);
    assert!(!revoked(&server, &enrolment.device_id).await);
    assert_eq!(device.flush_revocations().await.unwrap(), 1, "still away");

    proxy.set_upstream(server.url());
    assert_eq!(device.flush_revocations().await.unwrap(), 0);
    assert!(revoked(&server, &enrolment.device_id).await);
    assert_eq!(device.pending_revocations().unwrap(), 0);
}
