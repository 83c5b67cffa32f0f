//! Enrolment and device tokens against the real server: single-use codes, the lock after wrong
//! tries, the per-address limit, revoked devices, and the protocol version check.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;

use api_support::*;

async fn enrolment_codes_are_single_use_and_unknown_codes_fail<S: TestStore>() {
    let server = server::<S>().await;
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

async fn a_code_locks_after_five_wrong_tries_and_expired_codes_fail<S: TestStore>() {
    let server = server::<S>().await;
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

async fn enrolment_is_rate_limited_per_address<S: TestStore>() {
    let server = TestServer::<S>::fresh(HttpConfig {
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

/// `X-Forwarded-For` names the client only when the peer is a configured proxy: from anyone else
/// it cannot move an attempt to another address's count.
async fn forwarded_addresses_count_only_from_trusted_proxies<S: TestStore>() {
    let attempts = |server: &TestServer<S>| {
        let url = format!("{}/api/v1/enrol", server.url());
        async move {
            let http = reqwest::Client::new();
            let mut statuses = Vec::new();
            for k in 0..4 {
                let resp = http
                    .post(&url)
                    .header("x-forwarded-for", format!("203.0.113.{k}"))
                    .json(&json!({"code": "AAAA-BBBB-CCCC", "device_name": "x"}))
                    .send()
                    .await
                    .expect("send");
                statuses.push(resp.status());
            }
            statuses
        }
    };
    let limited = HttpConfig {
        enrol_per_minute: 2,
        ..HttpConfig::default()
    };
    // Not a trusted proxy: four different forwarded addresses are one client, the peer.
    let server = TestServer::<S>::fresh(limited.clone())
        .await
        .expect("server");
    let statuses = attempts(&server).await;
    assert_eq!(statuses[2], StatusCode::TOO_MANY_REQUESTS, "{statuses:?}");
    // The test's loopback address is a trusted proxy: each forwarded address counts on its own.
    let server = TestServer::<S>::fresh(HttpConfig {
        trusted_proxies: vec!["127.0.0.1".parse().expect("ip")],
        ..limited
    })
    .await
    .expect("server");
    let statuses = attempts(&server).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::BAD_REQUEST),
        "{statuses:?}"
    );
}

async fn tokens_are_required_and_revoked_devices_are_refused<S: TestStore>() {
    let server = server::<S>().await;
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

async fn an_old_or_future_protocol_is_told_to_update<S: TestStore>() {
    let server = server::<S>().await;
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

on_both_backends!(
    enrolment_codes_are_single_use_and_unknown_codes_fail,
    a_code_locks_after_five_wrong_tries_and_expired_codes_fail,
    enrolment_is_rate_limited_per_address,
    forwarded_addresses_count_only_from_trusted_proxies,
    tokens_are_required_and_revoked_devices_are_refused,
    an_old_or_future_protocol_is_told_to_update,
);
