//! The server's HTTP API against the real server on a loopback port with a temporary SQLite file:
//! enrolment, sync, the caseworker API, tenancy, and bad input. Each authorisation rule here has a
//! test that tries to break it.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, Utc};
use reqwest::StatusCode;
use serde_json::{Value, json};
use veikart_protocol::{PROTOCOL_VERSION, RowKind};
use veikart_server::HttpConfig;
use veikart_server::store::{EnrolmentCode, Role, Store, StoreError, Tx};
use veikart_server::testing::TestServer;

struct Client {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
}

impl Client {
    fn new(server: &TestServer, token: Option<&str>) -> Client {
        Client {
            http: reqwest::Client::new(),
            base: server.url(),
            token: token.map(str::to_owned),
        }
    }

    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("request");
        let status = resp.status();
        let text = resp.text().await.expect("body");
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::GET, path, None).await
    }
    async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }
    async fn patch(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::PATCH, path, Some(body)).await
    }
    async fn put(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::PUT, path, None).await
    }
    async fn delete(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::DELETE, path, None).await
    }

    async fn raw(&self, path: &str, body: Vec<u8>, content_type: &str) -> (StatusCode, Value) {
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        let resp = req.send().await.expect("request");
        let status = resp.status();
        (status, resp.json().await.unwrap_or(Value::Null))
    }

    async fn sync(&self, mutations: Value, cursors: Value) -> (StatusCode, Value) {
        self.post(
            "/api/v1/sync",
            json!({"protocol": PROTOCOL_VERSION, "mutations": mutations, "cursors": cursors}),
        )
        .await
    }
}

fn error_code(body: &Value) -> &str {
    body["error"].as_str().unwrap_or("<none>")
}

async fn server() -> TestServer {
    TestServer::start(HttpConfig::default())
        .await
        .expect("server")
}

