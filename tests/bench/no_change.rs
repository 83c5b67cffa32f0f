//! Part three: syncs with nothing to send and nothing to receive, the bulk of a server's traffic,
//! against a fleet of devices among many participants: throughput with 32 concurrent clients, and
//! latency in an open loop at 1,000 per second.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use serde_json::{Value, json};
use veikart_protocol::{PROTOCOL_VERSION, Row};
use veikart_server::domain::placement::{Home, placement};
use veikart_server::domain::tokens;
use veikart_server::store::{Device as ServerDevice, Store, StoreError, Tx};
use veikart_server::testing::TestServer;

/// What one backend measured, for the side-by-side table.
#[derive(Debug, Clone, Copy, Default)]
pub struct Figures {
    pub per_second: f64,
    pub offered: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub failed: usize,
}

pub struct Fleet {
    /// (token, request body) per device: a no-change sync with its current cursors.
    pub requests: Vec<(String, String)>,
}

pub async fn seed_fleet<S: Store>(
    server: &TestServer<S>,
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
        "  seeded {participants} participants and {devices} devices in {:.1} s",
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

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted
        .get(((sorted.len() as f64 - 1.0) * p).round() as usize)
        .copied()
        .unwrap_or_default()
}

pub async fn throughput<S: Store>(
    server: &TestServer<S>,
    fleet: Arc<Fleet>,
) -> anyhow::Result<Figures> {
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
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    Ok(Figures {
        per_second: rate,
        offered,
        p50_ms: ms(percentile(&latencies, 0.5)),
        p99_ms: ms(percentile(&latencies, 0.99)),
        max_ms: ms(latencies.last().copied().unwrap_or_default()),
        failed,
    })
}
