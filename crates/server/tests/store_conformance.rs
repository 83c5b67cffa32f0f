//! The store conformance suite: every behaviour of `Store` and `Tx` that domain code relies on,
//! written once and run against every backend (`sqlite::…` and `postgres::…`). A new backend is
//! done when this passes.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Duration, NaiveDate, Utc};
use veikart_protocol::{
    Activity, ActivityStatus, ActivityType, Event, EventKind, EventStatus, MutationOutcome, Owner,
    Profile, RecognitionCase, RecognitionRoute, RecognitionStatus, RejectCode, Row, RowKind,
    StatusChange, Text,
};
use veikart_server::domain::error::DomainError;
use veikart_server::domain::indicators::{self, Indicators, Period};
use veikart_server::domain::placement::{Home, placement};
use veikart_server::domain::{records, report_rows, signin};
use veikart_server::on_both_backends;
use veikart_server::retention_job::{self, Policy};
use veikart_server::store::{
    Caseworker, ConsoleSession, Device, EnrolmentCode, Notice, Placement, Role, SigninFailures,
    SsoClaim, SsoLogin, Store, StoreError, Tx, WordingProposal,
};
use veikart_server::testing::{TestDatabase, TestStore};
use veikart_server::{App, HttpConfig};

type R<T> = Result<T, StoreError>;

async fn fresh<S: TestStore>() -> (S, String, TestDatabase) {
    S::fresh()
        .await
        .unwrap_or_else(|e| panic!("cannot make a {} database: {e}", S::NAME))
}

async fn write<S: Store, T: Send + 'static>(
    store: &S,
    f: impl FnOnce(&mut dyn Tx) -> R<T> + Clone + Send + 'static,
) -> (T, Vec<Notice>) {
    store.write(f).await.expect("write")
}

fn scope(scope: &str, version: u64) -> Notice {
    Notice::Scope {
        scope: scope.to_owned(),
        version,
    }
}

async fn read<S: Store, T: Send + 'static>(
    store: &S,
    f: impl FnOnce(&mut dyn Tx) -> R<T> + Send + 'static,
) -> T {
    store.read(f).await.expect("read")
}

fn profile(id: &str) -> Row {
    Row::Profile(Profile::new(
        id,
        format!("Name of {id}"),
        NaiveDate::from_ymd_opt(2026, 6, 8).expect("date"),
    ))
}

fn at(scope: &str) -> Placement {
    Placement {
        scope: scope.to_owned(),
        bydel_id: "grorud".to_owned(),
        participant_id: Some("p1".to_owned()),
        parent_id: None,
    }
}

/// Microseconds: what both backends keep of a time.
fn micros(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(t.timestamp_micros()).expect("time")
}

fn caseworker(id: &str, bydel: &str, name: &str, email: &str) -> Caseworker {
    Caseworker {
        id: id.to_owned(),
        bydel_id: bydel.to_owned(),
        name: name.to_owned(),
        email: email.to_owned(),
        role: Role::Caseworker,
        school_id: None,
    }
}

async fn with_caseworkers<S: Store>(store: &S) {
    write(store, |tx| {
        tx.insert_bydel("grorud", "Grorud")?;
        tx.insert_bydel("alna", "Alna")?;
        tx.insert_caseworker(&caseworker("cw1", "grorud", "Nora", "nora@bgr.test"))?;
        tx.insert_caseworker(&caseworker("cw2", "grorud", "Ali", "ali@bgr.test"))?;
        tx.insert_caseworker(&caseworker("cw3", "alna", "Kari", "kari@bal.test"))?;
        Ok(())
    })
    .await;
}

/// Every write of a row takes the next version of its scope; scopes count on their own, and the
/// write hands back the scopes it bumped, each once, at the version it left them.
async fn scope_versions_rise_per_scope_and_touched_scopes_are_reported<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let ((a1, a2, b1), touched) = write(&store, |tx| {
        let a1 = tx.put_row(&at("p:a"), &profile("r1"), "test")?;
        let a2 = tx.put_row(&at("p:a"), &profile("r2"), "test")?;
        let b1 = tx.put_row(&at("p:b"), &profile("r3"), "test")?;
        assert_eq!(tx.touched_scopes(), ["p:a", "p:b"]);
        Ok((a1, a2, b1))
    })
    .await;
    assert_eq!((a1, a2, b1), (1, 2, 1));
    assert_eq!(touched, [scope("p:a", 2), scope("p:b", 1)]);
    let (v, touched) = write(&store, |tx| tx.put_row(&at("p:a"), &profile("r1"), "test")).await;
    assert_eq!((v, touched), (3, vec![scope("p:a", 3)]));
    let versions = read(&store, |tx| {
        Ok((
            tx.scope_version("p:a")?,
            tx.scope_version("p:b")?,
            tx.scope_version("p:never")?,
        ))
    })
    .await;
    assert_eq!(versions, (3, 1, 0));
    // A read bumps nothing.
    let touched = read(&store, |tx| Ok(tx.touched_scopes())).await;
    assert!(touched.is_empty());
}

/// A row reads back as written, with its placement, version, time and author.
async fn a_row_reads_back_as_written<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let placement = Placement {
        scope: "p:p1".into(),
        bydel_id: "grorud".into(),
        participant_id: Some("p1".into()),
        parent_id: Some("goal-1".into()),
    };
    let p = placement.clone();
    let (now, _) = write(&store, move |tx| {
        tx.put_row(&p, &profile("r1"), "cw1")?;
        Ok(tx.now())
    })
    .await;
    let got = read(&store, |tx| tx.row("r1")).await.expect("row");
    assert_eq!(got.id, "r1");
    assert_eq!(got.kind, RowKind::Profile);
    assert_eq!(got.placement, placement);
    assert_eq!(got.version, 1);
    assert_eq!(got.row, Some(profile("r1")));
    assert_eq!(got.updated_at, micros(now));
    assert_eq!(got.updated_by, "cw1");
    assert_eq!(read(&store, |tx| tx.row("nothing")).await, None);
}

/// Rows by participant, parent and bydel: live ones only, of the kind asked, oldest version first.
async fn rows_are_found_by_participant_parent_and_bydel<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    write(&store, |tx| {
        let mut child = at("p:p1");
        child.parent_id = Some("parent".into());
        tx.put_row(&child, &profile("c2"), "t")?;
        tx.put_row(&child, &profile("c1"), "t")?;
        tx.put_row(&at("p:p1"), &profile("plain"), "t")?;
        let other = Placement {
            scope: "p:p2".into(),
            bydel_id: "alna".into(),
            participant_id: Some("p2".into()),
            parent_id: None,
        };
        tx.put_row(&other, &profile("elsewhere"), "t")?;
        tx.delete_row("plain", "t")?;
        Ok(())
    })
    .await;
    let ids = |rows: Vec<veikart_server::store::StoredRow>| {
        rows.into_iter().map(|r| r.id).collect::<Vec<_>>()
    };
    let (by_participant, by_kind, none_of_kind, children, bydel) = read(&store, |tx| {
        Ok((
            tx.participant_rows("p1", None)?,
            tx.participant_rows("p1", Some(RowKind::Profile))?,
            tx.participant_rows("p1", Some(RowKind::Message))?,
            tx.child_rows("parent", RowKind::Profile)?,
            tx.bydel_rows("alna", RowKind::Profile)?,
        ))
    })
    .await;
    assert_eq!(ids(by_participant), ["c2", "c1"]);
    assert_eq!(ids(by_kind), ["c2", "c1"]);
    assert!(none_of_kind.is_empty());
    assert_eq!(ids(children), ["c2", "c1"]);
    assert_eq!(ids(bydel), ["elsewhere"]);
}

/// Deleting keeps the id as a tombstone at a new version with no body; the live queries skip it,
/// the changes carry it, and deleting it again changes nothing.
async fn a_deleted_row_is_a_tombstone_at_a_new_version<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    write(&store, |tx| tx.put_row(&at("p:p1"), &profile("r1"), "t")).await;
    let (v, touched) = write(&store, |tx| tx.delete_row("r1", "cw1")).await;
    assert_eq!((v, touched), (Some(2), vec![scope("p:p1", 2)]));
    let (again, touched) = write(&store, |tx| tx.delete_row("r1", "cw1")).await;
    assert_eq!((again, touched), (None, vec![]));
    let (missing, _) = write(&store, |tx| tx.delete_row("never", "cw1")).await;
    assert_eq!(missing, None);
    let (row, live, changes, version) = read(&store, |tx| {
        Ok((
            tx.row("r1")?,
            tx.participant_rows("p1", None)?,
            tx.changes_since("p:p1", 0, 10)?,
            tx.scope_version("p:p1")?,
        ))
    })
    .await;
    let row = row.expect("the tombstone keeps its id");
    assert_eq!(
        (row.version, row.row, row.updated_by.as_str()),
        (2, None, "cw1")
    );
    assert!(live.is_empty());
    assert_eq!(changes.len(), 1);
    assert_eq!((changes[0].id.as_str(), changes[0].version), ("r1", 2));
    assert_eq!(changes[0].row, None);
    assert_eq!(version, 2);
    // Written again, it lives again.
    write(&store, |tx| tx.put_row(&at("p:p1"), &profile("r1"), "t")).await;
    let live = read(&store, |tx| tx.participant_rows("p1", None)).await;
    assert_eq!(live.len(), 1);
    assert_eq!(live[0].version, 3);
}

