//! A required document's pages going up through a faulty network (issue 9): the real server, a
//! real device, and the fault proxy between them dropping, delaying, duplicating (two copies of a
//! chunk at once), cutting requests after the server committed, and cutting them in the middle of
//! their body (half a chunk reaches the server). Every page must arrive exactly
//! once and byte-identical. Each seed is one participant with three pages; a failure prints its
//! seed, and `VEIKART_PAGES_SEED=N` replays it. `VEIKART_PAGES_SEEDS` sets how many run (200 on
//! SQLite, 20 on PostgreSQL by default: the page bytes take the same path on both, the rows not).

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;

use anyhow::{Context, ensure};
use sha2::{Digest, Sha256};
use veikart_client::Device;
use veikart_client::views::{PageState, PageView};
use veikart_server::store::Role;
use veikart_server::testing::{TestServer, TestStore};
use veikart_server::{HttpConfig, PgStore, SqliteStore};
use veikart_tests::caseworker::CaseworkerApi;
use veikart_tests::pages::{jpeg, participant_with_missing_document};
use veikart_tests::proxy::FaultProxy;

/// Rounds of sync and upload under faults before the network is made honest.
const ROUNDS: usize = 12;

fn sha256(bytes: &[u8]) -> Vec<u8> {
    Sha256::digest(bytes).to_vec()
}

/// The pages the device shows as sent (its rows say the server received every byte).
fn received(device: &Device) -> anyhow::Result<Vec<String>> {
    Ok(all_pages(device)?
        .into_iter()
        .filter(|p| p.state == PageState::Sent)
        .map(|p| p.id)
        .collect())
}

fn all_pages(device: &Device) -> anyhow::Result<Vec<PageView>> {
    Ok(device
        .recognition()?
        .cases
        .into_iter()
        .flat_map(|c| c.documents)
        .flat_map(|d| d.pages)
        .collect())
}

/// One seed's run; returns how many requests the proxy cut in the middle of their body.
async fn one_seed<S: TestStore>(
    server: &TestServer<S>,
    cw: &CaseworkerApi,
    seed: u64,
) -> anyhow::Result<usize> {
    let (pid, doc) = participant_with_missing_document(cw, seed).await?;
    let proxy = FaultProxy::start(server.url(), seed)
        .await?
        .cutting_bodies();
    let device = Device::in_memory()?;
    let code = server.code(&pid, "grorud").await;
    device.enrol(&proxy.url(), &code, "phone").await?;
    device.sync().await?;
    // Three pages of a readable A4 photo's size, at sizes that end mid-chunk.
    let mut pages = Vec::new();
    for k in 0..3u64 {
        let len = 180_000 + ((seed * 7919 + k * 104_729) % 420_000) as usize;
        let bytes = jpeg(len, seed * 3 + k);
        let id = device.add_document_page(&doc, &bytes, None)?;
        pages.push((id, bytes));
    }
    proxy.set_faulty(true);
    for _ in 0..ROUNDS {
        // Either may fail under faults; what matters is what the server ends up holding.
        let _ = device.sync().await;
        let _ = device.upload_pages(&mut |_| {}).await;
    }
    proxy.set_faulty(false);
    for _ in 0..4 {
        device.sync().await.context("honest sync")?;
        device.upload_pages(&mut |_| {}).await?;
    }
    device.sync().await?;

    let dir = server.pages_dir.clone().context("the server keeps pages")?;
    let mut done = received(&device)?;
    done.sort();
    let mut ids: Vec<String> = pages.iter().map(|(id, _)| id.clone()).collect();
    ids.sort();
    ensure!(
        done == ids,
        "the device's rows say received {done:?} of {ids:?}"
    );
    for (id, bytes) in &pages {
        let kept = std::fs::read(dir.join("complete").join(id))
            .with_context(|| format!("page {id} is not kept"))?;
        ensure!(
            kept.len() == bytes.len(),
            "page {id}: {} bytes kept of {}",
            kept.len(),
            bytes.len()
        );
        ensure!(sha256(&kept) == sha256(bytes), "page {id} differs");
        ensure!(
            !dir.join("partial").join(id).exists(),
            "page {id} has a partial copy left"
        );
    }
    // Only these pages of this participant, once each, in the rows too.
    let pid2 = pid.clone();
    let rows = server
        .store
        .read(move |tx| tx.participant_rows(&pid2, Some(veikart_protocol::RowKind::DocumentPage)))
        .await?;
    ensure!(rows.len() == 3, "{} page rows", rows.len());
    Ok(proxy.bodies_cut())
}

