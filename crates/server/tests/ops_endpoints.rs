//! What operations watch: `/readyz`, and `/metrics` on its own listener (never the public one),
//! counting requests by route template, how syncs were answered, refused mutations by code, open
//! event streams and pokes, without an id or a name in any label.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;

use std::time::{Duration as StdDuration, Instant};

use api_support::*;
use veikart_server::PgStore;
use veikart_server::testing::{PgTestDatabase, postgres_admin};

/// The metrics listener of `server`, on a loopback port of its own.
async fn metrics_url<S: Store>(server: &TestServer<S>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let router = veikart_server::metrics::router(server.app.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    format!("http://{addr}/metrics")
}

async fn scrape(url: &str) -> String {
    reqwest::get(url)
        .await
        .expect("scrape")
        .text()
        .await
        .expect("text")
}

/// The value of the sample whose line starts with `prefix` (name and labels), if any.
fn sample(text: &str, prefix: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.starts_with(prefix))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

async fn ready_answers_when_the_database_does<S: TestStore>() {
    let server = server::<S>().await;
    let resp = reqwest::get(format!("{}/readyz", server.url()))
        .await
        .expect("readyz");
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.text().await.expect("text"), "ready");
}

async fn metrics_count_what_happens_and_name_no_one<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let url = metrics_url(&server).await;

    // Not on the public listener.
    let public = reqwest::get(format!("{}/metrics", server.url()))
        .await
        .expect("get");
    assert_eq!(public.status(), StatusCode::NOT_FOUND);

    let (status, first) = device.sync(json!([]), json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = device.sync(json!([]), first["cursors"].clone()).await;
    assert_eq!(status, StatusCode::OK);
    // A message whose id is not in the device's namespace is refused with invalid_value.
    let refused =
        json!([{"seq": 1, "op": "send_message", "message_id": "not-mine", "body": "Hei"}]);
    let (status, answer) = device.sync(refused.clone(), first["cursors"].clone()).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    // Sent again (a lost answer): answered from the log, not counted twice.
    device.sync(refused, first["cursors"].clone()).await;
    // A caseworker's change pokes.
    let cw = Client::new(&server, Some(&token));
    let (status, _) = cw
        .post(
            "/api/v1/participants/p1/records",
            json!({"kind": "message", "author": "caseworker", "body": {"text": "Velkommen"}, "sent_at": "2026-06-09T10:00:00Z"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    // An event stream, open while it is held.
    let stream = reqwest::Client::new()
        .get(format!("{}/api/v1/events", server.url()))
        .bearer_auth(device.token.as_deref().expect("token"))
        .send()
        .await
        .expect("events");
    assert_eq!(stream.status(), StatusCode::OK);

    let text = scrape(&url).await;
    let sync_ok =
        "veikart_http_requests_total{method=\"POST\",route=\"/api/v1/sync\",status=\"200\"}";
    assert_eq!(sample(&text, sync_ok), Some(4.0), "{text}");
    assert_eq!(
        sample(&text, "veikart_syncs_answered_total{from=\"memory\"}"),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        sample(&text, "veikart_syncs_answered_total{from=\"database\"}"),
        Some(3.0),
        "{text}"
    );
    let refused = "veikart_mutations_total{outcome=\"refused\",code=\"invalid_value\"}";
    assert_eq!(sample(&text, refused), Some(1.0), "{text}");
    assert!(
        sample(&text, "veikart_pokes_total").unwrap_or(0.0) >= 1.0,
        "{text}"
    );
    assert_eq!(
        sample(&text, "veikart_event_streams_open"),
        Some(1.0),
        "{text}"
    );
    assert!(
        text.contains("veikart_sync_duration_seconds_bucket"),
        "{text}"
    );
    let route = "veikart_http_requests_total{method=\"POST\",route=\"/api/v1/participants/{id}/records\",status=\"201\"}";
    assert_eq!(sample(&text, route), Some(1.0), "{text}");
    let device_id = device.device_id.clone().expect("device id");
    for private in ["p1", "Semhar", device_id.as_str(), token.as_str()] {
        assert!(!text.contains(private), "the metrics name {private}");
    }

    drop(stream);
    let until = Instant::now() + StdDuration::from_secs(5);
    loop {
        let text = scrape(&url).await;
        if sample(&text, "veikart_event_streams_open") == Some(0.0) {
            break;
        }
        assert!(Instant::now() < until, "a closed stream is still counted");
        tokio::time::sleep(StdDuration::from_millis(50)).await;
    }
}

on_both_backends!(
    ready_answers_when_the_database_does,
    metrics_count_what_happens_and_name_no_one,
);

/// With the database refusing connections, `/readyz` says 503, and the pool's state is in the
/// metrics (PostgreSQL has a pool worth watching).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn not_ready_while_postgresql_refuses_connections() {
    if PgStore::skipped() {
        return;
    }
    let db = tokio::task::spawn_blocking(PgTestDatabase::create)
        .await
        .expect("task")
        .expect("database");
    let store = PgStore::open(&db.url).await.expect("open");
    let server = TestServer::serve(store, db.url.clone(), HttpConfig::default())
        .await
        .expect("server");
    let text = scrape(&metrics_url(&server).await).await;
    assert!(
        sample(&text, "veikart_db_pool_connections{state=\"idle\"}").is_some(),
        "{text}"
    );

    let name = db.name().to_owned();
    let admin = |sql: String| async move {
        tokio::task::spawn_blocking(move || postgres_admin(&sql))
            .await
            .expect("task")
            .expect("admin sql");
    };
    admin(format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false")).await;
    admin(format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    ))
    .await;
    let resp = reqwest::get(format!("{}/readyz", server.url()))
        .await
        .expect("readyz");
    assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE);
    admin(format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true")).await;
    let resp = reqwest::get(format!("{}/readyz", server.url()))
        .await
        .expect("readyz");
    assert_eq!(resp.status(), StatusCode::OK);
    drop(server);
}

/// `--log-format json`: every log line is one JSON object a collector can read, on stderr, and
/// stdout keeps only what the command prints.
#[test]
fn json_logs_are_one_object_per_line() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}", dir.path().join("x.sqlite").display());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_veikart-server"))
        .args(["--log-format", "json", "--database", &url, "demo-seed"])
        .env("RUST_LOG", "info")
        .output()
        .expect("run");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(!lines.is_empty(), "no log lines");
    for line in lines {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(
            v["level"].is_string() && v["timestamp"].is_string(),
            "{line}"
        );
    }
    assert!(!String::from_utf8_lossy(&out.stdout).contains("\"level\""));
}
