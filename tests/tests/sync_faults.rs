//! Sync end to end under faults: the real server, three real clients and a caseworker writing
//! through the API, with a proxy between the clients and the server that drops, delays and
//! duplicates requests and cuts connections after the server committed. Every run is seeded; a
//! failure prints its seed, and `VEIKART_SYNC_SEED=N` replays it.
//!
//! Invariants: no mutation lost or applied twice; once the faults stop every client converges to
//! the server's state; no cursor ever skips a row (checked after every successful sync).
//!
//! Every fourth seed the server is also restored from a backup taken a third of the way in, two
//! thirds of the way in: the devices must send again what the restore took, and the invariants
//! above still hold.
//!
//! The same runs on PostgreSQL with two server instances on one database, as behind a load
//! balancer without sticky sessions: every step sends the devices' traffic, and the caseworker's,
//! to either instance at random (`sync_survives_a_faulty_network_on_two_postgres_instances`).

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use anyhow::{Context, bail, ensure};
use chrono::{Duration, Utc};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};
use veikart_client::{ClientError, Device};
use veikart_protocol::{ActivityStatus, ActivityType, EventKind, Response, Row};
use veikart_server::store::{Role, Store, StoreError, Tx};
use veikart_server::testing::{TestServer, TestStore};
use veikart_server::{HttpConfig, PgStore, SqliteStore};
use veikart_tests::caseworker::CaseworkerApi;
use veikart_tests::memory;
use veikart_tests::proxy::FaultProxy;

const STEPS: usize = 30;

struct World<S: Store> {
    server: TestServer<S>,
    /// A second instance on the same database, if the run has one.
    other: Option<TestServer<S>>,
    proxy: FaultProxy,
    cw: CaseworkerApi,
    /// The caseworker API of the other instance; swapped with `cw` at random.
    cw_other: Option<CaseworkerApi>,
    participants: Vec<String>,
    course: String,
    sessions: Vec<String>,
    /// Per participant: caseworker-made rows the caseworker keeps changing.
    activities: Vec<Vec<String>>,
    events: Vec<Vec<String>>,
    documents: Vec<Vec<String>>,
    clients: Vec<Device>,
    /// The text of every message each client's participant wrote, to check none is lost or doubled.
    written: Vec<Vec<String>>,
    token: String,
    /// A backup of the server and what the test knew of it then, for the seeds that restore one.
    backup: Option<Backup>,
}

struct Backup {
    dir: tempfile::TempDir,
    events: Vec<Vec<String>>,
}

impl Backup {
    fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("backup.sqlite")
    }
}

fn event(start_in_hours: i64) -> Value {
    let start = Utc::now() + Duration::hours(start_in_hours);
    json!({"kind": "event", "event_kind": "meeting", "status": "scheduled",
        "title": {"text": "Oppfølging"}, "starts_at": start, "ends_at": start + Duration::hours(1)})
}

fn config() -> HttpConfig {
    HttpConfig {
        // Small pages, so paging is exercised under faults too.
        sync_page: 7,
        ..HttpConfig::default()
    }
}

