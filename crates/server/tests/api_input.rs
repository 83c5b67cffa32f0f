//! What the API answers to input it will not take, and what it documents: coded 4xx errors that
//! change nothing, the OpenAPI document and every route it names.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;

use api_support::*;

async fn health_and_openapi_are_served<S: TestStore>() {
    let server = server::<S>().await;
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

async fn bad_input_gets_a_coded_4xx_changes_nothing_and_the_server_stays_up<S: TestStore>() {
    let server = TestServer::<S>::fresh(HttpConfig {
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

async fn every_documented_route_is_served<S: TestStore>() {
    let server = server::<S>().await;
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

/// Every malformed request gets the documented JSON error, not axum's plain text or an empty body.
async fn malformed_paths_and_encodings_get_the_json_error<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let http = reqwest::Client::new();
    for (method, path) in [
        (reqwest::Method::GET, "/api/v1/participants/%FF"),
        (reqwest::Method::GET, "/api/v1/records/%C3%28"),
        (reqwest::Method::PUT, "/api/v1/courses/%FF/members/p1"),
        (reqwest::Method::GET, "/api/v1/courses/c1/members/p1"),
    ] {
        let resp = http
            .request(method, format!("{}{path}", server.url()))
            .bearer_auth(&token)
            .send()
            .await
            .expect("request");
        let a = Answer::of(resp).await;
        assert!(a.status.is_client_error(), "{path}: {}", a.status);
        assert!(a.body["error"].is_string(), "{path}: {}", a.body);
    }
    for encoding in ["deflate", "br", "zstd", "gzip, br"] {
        let resp = http
            .post(format!("{}/api/v1/participants", server.url()))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .header("content-encoding", encoding)
            .body("{}")
            .send()
            .await
            .expect("request");
        let a = Answer::of(resp).await;
        assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{encoding}");
        assert_eq!(error_code(&a.body), "invalid_body", "{encoding}");
    }
}

/// The API's JSON carries personal data: no cache keeps it and no browser sniffs it.
async fn api_answers_are_not_cached_or_sniffed<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let http = reqwest::Client::new();
    for (path, auth) in [
        ("/api/v1/participants", true),
        ("/api/v1/participants", false),
        ("/api/v1/nothing-here", true),
    ] {
        let mut req = http.get(format!("{}{path}", server.url()));
        if auth {
            req = req.bearer_auth(&token);
        }
        let a = Answer::of(req.send().await.expect("request")).await;
        assert_eq!(
            a.headers.get("cache-control").map(|v| v.as_bytes()),
            Some(&b"no-store"[..]),
            "{path}"
        );
        assert_eq!(
            a.headers
                .get("x-content-type-options")
                .map(|v| v.as_bytes()),
            Some(&b"nosniff"[..]),
            "{path}"
        );
    }
}

/// The OpenAPI document states the limits the server enforces, so a client generated from it does
/// not send what would be refused.
async fn the_openapi_document_states_what_the_server_refuses<S: TestStore>() {
    let server = server::<S>().await;
    let (_, doc) = Client::new(&server, None).get("/api/v1/openapi.json").await;
    let schemas = &doc["components"]["schemas"];
    let sync = &schemas["SyncRequest"]["properties"];
    assert_eq!(
        sync["protocol"]["minimum"],
        veikart_protocol::MIN_PROTOCOL_VERSION
    );
    assert_eq!(sync["protocol"]["maximum"], PROTOCOL_VERSION);
    assert_eq!(sync["mutations"]["maxItems"], 500);
    assert_eq!(schemas["Mutation"]["properties"]["seq"]["minimum"], 1);
    let text = doc.to_string();
    for expected in [
        r#""maxLength":4000"#,
        r#""maxLength":200"#,
        r#""minLength":1"#,
        r#""pattern":"^[A-Za-z0-9_-]+$""#,
    ] {
        assert!(text.contains(expected), "{expected} in the document");
    }
}

on_both_backends!(
    health_and_openapi_are_served,
    bad_input_gets_a_coded_4xx_changes_nothing_and_the_server_stays_up,
    every_documented_route_is_served,
    malformed_paths_and_encodings_get_the_json_error,
    api_answers_are_not_cached_or_sniffed,
    the_openapi_document_states_what_the_server_refuses,
);
