//! Tenancy: a caseworker sees only their own bydel, a device only its own participant. Each rule has
//! a test that tries to break it.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;

use api_support::*;

async fn a_caseworker_of_one_bydel_gets_nothing_of_another_by_any_route<S: TestStore>() {
    let server = server::<S>().await;
    let (_, a_token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let (_, b_token) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    let a = Client::new(&server, Some(&a_token));
    let b = Client::new(&server, Some(&b_token));
    let (pid, ids) = participant_with_plan(&a, "Semhar Tesfay").await;
    let (_, course) = a.post("/api/v1/courses", json!({"name": {"text": "Norsk A2"}, "provider": "Rosenhof", "starts_on": "2026-08-17", "ends_on": "2027-06-01"})).await;
    let course_id = course["id"].as_str().expect("course").to_owned();
    let (_, session) = a
        .post(
            &format!("/api/v1/courses/{course_id}/sessions"),
            event_json(24),
        )
        .await;
    let device = enrolled(&server, &pid, "grorud").await;
    let (_, devices) = a.get(&format!("/api/v1/participants/{pid}/devices")).await;
    let device_id = devices[0]["id"].as_str().expect("device").to_owned();
    let before = fingerprint(&server, &[&format!("p:{pid}"), &format!("c:{course_id}")]).await;

    let (status, list) = b.get("/api/v1/participants").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list, json!([]));
    assert_eq!(b.get("/api/v1/courses").await.1, json!([]));

    let mut record_ids: Vec<String> = ids
        .as_object()
        .expect("ids")
        .values()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect();
    record_ids.push(course_id.clone());
    record_ids.push(session["id"].as_str().unwrap_or_default().to_owned());
    let mut attempts: Vec<(StatusCode, Value, String)> = Vec::new();
    let mut note = |label: String, r: (StatusCode, Value)| attempts.push((r.0, r.1, label));
    note(
        "get participant".into(),
        b.get(&format!("/api/v1/participants/{pid}")).await,
    );
    note(
        "patch participant".into(),
        b.patch(&format!("/api/v1/participants/{pid}"), json!({"name": "X"}))
            .await,
    );
    note(
        "create record".into(),
        b.post(
            &format!("/api/v1/participants/{pid}/records"),
            event_json(5),
        )
        .await,
    );
    note(
        "issue code".into(),
        b.post(
            &format!("/api/v1/participants/{pid}/enrolment-codes"),
            json!({}),
        )
        .await,
    );
    note(
        "devices".into(),
        b.get(&format!("/api/v1/participants/{pid}/devices")).await,
    );
    note(
        "revoke".into(),
        b.post(&format!("/api/v1/devices/{device_id}/revoke"), json!({}))
            .await,
    );
    for id in &record_ids {
        note(
            format!("get {id}"),
            b.get(&format!("/api/v1/records/{id}")).await,
        );
        note(
            format!("patch {id}"),
            b.patch(
                &format!("/api/v1/records/{id}"),
                json!({"status": "cancelled"}),
            )
            .await,
        );
        note(
            format!("delete {id}"),
            b.delete(&format!("/api/v1/records/{id}")).await,
        );
    }
    note(
        "course".into(),
        b.get(&format!("/api/v1/courses/{course_id}")).await,
    );
    note(
        "session".into(),
        b.post(
            &format!("/api/v1/courses/{course_id}/sessions"),
            event_json(5),
        )
        .await,
    );
    note(
        "add member".into(),
        b.put(&format!("/api/v1/courses/{course_id}/members/{pid}"))
            .await,
    );
    note(
        "remove member".into(),
        b.delete(&format!("/api/v1/courses/{course_id}/members/{pid}"))
            .await,
    );
    note(
        "delete participant".into(),
        b.delete(&format!("/api/v1/participants/{pid}")).await,
    );
    for (status, body, label) in &attempts {
        assert_eq!(*status, StatusCode::NOT_FOUND, "{label}: {body}");
        assert_eq!(error_code(body), "not_found", "{label}");
    }
    assert_eq!(
        fingerprint(&server, &[&format!("p:{pid}"), &format!("c:{course_id}")]).await,
        before
    );
    // The device is untouched.
    assert_eq!(device.sync(json!([]), json!({})).await.0, StatusCode::OK);
    // And no route works without a token.
    let anon = Client::new(&server, None);
    for path in [
        "/api/v1/participants",
        "/api/v1/courses",
        &format!("/api/v1/participants/{pid}"),
    ] {
        assert_eq!(anon.get(path).await.0, StatusCode::UNAUTHORIZED, "{path}");
    }
}

