//! Part one: the reference participant (tests/fixtures/reference-participant.json, a copy of
//! shared/fixtures) through four sync cycles of a fresh device, counted byte by byte on the wire.

use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::Utc;
use serde_json::json;
use veikart_client::Device;
use veikart_protocol::{ActivityStatus, Owner, Row};
use veikart_server::HttpConfig;
use veikart_server::domain::placement::{Home, placement};
use veikart_server::store::{Role, Store, StoreError, Tx};
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

pub async fn reference_cycles() -> anyhow::Result<()> {
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