/// Changes come oldest version first, only above the cursor, only of the scope, at most `limit`; a
/// row written again moves to its new version.
async fn changes_since_orders_by_version_and_pages<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    write(&store, |tx| {
        for i in 1..=6 {
            tx.put_row(&at("p:a"), &profile(&format!("r{i}")), "t")?;
        }
        tx.put_row(&at("p:b"), &profile("other"), "t")?;
        // r2 again: it is now the newest.
        tx.put_row(&at("p:a"), &profile("r2"), "t")?;
        Ok(())
    })
    .await;
    let page = |after: u64, limit: usize| {
        let store = store.clone();
        async move {
            read(&store, move |tx| tx.changes_since("p:a", after, limit))
                .await
                .into_iter()
                .map(|c| (c.id, c.version))
                .collect::<Vec<_>>()
        }
    };
    let first = page(0, 3).await;
    assert_eq!(
        first,
        [("r1".into(), 1), ("r3".into(), 3), ("r4".into(), 4)]
    );
    let rest = page(4, 3).await;
    assert_eq!(rest, [("r5".into(), 5), ("r6".into(), 6), ("r2".into(), 7)]);
    assert!(page(7, 3).await.is_empty());
    assert_eq!(page(0, 100).await.len(), 6);
    let row = read(&store, |tx| tx.changes_since("p:a", 6, 1)).await;
    assert_eq!(row[0].row, Some(profile("r2")));
}

/// A write that fails keeps nothing: no row, no version, no touched scope.
async fn a_failed_write_keeps_nothing<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let failed = store
        .write(|tx: &mut dyn Tx| {
            tx.put_row(&at("p:p1"), &profile("r1"), "t")?;
            tx.audit("cw1", "edit", "r1")?;
            Err::<(), _>(StoreError::Corrupt("changed my mind".into()))
        })
        .await;
    assert!(matches!(failed, Err(StoreError::Corrupt(_))));
    let (row, version, audit) = read(&store, |tx| {
        Ok((
            tx.row("r1")?,
            tx.scope_version("p:p1")?,
            tx.audit_entries(&["cw1".to_owned()], None, 10)?,
        ))
    })
    .await;
    assert_eq!((row, version), (None, 0));
    assert!(audit.is_empty());
}

/// The outcome of a device's mutation is kept once: a second insert for the same (device, seq)
/// fails loudly, whether in the same transaction or a later one, and the first outcome stays.
async fn a_second_outcome_for_the_same_seq_fails<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let rejected = MutationOutcome::Rejected {
        code: RejectCode::NotFound,
        message: "not found".into(),
    };
    let r = rejected.clone();
    write(&store, move |tx| {
        tx.record_outcome("d1", 1, &MutationOutcome::Applied)?;
        tx.record_outcome("d1", 2, &r)?;
        // Another device's seq 1 is its own.
        tx.record_outcome("d2", 1, &MutationOutcome::Applied)
    })
    .await;
    let again = store
        .write(|tx: &mut dyn Tx| tx.record_outcome("d1", 1, &MutationOutcome::Applied))
        .await;
    assert!(again.is_err(), "a second outcome for (d1, 1) was accepted");
    let twice_in_one = store
        .write(|tx: &mut dyn Tx| {
            tx.record_outcome("d3", 1, &MutationOutcome::Applied)?;
            tx.record_outcome("d3", 1, &MutationOutcome::Applied)
        })
        .await;
    assert!(twice_in_one.is_err());
    let got = read(&store, |tx| {
        Ok((
            tx.mutation_outcome("d1", 1)?,
            tx.mutation_outcome("d1", 2)?,
            tx.mutation_outcome("d1", 3)?,
            tx.mutation_outcome("d3", 1)?,
        ))
    })
    .await;
    assert_eq!(
        got,
        (Some(MutationOutcome::Applied), Some(rejected), None, None)
    );
}

/// A flag one writer raises and another waits for, at most a while: on a backend whose writers
/// queue (SQLite) the other is not running yet, and the wait simply ends.
#[derive(Clone, Default)]
struct Latch(std::sync::Arc<(std::sync::Mutex<bool>, std::sync::Condvar)>);

impl Latch {
    fn raise(&self) {
        let (flag, cv) = &*self.0;
        *flag.lock().unwrap() = true;
        cv.notify_all();
    }

    fn wait(&self) {
        let (flag, cv) = &*self.0;
        let guard = flag.lock().unwrap();
        let _ = cv
            .wait_timeout_while(guard, std::time::Duration::from_secs(2), |up| !*up)
            .unwrap();
    }
}

/// A duplicated request applied by two writers at once, each finding no outcome in its own
/// snapshot (two instances behind a load balancer): the later one must not fail, but run again
/// and replay the outcome the first kept. On PostgreSQL the second insert meets the first's
/// uncommitted row; on SQLite the writers queue and the second simply finds it.
async fn one_outcome_recorded_by_two_writers_at_once_is_replayed<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let first_wrote = Latch::default();
    let second_read = Latch::default();
    // The first records, tells, and waits for the second to have read before it commits.
    let first = {
        let store = store.clone();
        let (wrote, read) = (first_wrote.clone(), second_read.clone());
        tokio::spawn(async move {
            store
                .write(move |tx: &mut dyn Tx| -> R<&'static str> {
                    if tx.mutation_outcome("d1", 7)?.is_some() {
                        return Ok("replayed");
                    }
                    tx.record_outcome("d1", 7, &MutationOutcome::Applied)?;
                    wrote.raise();
                    read.wait();
                    Ok("recorded")
                })
                .await
                .map(|(v, _)| v)
        })
    };
    // The second reads once the first has written (its snapshot without the first's row), tells,
    // and records too.
    let second = {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .write(move |tx: &mut dyn Tx| -> R<&'static str> {
                    first_wrote.wait();
                    if tx.mutation_outcome("d1", 7)?.is_some() {
                        return Ok("replayed");
                    }
                    second_read.raise();
                    tx.record_outcome("d1", 7, &MutationOutcome::Applied)?;
                    Ok("recorded")
                })
                .await
                .map(|(v, _)| v)
        })
    };
    let mut got = vec![
        first.await.unwrap().expect("the first writer"),
        second
            .await
            .unwrap()
            .expect("the second writer must replay, not fail"),
    ];
    got.sort();
    assert_eq!(got, ["recorded", "replayed"]);
    let kept = read(&store, |tx| tx.mutation_outcome("d1", 7)).await;
    assert_eq!(kept, Some(MutationOutcome::Applied));
}

/// Devices: found by token hash and id, listed per participant (oldest first) and per bydel;
/// revoked once; seen and last_seq kept; a revocation and a new last_seq are told as notices.
async fn devices_are_kept_revoked_and_touched<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let t0 = micros(Utc::now() - Duration::hours(2));
    let device = |id: &str, p: &str, bydel: &str, created: DateTime<Utc>| Device {
        id: id.to_owned(),
        participant_id: p.to_owned(),
        bydel_id: bydel.to_owned(),
        name: format!("phone {id}"),
        created_at: created,
        last_seen_at: None,
        revoked_at: None,
        last_seq: 0,
    };
    let (d1, d2, d3) = (
        device("d1", "p1", "grorud", t0 + Duration::minutes(5)),
        device("d2", "p1", "grorud", t0),
        device("d3", "p2", "alna", t0),
    );
    let (a, b, c) = (d1.clone(), d2.clone(), d3.clone());
    write(&store, move |tx| {
        tx.insert_device(&a, "hash-1")?;
        tx.insert_device(&b, "hash-2")?;
        tx.insert_device(&c, "hash-3")
    })
    .await;
    let (by_hash, by_id, none, of_p1) = read(&store, |tx| {
        Ok((
            tx.device_by_token_hash("hash-1")?,
            tx.device("d3")?,
            tx.device_by_token_hash("nope")?,
            tx.devices_of("p1")?,
        ))
    })
    .await;
    assert_eq!(by_hash, Some(d1.clone()));
    assert_eq!(by_id, Some(d3));
    assert_eq!(none, None);
    assert_eq!(of_p1, [d2, d1]);
    let ((first, second, now), notices) = write(&store, |tx| {
        let first = tx.revoke_device("d1")?;
        let second = tx.revoke_device("d1")?;
        tx.touch_device("d2")?;
        tx.set_last_seq("d2", 6)?;
        tx.set_last_seq("d2", 7)?;
        Ok((first, second, tx.now()))
    })
    .await;
    assert!(first && !second, "revoked once: {first} {second}");
    let revoked = Notice::Revoked {
        device_id: "d1".into(),
    };
    let seq = Notice::Seq {
        device_id: "d2".into(),
        last_seq: 7,
    };
    assert_eq!(notices, [revoked, seq]);
    let (_, again) = write(&store, |tx| tx.revoke_device("d1")).await;
    assert!(again.is_empty(), "revoking a revoked device tells nobody");
    let (d1, d2, mut in_grorud) = read(&store, |tx| {
        Ok((tx.device("d1")?, tx.device("d2")?, tx.devices_in("grorud")?))
    })
    .await;
    assert_eq!(d1.and_then(|d| d.revoked_at), Some(micros(now)));
    let d2 = d2.expect("d2");
    assert_eq!((d2.last_seen_at, d2.last_seq), (Some(micros(now)), 7));
    in_grorud.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(
        in_grorud.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["d1", "d2"]
    );
}