/// Enrol a device for `participant` and return a client with its token.
async fn enrolled(server: &TestServer, participant: &str, bydel: &str) -> Client {
    let code = server.code(participant, bydel).await;
    let (status, body) = Client::new(server, None)
        .post(
            "/api/v1/enrol",
            json!({"code": code, "device_name": "test phone"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    Client::new(server, body["token"].as_str())
}

/// Every scope version and live row count: what "nothing changed" compares.
async fn fingerprint(server: &TestServer, scopes: &[&str]) -> Vec<(String, u64, usize)> {
    let scopes: Vec<String> = scopes.iter().map(|s| s.to_string()).collect();
    server
        .store
        .read(move |tx: &mut dyn Tx| {
            let mut out = Vec::new();
            for s in &scopes {
                let v = tx.scope_version(s)?;
                let n = tx.changes_since(s, 0, 100_000)?.len();
                out.push((s.clone(), v, n));
            }
            Ok::<_, StoreError>(out)
        })
        .await
        .expect("fingerprint")
}

fn event_json(start_in_hours: i64) -> Value {
    let start = Utc::now() + Duration::hours(start_in_hours);
    json!({
        "kind": "event", "event_kind": "meeting", "status": "scheduled",
        "title": {"text": "Oppfølgingssamtale", "lang": "nb"},
        "starts_at": start, "ends_at": start + Duration::hours(1),
        "place": {"text": "Nav Grorud", "lang": "nb"}
    })
}

#[tokio::test]
async fn health_and_openapi_are_served() {
    let server = server().await;
    let anon = Client::new(&server, None);
    let (status, body) = anon.get("/healthz").await;
    assert_eq!((status, body), (StatusCode::OK, Value::String("ok".into())));
    let (status, doc) = anon.get("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/api/v1/sync",
        "/api/v1/enrol",
        "/api/v1/participants/{id}/records",
    ] {
        assert!(
            doc["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI document"
        );
    }
}

#[tokio::test]
async fn enrolment_codes_are_single_use_and_unknown_codes_fail() {
    let server = server().await;
    server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let code = server.code("p1", "grorud").await;
    let anon = Client::new(&server, None);
    let enrol = |code: String| json!({"code": code, "device_name": "Semhars telefon"});

    let (status, body) = anon.post("/api/v1/enrol", enrol(code.to_lowercase())).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["participant_id"], "p1");
    let token = body["token"].as_str().expect("token").to_owned();

    let (status, body) = anon.post("/api/v1/enrol", enrol(code.clone())).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::BAD_REQUEST, "code_used")
    );

    for bad in ["AAAA-BBBB-CCCC", "hello", ""] {
        let (status, body) = anon.post("/api/v1/enrol", enrol(bad.into())).await;
        assert_eq!(
            (status, error_code(&body)),
            (StatusCode::BAD_REQUEST, "code_invalid"),
            "{bad}"
        );
    }

    // Only the hash of the device token is stored.
    let stored_plain = server
        .store
        .read(move |tx: &mut dyn Tx| {
            Ok::<_, StoreError>(tx.device_by_token_hash(&token)?.is_some())
        })
        .await
        .expect("read");
    assert!(!stored_plain);
}

#[tokio::test]
async fn a_code_locks_after_five_wrong_tries_and_expired_codes_fail() {
    let server = server().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let code = server.code("p1", "grorud").await;
    let anon = Client::new(&server, None);
    let lookup = &code[..4];
    for _ in 0..5 {
        let (status, body) = anon
            .post(
                "/api/v1/enrol",
                json!({"code": format!("{lookup}-ZZZZ-ZZZZ"), "device_name": "x"}),
            )
            .await;
        assert_eq!(
            (status, error_code(&body)),
            (StatusCode::BAD_REQUEST, "code_invalid")
        );
    }
    let (status, body) = anon
        .post("/api/v1/enrol", json!({"code": code, "device_name": "x"}))
        .await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::BAD_REQUEST, "code_locked")
    );

    // An expired code.
    let now = Utc::now();
    server
        .store
        .write(move |tx: &mut dyn Tx| {
            tx.insert_code(&EnrolmentCode {
                lookup: "EXPD".into(),
                secret_hash: veikart_server::domain::tokens::hash("AAAABBBB"),
                participant_id: "p1".into(),
                bydel_id: "grorud".into(),
                created_by: "test".into(),
                created_at: now - Duration::days(10),
                expires_at: now - Duration::days(3),
                used_at: None,
                failed_attempts: 0,
            })?;
            Ok::<_, StoreError>(())
        })
        .await
        .expect("insert");
    let (status, body) = anon
        .post(
            "/api/v1/enrol",
            json!({"code": "EXPD-AAAA-BBBB", "device_name": "x"}),
        )
        .await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::BAD_REQUEST, "code_expired")
    );
}

#[tokio::test]
async fn enrolment_is_rate_limited_per_address() {
    let server = TestServer::start(HttpConfig {
        enrol_per_minute: 3,
        ..HttpConfig::default()
    })
    .await
    .expect("server");
    let anon = Client::new(&server, None);
    let mut statuses = Vec::new();
    for _ in 0..5 {
        let (status, body) = anon
            .post(
                "/api/v1/enrol",
                json!({"code": "AAAA-BBBB-CCCC", "device_name": "x"}),
            )
            .await;
        statuses.push((status, error_code(&body).to_owned()));
    }
    assert_eq!(statuses[2].0, StatusCode::BAD_REQUEST);
    assert_eq!(
        statuses[3],
        (StatusCode::TOO_MANY_REQUESTS, "rate_limited".to_owned())
    );
}

