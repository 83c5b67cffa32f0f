//! `cargo xtask bench sync`: the sync benchmark (a benchmark, not a test: it prints figures and
//! asserts none). Part one loads shared/fixtures/reference-participant.json and measures four sync
//! cycles of a fresh device through a TCP relay that counts every byte. Part two seeds 100,000
//! participants and measures no-change syncs: throughput, and latency at 1,000 per second.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::Utc;
use serde_json::{Value, json};
use veikart_client::Device;
use veikart_protocol::{ActivityStatus, Owner, PROTOCOL_VERSION, Row};
use veikart_server::HttpConfig;
use veikart_server::domain::placement::{Home, placement};
use veikart_server::domain::tokens;
use veikart_server::store::{Device as ServerDevice, Role, Store, StoreError, Tx};
use veikart_server::testing::TestServer;
use veikart_tests::caseworker::CaseworkerApi;
use veikart_tests::fixture::{self, Placed};
use veikart_tests::wire::WireCounter;

/// A copy of shared/fixtures/reference-participant.json, so the benchmark runs from a clone.
const FIXTURE: &str = "tests/fixtures/reference-participant.json";

fn fixture_path() -> std::path::PathBuf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::env::var_os("VEIKART_FIXTURE")
        .map(Into::into)
        .unwrap_or_else(|| root.join(FIXTURE))
}

async fn put_rows(
    server: &TestServer,
    bydel: &'static str,
    pid: String,
    rows: Vec<Placed>,
) -> anyhow::Result<usize> {
    let n = rows.len();
    server
        .store
        .write(move |tx: &mut dyn Tx| {
            for placed in rows {
                let (home, mut row) = match placed {
                    Placed::Participant(row) => (
                        Home::Participant {
                            id: pid.clone(),
                            bydel_id: bydel.into(),
                        },
                        row,
                    ),
                    Placed::Course(id, row) => (
                        Home::Course {
                            id,
                            bydel_id: bydel.into(),
                        },
                        row,
                    ),
                };
                if let Row::Profile(p) = &mut row {
                    p.bydel_id = bydel.into();
                }
                tx.put_row(&placement(&row, &home), &row, "fixture")?;
            }
            Ok::<_, StoreError>(())
        })
        .await?;
    Ok(n)
}

struct Cycle {
    name: &'static str,
    round_trips: usize,
    up: u64,
    down: u64,
    wall: Duration,
}

async fn cycle(name: &'static str, device: &Device, wire: &WireCounter) -> anyhow::Result<Cycle> {
    wire.take();
    let t = Instant::now();
    let report = device.sync().await?;
    let wall = t.elapsed();
    // Let the relay count the last bytes it forwarded.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let (up, down) = wire.take();
    Ok(Cycle {
        name,
        round_trips: report.round_trips,
        up,
        down,
        wall,
    })
}

async fn reference_cycles() -> anyhow::Result<()> {
    let json = std::fs::read_to_string(fixture_path())
        .with_context(|| format!("cannot read {}", fixture_path().display()))?;
    let server = TestServer::start(HttpConfig::default()).await?;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let pid = "ref-p1".to_string();
    let rows = fixture::load(&json, &pid)?;
    let loaded = put_rows(&server, "grorud", pid.clone(), rows).await?;
    let wire = WireCounter::start(server.addr).await?;
    let device = Device::in_memory()?;
    device
        .enrol(&wire.url(), &server.code(&pid, "grorud").await, "bench")
        .await?;
    let mut cycles = vec![cycle("first sync of a fresh device", &device, &wire).await?];
    let held = device.versioned_rows()?.len();

    let cw = CaseworkerApi::new(&server.url(), &token);
    let start = Utc::now() + chrono::Duration::days(3);
    cw.patch(
        "/records/meeting-05",
        &json!({"starts_at": start, "ends_at": start + chrono::Duration::hours(1)}),
    )
    .await?;
    cycles.push(cycle("after the caseworker moved one meeting", &device, &wire).await?);
    cycles.push(cycle("nothing new", &device, &wire).await?);
    let activity = device
        .plan()?
        .goals
        .iter()
        .flat_map(|g| g.activities.clone())
        .find(|a| {
            a.activity.owner == Owner::Participant && a.activity.status != ActivityStatus::Done
        })
        .context("no open activity of the participant")?;
    device.set_activity_status(&activity.activity.id, ActivityStatus::Done)?;
    cycles.push(cycle("pushing one activity marked done", &device, &wire).await?);

    println!(
        "Reference participant: {loaded} rows loaded, {held} rows on the device after the first sync."
    );
    println!(
        "{:<42} {:>11} {:>10} {:>12} {:>10} {:>10}",
        "cycle", "round trips", "bytes up", "bytes down", "total", "wall ms"
    );
    for c in &cycles {
        println!(
            "{:<42} {:>11} {:>10} {:>12} {:>10} {:>10.1}",
            c.name,
            c.round_trips,
            c.up,
            c.down,
            c.up + c.down,
            c.wall.as_secs_f64() * 1000.0
        );
    }
    Ok(())
}