/// Enrolment codes: kept with their times, failures counted one by one, used once.
async fn enrolment_codes_count_failures_and_are_used<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let created = micros(Utc::now());
    let code = EnrolmentCode {
        lookup: "ABCD".into(),
        secret_hash: "h".into(),
        participant_id: "p1".into(),
        bydel_id: "grorud".into(),
        created_by: "cw1".into(),
        created_at: created,
        expires_at: created + Duration::hours(72),
        used_at: None,
        failed_attempts: 0,
    };
    let c = code.clone();
    write(&store, move |tx| tx.insert_code(&c)).await;
    assert_eq!(read(&store, |tx| tx.code("ABCD")).await, Some(code.clone()));
    assert_eq!(read(&store, |tx| tx.code("ZZZZ")).await, None);
    let (now, _) = write(&store, |tx| {
        tx.record_code_failure("ABCD")?;
        tx.record_code_failure("ABCD")?;
        tx.mark_code_used("ABCD")?;
        Ok(tx.now())
    })
    .await;
    let got = read(&store, |tx| tx.code("ABCD")).await.expect("code");
    assert_eq!(got.failed_attempts, 2);
    assert_eq!(got.used_at, Some(micros(now)));
}

/// Bydeler and caseworkers: names sorted, looked up by id, token and exact e-mail.
async fn caseworkers_and_bydeler_are_found<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    write(&store, |tx| {
        tx.set_caseworker_token("cw1", "token-hash")?;
        tx.set_placement_months("grorud", 4)?;
        tx.set_placement_months("grorud", 5)?;
        // Inserting a bydel again renames it.
        tx.insert_bydel("alna", "Bydel Alna")
    })
    .await;
    let got = read(&store, |tx| {
        Ok((
            tx.bydeler()?,
            tx.bydel_name("grorud")?,
            tx.bydel_name("nowhere")?,
            tx.caseworker("cw3")?,
            tx.caseworker_by_token_hash("token-hash")?.map(|c| c.id),
            tx.caseworker_id_by_email("ali@bgr.test")?,
            tx.caseworkers_in("grorud")?
                .into_iter()
                .map(|c| c.name)
                .collect::<Vec<_>>(),
            tx.placement_months("grorud")?,
            tx.placement_months("alna")?,
        ))
    })
    .await;
    assert_eq!(
        got.0,
        [
            ("alna".to_owned(), "Bydel Alna".to_owned()),
            ("grorud".to_owned(), "Grorud".to_owned())
        ]
    );
    assert_eq!(got.1.as_deref(), Some("Grorud"));
    assert_eq!(got.2, None);
    assert_eq!(
        got.3,
        Some(caseworker("cw3", "alna", "Kari", "kari@bal.test"))
    );
    assert_eq!(got.4.as_deref(), Some("cw1"));
    assert_eq!(got.5.as_deref(), Some("cw2"));
    assert_eq!(got.6, ["Ali", "Nora"]);
    assert_eq!((got.7, got.8), (Some(5), None));
    // An e-mail is one account's.
    let taken = store
        .write(|tx: &mut dyn Tx| {
            tx.insert_caseworker(&caseworker("cw9", "grorud", "X", "nora@bgr.test"))
        })
        .await;
    assert!(taken.is_err());
}

/// Every role, the municipality admin's and the teacher's included, reads back as written (a
/// teacher with their school).
async fn every_role_is_kept<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    let roles = Role::ALL;
    write(&store, move |tx| {
        tx.insert_school("vo", "Oslo Voksenopplæring")?;
        for (i, role) in roles.into_iter().enumerate() {
            let mut c = caseworker(&format!("r{i}"), "grorud", "R", &format!("r{i}@bgr.test"));
            c.role = role;
            c.school_id = (role == Role::Teacher).then(|| "vo".to_owned());
            tx.insert_caseworker(&c)?;
        }
        Ok(())
    })
    .await;
    let got = read(&store, move |tx| {
        (0..roles.len())
            .map(|i| {
                Ok(tx
                    .caseworker(&format!("r{i}"))?
                    .map(|c| (c.role, c.school_id)))
            })
            .collect::<Result<Vec<_>, StoreError>>()
    })
    .await;
    assert_eq!(
        got,
        roles.map(|r| Some((r, (r == Role::Teacher).then(|| "vo".to_owned()))))
    );
}

/// A teacher belongs to a school that exists, and only a teacher belongs to one: both databases
/// refuse anything else.
async fn only_a_teacher_has_a_school<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    write(&store, |tx| tx.insert_school("vo", "Oslo Voksenopplæring")).await;
    for (role, school) in [
        (Role::Teacher, None),
        (Role::Teacher, Some("no-such-school")),
        (Role::Caseworker, Some("vo")),
    ] {
        let refused = store
            .write(move |tx: &mut dyn Tx| {
                let mut c = caseworker("t9", "grorud", "T", "t9@vo.test");
                c.role = role;
                c.school_id = school.map(str::to_owned);
                tx.insert_caseworker(&c)
            })
            .await;
        assert!(refused.is_err(), "{role:?} with {school:?} was kept");
    }
    assert_eq!(
        read(&store, |tx| tx.schools()).await,
        [("vo".to_owned(), "Oslo Voksenopplæring".to_owned())]
    );
}

/// Sign-in finds the account whatever the case of the e-mail typed, with its password hash.
async fn sign_in_looks_the_email_up_without_case<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    write(&store, |tx| tx.set_password_hash("cw1", "argon-hash")).await;
    let (upper, lower, none, without) = read(&store, |tx| {
        Ok((
            tx.caseworker_login("NORA@Bgr.Test")?,
            tx.caseworker_login("nora@bgr.test")?,
            tx.caseworker_login("nobody@bgr.test")?,
            tx.caseworker_login("ali@bgr.test")?,
        ))
    })
    .await;
    let (cw, hash) = upper.expect("found without case");
    assert_eq!(
        (cw.id.as_str(), hash.as_deref()),
        ("cw1", Some("argon-hash"))
    );
    assert_eq!(lower.map(|(c, _)| c.id).as_deref(), Some("cw1"));
    assert!(none.is_none());
    assert_eq!(without.map(|(_, h)| h), Some(None));
}

/// Five wrong sign-ins lock the address; a right one clears the count; the record keeps its time.
async fn sign_in_failures_are_counted_locked_and_cleared<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    for i in 1..=5 {
        let (claimed, _) = write(&store, |tx| signin::claim_attempt(tx, "a@b.test")).await;
        assert!(claimed, "attempt {i} refused");
    }
    let (claimed, _) = write(&store, |tx| signin::claim_attempt(tx, "a@b.test")).await;
    assert!(!claimed, "the sixth attempt passed the lock");
    let f = read(&store, |tx| tx.signin_failures("a@b.test")).await;
    assert_eq!(f.failures, 5);
    assert!(f.locked_until.is_some_and(|t| t > Utc::now()));
    // Another address is not locked.
    assert_eq!(
        read(&store, |tx| tx.signin_failures("c@d.test")).await,
        SigninFailures::default()
    );
    let until = micros(Utc::now() + Duration::minutes(3));
    write(&store, move |tx| {
        tx.set_signin_failures(
            "e@f.test",
            &SigninFailures {
                failures: 2,
                locked_until: Some(until),
            },
        )?;
        signin::succeeded(tx, "a@b.test")
    })
    .await;
    let (a, e) = read(&store, |tx| {
        Ok((
            tx.signin_failures("a@b.test")?,
            tx.signin_failures("e@f.test")?,
        ))
    })
    .await;
    assert_eq!(a, SigninFailures::default());
    assert_eq!(
        e,
        SigninFailures {
            failures: 2,
            locked_until: Some(until)
        }
    );
}

/// Parallel wrong sign-ins for one address are each counted: none reads a count another has raised
/// but not yet committed (on PostgreSQL they come through separate connections, as from several
/// instances).
async fn parallel_sign_in_attempts_are_all_counted<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let attempts: Vec<_> = (0..4)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .write(|tx: &mut dyn Tx| signin::claim_attempt(tx, "x@y.test"))
                    .await
                    .expect("attempt")
                    .0
            })
        })
        .collect();
    for a in attempts {
        assert!(a.await.expect("task"));
    }
    let f = read(&store, |tx| tx.signin_failures("x@y.test")).await;
    assert_eq!(f.failures, 4);
}

fn session(hash: &str, cw: &str, created: DateTime<Utc>, seen: DateTime<Utc>) -> ConsoleSession {
    ConsoleSession {
        token_hash: hash.to_owned(),
        caseworker_id: cw.to_owned(),
        csrf: format!("csrf-{hash}"),
        created_at: created,
        expires_at: created + Duration::hours(8),
        last_seen_at: seen,
    }
}