#[tokio::test]
async fn tokens_are_required_and_revoked_devices_are_refused() {
    let server = server().await;
    let (_, cw_token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;

    let anon = Client::new(&server, None);
    let (status, body) = anon.sync(json!([]), json!({})).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNAUTHORIZED, "unauthorized")
    );
    let forged = Client::new(&server, Some("not-a-token"));
    let (status, _) = forged.sync(json!([]), json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // A caseworker token is not a device token, and the other way round.
    let cw = Client::new(&server, Some(&cw_token));
    assert_eq!(
        cw.sync(json!([]), json!({})).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        device.get("/api/v1/participants").await.0,
        StatusCode::UNAUTHORIZED
    );

    let (status, body) = device.sync(json!([]), json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["changes"].as_array().is_some_and(|c| !c.is_empty()));

    let (_, devices) = cw.get("/api/v1/participants/p1/devices").await;
    let device_id = devices[0]["id"].as_str().expect("device id").to_owned();
    let (status, _) = cw
        .post(&format!("/api/v1/devices/{device_id}/revoke"), json!({}))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, body) = device.sync(json!([]), json!({})).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNAUTHORIZED, "device_revoked")
    );
}

#[tokio::test]
async fn an_old_or_future_protocol_is_told_to_update() {
    let server = server().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    for version in [0, PROTOCOL_VERSION + 1] {
        let (status, body) = device
            .post(
                "/api/v1/sync",
                json!({"protocol": version, "mutations": [], "cursors": {}}),
            )
            .await;
        assert_eq!(
            (status, error_code(&body)),
            (StatusCode::BAD_REQUEST, "unsupported_protocol")
        );
    }
}