async fn setup<S: Backend>(seed: u64, instances: usize) -> anyhow::Result<World<S>> {
    let server = TestServer::<S>::fresh(config()).await?;
    let other = if instances > 1 {
        Some(server.another_instance(config()).await?)
    } else {
        None
    };
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = CaseworkerApi::new(&server.url(), &token);
    let cw_other = other.as_ref().map(|o| CaseworkerApi::new(&o.url(), &token));
    let token = token.clone();
    let course = CaseworkerApi::id(
        &cw.post("/courses", &json!({"name": {"text": "Norsk A2"}, "provider": "Rosenhof", "starts_on": "2026-08-17", "ends_on": "2027-06-01"}))
            .await?,
    )?;
    let mut sessions = Vec::new();
    for k in 0..5 {
        sessions.push(CaseworkerApi::id(
            &cw.post(&format!("/courses/{course}/sessions"), &event(24 * (k + 1)))
                .await?,
        )?);
    }
    let mut w = World {
        proxy: FaultProxy::start(server.url(), seed).await?,
        server,
        other,
        cw,
        cw_other,
        participants: Vec::new(),
        course,
        sessions,
        activities: Vec::new(),
        events: Vec::new(),
        documents: Vec::new(),
        clients: Vec::new(),
        written: Vec::new(),
        token,
        backup: None,
    };
    for (i, name) in ["Semhar Tesfay", "Olena Kovalenko", "Ahmad Rahimi"]
        .iter()
        .enumerate()
    {
        let p =
            w.cw.post(
                "/participants",
                &json!({"name": name, "settled_on": "2026-06-08"}),
            )
            .await?;
        let pid = CaseworkerApi::id(&p)?;
        let records = format!("/participants/{pid}/records");
        let goal = CaseworkerApi::id(&w.cw.post(&records, &json!({"kind": "goal", "goal_kind": "delmaal", "status": "active", "title": {"text": "Jobb"}})).await?)?;
        let mut acts = Vec::new();
        for (owner, title) in [
            ("participant", "CV"),
            ("participant", "Søknad"),
            ("caseworker", "Norskkurs"),
        ] {
            acts.push(CaseworkerApi::id(&w.cw.post(&records, &json!({"kind": "activity", "goal_id": goal, "activity_type": "job_search", "status": "planned", "owner": owner, "agreed": true, "title": {"text": title}})).await?)?);
        }
        let events = vec![CaseworkerApi::id(&w.cw.post(&records, &event(30)).await?)?];
        let case = CaseworkerApi::id(&w.cw.post(&records, &json!({"kind": "recognition_case", "credential": {"text": "Bachelor"}, "route": "hkdir_general", "status": "draft"})).await?)?;
        let mut docs = Vec::new();
        for kind in ["diploma", "translation"] {
            docs.push(CaseworkerApi::id(&w.cw.post(&records, &json!({"kind": "required_document", "case_id": case, "document_kind": kind, "status": "missing"})).await?)?);
        }
        w.cw.post(&records, &json!({"kind": "message", "author": "caseworker", "body": {"text": "Velkommen"}, "sent_at": Utc::now()})).await?;
        if i < 2 {
            w.cw.put(&format!("/courses/{}/members/{pid}", w.course))
                .await?;
        }
        // Enrol through the proxy while it is still honest.
        let device = Device::in_memory()?;
        let code = w.server.code(&pid, "grorud").await;
        device.enrol(&w.proxy.url(), &code, "phone").await?;
        w.participants.push(pid);
        w.activities.push(acts);
        w.events.push(events);
        w.documents.push(docs);
        w.clients.push(device);
        w.written.push(Vec::new());
    }
    Ok(w)
}

/// A participant's action on their device, chosen from what the device shows. Returns the text of
/// a message it wrote.
fn device_action(device: &Device, rng: &mut StdRng) -> anyhow::Result<Option<String>> {
    let today = veikart_client::screens::oslo_today(Utc::now());
    match rng.random_range(0..7) {
        0 => {
            let week = device.schedule(today, today + Duration::days(10))?;
            if let Some(e) = week.events.choose(rng) {
                let response = if rng.random_bool(0.5) {
                    Response::Coming
                } else {
                    Response::CantCome
                };
                device.answer_event(&e.event.id, response, Some("Sykt barn"))?;
            }
        }
        1 => {
            let plan = device.plan()?;
            let mine: Vec<_> = plan
                .goals
                .iter()
                .flat_map(|g| &g.activities)
                .filter(|a| a.mine)
                .collect();
            if let Some(a) = mine.choose(rng) {
                let status = *[
                    ActivityStatus::Proposed,
                    ActivityStatus::InProgress,
                    ActivityStatus::Done,
                ]
                .choose(rng)
                .unwrap_or(&ActivityStatus::Done);
                device.set_activity_status(&a.activity.id, status)?;
            }
        }
        2 => {
            device.propose_activity(
                "Søke jobb i butikk",
                None,
                ActivityType::JobSearch,
                None,
                None,
            )?;
        }
        3 => {
            let text = format!("Melding {}", rng.random::<u64>());
            device.send_message(&text)?;
            return Ok(Some(text));
        }
        4 => {
            let rec = device.recognition()?;
            let missing: Vec<_> = rec
                .cases
                .iter()
                .flat_map(|c| &c.documents)
                .filter(|d| d.document.status == veikart_protocol::DocumentStatus::Missing)
                .collect();
            if let Some(d) = missing.choose(rng) {
                device.mark_document_ready(&d.document.id)?;
            }
        }
        5 => {
            device.mark_messages_read()?;
        }
        _ => {
            let week = device.schedule(today, today + Duration::days(10))?;
            let meetings: Vec<_> = week
                .events
                .iter()
                .filter(|e| e.event.event_kind != EventKind::ClassSession)
                .collect();
            if let Some(e) = meetings.choose(rng) {
                device.add_agenda_item(&e.event.id, "Kan jeg få flere timer?")?;
            }
        }
    }
    Ok(None)
}