/// Sessions end when they expire or when they have been idle since the cut-off; a request
/// (touch) keeps one alive.
async fn idle_and_expired_sessions_end<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    let now = micros(Utc::now());
    let fresh_one = session("fresh", "cw1", now - Duration::minutes(10), now);
    let idle = session(
        "idle",
        "cw1",
        now - Duration::hours(1),
        now - Duration::minutes(45),
    );
    let expired = session("expired", "cw2", now - Duration::hours(9), now);
    let touched = session(
        "touched",
        "cw2",
        now - Duration::hours(1),
        now - Duration::minutes(45),
    );
    let sessions = [fresh_one.clone(), idle, expired, touched.clone()];
    write(&store, move |tx| {
        for s in &sessions {
            tx.insert_session(s)?;
        }
        tx.touch_session("touched", now)?;
        tx.delete_expired_sessions(now - Duration::minutes(30))
    })
    .await;
    let got = read(&store, |tx| {
        Ok((
            tx.session("fresh")?,
            tx.session("idle")?,
            tx.session("expired")?,
            tx.session("touched")?,
        ))
    })
    .await;
    assert_eq!(got.0, Some(fresh_one));
    assert_eq!((got.1, got.2), (None, None));
    assert_eq!(
        got.3,
        Some(ConsoleSession {
            last_seen_at: now,
            ..touched
        })
    );
    write(&store, |tx| tx.delete_session("fresh")).await;
    assert_eq!(read(&store, |tx| tx.session("fresh")).await, None);
}

/// A new password ends the account's other sessions: every one but the kept one, no one else's.
async fn delete_sessions_of_ends_all_but_the_kept_one<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    let now = micros(Utc::now());
    let (ended, _) = write(&store, move |tx| {
        for (hash, cw) in [("a", "cw1"), ("b", "cw1"), ("c", "cw1"), ("d", "cw2")] {
            tx.insert_session(&session(hash, cw, now, now))?;
        }
        tx.delete_sessions_of("cw1", Some("b"))
    })
    .await;
    assert_eq!(ended, 2);
    let left = read(&store, |tx| {
        Ok((tx.session("a")?, tx.session("b")?, tx.session("d")?))
    })
    .await;
    assert!(left.0.is_none() && left.1.is_some() && left.2.is_some());
    let (ended, _) = write(&store, |tx| tx.delete_sessions_of("cw1", None)).await;
    assert_eq!(ended, 1);
    assert!(read(&store, |tx| tx.session("b")).await.is_none());
}

/// The audit log pages newest first, below an id, for the actors asked only.
async fn audit_entries_page_newest_first<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let (now, _) = write(&store, |tx| {
        for i in 0..5 {
            tx.audit("cw1", "view", &format!("p{i}"))?;
            tx.audit("cw3", "view", &format!("q{i}"))?;
        }
        tx.audit("cw2", "edit", "p9")?;
        Ok(tx.now())
    })
    .await;
    let actors = vec!["cw1".to_owned(), "cw2".to_owned()];
    let a = actors.clone();
    let first = read(&store, move |tx| tx.audit_entries(&a, None, 3)).await;
    let targets = |page: &[veikart_server::store::AuditEntry]| {
        page.iter().map(|e| e.target.clone()).collect::<Vec<_>>()
    };
    assert_eq!(targets(&first), ["p9", "p4", "p3"]);
    assert!(first.windows(2).all(|w| w[0].id > w[1].id));
    assert_eq!(first[0].at, micros(now));
    assert_eq!(
        (first[0].actor.as_str(), first[0].action.as_str()),
        ("cw2", "edit")
    );
    let before = first.last().map(|e| e.id);
    let a = actors.clone();
    let second = read(&store, move |tx| tx.audit_entries(&a, before, 3)).await;
    assert_eq!(targets(&second), ["p2", "p1", "p0"]);
    let before = second.last().map(|e| e.id);
    let third = read(&store, move |tx| tx.audit_entries(&actors, before, 3)).await;
    assert!(third.is_empty());
    let nobody = read(&store, |tx| tx.audit_entries(&[], None, 3)).await;
    assert!(nobody.is_empty());
}

/// The bydel settings kept in meta (three-way weeks, absence rules) belong to one bydel each, and
/// a stored value that is not a number is an error, not a silent default.
async fn a_bydels_own_settings_are_kept_per_bydel<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    write(&store, |tx| {
        tx.set_three_way_weeks("b1", 6)?;
        tx.set_three_way_weeks("b1", 12)?;
        tx.set_absence_rules("b2", "{\"flag_hours_per_month\":7}")
    })
    .await;
    let got = read(&store, |tx| {
        Ok((
            tx.three_way_weeks("b1")?,
            tx.three_way_weeks("b2")?,
            tx.absence_rules("b1")?,
            tx.absence_rules("b2")?,
        ))
    })
    .await;
    assert_eq!(
        got,
        (
            Some(12),
            None,
            None,
            Some("{\"flag_hours_per_month\":7}".to_owned())
        )
    );
    write(&store, |tx| tx.set_meta("three_way_weeks:b3", "many")).await;
    let bad = store.read(|tx| tx.three_way_weeks("b3")).await;
    assert!(matches!(bad, Err(StoreError::Corrupt(_))), "{bad:?}");
}

/// Meta values are kept and replaced; the history is made with the database, stored in its meta,
/// and the same when the database is opened again.
async fn meta_and_history_are_kept<S: TestStore>() {
    let (store, url, _db) = fresh::<S>().await;
    let history = store.history().to_owned();
    assert_eq!(history.len(), 16, "{history}");
    write(&store, |tx| {
        tx.set_meta("k", "one")?;
        tx.set_meta("k", "two")
    })
    .await;
    let (k, none, stored) = read(&store, |tx| {
        Ok((tx.meta("k")?, tx.meta("missing")?, tx.meta("history")?))
    })
    .await;
    assert_eq!((k.as_deref(), none), (Some("two"), None));
    assert_eq!(stored.as_deref(), Some(history.as_str()));
    let again = S::reopen(&url).await.expect("reopen");
    assert_eq!(again.history(), history);
    let other = fresh::<S>().await.0;
    assert_ne!(
        other.history(),
        history,
        "each database has its own history"
    );
}

/// Concurrent writers of one scope get distinct, gapless versions, and every write is kept.
async fn concurrent_writers_of_one_scope_get_every_version_once<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let store = store.clone();
            tokio::spawn(async move {
                let mut versions = Vec::new();
                for i in 0..10 {
                    let id = format!("w{w}-{i}");
                    let (v, _) = store
                        .write(move |tx: &mut dyn Tx| tx.put_row(&at("p:p1"), &profile(&id), "t"))
                        .await
                        .expect("write");
                    versions.push(v);
                }
                versions
            })
        })
        .collect();
    let mut all = Vec::new();
    for w in writers {
        all.extend(w.await.expect("writer"));
    }
    all.sort_unstable();
    assert_eq!(all, (1..=40).collect::<Vec<u64>>());
    let changes = read(&store, |tx| tx.changes_since("p:p1", 0, 100)).await;
    assert_eq!(
        changes.iter().map(|c| c.version).collect::<Vec<_>>(),
        (1..=40).collect::<Vec<u64>>()
    );
}

/// One transaction, one snapshot: another writer commits to a scope between this transaction's
/// read of the scope's changes and its read of the scope's counter, and the counter still agrees
/// with the changes. In a read, and in a write that has written elsewhere first (a sync carrying
/// mutations reads the changes after applying them). Under READ COMMITTED the counter would move
/// past the rows read, and a device's cursor would skip the row.
async fn a_transaction_reads_one_snapshot_while_others_commit<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    write(&store, |tx| tx.put_row(&at("p:x"), &profile("r1"), "t")).await;
    for in_write in [false, true] {
        let (go, go_rx) = std::sync::mpsc::channel::<()>();
        let (done, done_rx) = std::sync::mpsc::channel::<()>();
        let done_rx = std::sync::Arc::new(std::sync::Mutex::new(done_rx));
        let other = {
            let store = store.clone();
            tokio::spawn(async move {
                tokio::task::spawn_blocking(move || go_rx.recv())
                    .await
                    .unwrap()
                    .unwrap();
                let id = format!("late-{in_write}");
                store
                    .write(move |tx: &mut dyn Tx| tx.put_row(&at("p:x"), &profile(&id), "t"))
                    .await
                    .expect("the other write");
                let _ = done.send(());
            })
        };
        let body = move |tx: &mut dyn Tx| {
            if in_write {
                tx.put_row(&at("p:own"), &profile("own"), "t")?;
            }
            let rows = tx.changes_since("p:x", 0, 100)?;
            let _ = go.send(());
            // Time for the other writer to commit (on SQLite it waits for this write to end).
            let _ = done_rx
                .lock()
                .unwrap()
                .recv_timeout(std::time::Duration::from_secs(1));
            let version = tx.scope_version("p:x")?;
            Ok((rows.last().map_or(0, |r| r.version), version))
        };
        let (last_row, counter) = if in_write {
            write(&store, body).await.0
        } else {
            read(&store, body).await
        };
        assert_eq!(
            last_row,
            counter,
            "the counter moved past the rows read in one {} transaction",
            if in_write { "write" } else { "read" }
        );
        other.await.expect("other writer");
    }
}