#[tokio::test]
async fn bad_input_gets_a_coded_4xx_changes_nothing_and_the_server_stays_up() {
    let server = TestServer::start(HttpConfig {
        body_limit: 64 * 1024,
        ..HttpConfig::default()
    })
    .await
    .expect("server");
    let (_, cw_token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let cw = Client::new(&server, Some(&cw_token));
    let before = fingerprint(&server, &["p:p1"]).await;

    let cases: Vec<(&str, Vec<u8>, &str, StatusCode, &str)> = vec![
        ("malformed", b"{\"protocol\": 1, \"mutations\": [".to_vec(), "application/json", StatusCode::BAD_REQUEST, "invalid_body"),
        ("wrong types", br#"{"protocol": "one", "mutations": {}, "cursors": []}"#.to_vec(), "application/json", StatusCode::BAD_REQUEST, "invalid_body"),
        ("unknown mutation", br#"{"protocol": 1, "mutations": [{"seq": 1, "op": "drop_tables"}], "cursors": {}}"#.to_vec(), "application/json", StatusCode::BAD_REQUEST, "invalid_body"),
        ("extra field in a mutation", br#"{"protocol": 1, "mutations": [{"seq": 1, "op": "send_message", "message_id": "m1", "body": "x", "author": "caseworker"}], "cursors": {}}"#.to_vec(), "application/json", StatusCode::BAD_REQUEST, "invalid_body"),
        ("not json", b"hello".to_vec(), "text/plain", StatusCode::UNSUPPORTED_MEDIA_TYPE, "invalid_body"),
        ("oversized", format!(r#"{{"protocol": 1, "mutations": [{{"seq": 1, "op": "send_message", "message_id": "m1", "body": "{}"}}], "cursors": {{}}}}"#, "x".repeat(100_000)).into_bytes(), "application/json", StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
    ];
    for (name, body, ct, status, code) in cases {
        let (got, resp) = device.raw("/api/v1/sync", body.clone(), ct).await;
        assert_eq!((got, error_code(&resp)), (status, code), "{name}: {resp}");
        let (got, resp) = cw.raw("/api/v1/participants/p1/records", body, ct).await;
        assert!(
            got.is_client_error(),
            "{name} on the caseworker API: {got} {resp}"
        );
        assert!(resp["error"].is_string(), "{name}: {resp}");
    }
    // Values the server refuses: a mutation with an over-long message is processed and rejected.
    let (status, body) = device
        .sync(
            json!([{"seq": 1, "op": "send_message", "message_id": "m1", "body": "x".repeat(5000)}]),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["results"][0]["outcome"], "rejected");
    assert_eq!(body["results"][0]["code"], "invalid_value");
    let (status, body) = cw.post("/api/v1/participants/p1/records", json!({"kind": "goal", "goal_kind": "delmaal", "status": "active", "title": {"text": ""}})).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNPROCESSABLE_ENTITY, "invalid_value")
    );
    let (status, body) = cw.post("/api/v1/participants/p1/records", json!({"kind": "answer", "event_id": "e", "response": "coming", "answered_at": Utc::now()})).await;
    assert_eq!(
        (status, error_code(&body)),
        (StatusCode::UNPROCESSABLE_ENTITY, "invalid_value")
    );

    assert_eq!(
        fingerprint(&server, &["p:p1"]).await,
        before,
        "bad input changed data"
    );
    assert_eq!(
        Client::new(&server, None).get("/healthz").await.0,
        StatusCode::OK
    );
}

/// Create a participant with a plan, an event, a recognition case and a message in `bydel`.
async fn participant_with_plan(cw: &Client, name: &str) -> (String, Value) {
    let (status, p) = cw
        .post(
            "/api/v1/participants",
            json!({"name": name, "settled_on": "2026-06-08", "preferred_language": "ti"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{p}");
    let pid = p["id"].as_str().expect("id").to_owned();
    let records = format!("/api/v1/participants/{pid}/records");
    let (_, goal) = cw.post(&records, json!({"kind": "goal", "goal_kind": "delmaal", "status": "active", "title": {"text": "Lage CV"}})).await;
    let (status, activity) = cw.post(&records, json!({"kind": "activity", "goal_id": goal["id"], "activity_type": "job_search", "status": "planned", "owner": "participant", "agreed": true, "title": {"text": "Skriv CV"}})).await;
    assert_eq!(status, StatusCode::CREATED, "{activity}");
    let (_, event) = cw.post(&records, event_json(48)).await;
    let (_, case) = cw.post(&records, json!({"kind": "recognition_case", "credential": {"text": "Bachelor i sykepleie"}, "route": "regulated_profession", "status": "draft"})).await;
    let (status, doc) = cw.post(&records, json!({"kind": "required_document", "case_id": case["id"], "document_kind": "translation", "status": "missing"})).await;
    assert_eq!(status, StatusCode::CREATED, "{doc}");
    let (_, message) = cw.post(&records, json!({"kind": "message", "author": "caseworker", "body": {"text": "Hei!"}, "sent_at": Utc::now()})).await;
    let ids = json!({"goal": goal["id"], "activity": activity["id"], "event": event["id"], "case": case["id"], "document": doc["id"], "message": message["id"]});
    (pid, ids)
}

#[tokio::test]
async fn a_caseworker_of_one_bydel_gets_nothing_of_another_by_any_route() {
    let server = server().await;
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

#[tokio::test]
async fn a_device_cannot_touch_another_participants_rows_or_scopes() {
    let server = server().await;
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
        {"seq": 5, "op": "add_agenda_item", "item_id": "q1", "event_id": ids["event"], "text": "?"},
        {"seq": 6, "op": "propose_activity", "activity_id": "a-x", "goal_id": ids["goal"], "activity_type": "other", "title": "x"},
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
        let code = r["code"].as_str().unwrap_or_default();
        assert!(code == "not_found" || code == "id_taken", "{r}");
    }
    // The victim's scope is not served, and the device is told to forget it.
    let changes = body["changes"].as_array().expect("changes");
    assert!(changes.iter().all(|c| c["scope"] != victim_scope.as_str()));
    assert_eq!(body["dropped"], json!([victim_scope]));
    assert_eq!(fingerprint(&server, &[&victim_scope]).await, before);
}

#[tokio::test]
async fn caseworker_changes_reach_the_device_and_conflicts_are_not_silent() {
    let server = server().await;
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

#[tokio::test]
async fn a_resent_batch_is_answered_not_applied_twice() {
    let server = server().await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let batch = json!([
        {"seq": 1, "op": "send_message", "message_id": "m-1", "body": "Hei"},
        {"seq": 2, "op": "send_message", "message_id": "m-2", "body": "Hallo"},
        {"seq": 4, "op": "send_message", "message_id": "m-4", "body": "after a gap"},
    ]);
    let (_, first) = device.sync(batch.clone(), json!({})).await;
    assert_eq!(first["last_seq"], 2, "a gap stops the batch: {first}");
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

/// Concurrent writers to one scope while a device syncs: a device that has read up to cursor N
/// never later gets a row with a version at or below N that it did not already have.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn cursors_never_skip_a_row_under_concurrent_writers() {
    let server = TestServer::start(HttpConfig {
        sync_page: 5,
        ..HttpConfig::default()
    })
    .await
    .expect("server");
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.participant("grorud", "p1", "Semhar Tesfay").await;
    let device = enrolled(&server, "p1", "grorud").await;
    let writers: Vec<_> = (0..6)
        .map(|w| {
            let cw = Client::new(&server, Some(&token));
            tokio::spawn(async move {
                for i in 0..25 {
                    let (status, body) = cw
                        .post("/api/v1/participants/p1/records", json!({"kind": "message", "author": "caseworker", "body": {"text": format!("{w}-{i}")}, "sent_at": Utc::now()}))
                        .await;
                    assert_eq!(status, StatusCode::CREATED, "{body}");
                }
            })
        })
        .collect();
    let mut seen: std::collections::BTreeMap<String, u64> = Default::default();
    let mut cursors = json!({});
    let mut done = false;
    while !done {
        done = writers.iter().all(|w| w.is_finished());
        let (status, body) = device.sync(json!([]), cursors.clone()).await;
        assert_eq!(status, StatusCode::OK);
        let cursor = body["cursors"]["p:p1"].as_u64().unwrap_or(0);
        let old = cursors["p:p1"].as_u64().unwrap_or(0);
        for c in body["changes"].as_array().into_iter().flatten() {
            let v = c["version"].as_u64().unwrap_or(0);
            assert!(
                v > old,
                "a change at {v} came after the device had read up to {old}"
            );
            seen.insert(c["id"].as_str().unwrap_or_default().to_owned(), v);
        }
        cursors = body["cursors"].clone();
        // Everything the server holds at or below the cursor, the device has.
        let rows = server
            .store
            .read(|tx: &mut dyn Tx| tx.changes_since("p:p1", 0, 100_000))
            .await
            .expect("rows");
        for r in rows.iter().filter(|r| r.version <= cursor) {
            assert_eq!(
                seen.get(&r.id),
                Some(&r.version),
                "row {} at {} skipped below cursor {cursor}",
                r.id,
                r.version
            );
        }
        if done && body["more"] == true {
            done = false;
        }
    }
    for w in writers {
        w.await.expect("writer");
    }
    let messages = server
        .store
        .read(|tx: &mut dyn Tx| {
            Ok::<_, StoreError>(tx.participant_rows("p1", Some(RowKind::Message))?.len())
        })
        .await
        .expect("count");
    assert_eq!(messages, 150);
    assert_eq!(seen.iter().filter(|(id, _)| *id != "p1").count(), 150);
}

#[tokio::test]
async fn graceful_shutdown_ends_event_streams() {
    let mut server = server().await;
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

#[tokio::test]
async fn every_documented_route_is_served() {
    let server = server().await;
    let http = reqwest::Client::new();
    for (method, path) in veikart_server::openapi::documented_routes() {
        let url = format!(
            "{}{}",
            server.url(),
            path.replace("{id}", "x").replace("{participant_id}", "y")
        );
        let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
        let status = if path.ends_with("/events") {
            // A stream: only the status matters.
            http.request(method, &url)
                .send()
                .await
                .expect("request")
                .status()
        } else {
            http.request(method, &url)
                .json(&json!({}))
                .send()
                .await
                .expect("request")
                .status()
        };
        assert_ne!(
            status,
            StatusCode::NOT_FOUND,
            "{path} is documented but not routed"
        );
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{path}");
    }
    let status = http
        .get(format!("{}/api/v1/nothing-here", server.url()))
        .send()
        .await
        .expect("request")
        .status();
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn review_findings_stay_fixed() {
    let server = server().await;
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