struct Fleet {
    /// (token, request body) per device: a no-change sync with its current cursors.
    requests: Vec<(String, String)>,
}

async fn seed_fleet(
    server: &TestServer,
    participants: usize,
    devices: usize,
) -> anyhow::Result<Fleet> {
    let t = Instant::now();
    for chunk in 0..participants.div_ceil(10_000) {
        server
            .store
            .write(move |tx: &mut dyn Tx| {
                for i in chunk * 10_000..((chunk + 1) * 10_000).min(participants) {
                    let id = format!("p{i:06}");
                    let home = Home::Participant { id: id.clone(), bydel_id: "grorud".into() };
                    let profile = json!({"kind": "profile", "id": id, "name": format!("Deltaker {i}"), "bydel_id": "grorud", "settled_on": "2026-06-08"});
                    let message = json!({"kind": "message", "id": format!("{id}-m"), "author": "caseworker", "body": {"text": "Velkommen"}, "sent_at": "2026-06-09T10:00:00Z"});
                    for row in [profile, message] {
                        let row: Row = serde_json::from_value(row).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                        tx.put_row(&placement(&row, &home), &row, "bench")?;
                    }
                }
                Ok::<_, StoreError>(())
            })
            .await?;
    }
    let mut tokens_out = Vec::new();
    let tokens_in: Vec<(String, String)> = (0..devices)
        .map(|k| {
            (
                format!("p{:06}", k * (participants / devices)),
                tokens::new_token(),
            )
        })
        .collect();
    let for_store = tokens_in.clone();
    server
        .store
        .write(move |tx: &mut dyn Tx| {
            for (k, (pid, token)) in for_store.iter().enumerate() {
                let device = ServerDevice {
                    id: format!("d{k:05}"),
                    participant_id: pid.clone(),
                    bydel_id: "grorud".into(),
                    name: "bench".into(),
                    created_at: Utc::now(),
                    last_seen_at: Some(Utc::now()),
                    revoked_at: None,
                    last_seq: 0,
                };
                tx.insert_device(&device, &tokens::hash(token))?;
            }
            Ok::<_, StoreError>(())
        })
        .await?;
    let http = reqwest::Client::new();
    for (_, token) in tokens_in {
        let first: Value = http
            .post(format!("{}/api/v1/sync", server.url()))
            .bearer_auth(&token)
            .json(&json!({"protocol": PROTOCOL_VERSION, "cursors": {}}))
            .send()
            .await?
            .json()
            .await?;
        let body = json!({"protocol": PROTOCOL_VERSION, "cursors": first["cursors"], "history": first["history"]}).to_string();
        tokens_out.push((token, body));
    }
    println!(
        "Seeded {participants} participants and {devices} devices in {:.1} s.",
        t.elapsed().as_secs_f64()
    );
    Ok(Fleet {
        requests: tokens_out,
    })
}