/// Attempts are counted per key in the current window, whichever connection counts them.
async fn attempts_are_counted_per_key_and_window<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let mut counts = Vec::new();
    for key in [
        "enrol:10.0.0.1",
        "enrol:10.0.0.1",
        "enrol:10.0.0.2",
        "enrol:10.0.0.1",
    ] {
        let (n, _) = write(&store, move |tx| tx.count_attempt(key, 3600)).await;
        counts.push(n);
    }
    // Unless the hour turned between two of them, the first address counts 1, 2, 3.
    assert!(
        counts == [1, 2, 1, 3] || counts.iter().all(|&n| n <= 3),
        "counts: {counts:?}"
    );
    // Concurrent attempts from one address are all counted.
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .write(|tx| tx.count_attempt("signin:10.0.0.9", 3600))
                    .await
                    .map(|(n, _)| n)
            })
        })
        .collect();
    let mut seen = Vec::new();
    for h in handles {
        seen.push(h.await.expect("task").expect("write"));
    }
    seen.sort_unstable();
    if seen[0] == 1 {
        assert_eq!(seen, (1..=8).collect::<Vec<_>>());
    }
}

async fn wording_proposals_are_kept_per_bydel_and_forgotten_with_their_participant<S: TestStore>() {
    let (store, _, _db) = fresh::<S>().await;
    let now = Utc::now();
    let proposal =
        |id: &str, bydel: &str, participant: &str, comment: Option<&str>| WordingProposal {
            id: id.into(),
            bydel_id: bydel.into(),
            participant_id: participant.into(),
            device_id: format!("dev-{participant}"),
            language: "ti".into(),
            key: "msg-send".into(),
            text: "ስደድ".into(),
            comment: comment.map(str::to_owned),
            created_at: now,
        };
    let a = proposal("dev-p1-a", "grorud", "p1", Some("«ስደዱ» is plural"));
    let b = proposal("dev-p2-b", "ostensjo", "p2", None);
    let c = proposal("dev-p3-c", "grorud", "p3", None);
    let (inserted, notices) = write(&store, {
        let (a, b, c) = (a.clone(), b.clone(), c.clone());
        move |tx| {
            Ok(vec![
                tx.insert_wording_proposal(&a)?,
                tx.insert_wording_proposal(&b)?,
                tx.insert_wording_proposal(&c)?,
                // The same id again: refused, the first kept.
                tx.insert_wording_proposal(&WordingProposal {
                    text: "other".into(),
                    ..a
                })?,
            ])
        }
    })
    .await;
    assert_eq!(inserted, vec![true, true, true, false]);
    assert!(notices.is_empty(), "no device follows proposals");
    let grorud = read(&store, |tx| tx.wording_proposals(Some("grorud"))).await;
    let ids: Vec<_> = grorud.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, vec!["dev-p1-a", "dev-p3-c"]);
    assert_eq!(grorud[0].text, "ስደድ");
    assert_eq!(grorud[0].comment.as_deref(), Some("«ስደዱ» is plural"));
    assert_eq!(grorud[0].created_at, micros(now));
    assert_eq!(grorud[0].device_id, "dev-p1");
    let all = read(&store, |tx| tx.wording_proposals(None)).await;
    assert_eq!(all.len(), 3);
    let (n, _) = write(&store, |tx| tx.delete_wording_proposals_of("p1")).await;
    assert_eq!(n, 1);
    let left = read(&store, |tx| tx.wording_proposals(None)).await;
    assert_eq!(
        left.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        vec!["dev-p2-b", "dev-p3-c"]
    );
}

fn sso_login(state: &str, created: DateTime<Utc>) -> SsoLogin {
    SsoLogin {
        state_hash: state.to_owned(),
        pkce_verifier: format!("verifier-{state}"),
        nonce: format!("nonce-{state}"),
        created_at: micros(created),
    }
}

/// A sign-on's state is claimed once: the first claim gets its verifier and nonce, every later one
/// is told it was used, and a state never stored is unknown. Old ones are forgotten.
async fn a_sign_on_state_is_claimed_once<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let now = Utc::now();
    let (a, old) = (
        sso_login("a", now),
        sso_login("old", now - Duration::hours(1)),
    );
    let stored = (a.clone(), old.clone());
    write(&store, move |tx| {
        tx.insert_sso_login(&stored.0)?;
        tx.insert_sso_login(&stored.1)
    })
    .await;
    let (first, _) = write(&store, |tx| tx.claim_sso_login("a")).await;
    assert_eq!(first, SsoClaim::Fresh(a));
    let (again, _) = write(&store, |tx| tx.claim_sso_login("a")).await;
    assert_eq!(again, SsoClaim::Used);
    let (none, _) = write(&store, |tx| tx.claim_sso_login("never")).await;
    assert_eq!(none, SsoClaim::Unknown);
    let (gone, _) = write(&store, move |tx| {
        tx.delete_sso_logins_before(now - Duration::minutes(10))
    })
    .await;
    assert_eq!(gone, 1);
    let (after, _) = write(&store, |tx| tx.claim_sso_login("old")).await;
    assert_eq!(after, SsoClaim::Unknown);
    // Used or not, "a" is young enough to be kept (a replay of it is still told apart).
    let (kept, _) = write(&store, |tx| tx.claim_sso_login("a")).await;
    assert_eq!(kept, SsoClaim::Used);
}

/// Of many claims of one state at once, exactly one gets it.
async fn parallel_claims_of_one_state_let_one_through<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    let login = sso_login("race", Utc::now());
    write(&store, move |tx| tx.insert_sso_login(&login)).await;
    let claims: Vec<_> = (0..8)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { write(&store, |tx| tx.claim_sso_login("race")).await.0 })
        })
        .collect();
    let mut fresh_ones = 0;
    for c in claims {
        match c.await.unwrap() {
            SsoClaim::Fresh(_) => fresh_ones += 1,
            SsoClaim::Used => {}
            SsoClaim::Unknown => panic!("the state was stored"),
        }
    }
    assert_eq!(fresh_ones, 1);
}

/// A caseworker is found by the subject an admin tied them to; a new subject replaces the old one,
/// and untying forgets it.
async fn caseworkers_are_found_by_their_sign_on_subject<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    write(&store, |tx| {
        tx.set_sso_subject("cw1", Some("sub-nora"))?;
        tx.set_sso_subject("cw3", Some("sub-kari"))
    })
    .await;
    let found = read(&store, |tx| {
        Ok((
            tx.caseworker_id_by_sso_subject("sub-nora")?,
            tx.caseworker_id_by_sso_subject("sub-kari")?,
            tx.caseworker_id_by_sso_subject("SUB-NORA")?,
            tx.sso_subject("cw1")?,
            tx.sso_subject("cw2")?,
        ))
    })
    .await;
    assert_eq!(
        found,
        (
            Some("cw1".into()),
            Some("cw3".into()),
            None,
            Some("sub-nora".into()),
            None
        )
    );
    write(&store, |tx| {
        tx.set_sso_subject("cw1", Some("sub-nora-2"))?;
        tx.set_sso_subject("cw3", None)
    })
    .await;
    let after = read(&store, |tx| {
        Ok((
            tx.caseworker_id_by_sso_subject("sub-nora")?,
            tx.caseworker_id_by_sso_subject("sub-nora-2")?,
            tx.caseworker_id_by_sso_subject("sub-kari")?,
        ))
    })
    .await;
    assert_eq!(after, (None, Some("cw1".into()), None));
    // One subject, one account: tying it to a second one fails and changes nothing.
    let taken = store
        .write(|tx| tx.set_sso_subject("cw2", Some("sub-nora-2")))
        .await;
    assert!(taken.is_err());
    assert_eq!(read(&store, |tx| tx.sso_subject("cw2")).await, None);
}