/// A caseworker's change, straight to the server.
async fn caseworker_action<S: Store>(w: &mut World<S>, rng: &mut StdRng) -> anyhow::Result<()> {
    let p = rng.random_range(0..w.participants.len());
    let pid = w.participants[p].clone();
    match rng.random_range(0..8) {
        0 => {
            let s = w.sessions.choose(rng).context("session")?;
            let start = Utc::now() + Duration::hours(rng.random_range(1..200));
            w.cw.patch(&format!("/records/{s}"), &json!({"starts_at": start, "ends_at": start + Duration::hours(2), "room": format!("Rom {}", rng.random_range(100..300))})).await?;
        }
        1 => {
            let s = w.sessions.choose(rng).context("session")?;
            let status = if rng.random_bool(0.5) {
                "cancelled"
            } else {
                "scheduled"
            };
            w.cw.patch(&format!("/records/{s}"), &json!({"status": status}))
                .await?;
        }
        2 => {
            let a = w.activities[p].choose(rng).context("activity")?;
            let status = *["planned", "cancelled", "in_progress"]
                .choose(rng)
                .unwrap_or(&"planned");
            w.cw.patch(&format!("/records/{a}"), &json!({"status": status}))
                .await?;
        }
        3 => {
            let d = w.documents[p].choose(rng).context("document")?;
            w.cw.patch(&format!("/records/{d}"), &json!({"status": "received"}))
                .await?;
        }
        4 => {
            w.cw.post(&format!("/participants/{pid}/records"), &json!({"kind": "message", "author": "caseworker", "body": {"text": "Husk møtet"}, "sent_at": Utc::now()})).await?;
        }
        5 => {
            // Course membership of the third participant comes and goes: scopes appear and drop.
            let third = &w.participants[2];
            if rng.random_bool(0.5) {
                w.cw.put(&format!("/courses/{}/members/{third}", w.course))
                    .await?;
            } else {
                w.cw.delete(&format!("/courses/{}/members/{third}", w.course))
                    .await?;
            }
        }
        6 => {
            if let Some(e) = w.events[p].pop() {
                w.cw.delete(&format!("/records/{e}")).await?;
            }
            let e = CaseworkerApi::id(
                &w.cw
                    .post(
                        &format!("/participants/{pid}/records"),
                        &event(rng.random_range(2..100)),
                    )
                    .await?,
            )?;
            w.events[p].push(e);
        }
        _ => {
            let a = w.activities[p][0].clone();
            w.cw.patch(
                &format!("/records/{a}"),
                &json!({"title": {"text": format!("CV v{}", rng.random::<u8>())}}),
            )
            .await?;
        }
    }
    Ok(())
}

/// The server's rows (tombstones included) in `scope`, as (version, row).
async fn server_scope<S: Store>(
    w: &World<S>,
    scope: &str,
) -> anyhow::Result<BTreeMap<String, (u64, Option<Row>)>> {
    let scope = scope.to_owned();
    let rows = w
        .server
        .store
        .read(move |tx: &mut dyn Tx| tx.changes_since(&scope, 0, 1_000_000))
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.id, (r.version, r.row)))
        .collect())
}

