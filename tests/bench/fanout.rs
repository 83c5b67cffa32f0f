//! Part five: a caseworker's change reaching every open device. 2,000 devices, members of one
//! course, spread over two instances on one PostgreSQL database, each listening on its event
//! stream as the app does; the caseworker moves the course's session through the first instance.
//! Measured per device: from the caseworker's request until the device's sync answer holds the
//! changed row.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use chrono::Utc;
use serde_json::{Value, json};
use tokio::sync::mpsc;
use veikart_protocol::PROTOCOL_VERSION;
use veikart_server::PgStore;
use veikart_server::domain::placement::{Home, placement};
use veikart_server::domain::tokens;
use veikart_server::store::{Device as ServerDevice, Role, Store, StoreError, Tx};
use veikart_server::testing::TestServer;
use veikart_tests::caseworker::CaseworkerApi;

pub struct Fanout {
    pub devices: usize,
    pub p50: Duration,
    pub p95: Duration,
    pub max: Duration,
}

pub async fn fanout(
    a: &TestServer<PgStore>,
    b: &TestServer<PgStore>,
    devices: usize,
) -> anyhow::Result<Fanout> {
    let (_, token) = a.bydel_with_caseworker("alna", Role::Caseworker).await;
    let cw = CaseworkerApi::new(&a.url(), &token);
    let course = CaseworkerApi::id(&cw.post("/courses", &json!({"name": {"text": "Norsk B1"}, "provider": "Rosenhof", "starts_on": "2026-08-17", "ends_on": "2027-06-01"})).await?)?;
    let start = Utc::now() + chrono::Duration::days(6);
    let session = CaseworkerApi::id(&cw.post(&format!("/courses/{course}/sessions"), &json!({"kind": "event", "event_kind": "class_session", "status": "scheduled", "starts_at": start, "ends_at": start + chrono::Duration::hours(2), "room": "Rom 203"})).await?)?;
    let tokens = seed(a, devices).await?;
    let cw = Arc::new(cw);
    // Members through the API, as a caseworker adds them; a few at a time.
    for chunk in (0..devices).collect::<Vec<_>>().chunks(16) {
        let puts = chunk.iter().map(|k| {
            let (cw, course) = (cw.clone(), course.clone());
            async move { cw.put(&format!("/courses/{course}/members/f{k:05}")).await }
        });
        for r in futures_util::future::join_all(puts).await {
            r?;
        }
    }

    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(devices * 2)
        .build()?;
    let (ready_tx, mut ready_rx) = mpsc::unbounded_channel::<()>();
    let (done_tx, mut done_rx) = mpsc::unbounded_channel::<Instant>();
    let (go_tx, go_rx) = tokio::sync::watch::channel(None::<Instant>);
    let mut tasks = Vec::with_capacity(devices);
    for (k, token) in tokens.into_iter().enumerate() {
        let base = if k % 2 == 0 { a.url() } else { b.url() };
        let device = Listening {
            http: http.clone(),
            base,
            token,
            session: session.clone(),
        };
        let (ready, done, go) = (ready_tx.clone(), done_tx.clone(), go_rx.clone());
        tasks.push(tokio::spawn(
            async move { device.run(ready, done, go).await },
        ));
    }
    drop((ready_tx, done_tx));
    for _ in 0..devices {
        tokio::time::timeout(Duration::from_secs(120), ready_rx.recv())
            .await
            .context("devices did not start listening in time")?
            .context("a device failed before listening")?;
    }
    // Let the syncs each stream's `ready` asks for settle.
    tokio::time::sleep(Duration::from_secs(2)).await;

    let t0 = Instant::now();
    let _ = go_tx.send(Some(t0));
    cw.patch(&format!("/records/{session}"), &json!({"room": "Rom 114"}))
        .await?;
    let mut took = Vec::with_capacity(devices);
    while took.len() < devices {
        match tokio::time::timeout(Duration::from_secs(30), done_rx.recv()).await {
            Ok(Some(at)) => took.push(at - t0),
            Ok(None) => break,
            Err(_) => bail!("{} of {devices} devices got the change in 30 s", took.len()),
        }
    }
    for t in tasks {
        t.abort();
    }
    if took.len() < devices {
        bail!("{} of {devices} devices got the change", took.len());
    }
    took.sort();
    let at = |p: f64| took[((took.len() - 1) as f64 * p).round() as usize];
    Ok(Fanout {
        devices,
        p50: at(0.5),
        p95: at(0.95),
        max: at(1.0),
    })
}

