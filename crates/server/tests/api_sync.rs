//! The sync round trip against the real server: caseworker changes reaching devices, conflicts,
//! resent batches, concurrent writers, and shutdown.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;

use api_support::*;
use veikart_protocol::Row;
use veikart_server::domain::placement::Home;

async fn caseworker_changes_reach_the_device_and_conflicts_are_not_silent<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = Client::new(&server, Some(&token));
    let (pid, ids) = participant_with_plan(&cw, "Semhar Tesfay").await;
    let device = enrolled(&server, &pid, "grorud").await;
    let (_, first) = device.sync(json!([]), json!({})).await;
    let cursors = first["cursors"].clone();
    let kinds: Vec<&str> = first["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|c| c["row"]["kind"].as_str())
        .collect();
    for kind in [
        "profile",
        "goal",
        "activity",
        "event",
        "recognition_case",
        "required_document",
        "message",
    ] {
        assert!(
            kinds.contains(&kind),
            "{kind} missing from the first sync: {kinds:?}"
        );
    }

    // The caseworker cancels the activity; the device, offline, had marked it done.
    let activity = ids["activity"].as_str().expect("activity");
    let (status, _) = cw
        .patch(
            &format!("/api/v1/records/{activity}"),
            json!({"status": "cancelled"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, body) = device
        .sync(json!([{"seq": 1, "op": "set_activity_status", "activity_id": activity, "status": "done", "expected": "planned"}]), cursors.clone())
        .await;
    assert_eq!(body["results"][0]["code"], "superseded", "{body}");
    let changed = body["changes"].as_array().expect("changes");
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0]["row"]["status"], "cancelled");

    // Recognition: the case moves to submitted with a case number; the history records it.
    let case = ids["case"].as_str().expect("case");
    let (_, updated) = cw
        .patch(
            &format!("/api/v1/records/{case}"),
            json!({"status": "submitted", "case_number": "26/01234"}),
        )
        .await;
    let history: Vec<&str> = updated["history"]
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|h| h["status"].as_str())
        .collect();
    assert_eq!(history, vec!["draft", "submitted"]);

    // Courses: membership subscribes the device to the course; removal drops it.
    let (_, course) = cw.post("/api/v1/courses", json!({"name": {"text": "Norsk A2"}, "provider": "Rosenhof", "starts_on": "2026-08-17", "ends_on": "2027-06-01"})).await;
    let course_id = course["id"].as_str().expect("course");
    let (_, session) = cw
        .post(
            &format!("/api/v1/courses/{course_id}/sessions"),
            event_json(24),
        )
        .await;
    assert_eq!(session["event_kind"], "class_session");
    assert_eq!(
        cw.put(&format!("/api/v1/courses/{course_id}/members/{pid}"))
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    let (_, body) = device.sync(json!([]), body["cursors"].clone()).await;
    let course_scope = format!("c:{course_id}");
    assert!(body["cursors"].get(&course_scope).is_some());
    assert!(
        body["changes"]
            .as_array()
            .expect("changes")
            .iter()
            .any(|c| c["id"] == session["id"])
    );
    // Moving the session reaches the device as exactly that row.
    let start = Utc::now() + Duration::hours(30);
    let (status, _) = cw
        .patch(
            &format!(
                "/api/v1/records/{}",
                session["id"].as_str().unwrap_or_default()
            ),
            json!({"starts_at": start, "ends_at": start + Duration::hours(2), "room": "Rom 114"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, moved) = device.sync(json!([]), body["cursors"].clone()).await;
    let changes = moved["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 1, "{moved}");
    assert_eq!(changes[0]["row"]["room"], "Rom 114");
    // A deleted row travels as a tombstone.
    let event = ids["event"].as_str().expect("event");
    assert_eq!(
        cw.delete(&format!("/api/v1/records/{event}")).await.0,
        StatusCode::NO_CONTENT
    );
    let (_, after) = device.sync(json!([]), moved["cursors"].clone()).await;
    let tomb = &after["changes"].as_array().expect("changes")[0];
    assert_eq!((tomb["id"].as_str(), tomb.get("row")), (Some(event), None));
    // Removing the membership drops the course scope.
    assert_eq!(
        cw.delete(&format!("/api/v1/courses/{course_id}/members/{pid}"))
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    let (_, dropped) = device.sync(json!([]), after["cursors"].clone()).await;
    assert_eq!(dropped["dropped"], json!([course_scope]));
}

async fn a_resent_batch_is_answered_not_applied_twice<S: TestStore>() {
    let server = server::<S>().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let batch = json!([
        {"seq": 1, "op": "send_message", "message_id": device.id("m-1"), "body": "Hei"},
        {"seq": 2, "op": "send_message", "message_id": device.id("m-2"), "body": "Hallo"},
        {"seq": 4, "op": "send_message", "message_id": device.id("m-4"), "body": "after a gap"},
    ]);
    let (_, first) = device.sync(batch.clone(), json!({})).await;
    assert_eq!(first["last_seq"], 2, "a gap stops the batch: {first}");
    assert_eq!(first["log_gap"], true, "the gap is said plainly: {first}");
    let before = fingerprint(&server, &["p:p1"]).await;
    let (_, again) = device.sync(batch, json!({})).await;
    assert_eq!(again["last_seq"], 2);
    assert_eq!(again["results"].as_array().map(Vec::len), Some(2));
    assert!(
        again["results"]
            .as_array()
            .expect("results")
            .iter()
            .all(|r| r["outcome"] == "applied")
    );
    assert_eq!(fingerprint(&server, &["p:p1"]).await, before);
}

/// Concurrent writers to the participant's scope and to a course it follows while a device syncs,
/// every other sync carrying a mutation of its own (a write transaction that reads the changes
/// after applying it) and the rest only reading: a device that has read up to cursor N in a scope
/// never later gets a row with a version at or below N that it did not already have.
async fn cursors_never_skip_a_row_under_concurrent_writers<S: TestStore>() {
    let server = TestServer::<S>::fresh(HttpConfig {
        sync_page: 5,
        ..HttpConfig::default()
    })
    .await
    .expect("server");
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let cw = Client::new(&server, Some(&token));
    let (_, course) = cw.post("/api/v1/courses", json!({"name": {"text": "Norsk A2"}, "provider": "Rosenhof", "starts_on": "2026-08-17", "ends_on": "2027-06-01"})).await;
    let course_id = course["id"].as_str().expect("course").to_owned();
    let (status, _) = cw
        .put(&format!("/api/v1/courses/{course_id}/members/p1"))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let course_scope = format!("c:{course_id}");
    let scopes = ["p:p1".to_owned(), course_scope.clone()];
    let device = enrolled(&server, "p1", "grorud").await;
    let writers: Vec<_> = (0..6)
        .map(|w| {
            let cw = Client::new(&server, Some(&token));
            let sessions = format!("/api/v1/courses/{course_id}/sessions");
            tokio::spawn(async move {
                for i in 0..25 {
                    let (status, body) = if w % 2 == 0 {
                        cw.post("/api/v1/participants/p1/records", json!({"kind": "message", "author": "caseworker", "body": {"text": format!("{w}-{i}")}, "sent_at": Utc::now()})).await
                    } else {
                        cw.post(&sessions, event_json(24 + i)).await
                    };
                    assert_eq!(status, StatusCode::CREATED, "{body}");
                }
            })
        })
        .collect();
    let mut seen: std::collections::BTreeMap<String, u64> = Default::default();
    let mut cursors = json!({});
    let mut seq = 0;
    let mut round = 0;
    let mut done = false;
    while !done {
        done = writers.iter().all(|w| w.is_finished());
        round += 1;
        let mutations = if round % 2 == 0 {
            seq += 1;
            json!([{"seq": seq, "op": "send_message", "message_id": device.id(&format!("m{seq}")), "body": "Hei"}])
        } else {
            json!([])
        };
        let (status, body) = device.sync(mutations, cursors.clone()).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        for c in body["changes"].as_array().into_iter().flatten() {
            let v = c["version"].as_u64().unwrap_or(0);
            let scope = c["scope"].as_str().unwrap_or_default();
            let old = cursors[scope].as_u64().unwrap_or(0);
            assert!(
                v > old,
                "a change at {v} in {scope} came after the device had read up to {old}"
            );
            seen.insert(c["id"].as_str().unwrap_or_default().to_owned(), v);
        }
        cursors = body["cursors"].clone();
        // Everything the server holds at or below the cursor, the device has.
        for scope in &scopes {
            let cursor = cursors[scope.as_str()].as_u64().unwrap_or(0);
            let s = scope.clone();
            let rows = server
                .store
                .read(move |tx: &mut dyn Tx| tx.changes_since(&s, 0, 100_000))
                .await
                .expect("rows");
            for r in rows.iter().filter(|r| r.version <= cursor) {
                assert_eq!(
                    seen.get(&r.id),
                    Some(&r.version),
                    "row {} at {} skipped below cursor {cursor} of {scope}",
                    r.id,
                    r.version
                );
            }
        }
        if done && body["more"] == true {
            done = false;
        }
    }
    for w in writers {
        w.await.expect("writer");
    }
    let (messages, sessions) = server
        .store
        .read(move |tx: &mut dyn Tx| {
            Ok::<_, StoreError>((
                tx.participant_rows("p1", Some(RowKind::Message))?.len(),
                tx.changes_since(&course_scope, 0, 100_000)?.len(),
            ))
        })
        .await
        .expect("count");
    assert_eq!(messages, 75 + seq as usize);
    // The course row itself and its 75 sessions.
    assert_eq!(sessions, 76);
}

async fn graceful_shutdown_ends_event_streams<S: TestStore>() {
    let mut server = server::<S>().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let resp = device
        .http
        .get(format!("{}/api/v1/events", server.url()))
        .bearer_auth(device.token.as_deref().unwrap_or_default())
        .send()
        .await
        .expect("events");
    assert_eq!(resp.status(), StatusCode::OK);
    tokio::time::timeout(std::time::Duration::from_secs(5), server.stop())
        .await
        .expect("shutdown waited for an open event stream");
}

async fn a_batch_with_repeated_or_falling_numbers_is_refused_whole<S: TestStore>() {
    let server = server::<S>().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let before = fingerprint(&server, &["p:p1"]).await;
    for seqs in [[1, 1], [2, 1], [0, 1]] {
        let batch: Vec<Value> = seqs
            .iter()
            .enumerate()
            .map(|(k, seq)| json!({"seq": seq, "op": "send_message", "message_id": device.id(&format!("m{k}")), "body": "Hei"}))
            .collect();
        let (status, body) = device.sync(json!(batch), json!({})).await;
        assert_eq!(
            (status, error_code(&body)),
            (StatusCode::UNPROCESSABLE_ENTITY, "invalid_value"),
            "{seqs:?}: {body}"
        );
    }
    assert_eq!(fingerprint(&server, &["p:p1"]).await, before);
}

async fn a_device_signs_itself_out_and_its_token_stops_working<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let (status, _) = device.post("/api/v1/sign-out", json!({})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, body) = device.sync(json!([]), json!({})).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNAUTHORIZED, "device_revoked")
    );
    // The console and the API show the device as no longer in use.
    let cw = Client::new(&server, Some(&token));
    let (_, devices) = cw.get("/api/v1/participants/p1/devices").await;
    assert!(
        devices[0]["revoked_at"].is_string(),
        "revoked in the list: {devices}"
    );
    // Saying it again is harmless: the app retries a sign-out it made offline.
    let (status, _) = device.post("/api/v1/sign-out", json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Nobody else can sign a device out without its token.
    let (status, _) = Client::new(&server, None)
        .post("/api/v1/sign-out", json!({}))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

/// While the database cannot grow (a full disk), every answer that needs a write is a 503 with
/// Retry-After and the `unavailable` code, never a 500; nothing is half-written, and once there is
/// room again the device's change is applied exactly once.
#[tokio::test]
async fn a_full_disk_answers_503_with_retry_after_and_loses_nothing() {
    // SQLite only: a full disk is simulated by SQLite's page limit.
    let server = server::<SqliteStore>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let cw = Client::new(&server, Some(&token));
    server.store.limit_growth(Some(0)).expect("limit");

    let long = "x".repeat(3900);
    let batch =
        json!([{"seq": 1, "op": "send_message", "message_id": device.id("m1"), "body": long}]);
    let mut answers = Vec::new();
    answers.push(device.raw_sync(batch.clone()).await);
    for _ in 0..300 {
        // Caseworker reads write an audit row: they fail too once the last page is full.
        let resp = cw
            .http
            .get(format!("{}/api/v1/participants/p1", cw.base))
            .bearer_auth(&token)
            .send()
            .await
            .expect("request");
        answers.push(api_support::Answer::of(resp).await);
    }
    assert!(
        answers
            .iter()
            .all(|a| a.status != StatusCode::INTERNAL_SERVER_ERROR),
        "no 500 while the disk is full"
    );
    let refused: Vec<_> = answers
        .iter()
        .filter(|a| a.status == StatusCode::SERVICE_UNAVAILABLE)
        .collect();
    assert!(
        refused.len() > 1,
        "the device's write and some audited reads are refused"
    );
    assert_eq!(
        answers[0].status,
        StatusCode::SERVICE_UNAVAILABLE,
        "the device's change does not fit"
    );
    for a in &refused {
        assert_eq!(error_code(&a.body), "unavailable", "{}", a.body);
        assert_eq!(a.retry_after.as_deref(), Some("30"));
    }

    server.store.limit_growth(None).expect("unlimit");
    let again = device.raw_sync(batch.clone()).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert_eq!(again.body["last_seq"], 1);
    let again = device.raw_sync(batch).await;
    assert_eq!(again.body["results"][0]["outcome"], "applied");
    let (_, record) = cw.get("/api/v1/participants/p1").await;
    let mine = record["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["kind"] == "message" && r["author"] == "participant")
        .count();
    assert_eq!(mine, 1, "applied once: {record}");
}

/// A refusal names who changed the row: the caseworker, or the participant's own other phone.
async fn a_conflict_says_whether_the_caseworker_or_another_device_changed_it<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = Client::new(&server, Some(&token));
    let (pid, ids) = participant_with_plan(&cw, "Semhar Tesfay").await;
    let phone = enrolled(&server, &pid, "grorud").await;
    let tablet = enrolled(&server, &pid, "grorud").await;
    let activity = ids["activity"].as_str().unwrap();
    let set = |seq: u64, status: &str, expected: &str| json!([{"seq": seq, "op": "set_activity_status", "activity_id": activity, "status": status, "expected": expected}]);
    let (_, body) = phone
        .sync(set(1, "in_progress", "planned"), json!({}))
        .await;
    assert_eq!(body["results"][0]["outcome"], "applied", "{body}");
    let (_, body) = tablet.sync(set(1, "done", "planned"), json!({})).await;
    assert_eq!(
        body["results"][0]["code"], "changed_on_other_device",
        "{body}"
    );
    let (status, _) = cw
        .patch(
            &format!("/api/v1/records/{activity}"),
            json!({"status": "planned"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, body) = tablet.sync(set(2, "done", "in_progress"), json!({})).await;
    assert_eq!(body["results"][0]["code"], "superseded", "{body}");
}

/// Cursors belong to one history of the database: after a restore (a new history) the versions
/// they name are handed out again, so the server serves the device's scopes anew and tells it to
/// forget what it held; within one history a sync carries only what changed.
async fn cursors_of_another_history_are_served_anew<S: TestStore>() {
    let server = server::<S>().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let (_, first) = device.sync(json!([]), json!({})).await;
    let history = first["history"]
        .as_str()
        .expect("the first answer names the history");
    assert!(!first["changes"].as_array().expect("changes").is_empty());
    let (_, same) = device.sync(json!([]), first["cursors"].clone()).await;
    assert!(same["changes"].is_null(), "nothing new: {same}");
    assert!(
        same["history"].is_null(),
        "named only when it differs: {same}"
    );
    *device.history.lock().expect("history") = Some(format!("{history}-before-restore"));
    let (_, other) = device.sync(json!([]), first["cursors"].clone()).await;
    assert_eq!(other["history"], history);
    assert_eq!(other["dropped"], json!(["b:grorud", "p:p1"]), "{other}");
    assert_eq!(other["changes"], first["changes"], "served anew");
}

/// A row of a kind newer than the app's protocol would stop the old app's whole sync (it cannot
/// read it), so the server leaves it out for that app; the updated app, naming no history once
/// (`veikart_client` does when its protocol rose), gets its scopes anew with the row in them.
async fn rows_newer_than_the_apps_protocol_wait_until_it_is_updated<S: TestStore>() {
    let server = server::<S>().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let start = chrono::Utc::now();
    let attendance = veikart_protocol::Attendance {
        id: veikart_protocol::Attendance::id_for("p1", "session-1"),
        event_id: "session-1".into(),
        course_id: "course-1".into(),
        starts_at: start,
        ends_at: start + chrono::Duration::hours(3),
        mark: veikart_protocol::AttendanceMark::Present,
        late_minutes: None,
        absence: None,
        doctors_note: false,
        document_missing: false,
        child_days_allowed: None,
        recorded_at: start,
    };
    assert!(RowKind::Attendance.since_protocol() > 1);
    server
        .put(
            Home::Participant {
                id: "p1".into(),
                bydel_id: "grorud".into(),
            },
            Row::Attendance(attendance),
        )
        .await;
    let device = enrolled(&server, "p1", "grorud").await;
    let kinds = |body: &Value| -> Vec<String> {
        body["changes"]
            .as_array()
            .map(|c| {
                c.iter()
                    .filter_map(|ch| ch["row"]["kind"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let (status, old) = device
        .post(
            "/api/v1/sync",
            json!({"protocol": 1, "mutations": [], "cursors": {}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{old}");
    assert!(kinds(&old).contains(&"profile".to_owned()), "{old}");
    assert!(!kinds(&old).contains(&"attendance".to_owned()), "{old}");
    // Within the same history the passed row does not come back, even to a newer app.
    let (_, later) = device
        .post(
            "/api/v1/sync",
            json!({"protocol": PROTOCOL_VERSION, "mutations": [], "cursors": old["cursors"],
                   "history": old["history"]}),
        )
        .await;
    assert!(later["changes"].is_null(), "{later}");
    // The updated app names no history: every scope is served anew, the row with it.
    let (_, anew) = device
        .post(
            "/api/v1/sync",
            json!({"protocol": PROTOCOL_VERSION, "mutations": [], "cursors": old["cursors"]}),
        )
        .await;
    assert!(kinds(&anew).contains(&"attendance".to_owned()), "{anew}");
    assert_eq!(anew["dropped"], json!(["b:grorud", "p:p1"]), "{anew}");
}

/// A next step the school owns is a value an app before protocol 3 cannot read: such an app is
/// served the participant's other steps and not that one; updated, it gets it.
async fn a_step_the_school_owns_waits_for_protocol_3<S: TestStore>() {
    let server = server::<S>().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let home = Home::Participant {
        id: "p1".into(),
        bydel_id: "grorud".into(),
    };
    for (id, owner) in [("step-nav", "caseworker"), ("step-school", "school")] {
        let row: Row = serde_json::from_value(json!({"kind": "activity", "id": id,
            "activity_type": "other", "status": "planned", "owner": owner, "agreed": true,
            "title": {"text": "Send karakterutskrift", "lang": "nb"}, "from_event_id": "tk1"}))
        .unwrap();
        server.put(home.clone(), row).await;
    }
    let device = enrolled(&server, "p1", "grorud").await;
    let ids = |body: &Value| -> Vec<String> {
        body["changes"]
            .as_array()
            .map(|c| {
                c.iter()
                    .filter_map(|ch| ch["id"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    for protocol in [1, 2] {
        let (status, old) = device
            .post(
                "/api/v1/sync",
                json!({"protocol": protocol, "mutations": [], "cursors": {}}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{old}");
        assert!(ids(&old).contains(&"step-nav".to_owned()), "{old}");
        assert!(!ids(&old).contains(&"step-school".to_owned()), "{old}");
    }
    let (_, new) = device
        .post(
            "/api/v1/sync",
            json!({"protocol": PROTOCOL_VERSION, "mutations": [], "cursors": {}}),
        )
        .await;
    const { assert!(PROTOCOL_VERSION >= 3) };
    assert!(ids(&new).contains(&"step-school".to_owned()), "{new}");
}

/// A coming appointment the caseworker moves or changes says what it was, on the device too; a
/// change of anything else keeps that, and nobody but the server writes it.
async fn a_moved_appointment_says_what_it_was<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = Client::new(&server, Some(&token));
    let (pid, _) = participant_with_plan(&cw, "Semhar Tesfay").await;
    let device = enrolled(&server, &pid, "grorud").await;
    let records = format!("/api/v1/participants/{pid}/records");
    // A writer cannot claim a previous time.
    let mut new = event_json(48);
    new["room"] = json!("203");
    new["previous"] = json!({"starts_at": Utc::now(), "room": "1"});
    let (status, event) = cw.post(&records, new).await;
    assert_eq!(status, StatusCode::CREATED, "{event}");
    assert!(event.get("previous").is_none(), "{event}");
    let path = format!(
        "/api/v1/records/{}",
        event["id"].as_str().unwrap_or_default()
    );
    let (_, first) = device.sync(json!([]), json!({})).await;

    // What to bring is no move.
    let (_, same) = cw
        .patch(&path, json!({"bring": {"text": "Pass", "lang": "nb"}}))
        .await;
    assert!(same.get("previous").is_none(), "{same}");

    // Moved and another room: it keeps the time, room and place it had.
    let start = Utc::now() + Duration::hours(72);
    let (status, moved) = cw
        .patch(
            &path,
            json!({"starts_at": start, "ends_at": start + Duration::hours(1), "room": "B-999"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(moved["previous"]["room"], "203", "{moved}");
    assert_eq!(
        moved["previous"]["starts_at"], event["starts_at"],
        "{moved}"
    );
    assert_eq!(moved["previous"]["place"]["text"], "Nav Grorud", "{moved}");
    let (_, synced) = device.sync(json!([]), first["cursors"].clone()).await;
    let row = synced["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .find(|c| c["id"] == event["id"])
        .map(|c| c["row"].clone())
        .expect("the moved event reaches the device");
    assert_eq!(row["previous"], moved["previous"], "{row}");

    // Another change of something else keeps it; a patch cannot set or clear it.
    let (_, kept) = cw
        .patch(
            &path,
            json!({"agenda": {"text": "Plan", "lang": "nb"}, "previous": null}),
        )
        .await;
    assert_eq!(kept["previous"], moved["previous"], "{kept}");
    let (_, kept) = cw
        .patch(
            &path,
            json!({"previous": {"starts_at": Utc::now(), "room": "1"}}),
        )
        .await;
    assert_eq!(kept["previous"], moved["previous"], "{kept}");

    // Changed again: what it was is now the last time and room the participant was told.
    let (_, again) = cw.patch(&path, json!({"room": "B-100"})).await;
    assert_eq!(again["previous"]["room"], "B-999", "{again}");
    assert_eq!(
        again["previous"]["starts_at"], moved["starts_at"],
        "{again}"
    );
}

on_both_backends!(
    a_moved_appointment_says_what_it_was,
    caseworker_changes_reach_the_device_and_conflicts_are_not_silent,
    a_resent_batch_is_answered_not_applied_twice,
    cursors_never_skip_a_row_under_concurrent_writers,
    graceful_shutdown_ends_event_streams,
    a_batch_with_repeated_or_falling_numbers_is_refused_whole,
    a_device_signs_itself_out_and_its_token_stops_working,
    a_conflict_says_whether_the_caseworker_or_another_device_changed_it,
    cursors_of_another_history_are_served_anew,
    rows_newer_than_the_apps_protocol_wait_until_it_is_updated,
    a_step_the_school_owns_waits_for_protocol_3,
);
