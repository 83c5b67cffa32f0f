//! Messages from templates through the caseworker API and the sync: the closed list, typed
//! parameters, the Norwegian body the server writes, tenancy, and what a device receives.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;

use api_support::*;

fn bring_documents() -> Value {
    json!({
        "key": "bring_documents",
        "params": {
            "at": {"type": "date_time", "value": "2026-08-18T07:00:00Z"},
            "documents": {"type": "document_kinds", "value": ["passport_copy", "diploma"]}
        },
        "note": "Kom gjerne ti minutter før."
    })
}

async fn a_template_message_gets_its_norwegian_body_and_reaches_the_device<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = Client::new(&server, Some(&token));
    let (pid, _) = participant_with_plan(&cw, "Semhar Tesfay").await;
    let records = format!("/api/v1/participants/{pid}/records");
    // No body sent, or a body that says something else: the server writes the template's text.
    for body in [None, Some(json!({"text": "Noe helt annet", "lang": "nb"}))] {
        let mut row = json!({"kind": "message", "author": "caseworker", "sent_at": Utc::now(), "template": bring_documents()});
        if let Some(b) = body {
            row["body"] = b;
        }
        let (status, m) = cw.post(&records, row).await;
        assert_eq!(status, StatusCode::CREATED, "{m}");
        assert_eq!(
            m["body"],
            json!({"text": "Ta med dette til møtet vårt (tirsdag 18. august kl. 09:00):\n– Kopi av pass\n– Vitnemål\n\nKom gjerne ti minutter før.", "lang": "nb"})
        );
        assert_eq!(m["template"], bring_documents());
    }
    let device = enrolled(&server, &pid, "grorud").await;
    let (status, body) = device.sync(json!([]), json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let templates: Vec<&Value> = body["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["row"]["template"].as_object().map(|_| &c["row"]))
        .collect();
    assert_eq!(templates.len(), 2, "{body}");
    assert_eq!(
        templates[0]["template"]["params"]["at"]["type"],
        "date_time"
    );
    assert!(
        templates[0]["body"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Ta med dette")
    );

    // Changing the template re-writes the body (a merge patch: a parameter the new template does
    // not have is removed with null); the body itself cannot be changed by hand.
    let id = templates[0]["id"].as_str().unwrap();
    let (status, m) = cw
        .patch(
            &format!("/api/v1/records/{id}"),
            json!({"template": {"key": "meeting_moved", "params": {"at": {"type": "date_time", "value": "2026-08-20T12:15:00Z"}, "documents": null}, "note": null}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{m}");
    assert_eq!(
        m["body"]["text"],
        "Møtet vårt er flyttet. Ny tid er torsdag 20. august kl. 14:15."
    );
    let (status, m) = cw
        .patch(
            &format!("/api/v1/records/{id}"),
            json!({"body": {"text": "Glem det", "lang": "nb"}}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{m}");
    assert_eq!(error_code(&m), "invalid_value");
}

async fn only_the_closed_list_with_its_typed_parameters_is_stored<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = Client::new(&server, Some(&token));
    let (pid, _) = participant_with_plan(&cw, "Semhar Tesfay").await;
    let records = format!("/api/v1/participants/{pid}/records");
    let before = fingerprint(&server, &[&format!("p:{pid}")]).await;
    let at = json!({"type": "date_time", "value": "2026-08-18T07:00:00Z"});
    for (template, expect) in [
        (json!({"key": "transfer_money"}), "invalid_value"),
        (json!({"key": "meeting_moved"}), "invalid_value"),
        (
            json!({"key": "meeting_moved", "params": {"at": {"type": "date", "value": "2026-08-18"}}}),
            "invalid_value",
        ),
        (
            json!({"key": "meeting_moved", "params": {"at": at, "link": {"type": "date", "value": "2026-08-18"}}}),
            "invalid_value",
        ),
        (
            json!({"key": "document_needed", "params": {"document": {"type": "document_kind", "value": "bank_card"}}}),
            "invalid_value",
        ),
        (
            json!({"key": "bring_documents", "params": {"at": at, "documents": {"type": "document_kinds", "value": []}}}),
            "invalid_value",
        ),
        (
            json!({"key": "programme_starts", "params": {"on": {"type": "date", "value": "1926-08-17"}}}),
            "invalid_value",
        ),
        (
            json!({"key": "please_call", "note": "Ring \u{202E}meg"}),
            "invalid_value",
        ),
        (json!({"params": {}}), "invalid_body"),
    ] {
        let (status, body) = cw
            .post(
                &records,
                json!({"kind": "message", "author": "caseworker", "sent_at": Utc::now(), "template": template}),
            )
            .await;
        assert!(status.is_client_error(), "{template}: {status} {body}");
        assert_eq!(error_code(&body), expect, "{template}: {body}");
    }
    // A free-text message still needs words.
    let (status, body) = cw
        .post(
            &records,
            json!({"kind": "message", "author": "caseworker", "sent_at": Utc::now()}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        fingerprint(&server, &[&format!("p:{pid}")]).await,
        before,
        "nothing was stored"
    );
}

/// Another bydel's caseworker cannot send a template message to a participant (not found, nothing
/// stored), and a device cannot make one: its message mutation has no template.
async fn templates_keep_to_the_bydel_and_devices_cannot_send_them<S: TestStore>() {
    let server = server::<S>().await;
    let (_, a_token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let (_, b_token) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    let a = Client::new(&server, Some(&a_token));
    let b = Client::new(&server, Some(&b_token));
    let (pid, _) = participant_with_plan(&a, "Semhar Tesfay").await;
    let device = enrolled(&server, &pid, "grorud").await;
    let before = fingerprint(&server, &[&format!("p:{pid}")]).await;
    let (status, body) = b
        .post(
            &format!("/api/v1/participants/{pid}/records"),
            json!({"kind": "message", "author": "caseworker", "sent_at": Utc::now(), "template": {"key": "please_call"}}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert!(!body.to_string().contains("Semhar"));

    let answer = device
        .raw_sync(json!([{"seq": 1, "op": "send_message", "message_id": device.id("m1"), "body": "Hei", "template": {"key": "please_call"}}]))
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    assert_eq!(error_code(&answer.body), "invalid_body");
    assert_eq!(
        fingerprint(&server, &[&format!("p:{pid}")]).await,
        before,
        "nothing was stored"
    );
    // A participant's own message is theirs: a caseworker cannot turn it into a template message.
    let (_, body) = device
        .sync(
            json!([{"seq": 1, "op": "send_message", "message_id": device.id("m2"), "body": "Hei"}]),
            json!({}),
        )
        .await;
    assert_eq!(body["results"][0]["outcome"], "applied", "{body}");
    let (status, _) = a
        .patch(
            &format!("/api/v1/records/{}", device.id("m2")),
            json!({"template": {"key": "please_call"}}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

on_both_backends!(
    a_template_message_gets_its_norwegian_body_and_reaches_the_device,
    only_the_closed_list_with_its_typed_parameters_is_stored,
    templates_keep_to_the_bydel_and_devices_cannot_send_them,
);