async fn no_change(
    http: &reqwest::Client,
    url: &str,
    req: &(String, String),
) -> anyhow::Result<Duration> {
    let t = Instant::now();
    let resp = http
        .post(url)
        .bearer_auth(&req.0)
        .header("content-type", "application/json")
        .body(req.1.clone())
        .send()
        .await?;
    anyhow::ensure!(
        resp.status().is_success(),
        "sync answered {}",
        resp.status()
    );
    let body = resp.bytes().await?;
    anyhow::ensure!(
        !body.windows(9).any(|w| w == b"\"changes\""),
        "a no-change sync returned changes"
    );
    Ok(t.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted
        .get(((sorted.len() as f64 - 1.0) * p).round() as usize)
        .copied()
        .unwrap_or_default()
}

async fn throughput(server: &TestServer, fleet: Arc<Fleet>) -> anyhow::Result<()> {
    let url = format!("{}/api/v1/sync", server.url());
    let done = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let workers: Vec<_> = (0..32)
        .map(|w| {
            let (url, fleet, done, stop) = (url.clone(), fleet.clone(), done.clone(), stop.clone());
            tokio::spawn(async move {
                let http = reqwest::Client::new();
                let mut k = w;
                while !stop.load(Ordering::Relaxed) {
                    if no_change(&http, &url, &fleet.requests[k % fleet.requests.len()])
                        .await
                        .is_ok()
                    {
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    k += 32;
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (start, t) = (done.load(Ordering::SeqCst), Instant::now());
    tokio::time::sleep(Duration::from_secs(10)).await;
    let rate = (done.load(Ordering::SeqCst) - start) as f64 / t.elapsed().as_secs_f64();
    stop.store(true, Ordering::SeqCst);
    for w in workers {
        let _ = w.await;
    }
    println!(
        "No-change syncs, 32 concurrent clients in the same process (2 cores shared): {rate:.0} per second"
    );

    // Open loop at 1,000 per second for 10 seconds.
    let http = reqwest::Client::new();
    let mut ticker = tokio::time::interval(Duration::from_millis(1));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut tasks = Vec::with_capacity(10_000);
    let t = Instant::now();
    for k in 0..10_000 {
        ticker.tick().await;
        let (http, url, fleet) = (http.clone(), url.clone(), fleet.clone());
        tasks.push(tokio::spawn(async move {
            no_change(&http, &url, &fleet.requests[k % fleet.requests.len()]).await
        }));
    }
    let offered = 10_000.0 / t.elapsed().as_secs_f64();
    let mut latencies = Vec::new();
    let mut failed = 0;
    for task in tasks {
        match task.await {
            Ok(Ok(d)) => latencies.push(d),
            _ => failed += 1,
        }
    }
    latencies.sort();
    println!(
        "No-change syncs at {offered:.0} per second offered: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {failed} failed",
        percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
    );
    Ok(())
}

/// What `synchronous=FULL` costs: a device's syncs that each carry one change, one device after
/// the other and 16 at once, against a store that waits for the disk on every commit (FULL, the
/// default) and one that does not (NORMAL).
async fn durable_writes() -> anyhow::Result<()> {
    println!(
        "{:<10} {:>22} {:>10} {:>10} {:>26}",
        "synchronous", "one device: syncs/s", "p50 ms", "p99 ms", "16 devices at once: syncs/s"
    );
    for (name, query) in [
        ("FULL", "synchronous=full"),
        ("NORMAL", "synchronous=normal"),
    ] {
        let dir = tempfile::tempdir()?;
        let url = format!(
            "sqlite://{}?{query}",
            dir.path().join("server.sqlite").display()
        );
        let server = TestServer::start_url(
            &url,
            HttpConfig {
                // Sixteen devices enrol from one address within a second.
                enrol_per_minute: 100,
                ..HttpConfig::default()
            },
        )
        .await?;
        let mut devices = Vec::new();
        for k in 0..16 {
            let pid = format!("w{k}");
            server.participant("grorud", &pid, "Deltaker").await;
            let device = Device::in_memory()?;
            device
                .enrol(&server.url(), &server.code(&pid, "grorud").await, "bench")
                .await?;
            device.sync().await?;
            devices.push(device);
        }
        let mut latencies = Vec::new();
        let t = Instant::now();
        for k in 0..300 {
            devices[0].send_message(&format!("Melding {k}"))?;
            let s = Instant::now();
            devices[0].sync().await?;
            latencies.push(s.elapsed());
        }
        let one = 300.0 / t.elapsed().as_secs_f64();
        latencies.sort();
        let t = Instant::now();
        let rounds = 50;
        let results = futures_util::future::join_all(devices.iter().map(|d| async move {
            for k in 0..rounds {
                d.send_message(&format!("Melding {k}"))?;
                d.sync().await?;
            }
            anyhow::Ok(())
        }))
        .await;
        for r in results {
            r?;
        }
        let many = (16 * rounds) as f64 / t.elapsed().as_secs_f64();
        println!(
            "{:<10} {:>22.0} {:>10.2} {:>10.2} {:>26.0}",
            name,
            one,
            percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
            percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
            many
        );
    }
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    reference_cycles().await?;
    durable_writes().await?;
    let participants: usize = std::env::var("VEIKART_BENCH_PARTICIPANTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let server = TestServer::start(HttpConfig::default()).await?;
    server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let fleet = Arc::new(seed_fleet(&server, participants, 1000).await?);
    throughput(&server, fleet).await
}