async fn a_device_cannot_touch_another_participants_rows_or_scopes<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = Client::new(&server, Some(&token));
    let (victim, ids) = participant_with_plan(&cw, "Olena Kovalenko").await;
    let (attacker, _) = participant_with_plan(&cw, "Mallory").await;
    let device = enrolled(&server, &attacker, "grorud").await;
    let victim_scope = format!("p:{victim}");
    let before = fingerprint(&server, &[&victim_scope]).await;

    let mutations = json!([
        {"seq": 1, "op": "set_activity_status", "activity_id": ids["activity"], "status": "done", "expected": "planned"},
        {"seq": 2, "op": "answer_event", "event_id": ids["event"], "response": "cant_come", "reason": "x"},
        {"seq": 3, "op": "mark_document_ready", "document_id": ids["document"], "expected": "missing"},
        {"seq": 4, "op": "mark_messages_read", "message_ids": [ids["message"]]},
        {"seq": 5, "op": "add_agenda_item", "item_id": device.id("q1"), "event_id": ids["event"], "text": "?"},
        {"seq": 6, "op": "propose_activity", "activity_id": device.id("a-x"), "goal_id": ids["goal"], "activity_type": "other", "title": "x"},
        {"seq": 7, "op": "send_message", "message_id": ids["message"], "body": "overwrite"},
    ]);
    let (status, body) = device
        .sync(mutations, json!({ victim_scope.clone(): 0 }))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let results = body["results"].as_array().expect("results");
    assert_eq!(results.len(), 7);
    for r in results {
        assert_eq!(r["outcome"], "rejected", "{r}");
        // Never `id_taken`: that would tell the device the victim's row exists.
        let code = r["code"].as_str().unwrap_or_default();
        assert!(code == "not_found" || code == "invalid_value", "{r}");
    }
    // The victim's scope is not served, and the device is told to forget it.
    let changes = body["changes"].as_array().expect("changes");
    assert!(changes.iter().all(|c| c["scope"] != victim_scope.as_str()));
    assert_eq!(body["dropped"], json!([victim_scope]));
    assert_eq!(fingerprint(&server, &[&victim_scope]).await, before);
}

async fn review_findings_stay_fixed<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = Client::new(&server, Some(&token));
    let (pid, ids) = participant_with_plan(&cw, "Semhar Tesfay").await;
    let device = enrolled(&server, &pid, "grorud").await;

    // A device cannot choose an id shaped like one the server derives.
    let (_, body) = device
        .sync(
            json!([{"seq": 1, "op": "propose_activity", "activity_id": format!("member:c1:{pid}"), "activity_type": "other", "title": "x"}]),
            json!({}),
        )
        .await;
    assert_eq!(body["results"][0]["code"], "invalid_value", "{body}");

    // A cursor ahead of the server (a restored database) restarts the scope instead of hiding rows.
    let scope = format!("p:{pid}");
    let (_, body) = device
        .sync(json!([]), json!({ scope.clone(): 1_000_000 }))
        .await;
    assert!(
        body["dropped"].as_array().unwrap().contains(&json!(scope)),
        "{body}"
    );
    assert!(
        body["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == pid.as_str())
    );
    assert!(body["cursors"][&scope].as_u64().unwrap() < 1_000_000);

    // Who wrote a message is not the caseworker's to change.
    let message = ids["message"].as_str().unwrap();
    let (status, row) = cw
        .patch(
            &format!("/api/v1/records/{message}"),
            json!({"author": "participant", "body": {"text": "Rettet"}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (row["author"].as_str(), row["body"]["text"].as_str()),
        (Some("caseworker"), Some("Rettet"))
    );

    // A code issued before the participant was deleted opens nothing.
    let (_, issued) = cw
        .post(
            &format!("/api/v1/participants/{pid}/enrolment-codes"),
            json!({}),
        )
        .await;
    assert_eq!(
        cw.delete(&format!("/api/v1/participants/{pid}")).await.0,
        StatusCode::NO_CONTENT
    );
    let (status, body) = Client::new(&server, None)
        .post(
            "/api/v1/enrol",
            json!({"code": issued["code"], "device_name": "x"}),
        )
        .await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::BAD_REQUEST, "code_invalid")
    );
}

/// Ids are global, so a device could once learn that another participant's row exists by trying
/// to take its id (`id_taken` instead of success). A device may now only choose ids in its own
/// namespace: an existing and a missing id of someone else's get the same answer.
async fn a_device_cannot_learn_whether_another_participants_row_exists<S: TestStore>() {
    let server = server::<S>().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    server.participant("grorud", "p2", "Mallory").await;
    let victim = enrolled(&server, "p1", "grorud").await;
    let attacker = enrolled(&server, "p2", "grorud").await;
    let existing = victim.id("m1");
    let (_, body) = victim
        .sync(
            json!([{"seq": 1, "op": "send_message", "message_id": existing, "body": "Hei"}]),
            json!({}),
        )
        .await;
    assert_eq!(body["results"][0]["outcome"], "applied", "{body}");

    let mut codes = Vec::new();
    for (seq, id) in [(1, existing.clone()), (2, victim.id("never-made"))] {
        let (_, body) = attacker
            .sync(
                json!([{"seq": seq, "op": "send_message", "message_id": id, "body": "probe"}]),
                json!({}),
            )
            .await;
        codes.push(body["results"][0]["code"].clone());
    }
    assert_eq!(
        codes[0], codes[1],
        "the same answer for existing and missing"
    );
    assert_eq!(codes[0], "invalid_value");
    // In its own namespace the attacker's device works as usual.
    let (_, body) = attacker
        .sync(
            json!([{"seq": 3, "op": "send_message", "message_id": attacker.id("m1"), "body": "Hei"}]),
            json!({}),
        )
        .await;
    assert_eq!(body["results"][0]["outcome"], "applied", "{body}");
}

on_both_backends!(
    a_caseworker_of_one_bydel_gets_nothing_of_another_by_any_route,
    a_device_cannot_touch_another_participants_rows_or_scopes,
    review_findings_stay_fixed,
    a_device_cannot_learn_whether_another_participants_row_exists,
);