/// `devices` participants in bydel alna with one device each; their tokens.
async fn seed(server: &TestServer<PgStore>, devices: usize) -> anyhow::Result<Vec<String>> {
    let tokens: Vec<String> = (0..devices).map(|_| tokens::new_token()).collect();
    let hashes: Vec<String> = tokens.iter().map(|t| tokens::hash(t)).collect();
    server
        .store
        .write(move |tx: &mut dyn Tx| {
            for (k, hash) in hashes.iter().enumerate() {
                let id = format!("f{k:05}");
                let home = Home::Participant {
                    id: id.clone(),
                    bydel_id: "alna".into(),
                };
                let profile = json!({"kind": "profile", "id": id, "name": format!("Deltaker {k}"), "bydel_id": "alna", "settled_on": "2026-06-08"});
                let row: veikart_protocol::Row = serde_json::from_value(profile)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                tx.put_row(&placement(&row, &home), &row, "bench")?;
                let device = ServerDevice {
                    id: format!("fd{k:05}"),
                    participant_id: id,
                    bydel_id: "alna".into(),
                    name: "bench".into(),
                    created_at: Utc::now(),
                    last_seen_at: None,
                    revoked_at: None,
                    last_seq: 0,
                };
                tx.insert_device(&device, hash)?;
            }
            Ok::<_, StoreError>(())
        })
        .await?;
    Ok(tokens)
}

/// One device as the app runs it: a sync, its event stream, and a sync whenever it is poked.
struct Listening {
    http: reqwest::Client,
    base: String,
    token: String,
    session: String,
}

impl Listening {
    async fn run(
        self,
        ready: mpsc::UnboundedSender<()>,
        done: mpsc::UnboundedSender<Instant>,
        go: tokio::sync::watch::Receiver<Option<Instant>>,
    ) -> anyhow::Result<()> {
        let mut state = json!({"cursors": {}, "history": null});
        while self.sync(&mut state).await?.1 {}
        let mut events = self
            .http
            .get(format!("{}/api/v1/events", self.base))
            .bearer_auth(&self.token)
            .send()
            .await?
            .error_for_status()?;
        let mut buffer = String::new();
        loop {
            let chunk = events.chunk().await?.context("the event stream ended")?;
            buffer.push_str(&String::from_utf8_lossy(&chunk));
            while let Some(end) = buffer.find("\n\n") {
                let event: String = buffer.drain(..end + 2).collect();
                if event.contains("event: ready") {
                    let _ = ready.send(());
                } else if event.contains("event: sync") && go.borrow().is_some() {
                    loop {
                        let (got, more) = self.sync(&mut state).await?;
                        if got {
                            let _ = done.send(Instant::now());
                            return Ok(());
                        }
                        if !more {
                            break;
                        }
                    }
                }
            }
        }
    }

    /// One sync round trip; whether it brought the moved session, and whether there is more.
    async fn sync(&self, state: &mut Value) -> anyhow::Result<(bool, bool)> {
        let body = json!({"protocol": PROTOCOL_VERSION, "cursors": state["cursors"], "history": state["history"]});
        let answer: Value = self
            .http
            .post(format!("{}/api/v1/sync", self.base))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        state["cursors"] = answer["cursors"].clone();
        if !answer["history"].is_null() {
            state["history"] = answer["history"].clone();
        }
        let got = answer["changes"].as_array().is_some_and(|changes| {
            changes
                .iter()
                .any(|c| c["id"] == self.session.as_str() && c["row"]["room"] == "Rom 114")
        });
        Ok((got, answer["more"].as_bool().unwrap_or(false)))
    }
}