async fn run<S: TestStore>(default_seeds: u64) {
    let seeds: Vec<u64> = match std::env::var("VEIKART_PAGES_SEED") {
        Ok(s) => vec![s.parse().expect("VEIKART_PAGES_SEED is a number")],
        Err(_) => {
            let n = std::env::var("VEIKART_PAGES_SEEDS")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(default_seeds);
            (0..n).collect()
        }
    };
    let server = TestServer::<S>::fresh(HttpConfig {
        // Every seed enrols a phone from this one address; the limit is tested elsewhere.
        enrol_per_minute: u32::MAX,
        ..HttpConfig::default()
    })
    .await
    .expect("server");
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = CaseworkerApi::new(&server.url(), &token);
    let mut failed = Vec::new();
    let mut bodies_cut = 0;
    for &seed in &seeds {
        match one_seed(&server, &cw, seed).await {
            Ok(cut) => bodies_cut += cut,
            Err(e) => {
                eprintln!(
                    "seed {seed} on {} failed: {e:#}  (replay: VEIKART_PAGES_SEED={seed} cargo test -p veikart-tests --test pages_faults)",
                    S::NAME
                );
                failed.push(seed);
            }
        }
    }
    eprintln!(
        "{} seeds on {}: {bodies_cut} requests cut mid-body",
        seeds.len(),
        S::NAME
    );
    // Half a chunk reaching the server must have happened, not only been possible.
    assert!(
        seeds.len() < 10 || bodies_cut > 0,
        "no request was cut mid-body in {} seeds",
        seeds.len()
    );
    assert!(
        failed.is_empty(),
        "{} of {} seeds on {} failed: {failed:?}",
        failed.len(),
        seeds.len(),
        S::NAME
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_arrive_once_and_whole_through_a_faulty_network() {
    run::<SqliteStore>(200).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_arrive_once_and_whole_through_a_faulty_network_on_postgres() {
    run::<PgStore>(20).await;
}

/// A connection cut in the middle of a chunk's body: nothing of that chunk is kept, and the
/// count the device resumes from is what it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chunk_cut_mid_body_keeps_nothing_of_it() {
    let server = TestServer::<SqliteStore>::fresh(HttpConfig::default())
        .await
        .expect("server");
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = CaseworkerApi::new(&server.url(), &token);
    let (pid, doc) = participant_with_missing_document(&cw, 1)
        .await
        .expect("participant");
    let device = Device::in_memory().expect("device");
    let code = server.code(&pid, "grorud").await;
    device
        .enrol(&server.url(), &code, "phone")
        .await
        .expect("enrol");
    device.sync().await.expect("sync");
    let bytes = jpeg(300_000, 9);
    let id = device
        .add_document_page(&doc, &bytes, None)
        .expect("a page");
    device.sync().await.expect("the page's row");
    let token = device
        .enrolment()
        .expect("enrolment")
        .expect("enrolled")
        .token;
    let addr = server.url().trim_start_matches("http://").to_owned();
    let chunk = bytes[..200_000].to_vec();
    let cut = std::thread::spawn(move || -> std::io::Result<()> {
        let mut s = std::net::TcpStream::connect(addr)?;
        write!(
            s,
            "PUT /api/v1/pages/{id}/upload?offset=0 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\n\r\n",
            chunk.len()
        )?;
        s.write_all(&chunk[..chunk.len() / 2])?;
        s.flush()?;
        std::thread::sleep(std::time::Duration::from_millis(200));
        s.shutdown(std::net::Shutdown::Both)
    });
    cut.join().expect("thread").expect("the cut request");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let dir = server.pages_dir.clone().expect("pages dir");
    let partial = std::fs::metadata(dir.join("partial").join(device_page(&device)))
        .map(|m| m.len())
        .unwrap_or(0);
    assert_eq!(partial, 0, "half a chunk was kept");
    // And the page still goes up whole afterwards.
    device.upload_pages(&mut |_| {}).await.expect("upload");
    device.sync().await.expect("sync");
    assert_eq!(received(&device).expect("rows").len(), 1);
}

fn device_page(device: &Device) -> String {
    all_pages(device)
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.id)
        .next()
        .unwrap_or_default()
}
