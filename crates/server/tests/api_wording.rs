//! Participants' proposals for a better wording of the app's texts, sent like any other change:
//! checked, stored as the device's own participant, refused with a code the app translates, and
//! deleted with the participant.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;

use api_support::*;
use veikart_server::store::WordingProposal;

async fn proposals<S: Store>(server: &TestServer<S>) -> Vec<WordingProposal> {
    server
        .store
        .read(|tx: &mut dyn Tx| tx.wording_proposals(None))
        .await
        .expect("proposals")
}

fn propose(seq: u64, id: &str, language: &str, key: &str, text: &str) -> Value {
    json!({"seq": seq, "op": "propose_wording", "proposal_id": id, "language": language, "key": key, "text": text})
}

async fn a_device_proposes_as_itself_and_only_real_texts_in_real_languages<S: TestStore>() {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = Client::new(&server, Some(&token));
    let (pid, _) = participant_with_plan(&cw, "Semhar Tesfay").await;
    let (other, _) = participant_with_plan(&cw, "Ahmad Karimi").await;
    let device = enrolled(&server, &pid, "grorud").await;
    let before = fingerprint(&server, &[&format!("p:{pid}")]).await;

    let mut with_comment = propose(1, &device.id("w1"), "ti", "msg-send", "ስደድ");
    with_comment["comment"] = json!("«ስደዱ» is said to many people");
    let long = "x".repeat(veikart_protocol::limits::MAX_WORDING + 1);
    let batch = json!([
        with_comment,
        propose(2, &device.id("w2"), "de", "msg-send", "Senden"),
        propose(3, &device.id("w3"), "ti", "msg-nonexistent", "ስደድ"),
        propose(4, &device.id("w4"), "ti", "msg-send", "   "),
        propose(5, &device.id("w5"), "ti", "msg-send", &long),
        propose(6, &device.id("w6"), "ti", "msg-send", "\u{202E}ድደስ"),
        propose(7, "someone-else-w7", "ti", "msg-send", "ስደድ"),
        propose(8, &device.id("w1"), "ti", "msg-send", "again"),
    ]);
    let (status, body) = device.sync(batch, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let outcomes: Vec<(String, String)> = body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["outcome"].as_str().unwrap_or_default().to_owned(),
                r["code"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let expect = [
        ("applied", ""),
        ("rejected", "unsupported_language"),
        ("rejected", "not_found"),
        ("rejected", "invalid_value"),
        ("rejected", "invalid_value"),
        ("rejected", "invalid_value"),
        ("rejected", "invalid_value"),
        ("rejected", "id_taken"),
    ];
    assert_eq!(
        outcomes,
        expect
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<Vec<_>>()
    );
    let stored = proposals(&server).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].participant_id, pid);
    assert_eq!(stored[0].bydel_id, "grorud");
    assert_eq!(stored[0].device_id, device.device_id.clone().unwrap());
    assert_eq!(stored[0].text, "ስደድ");
    assert_eq!(
        stored[0].comment.as_deref(),
        Some("«ስደዱ» is said to many people")
    );
    // Nothing a device follows changed, and no row was written.
    assert_eq!(fingerprint(&server, &[&format!("p:{pid}")]).await, before);

    // A device cannot name another participant (or bydel) to propose as: the field does not
    // exist, and the whole request is refused.
    for field in ["participant_id", "bydel_id", "device_id"] {
        let mut m = propose(9, &device.id("w9"), "ti", "msg-send", "ስደድ");
        m[field] = json!(other);
        let answer = device.raw_sync(json!([m])).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{field}");
        assert_eq!(error_code(&answer.body), "invalid_body");
    }
    assert_eq!(proposals(&server).await.len(), 1);

    // Deleting the participant deletes their proposals.
    let (status, _) = cw.delete(&format!("/api/v1/participants/{pid}")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(proposals(&server).await.is_empty());
}

on_both_backends!(a_device_proposes_as_itself_and_only_real_texts_in_real_languages);