/// The today page's queues read every kind they count from the store on each backend, and only
/// the caseworker's bydel: another bydel's rows of every kind, and an answer pointing at another
/// bydel's event, are never counted (see `testing::today` for what each count holds).
async fn today_queues_count_one_bydel_exactly<S: TestStore>() {
    use veikart_server::domain::today;
    use veikart_server::testing::today as seed;
    let (store, _url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    let now = read(&store, |tx| Ok(tx.now())).await;
    let day = now.with_timezone(&chrono_tz::Europe::Oslo).date_naive();
    let mut rows = seed::rows("grorud", "Egen", day, &seed::session_id("alna"));
    rows.extend(seed::rows(
        "alna",
        "Fremmed",
        day,
        &seed::session_id("grorud"),
    ));
    write(&store, move |tx| {
        for (placement, row) in &rows {
            tx.put_row(placement, row, "test")?;
        }
        Ok(())
    })
    .await;
    let cw = caseworker("cw1", "grorud", "Nora", "nora@bgr.test");
    let (t, _) = store
        .write(move |tx| today::load(tx, &cw, false))
        .await
        .expect("today");
    let counts = [
        t.deadlines.len(),
        t.overdue(),
        t.meetings.len(),
        t.cant_come.len(),
        t.proposals.len(),
        t.documents.len(),
        t.unread_messages,
        t.unread.len(),
    ];
    assert_eq!(counts, seed::COUNTS);
    let shown = format!("{t:?}");
    assert!(
        !shown.contains("alna") && !shown.contains("Fremmed"),
        "{shown}"
    );
    assert_eq!(t.deadlines[0].who.id, "grorud-late");
    assert_eq!(t.cant_come[0].event_id, seed::session_id("grorud"));
    assert_eq!(t.cant_come[0].course_id.as_deref(), Some("grorud-course"));
    // Only mine: nobody in the seed has a caseworker, so nothing is theirs.
    let cw = caseworker("cw1", "grorud", "Nora", "nora@bgr.test");
    let (mine, _) = store
        .write(move |tx| today::load(tx, &cw, true))
        .await
        .expect("today");
    assert_eq!(
        mine.proposals.len() + mine.deadlines.len() + mine.unread_messages,
        0
    );
}

/// What a device says it holds of a scope only rises, and is listed per scope.
async fn scope_acks_keep_the_highest_version_per_device_and_scope<S: TestStore>() {
    let (store, _url, _db) = fresh::<S>().await;
    write(&store, |tx| {
        tx.ack_scope("d1", "p:a", 5)?;
        tx.ack_scope("d1", "p:a", 3)?;
        tx.ack_scope("d2", "p:a", 7)?;
        tx.ack_scope("d1", "c:x", 2)?;
        tx.ack_scope("d2", "p:a", 9)?;
        Ok(())
    })
    .await;
    let a = read(&store, |tx| tx.scope_acks("p:a")).await;
    assert_eq!(a, vec![("d1".to_owned(), 5), ("d2".to_owned(), 9)]);
    let x = read(&store, |tx| tx.scope_acks("c:x")).await;
    assert_eq!(x, vec![("d1".to_owned(), 2)]);
    assert!(read(&store, |tx| tx.scope_acks("p:none")).await.is_empty());
}

// Retention (domain::retention, retention_job): deletion after the period, not before; the
// reports' numbers kept; the audit log pruned by age.

fn oslo_today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Europe::Oslo)
        .date_naive()
}

