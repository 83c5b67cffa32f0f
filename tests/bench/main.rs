//! `cargo xtask bench sync`: the sync benchmark (a benchmark, not a test: it prints figures and
//! asserts none, but says which targets a figure misses).
//!
//! 1. The reference participant through four sync cycles, counted on the wire (`reference`).
//! 2. What SQLite's durable commits cost (`durable`).
//! 3. No-change syncs among 100,000 participants, SQLite and PostgreSQL side by side, and among
//!    1,000,000 on PostgreSQL (`no_change`), each also under wrk beside `/healthz` (`external`).
//! 4. A caseworker's change reaching 2,000 listening devices over two instances (`fanout`).
//! 5. A recognition pack's three pages on the wire, whole and resumed after a cut (`pages`).
//!
//! `VEIKART_BENCH_PARTS` picks parts (`reference,durable,no_change,fanout,pages`; all by default).
//! `VEIKART_BENCH_PARTICIPANTS` (default 100,000), `VEIKART_BENCH_PG_PARTICIPANTS` (default
//! 1,000,000; 0 skips that part) and `VEIKART_BENCH_FANOUT` (default 2,000 devices) size them.
//! PostgreSQL parts need the server at `VEIKART_TEST_POSTGRES` (as the tests do).

mod durable;
mod external;
mod fanout;
mod no_change;
mod pages;
mod reference;

use std::sync::Arc;

use veikart_server::store::Role;
use veikart_server::testing::{TestServer, TestStore};
use veikart_server::{HttpConfig, PgStore, SqliteStore};

use no_change::Figures;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// What one backend at one size measured.
struct Row {
    backend: &'static str,
    participants: usize,
    inside: Figures,
    outside: Option<(external::Wrk, external::Wrk)>,
}

async fn no_change_on<S: TestStore>(participants: usize) -> anyhow::Result<Row> {
    println!("{} with {participants} participants:", S::NAME);
    let server = TestServer::<S>::fresh(HttpConfig::default()).await?;
    server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let fleet = Arc::new(no_change::seed_fleet(&server, participants, 1000).await?);
    let inside = no_change::throughput(&server, fleet.clone()).await?;
    let (quiet, loud) = server.app.cache.counts();
    println!("  {quiet} syncs answered from memory, {loud} from the database");
    let outside = if external::available() {
        Some(external::healthz_and_sync(&server.url(), &fleet.requests).await?)
    } else {
        println!("  (wrk is not installed: apt-get install wrk; the external part is skipped)");
        None
    };
    Ok(Row {
        backend: S::NAME,
        participants,
        inside,
        outside,
    })
}

fn print_rows(rows: &[Row]) {
    println!(
        "\n{:<9} {:>12} {:>12} {:>9} {:>9} {:>9} {:>7} | {:>12} {:>12} {:>9} {:>7} {:>9}",
        "backend",
        "participants",
        "in-proc /s",
        "p50 ms",
        "p99 ms",
        "max ms",
        "failed",
        "wrk healthz",
        "wrk sync",
        "p99 ms",
        "not 2xx",
        "sync/hz"
    );
    for r in rows {
        let i = r.inside;
        print!(
            "{:<9} {:>12} {:>12.0} {:>9.2} {:>9.2} {:>9.2} {:>7} |",
            r.backend, r.participants, i.per_second, i.p50_ms, i.p99_ms, i.max_ms, i.failed
        );
        match r.outside {
            Some((h, s)) => println!(
                " {:>12.0} {:>12.0} {:>9.2} {:>7} {:>8.0}%",
                h.per_second,
                s.per_second,
                s.p99_ms,
                s.not_ok,
                100.0 * s.per_second / h.per_second.max(1.0)
            ),
            None => println!(" (no wrk)"),
        }
    }
    println!(
        "(in-proc: 32 concurrent clients in the bench's own process; p50/p99/max at {:.0}/s offered, open loop;\n wrk: 2 threads, 32 connections, 10 s each, /healthz first, then no-change syncs on the same instance)",
        rows.first().map_or(0.0, |r| r.inside.offered)
    );
    let rate = |name: &str| {
        rows.iter()
            .find(|r| r.backend == name)
            .map(|r| r.inside.per_second)
    };
    if let (Some(sqlite), Some(pg)) = (rate(SqliteStore::NAME), rate(PgStore::NAME)) {
        let share = 100.0 * pg / sqlite.max(1.0);
        println!(
            "PostgreSQL at {share:.0}% of SQLite's no-change throughput (target: at least 60%){}",
            if share < 60.0 { "  MISSED" } else { "" }
        );
    }
    for r in rows {
        if r.inside.p99_ms > 50.0 {
            println!(
                "{} with {}: p99 {:.1} ms over the 50 ms target  MISSED",
                r.backend, r.participants, r.inside.p99_ms
            );
        }
        if let Some((h, s)) = r.outside
            && s.per_second < 0.2 * h.per_second
        {
            println!(
                "{} with {}: no-change syncs under 20% of /healthz  MISSED",
                r.backend, r.participants
            );
        }
    }
}

/// Whether `VEIKART_BENCH_PARTS` (a comma list: reference, durable, no_change, fanout, pages; all when
/// unset) asks for this part.
fn part(name: &str) -> bool {
    std::env::var("VEIKART_BENCH_PARTS")
        .map_or(true, |parts| parts.split(',').any(|p| p.trim() == name))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    if part("reference") {
        reference::reference_cycles().await?;
    }
    if part("pages") {
        pages::pages_on_the_wire().await?;
    }
    if part("durable") {
        durable::durable_writes().await?;
    }
    if part("no_change") {
        no_change_part().await?;
    }
    if part("fanout") {
        fanout_part().await?;
    }
    Ok(())
}

async fn no_change_part() -> anyhow::Result<()> {
    let participants = env_usize("VEIKART_BENCH_PARTICIPANTS", 100_000);
    let pg_participants = env_usize("VEIKART_BENCH_PG_PARTICIPANTS", 1_000_000);
    println!("\nNo-change syncs (1,000 devices among the participants):");
    let mut rows = vec![
        no_change_on::<SqliteStore>(participants).await?,
        no_change_on::<PgStore>(participants).await?,
    ];
    if pg_participants > 0 {
        rows.push(no_change_on::<PgStore>(pg_participants).await?);
    }
    print_rows(&rows);
    Ok(())
}

async fn fanout_part() -> anyhow::Result<()> {
    let fanout_devices = env_usize("VEIKART_BENCH_FANOUT", 2000);
    println!(
        "\nA caseworker's change reaching {fanout_devices} listening devices over two PostgreSQL instances:"
    );
    let a = TestServer::<PgStore>::fresh(HttpConfig::default()).await?;
    let b = a.another_instance(HttpConfig::default()).await?;
    let f = fanout::fanout(&a, &b, fanout_devices).await?;
    println!(
        "every one of {} devices held the changed row: p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms (target p95 <= 1 s){}",
        f.devices,
        f.p50.as_secs_f64() * 1000.0,
        f.p95.as_secs_f64() * 1000.0,
        f.max.as_secs_f64() * 1000.0,
        if f.p95.as_secs_f64() > 1.0 {
            "  MISSED"
        } else {
            ""
        }
    );
    drop(b);
    drop(a);
    Ok(())
}
