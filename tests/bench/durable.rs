//! Part two: what SQLite's `synchronous=FULL` costs against NORMAL.

use std::time::Instant;

use veikart_client::Device;
use veikart_server::HttpConfig;
use veikart_server::testing::TestServer;

use crate::no_change::percentile;

/// What `synchronous=FULL` costs: a device's syncs that each carry one change, one device after
/// the other and 16 at once, against a store that waits for the disk on every commit (FULL, the
/// default) and one that does not (NORMAL).
pub async fn durable_writes() -> anyhow::Result<()> {
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