/// No cursor skips a row: every server row at or below the client's cursor is on the client at
/// exactly that version (or absent, if it is a tombstone).
async fn check_no_skip<S: Store>(w: &World<S>, client: usize) -> anyhow::Result<()> {
    let device = &w.clients[client];
    let held: BTreeMap<String, (String, u64, Row)> = device
        .versioned_rows()?
        .into_iter()
        .map(|(scope, v, row)| (row.id().to_owned(), (scope, v, row)))
        .collect();
    for (scope, cursor) in device.cursors()? {
        for (id, (version, row)) in server_scope(w, &scope).await? {
            if version > cursor {
                continue;
            }
            match (row, held.get(&id)) {
                (Some(row), Some((s, v, r))) => ensure!(
                    *s == scope && *v == version && *r == row,
                    "client {client}: {id} at {v} in {s}, server has {version} in {scope} (cursor {cursor})"
                ),
                (Some(_), None) => bail!(
                    "client {client}: {id}@{version} skipped below cursor {cursor} of {scope}"
                ),
                (None, Some(_)) => bail!(
                    "client {client}: {id} deleted at {version} but still held (cursor {cursor})"
                ),
                (None, None) => {}
            }
        }
    }
    Ok(())
}

async fn sync_some<S: Store>(w: &World<S>, which: &[usize]) -> anyhow::Result<()> {
    let results = futures_util::future::join_all(which.iter().map(|&i| w.clients[i].sync())).await;
    for (&i, r) in which.iter().zip(results) {
        match r {
            Ok(_) => check_no_skip(w, i).await?,
            Err(ClientError::Offline(_)) => {}
            Err(e) => bail!("client {i}: unexpected sync error {e}"),
        }
    }
    Ok(())
}

/// What a backend can do in this test beyond the common part: back up and restore.
trait Backend: TestStore {
    /// Whether every fourth seed restores the server from a backup.
    const RESTORES: bool;

    async fn take_backup(w: &mut World<Self>) -> anyhow::Result<()>;

    /// Replace the server by one restored from the backup (as an operator does: a new history),
    /// at a new address behind the same proxy.
    async fn restore_backup(w: &mut World<Self>) -> anyhow::Result<()>;
}

impl Backend for SqliteStore {
    const RESTORES: bool = true;

    async fn take_backup(w: &mut World<Self>) -> anyhow::Result<()> {
        let backup = Backup {
            dir: tempfile::tempdir()?,
            events: w.events.clone(),
        };
        w.server.store.backup_to(&backup.path()).await?;
        w.backup = Some(backup);
        Ok(())
    }

    async fn restore_backup(w: &mut World<Self>) -> anyhow::Result<()> {
        let backup = w.backup.take().context("a backup first")?;
        let restored = TestServer::start_restored(&backup.path(), config()).await?;
        w.proxy.set_upstream(restored.url());
        w.cw = CaseworkerApi::new(&restored.url(), &w.token);
        let mut old = std::mem::replace(&mut w.server, restored);
        old.stop().await;
        w.events = backup.events;
        Ok(())
    }
}

/// PostgreSQL's restore (pg_restore, then a new history) is tested in `tests/restore.rs`.
impl Backend for PgStore {
    const RESTORES: bool = false;

    async fn take_backup(_: &mut World<Self>) -> anyhow::Result<()> {
        bail!("this test does not restore PostgreSQL")
    }

    async fn restore_backup(_: &mut World<Self>) -> anyhow::Result<()> {
        bail!("this test does not restore PostgreSQL")
    }
}

/// Send the next requests to either instance, as a load balancer without sticky sessions does.
fn balance<S: Store>(w: &mut World<S>, rng: &mut StdRng) {
    let Some(other) = &w.other else { return };
    if rng.random_bool(0.5) {
        let url = if rng.random_bool(0.5) {
            w.server.url()
        } else {
            other.url()
        };
        w.proxy.set_upstream(url);
    }
    if let Some(cw_other) = &mut w.cw_other
        && rng.random_bool(0.5)
    {
        std::mem::swap(&mut w.cw, cw_other);
    }
}