fn months_ago(months: u32) -> NaiveDate {
    oslo_today()
        .checked_sub_months(chrono::Months::new(months))
        .expect("date")
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

/// A participant of `bydel` whose programme ended on `ended`, with what the reports count (a
/// started programme, a placement, a submitted recognition application, a three-way meeting held)
/// and what identifies them (a device, an enrolment code, a wording proposal).
async fn leaver<S: Store>(store: &S, bydel: &str, id: &str, ended: Option<NaiveDate>) {
    let (bydel, id) = (bydel.to_owned(), id.to_owned());
    write(store, move |tx| {
        let home = Home::Participant {
            id: id.clone(),
            bydel_id: bydel.clone(),
        };
        let profile = Row::Profile(Profile {
            bydel_id: bydel.clone(),
            bydel_name: bydel.clone(),
            programme_start: Some(day("2024-03-01")),
            programme_end: ended,
            recognition_relevant: true,
            ..Profile::new(id.clone(), format!("Name of {id}"), day("2024-01-15"))
        });
        let activity = Row::Activity(Activity {
            id: format!("{id}-act"),
            goal_id: None,
            activity_type: ActivityType::WorkPractice,
            status: ActivityStatus::Done,
            owner: Owner::Caseworker,
            agreed: true,
            title: Text::nb("Praksis"),
            description: None,
            due: None,
            starts_on: Some(day("2024-05-02")),
            ends_on: None,
            place: None,
            seen: None,
            response: None,
            from_event_id: None,
        });
        let case = Row::RecognitionCase(RecognitionCase {
            id: format!("{id}-case"),
            credential: Text::nb("Bachelor"),
            country: None,
            level: None,
            route: RecognitionRoute::HkdirGeneral,
            authority: None,
            status: RecognitionStatus::InProcessing,
            case_number: None,
            history: vec![StatusChange {
                status: RecognitionStatus::Submitted,
                on: day("2024-04-10"),
            }],
            sent: None,
        });
        let starts = "2024-06-03T08:00:00Z"
            .parse::<DateTime<Utc>>()
            .expect("time");
        let meeting = Row::Event(Event {
            id: format!("{id}-meeting"),
            event_kind: EventKind::Trekantsamtale,
            course_id: None,
            activity_id: None,
            title: None,
            starts_at: starts,
            ends_at: starts + Duration::hours(1),
            place: None,
            room: None,
            bring: None,
            parties: Vec::new(),
            status: EventStatus::Scheduled,
            agenda: None,
            next_steps: None,
            school_part: None,
            previous: None,
        });
        for row in [profile, activity, case, meeting] {
            tx.put_row(&placement(&row, &home), &row, "test")?;
        }
        let device = Device {
            id: format!("{id}-phone"),
            participant_id: id.clone(),
            bydel_id: bydel.clone(),
            name: "Samsung".into(),
            created_at: tx.now(),
            last_seen_at: None,
            revoked_at: None,
            last_seq: 0,
        };
        tx.insert_device(&device, &format!("hash-{id}"))?;
        tx.record_outcome(&device.id, 1, &MutationOutcome::Applied)?;
        tx.ack_scope(&device.id, &format!("p:{id}"), 1)?;
        tx.insert_code(&EnrolmentCode {
            lookup: format!("{id}-code"),
            secret_hash: "h".into(),
            participant_id: id.clone(),
            bydel_id: bydel.clone(),
            created_by: "test".into(),
            created_at: tx.now(),
            expires_at: tx.now(),
            used_at: None,
            failed_attempts: 0,
        })?;
        tx.insert_wording_proposal(&WordingProposal {
            id: format!("{id}-wording"),
            bydel_id: bydel.clone(),
            participant_id: id.clone(),
            device_id: device.id.clone(),
            language: "ti".into(),
            key: "msg-send".into(),
            text: "ስደድ".into(),
            comment: None,
            created_at: tx.now(),
        })?;
        Ok(())
    })
    .await;
}

/// Everything stored about a participant: rows (tombstones too), devices, codes, proposals.
async fn traces<S: Store>(store: &S, bydel: &str, id: &str) -> (bool, usize, usize, usize) {
    let (bydel, id) = (bydel.to_owned(), id.to_owned());
    read(store, move |tx| {
        Ok((
            tx.row(&id)?.is_some(),
            tx.devices_of(&id)?.len(),
            tx.codes_of(&id)?.len(),
            tx.wording_proposals(Some(&bydel))?
                .iter()
                .filter(|p| p.participant_id == id)
                .count(),
        ))
    })
    .await
}

async fn report<S: Store>(store: &S, bydel: &str) -> Indicators {
    let bydel = bydel.to_owned();
    let period = Period::new(day("2024-01-01"), day("2024-12-31")).expect("period");
    store
        .read(move |tx| {
            let rows = report_rows::of_bydel(tx, &bydel)?;
            Ok::<_, DomainError>(indicators::indicators(&rows, period, Utc::now()))
        })
        .await
        .expect("report")
}

async fn retention_deletes_after_the_period_not_before_and_keeps_the_reports<S: TestStore>() {
    let (store, _, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    // Grorud keeps data the default 12 months; Alna chose 24.
    write(&store, |tx| tx.set_retention_months("alna", 24)).await;
    let months = read(&store, |tx| {
        Ok((tx.retention_months("grorud")?, tx.retention_months("alna")?))
    })
    .await;
    assert_eq!(months, (None, Some(24)));
    leaver(&store, "grorud", "gone", Some(months_ago(13))).await;
    leaver(&store, "grorud", "recent", Some(months_ago(11))).await;
    leaver(&store, "grorud", "ongoing", None).await;
    leaver(&store, "alna", "alna-13", Some(months_ago(13))).await;
    let before = (report(&store, "grorud").await, report(&store, "alna").await);
    assert_eq!(
        (
            before.0.settled,
            before.0.placed,
            before.0.trekantsamtaler_held
        ),
        (3, 3, 3)
    );
    assert_eq!(before.0.recognition_applied, 3);

    let app = App::new(store.clone(), HttpConfig::default());
    let summary = retention_job::run_once(&app, Policy::default(), Utc::now())
        .await
        .expect("run");
    assert_eq!(summary.participants_deleted, 1);
    assert_eq!(
        (
            summary.rows,
            summary.devices,
            summary.codes,
            summary.wording_proposals
        ),
        (4, 1, 1, 1)
    );
    assert_eq!(traces(&store, "grorud", "gone").await, (false, 0, 0, 0));
    for (bydel, kept) in [
        ("grorud", "recent"),
        ("grorud", "ongoing"),
        ("alna", "alna-13"),
    ] {
        assert_eq!(traces(&store, bydel, kept).await, (true, 1, 1, 1), "{kept}");
    }
    let outcome = read(&store, |tx| tx.mutation_outcome("gone-phone", 1)).await;
    assert_eq!(outcome, None, "the device's mutation log goes with it");
    let acks = read(&store, |tx| tx.scope_acks("p:gone")).await;
    assert!(
        acks.is_empty(),
        "what the device held goes with it: {acks:?}"
    );
    let kept_acks = read(&store, |tx| tx.scope_acks("p:recent")).await;
    assert_eq!(kept_acks.len(), 1);
    // The reports give the same numbers, from what was kept; nothing in it names anyone.
    assert_eq!(
        (report(&store, "grorud").await, report(&store, "alna").await),
        before
    );
    let kept = read(&store, |tx| tx.report_facts("grorud")).await;
    assert_eq!(kept.len(), 1);
    assert!(!kept[0].contains("gone"), "{}", kept[0]);
    // The deletion is in the audit log, by id.
    let audit = read(&store, |tx| tx.audit_entries_about(&["gone".to_owned()])).await;
    assert_eq!(
        audit.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["retention_delete"]
    );
    // Running again deletes nothing more and counts nothing twice.
    let again = retention_job::run_once(&app, Policy::default(), Utc::now())
        .await
        .expect("run");
    assert_eq!(again.participants_deleted, 0);
    assert_eq!(report(&store, "grorud").await, before.0);
    // A year on, the others' time is up too (Alna's 24 months included), and still the same.
    let later = Utc::now() + Duration::days(400);
    let summary = retention_job::run_once(&app, Policy::default(), later)
        .await
        .expect("run");
    assert_eq!(summary.participants_deleted, 2);
    assert_eq!(traces(&store, "grorud", "recent").await, (false, 0, 0, 0));
    assert!(!traces(&store, "alna", "alna-13").await.0);
    assert!(traces(&store, "grorud", "ongoing").await.0);
    assert_eq!(
        (report(&store, "grorud").await, report(&store, "alna").await),
        before
    );
}

/// A participant deleted through the API leaves tombstones, a revoked device and codes; the job
/// purges them without counting them again.
async fn remains_of_deleted_participants_are_purged<S: TestStore>() {
    let (store, _, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    leaver(&store, "grorud", "removed", None).await;
    leaver(&store, "grorud", "stays", None).await;
    let before = report(&store, "grorud").await;
    let app = App::new(store.clone(), HttpConfig::default());
    let cw = caseworker("cw1", "grorud", "Nora", "nora@bgr.test");
    app.write(move |tx| records::delete_participant(tx, &cw, "removed"))
        .await
        .expect("delete");
    assert_eq!(traces(&store, "grorud", "removed").await, (true, 1, 1, 0));
    let after_delete = report(&store, "grorud").await;
    assert_eq!(after_delete.settled, before.settled - 1);
    let summary = retention_job::run_once(&app, Policy::default(), Utc::now())
        .await
        .expect("run");
    assert_eq!(
        (summary.participants_deleted, summary.remains_purged),
        (0, 1)
    );
    assert_eq!(traces(&store, "grorud", "removed").await, (false, 0, 0, 0));
    assert_eq!(traces(&store, "grorud", "stays").await, (true, 1, 1, 1));
    assert_eq!(report(&store, "grorud").await, after_delete);
}

/// Two instances running the job at the same moment delete each participant once: the facts
/// kept for the reports are not doubled.
async fn concurrent_runs_delete_each_participant_once<S: TestStore>() {
    let (store, url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    for i in 0..6 {
        leaver(&store, "grorud", &format!("p{i}"), Some(months_ago(13))).await;
    }
    let before = report(&store, "grorud").await;
    let other = S::reopen(&url).await.expect("reopen");
    let (a, b) = (
        App::new(store.clone(), HttpConfig::default()),
        App::new(other, HttpConfig::default()),
    );
    let now = Utc::now();
    let (ra, rb) = tokio::join!(
        retention_job::run_once(&a, Policy::default(), now),
        retention_job::run_once(&b, Policy::default(), now)
    );
    let (ra, rb) = (ra.expect("run a"), rb.expect("run b"));
    assert_eq!(ra.participants_deleted + rb.participants_deleted, 6);
    assert_eq!(read(&store, |tx| tx.report_facts("grorud")).await.len(), 6);
    assert_eq!(report(&store, "grorud").await, before);
}

async fn the_audit_log_is_pruned_by_age<S: TestStore>() {
    let (store, _, _db) = fresh::<S>().await;
    write(&store, |tx| {
        tx.audit("caseworker:cw1", "view_participant", "p1")?;
        tx.audit("caseworker:cw1", "view_participant", "p2")
    })
    .await;
    let both = read(&store, |tx| {
        tx.audit_entries_about(&["p2".to_owned(), "p1".to_owned(), "p3".to_owned()])
    })
    .await;
    assert_eq!(
        both.iter().map(|e| e.target.as_str()).collect::<Vec<_>>(),
        ["p1", "p2"],
        "every target asked for, oldest first"
    );
    let now = Utc::now();
    let (n, _) = write(&store, move |tx| tx.prune_audit(now - Duration::days(1))).await;
    assert_eq!(n, 0, "nothing older than a day");
    let app = App::new(store.clone(), HttpConfig::default());
    let policy = Policy { audit_months: 24 };
    // 23 months on, the entries are kept; 25 months on, they are pruned.
    let in_months = |m: u32| {
        now.checked_add_months(chrono::Months::new(m))
            .expect("time")
    };
    let kept = retention_job::run_once(&app, policy, in_months(23))
        .await
        .expect("run");
    assert_eq!(kept.audit_entries_pruned, 0);
    assert_eq!(
        read(&store, |tx| tx.audit_entries_about(&["p1".to_owned()]))
            .await
            .len(),
        1
    );
    let pruned = retention_job::run_once(&app, policy, in_months(25))
        .await
        .expect("run");
    assert_eq!(pruned.audit_entries_pruned, 2);
    assert!(
        read(&store, |tx| tx.audit_entries_about(&["p1".to_owned()]))
            .await
            .is_empty()
    );
    // An entry written after the cut-off stays.
    write(&store, |tx| tx.audit("cli", "set_password", "cw1")).await;
    let (n, _) = write(&store, move |tx| tx.prune_audit(now)).await;
    assert_eq!(n, 0);
    assert_eq!(
        read(&store, |tx| tx.audit_entries_about(&["cw1".to_owned()]))
            .await
            .len(),
        1
    );
}

/// The receipts of what a participant sent: a caseworker or leader of their bydel marks it seen in
/// one write (which moves the participant's scope, so devices learn it); another bydel's
/// caseworker is refused and writes nothing; a municipality admin writes nothing (even one whose
/// account is kept in the participant's bydel); a second look writes
/// nothing; a new answer or a change of their activity is unseen again. The caseworker's answers to
/// a proposal (declined with a reason, commented on) are kept with who wrote them.
async fn seen_marks_and_proposal_answers_are_kept<S: TestStore>() {
    use veikart_protocol::{
        DocumentKind, DocumentStatus, MutationOp, ProposalOutcome, RequiredDocument, Response,
    };
    use veikart_server::domain::mutations::{self, DeviceCtx};
    use veikart_server::domain::receipts;
    let (store, _url, _db) = fresh::<S>().await;
    with_caseworkers(&store).await;
    let home = Home::Participant {
        id: "p1".into(),
        bydel_id: "grorud".into(),
    };
    let start = read(&store, |tx| Ok(tx.now())).await + Duration::days(2);
    let meeting = Row::Event(Event {
        id: "ev1".into(),
        event_kind: EventKind::Meeting,
        course_id: None,
        activity_id: None,
        title: Some(Text::nb("Oppfølging")),
        starts_at: start,
        ends_at: start + Duration::hours(1),
        place: None,
        room: None,
        bring: None,
        parties: vec![],
        status: EventStatus::Scheduled,
        agenda: None,
        next_steps: None,
        school_part: None,
        previous: None,
    });
    let document = Row::RequiredDocument(RequiredDocument {
        id: "doc1".into(),
        case_id: "case1".into(),
        document_kind: DocumentKind::Translation,
        status: DocumentStatus::Missing,
        note: None,
        seen: None,
        verdict: None,
    });
    let h = home.clone();
    write(&store, move |tx| {
        for row in [profile("p1"), meeting.clone(), document.clone()] {
            tx.put_row(&placement(&row, &h), &row, "caseworker:cw1")?;
        }
        Ok(())
    })
    .await;
    let ctx = DeviceCtx {
        device_id: "dev1".into(),
        participant_id: "p1".into(),
        bydel_id: "grorud".into(),
    };
    let answer = |response| MutationOp::AnswerEvent {
        event_id: "ev1".into(),
        response,
        reason: None,
    };
    let ops = [
        answer(Response::CantCome),
        MutationOp::AddAgendaItem {
            item_id: "dev1-q1".into(),
            event_id: "ev1".into(),
            text: "Kan jeg få flere timer?".into(),
        },
        MutationOp::ProposeActivity {
            activity_id: "dev1-a1".into(),
            goal_id: None,
            activity_type: ActivityType::Course,
            title: "Truckførerkurs".into(),
            description: None,
            due: None,
        },
        MutationOp::ProposeActivity {
            activity_id: "dev1-a2".into(),
            goal_id: None,
            activity_type: ActivityType::Other,
            title: "Svømmekurs".into(),
            description: None,
            due: None,
        },
        MutationOp::MarkDocumentReady {
            document_id: "doc1".into(),
            expected: DocumentStatus::Missing,
        },
    ];
    let c = ctx.clone();
    let (outcomes, _) = write(&store, move |tx| {
        ops.iter()
            .map(|op| mutations::apply(tx, &c, op))
            .collect::<R<Vec<_>>>()
    })
    .await;
    assert!(
        outcomes.iter().all(|o| *o == MutationOutcome::Applied),
        "{outcomes:?}"
    );
    let answer_id = veikart_protocol::Answer::id_for("p1", "ev1");
    let seen_of = |row: Option<Row>| -> Option<String> {
        match row? {
            Row::Answer(a) => a.seen.map(|s| s.by),
            Row::AgendaItem(a) => a.seen.map(|s| s.by),
            Row::Activity(a) => a.seen.map(|s| s.by),
            Row::RequiredDocument(d) => d.seen.map(|s| s.by),
            _ => None,
        }
    };
    let ids = [
        answer_id.clone(),
        "dev1-q1".to_owned(),
        "dev1-a1".to_owned(),
        "dev1-a2".to_owned(),
        "doc1".to_owned(),
    ];
    let seen = |store: &S| {
        let ids = ids.clone();
        let store = store.clone();
        async move {
            read(&store, move |tx| {
                ids.iter()
                    .map(|id| Ok(seen_of(tx.row(id)?.and_then(|s| s.row))))
                    .collect::<R<Vec<_>>>()
            })
            .await
        }
    };
    let version = |store: &S| {
        let store = store.clone();
        async move {
            read(&store, |tx| {
                Ok(tx
                    .participant_rows("p1", None)?
                    .iter()
                    .map(|r| r.version)
                    .max()
                    .unwrap_or(0))
            })
            .await
        }
    };
    // Another bydel's caseworker: refused, and nothing written.
    let before = version(&store).await;
    let kari = caseworker("cw3", "alna", "Kari Nordmann", "kari@bal.test");
    let refused = store
        .write(move |tx| Ok::<_, StoreError>(receipts::mark_seen(tx, &kari, "p1")))
        .await
        .expect("write");
    assert!(
        matches!(refused.0, Err(DomainError::NotFound)),
        "{:?}",
        refused.0
    );
    assert!(refused.1.is_empty(), "{:?}", refused.1);
    // A municipality admin kept in the participant's bydel: nothing counts as seen.
    let mut admin = caseworker("cw2", "grorud", "Ali Hassan", "ali@bgr.test");
    admin.role = Role::MunicipalityAdmin;
    let (n, notices) = store
        .write(move |tx| Ok::<_, StoreError>(receipts::mark_seen(tx, &admin, "p1")))
        .await
        .expect("write");
    assert_eq!(n.ok(), Some(0));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(version(&store).await, before);
    assert_eq!(seen(&store).await, vec![None; 5]);
    // The caseworker: every item at once, in one write that moves the participant's scope.
    let nora = caseworker("cw1", "grorud", "Nora Berg", "nora@bgr.test");
    let cw = nora.clone();
    let (n, notices) = store
        .write(move |tx| Ok::<_, StoreError>(receipts::mark_seen(tx, &cw, "p1")))
        .await
        .expect("write");
    assert_eq!(n.ok(), Some(5));
    assert!(
        notices
            .iter()
            .any(|n| matches!(n, Notice::Scope { scope, .. } if scope == "p:p1")),
        "{notices:?}"
    );
    assert_eq!(seen(&store).await, vec![Some("Nora".to_owned()); 5]);
    // Looking again writes nothing.
    let after = version(&store).await;
    let cw = nora.clone();
    let (n, notices) = store
        .write(move |tx| Ok::<_, StoreError>(receipts::mark_seen(tx, &cw, "p1")))
        .await
        .expect("write");
    assert_eq!(n.ok(), Some(0));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(version(&store).await, after);
    // A new answer and a change of an activity are new things to see.
    let c = ctx.clone();
    write(&store, move |tx| {
        mutations::apply(tx, &c, &answer(Response::Coming))?;
        mutations::apply(
            tx,
            &c,
            &MutationOp::SetActivityStatus {
                activity_id: "dev1-a1".into(),
                status: ActivityStatus::InProgress,
                expected: ActivityStatus::Proposed,
            },
        )
    })
    .await;
    assert_eq!(
        seen(&store).await,
        vec![
            None,
            Some("Nora".into()),
            None,
            Some("Nora".into()),
            Some("Nora".into())
        ]
    );
    // Answers to a proposal: a comment keeps it proposed, a refusal cancels it, both with words.
    let ali = caseworker("cw2", "grorud", "Ali Hassan", "ali@bgr.test");
    let cw = ali.clone();
    let (commented, _) = store
        .write(move |tx| {
            Ok::<_, StoreError>(receipts::respond(
                tx,
                &cw,
                "dev1-a2",
                ProposalOutcome::Commented,
                "Hvor er kurset?",
            ))
        })
        .await
        .expect("write");
    let commented = commented.expect("commented");
    assert_eq!(commented.status, ActivityStatus::Proposed);
    let cw = ali.clone();
    let (declined, _) = store
        .write(move |tx| {
            Ok::<_, StoreError>(receipts::respond(
                tx,
                &cw,
                "dev1-a2",
                ProposalOutcome::Declined,
                "Ikke nå: først norsk A2.",
            ))
        })
        .await
        .expect("write");
    declined.expect("declined");
    let stored = read(&store, |tx| Ok(tx.row("dev1-a2")?.and_then(|s| s.row))).await;
    let Some(Row::Activity(a)) = stored else {
        panic!("the activity")
    };
    assert_eq!(a.status, ActivityStatus::Cancelled);
    let r = a.response.expect("a response");
    assert_eq!(r.outcome, ProposalOutcome::Declined);
    assert_eq!(r.by, "Ali");
    assert_eq!(
        r.comment.map(|c| (c.text, c.lang)),
        Some(("Ikke nå: først norsk A2.".into(), "nb".into()))
    );
    // The one who saw it first stays the one who saw it.
    assert_eq!(a.seen.map(|s| s.by).as_deref(), Some("Nora"));
    // A declined proposal is no longer open; another bydel cannot answer one at all.
    let cw = ali.clone();
    let (again, _) = store
        .write(move |tx| {
            Ok::<_, StoreError>(receipts::respond(
                tx,
                &cw,
                "dev1-a2",
                ProposalOutcome::Commented,
                "Hei",
            ))
        })
        .await
        .expect("write");
    assert!(matches!(again, Err(DomainError::Conflict(_))), "{again:?}");
    let kari = caseworker("cw3", "alna", "Kari Nordmann", "kari@bal.test");
    let (foreign, notices) = store
        .write(move |tx| {
            Ok::<_, StoreError>(receipts::respond(
                tx,
                &kari,
                "dev1-a1",
                ProposalOutcome::Declined,
                "Nei",
            ))
        })
        .await
        .expect("write");
    assert!(matches!(foreign, Err(DomainError::NotFound)), "{foreign:?}");
    assert!(notices.is_empty());
}

on_both_backends!(
    one_outcome_recorded_by_two_writers_at_once_is_replayed,
    seen_marks_and_proposal_answers_are_kept,
    a_sign_on_state_is_claimed_once,
    parallel_claims_of_one_state_let_one_through,
    caseworkers_are_found_by_their_sign_on_subject,
    scope_acks_keep_the_highest_version_per_device_and_scope,
    today_queues_count_one_bydel_exactly,
    retention_deletes_after_the_period_not_before_and_keeps_the_reports,
    remains_of_deleted_participants_are_purged,
    concurrent_runs_delete_each_participant_once,
    the_audit_log_is_pruned_by_age,
    wording_proposals_are_kept_per_bydel_and_forgotten_with_their_participant,
    attempts_are_counted_per_key_and_window,
    scope_versions_rise_per_scope_and_touched_scopes_are_reported,
    a_row_reads_back_as_written,
    rows_are_found_by_participant_parent_and_bydel,
    a_deleted_row_is_a_tombstone_at_a_new_version,
    changes_since_orders_by_version_and_pages,
    a_failed_write_keeps_nothing,
    a_second_outcome_for_the_same_seq_fails,
    devices_are_kept_revoked_and_touched,
    enrolment_codes_count_failures_and_are_used,
    caseworkers_and_bydeler_are_found,
    every_role_is_kept,
    only_a_teacher_has_a_school,
    sign_in_looks_the_email_up_without_case,
    sign_in_failures_are_counted_locked_and_cleared,
    parallel_sign_in_attempts_are_all_counted,
    idle_and_expired_sessions_end,
    delete_sessions_of_ends_all_but_the_kept_one,
    audit_entries_page_newest_first,
    meta_and_history_are_kept,
    a_bydels_own_settings_are_kept_per_bydel,
    concurrent_writers_of_one_scope_get_every_version_once,
    a_transaction_reads_one_snapshot_while_others_commit,
);