/// Sync every client once; whether each then holds every scope at the server's version.
async fn all_current<S: Store>(w: &World<S>) -> anyhow::Result<bool> {
    for device in &w.clients {
        device.sync().await?;
        for (scope, cursor) in device.cursors()? {
            let version = w
                .server
                .store
                .read(move |tx: &mut dyn Tx| tx.scope_version(&scope))
                .await?;
            if cursor != version {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// The participant's own messages on the server, by text, for the lost-or-doubled check.
async fn written_on_server<S: Store>(
    w: &World<S>,
    participant: &str,
) -> anyhow::Result<Vec<String>> {
    let p = participant.to_owned();
    let rows = w
        .server
        .store
        .read(move |tx: &mut dyn Tx| {
            tx.participant_rows(&p, Some(veikart_protocol::RowKind::Message))
        })
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| match r.row {
            Some(Row::Message(m)) if m.author == veikart_protocol::Author::Participant => {
                Some(m.body.text)
            }
            _ => None,
        })
        .collect())
}

async fn run<S: Backend>(seed: u64, instances: usize) -> anyhow::Result<()> {
    let mut w = setup::<S>(seed, instances).await?;
    let mut rng = StdRng::seed_from_u64(seed);
    let restores = S::RESTORES && seed.is_multiple_of(4);
    w.proxy.set_faulty(true);
    for step in 0..STEPS {
        if restores && step == STEPS / 3 {
            S::take_backup(&mut w).await?;
        }
        if restores && step == 2 * STEPS / 3 {
            S::restore_backup(&mut w).await?;
        }
        balance(&mut w, &mut rng);
        match rng.random_range(0..10) {
            0..4 => {
                let c = rng.random_range(0..w.clients.len());
                if let Some(text) = device_action(&w.clients[c], &mut rng)? {
                    w.written[c].push(text);
                }
            }
            4..7 => {
                let which: Vec<usize> = (0..w.clients.len())
                    .filter(|_| rng.random_bool(0.6))
                    .collect();
                sync_some(&w, &which).await?;
            }
            _ => caseworker_action(&mut w, &mut rng).await?,
        }
    }
    // The faults stop: every client must converge.
    w.proxy.set_faulty(false);
    if w.other.is_some() {
        // An instance hears of the other's last writes a moment after they commit (and pokes the
        // devices listening then): until it has, a device syncing there is told nothing is new.
        let until = std::time::Instant::now() + std::time::Duration::from_secs(3);
        while !all_current(&w).await? && std::time::Instant::now() < until {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
    for (i, device) in w.clients.iter().enumerate() {
        device
            .sync()
            .await
            .with_context(|| format!("client {i} final sync"))?;
        check_no_skip(&w, i).await?;
        ensure!(
            device.sync_status()?.pending == 0,
            "client {i}: outbox not empty"
        );
        let enrolment = device.enrolment()?.context("enrolled")?;
        let sent: u64 = device.setting("next_seq")?.map_or(Ok(1), |s| s.parse())? - 1;
        // No mutation lost or applied twice: the server processed exactly 1..=sent, once each
        // (its log's primary key would have failed a second application).
        let device_id = enrolment.device_id.clone();
        let (last_seq, outcomes) = w
            .server
            .store
            .read(move |tx: &mut dyn Tx| {
                let d = tx.device(&device_id)?.expect("device");
                let mut outcomes = Vec::new();
                for seq in 1..=d.last_seq + 1 {
                    outcomes.push(tx.mutation_outcome(&device_id, seq)?);
                }
                Ok::<_, StoreError>((d.last_seq, outcomes))
            })
            .await?;
        ensure!(
            last_seq == sent,
            "client {i}: sent {sent}, server processed {last_seq}"
        );
        ensure!(
            outcomes.last() == Some(&None),
            "client {i}: an outcome past last_seq"
        );
        let server_rejected: Vec<u64> = outcomes
            .iter()
            .enumerate()
            .filter(|(_, o)| matches!(o, Some(veikart_protocol::MutationOutcome::Rejected { .. })))
            .map(|(k, _)| k as u64 + 1)
            .collect();
        let mut client_rejected: Vec<u64> = device
            .sync_status()?
            .rejected
            .iter()
            .map(|r| r.seq)
            .collect();
        client_rejected.sort();
        if restores {
            // Refusals from before the restore stay on the device although the server forgot them.
            ensure!(
                server_rejected.iter().all(|s| client_rejected.contains(s)),
                "client {i}: refusals the device does not show: server {server_rejected:?}, device {client_rejected:?}"
            );
        } else {
            ensure!(
                server_rejected == client_rejected,
                "client {i}: refusals the device does not show: server {server_rejected:?}, device {client_rejected:?}"
            );
        }
        // A mutation applied twice would meet its own id.
        ensure!(
            device
                .sync_status()?
                .rejected
                .iter()
                .all(|r| r.code != veikart_protocol::RejectCode::IdTaken),
            "client {i}: a mutation was applied twice"
        );
        let mut on_server = written_on_server(&w, &w.participants[i]).await?;
        on_server.sort();
        let mut written = w.written[i].clone();
        written.sort();
        ensure!(
            on_server == written,
            "client {i}: messages lost or doubled: wrote {}, server holds {}",
            written.len(),
            on_server.len()
        );
        // Converged: the device holds exactly the server's live rows of its scopes.
        let cursors = device.cursors()?;
        let mut expected = BTreeMap::new();
        for scope in cursors.keys() {
            let version = {
                let s = scope.clone();
                w.server
                    .store
                    .read(move |tx: &mut dyn Tx| tx.scope_version(&s))
                    .await?
            };
            ensure!(
                cursors[scope] == version,
                "client {i}: cursor {} of {scope} but the scope is at {version}",
                cursors[scope]
            );
            for (id, (v, row)) in server_scope(&w, scope).await? {
                if let Some(row) = row {
                    expected.insert(id, (scope.clone(), v, row));
                }
            }
        }
        let held: BTreeMap<String, (String, u64, Row)> = device
            .versioned_rows()?
            .into_iter()
            .map(|(s, v, r)| (r.id().to_owned(), (s, v, r)))
            .collect();
        ensure!(
            held == expected,
            "client {i} did not converge: holds {} rows, server {}",
            held.len(),
            expected.len()
        );
        ensure!(
            cursors.contains_key(&format!("p:{}", w.participants[i])),
            "client {i} lost its own scope"
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_survives_a_faulty_network() {
    run_seeds::<SqliteStore>(1, "VEIKART_SYNC_SEEDS", 200).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_survives_a_faulty_network_on_two_postgres_instances() {
    if PgStore::skipped() {
        return;
    }
    run_seeds::<PgStore>(2, "VEIKART_SYNC_PG_SEEDS", 40).await;
}

/// Run the seeds (`VEIKART_SYNC_SEED=N` for one, `$count_var` for how many, else `default`).
async fn run_seeds<S: Backend>(instances: usize, count_var: &str, default: u64) {
    let seeds: Vec<u64> = match std::env::var("VEIKART_SYNC_SEED") {
        Ok(one) => vec![one.parse().expect("VEIKART_SYNC_SEED is a number")],
        Err(_) => {
            let n: u64 = std::env::var(count_var)
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(default);
            (1..=n).collect()
        }
    };
    let total = seeds.len();
    let mut failures = Vec::new();
    let mut after_first_chunk = None;
    // A few seeds at a time: each has its own server, database and proxy.
    for chunk in seeds.chunks(4) {
        let results = futures_util::future::join_all(
            chunk
                .iter()
                .map(|&s| async move { (s, run::<S>(s, instances).await) }),
        )
        .await;
        for (seed, r) in results {
            if let Err(e) = r {
                eprintln!(
                    "seed {seed} on {} failed: {e:#}  (replay: VEIKART_SYNC_SEED={seed} cargo test -p veikart-tests --test sync_faults)",
                    S::NAME
                );
                failures.push(seed);
            }
        }
        if after_first_chunk.is_none() {
            after_first_chunk = memory::resident().map(|(now, _)| now);
        }
    }
    // Everything a seed made (server, pool, proxy, tasks) must go with it: report what stayed.
    if let (Some(first), Some((now, peak))) = (after_first_chunk, memory::resident()) {
        let per_seed = now.saturating_sub(first) as f64 / total.max(1) as f64;
        eprintln!(
            "memory ({}): {:.1} MB after the first seeds, {:.1} MB at the end, peak {:.1} MB ({:.1} KB per seed)",
            S::NAME,
            memory::mb(first),
            memory::mb(now),
            memory::mb(peak),
            per_seed / 1024.0
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {total} seeds on {} failed: {failures:?}",
        failures.len(),
        S::NAME
    );
    eprintln!("{total} seeds passed on {}", S::NAME);
}
