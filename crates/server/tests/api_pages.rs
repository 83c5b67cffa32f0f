//! Document pages (issue 9) against the real server: a page's row by sync, its bytes by the
//! upload endpoints, in chunks that may be cut, resent or sent at the wrong place; what the server
//! refuses; and that only the participant's own device reaches a page.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;

use api_support::*;
use sha2::{Digest, Sha256};
use veikart_protocol::VerdictCode;
use veikart_protocol::limits::MAX_PAGE_CHUNK;

/// Bytes that start as a file of `kind` starts and go on with noise, `len` in all.
fn file(kind: &str, len: usize, seed: u8) -> Vec<u8> {
    let magic: &[u8] = match kind {
        "image/jpeg" => b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00",
        "image/png" => b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "application/pdf" => b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n",
        "image/gif" => b"GIF89a\x01\x00\x01\x00",
        _ => b"<html><script>alert(1)</script>",
    };
    let mut bytes = magic.to_vec();
    let mut x = u32::from(seed).wrapping_mul(2_654_435_761).wrapping_add(1);
    while bytes.len() < len {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.push(x as u8);
    }
    bytes.truncate(len);
    bytes
}

fn sha256(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(bytes))
}

struct Setup<S: TestStore> {
    server: TestServer<S>,
    cw: Client,
    device: Client,
    pid: String,
    document: String,
    case: String,
    /// Each device's last sequence number.
    seqs: std::sync::Mutex<std::collections::HashMap<String, u64>>,
}

async fn setup<S: TestStore>() -> Setup<S> {
    let server = server::<S>().await;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = Client::new(&server, Some(&token));
    let (pid, ids) = participant_with_plan(&cw, "Semhar Tesfay").await;
    let device = enrolled(&server, &pid, "grorud").await;
    Setup {
        document: ids["document"].as_str().expect("document").to_owned(),
        case: ids["case"].as_str().expect("case").to_owned(),
        server,
        cw,
        device,
        pid,
        seqs: std::sync::Mutex::new(std::collections::HashMap::new()),
    }
}

impl<S: TestStore> Setup<S> {
    fn next_seq(&self, device: &Client) -> u64 {
        let mut seqs = self.seqs.lock().expect("seqs");
        let seq = seqs
            .entry(device.device_id.clone().unwrap_or_default())
            .or_insert(0);
        *seq += 1;
        *seq
    }

    /// Sync one mutation from the device; its result.
    async fn mutate(&self, device: &Client, op: Value) -> Value {
        let mut m = op;
        m["seq"] = json!(self.next_seq(device));
        let (status, body) = device.sync(json!([m]), json!({})).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body["results"][0].clone()
    }

    /// Add a page of `bytes` to the document; its id.
    async fn add_page(&self, local: &str, content_type: &str, bytes: &[u8]) -> String {
        let page_id = self.device.id(local);
        let result = self
            .mutate(
                &self.device,
                json!({"op": "add_document_page", "page_id": page_id, "document_id": self.document,
                    "index": 0, "content_type": content_type, "size": bytes.len(),
                    "sha256": sha256(bytes)}),
            )
            .await;
        assert_eq!(result["outcome"], "applied", "{result}");
        page_id
    }

    /// The page's row as the device last synced it.
    async fn page_row(&self, page_id: &str) -> Option<Value> {
        let (_, body) = self.device.sync(json!([]), json!({})).await;
        body["changes"]
            .as_array()
            .expect("changes")
            .iter()
            .find(|c| c["id"] == page_id || c["row"]["id"] == page_id)
            .and_then(|c| c.get("row").cloned())
            .filter(|r| !r.is_null())
    }

    async fn document_row(&self) -> Value {
        let (_, body) = self.device.sync(json!([]), json!({})).await;
        body["changes"]
            .as_array()
            .expect("changes")
            .iter()
            .find(|c| c["row"]["id"] == self.document.as_str())
            .map(|c| c["row"].clone())
            .expect("the document")
    }
}

fn upload_url<S: Store>(server: &TestServer<S>, page_id: &str) -> String {
    format!("{}/api/v1/pages/{page_id}/upload", server.url())
}

async fn put_chunk<S: Store>(
    server: &TestServer<S>,
    device: &Client,
    page_id: &str,
    offset: u64,
    bytes: &[u8],
) -> (StatusCode, Value) {
    let resp = device
        .http
        .put(format!("{}?offset={offset}", upload_url(server, page_id)))
        .bearer_auth(device.token.as_deref().unwrap_or_default())
        .header("content-type", "application/octet-stream")
        .body(bytes.to_vec())
        .send()
        .await
        .expect("request");
    let status = resp.status();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn upload_state(device: &Client, page_id: &str) -> (StatusCode, Value) {
    device.get(&format!("/api/v1/pages/{page_id}/upload")).await
}

/// Send `bytes` whole from `from`, a chunk at a time; the last answer.
async fn upload_from<S: Store>(
    server: &TestServer<S>,
    device: &Client,
    page_id: &str,
    bytes: &[u8],
    from: usize,
) -> (StatusCode, Value) {
    let mut offset = from;
    let mut last = (StatusCode::OK, Value::Null);
    while offset < bytes.len() {
        let end = (offset + MAX_PAGE_CHUNK).min(bytes.len());
        last = put_chunk(server, device, page_id, offset as u64, &bytes[offset..end]).await;
        if last.0 != StatusCode::OK {
            return last;
        }
        offset = end;
    }
    last
}

fn kept<S: Store>(server: &TestServer<S>, page_id: &str) -> Option<Vec<u8>> {
    let dir = server.pages_dir.as_ref().expect("pages dir");
    std::fs::read(dir.join("complete").join(page_id)).ok()
}

async fn a_page_arrives_whole_in_chunks_and_its_row_says_received<S: TestStore>() {
    let s = setup::<S>().await;
    let bytes = file("image/jpeg", 2 * MAX_PAGE_CHUNK + 1234, 1);
    let page = s.add_page("p1", "image/jpeg", &bytes).await;
    let row = s.page_row(&page).await.expect("the page's row");
    assert_eq!(row["received"], false);
    assert_eq!(row["content_type"], "image/jpeg");
    let (status, state) = upload_state(&s.device, &page).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        state,
        json!({"received": 0, "size": bytes.len(), "complete": false})
    );

    let (status, last) = upload_from(&s.server, &s.device, &page, &bytes, 0).await;
    assert_eq!(status, StatusCode::OK, "{last}");
    assert_eq!(
        last,
        json!({"received": bytes.len(), "size": bytes.len(), "complete": true})
    );
    assert_eq!(kept(&s.server, &page).as_deref(), Some(bytes.as_slice()));
    assert_eq!(s.page_row(&page).await.expect("row")["received"], true);
    // The document the participant had not marked is now ready for the caseworker to review.
    assert_eq!(s.document_row().await["status"], "ready");
    let (_, state) = upload_state(&s.device, &page).await;
    assert_eq!(state["complete"], true);
    // The last chunk sent again after the end changes nothing.
    let tail = 2 * MAX_PAGE_CHUNK;
    let (status, again) = put_chunk(&s.server, &s.device, &page, tail as u64, &bytes[tail..]).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(again["complete"], true);
}

async fn an_upload_resumes_where_it_stopped_also_after_a_restart<S: TestStore>() {
    let s = setup::<S>().await;
    let bytes = file("image/png", 3 * MAX_PAGE_CHUNK - 7, 2);
    let page = s.add_page("p1", "image/png", &bytes).await;
    let (status, _) = put_chunk(&s.server, &s.device, &page, 0, &bytes[..MAX_PAGE_CHUNK]).await;
    assert_eq!(status, StatusCode::OK);

    // Another server process on the same database and pages directory (a restart, or the
    // next instance behind the load balancer) knows where the upload stands.
    let other = s
        .server
        .another_instance(HttpConfig {
            pages_dir: s.server.pages_dir.clone(),
            ..HttpConfig::default()
        })
        .await
        .expect("another instance");
    let device = Client {
        base: other.url(),
        ..Client::new(&other, s.device.token.as_deref())
    };
    let (status, state) = upload_state(&device, &page).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(state["received"], MAX_PAGE_CHUNK);
    let from = state["received"].as_u64().expect("received") as usize;
    let (status, last) = upload_from(&other, &device, &page, &bytes, from).await;
    assert_eq!(status, StatusCode::OK, "{last}");
    assert_eq!(last["complete"], true);
    assert_eq!(kept(&s.server, &page).as_deref(), Some(bytes.as_slice()));
    drop(other);
}

async fn a_chunk_sent_twice_is_stored_once_and_other_bytes_there_are_refused<S: TestStore>() {
    let s = setup::<S>().await;
    let bytes = file("image/jpeg", 2 * MAX_PAGE_CHUNK + 10, 3);
    let page = s.add_page("p1", "image/jpeg", &bytes).await;
    let first = &bytes[..MAX_PAGE_CHUNK];
    for _ in 0..2 {
        let (status, state) = put_chunk(&s.server, &s.device, &page, 0, first).await;
        assert_eq!(status, StatusCode::OK, "{state}");
        assert_eq!(state["received"], MAX_PAGE_CHUNK);
    }
    // A chunk that overlaps what the server has: the new part is appended.
    let (status, state) = put_chunk(
        &s.server,
        &s.device,
        &page,
        (MAX_PAGE_CHUNK - 100) as u64,
        &bytes[MAX_PAGE_CHUNK - 100..MAX_PAGE_CHUNK + 500],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{state}");
    assert_eq!(state["received"], MAX_PAGE_CHUNK + 500);
    // Other bytes where the server has some: refused, nothing changes.
    let mut wrong = bytes[..1000].to_vec();
    wrong[999] ^= 0xFF;
    let (status, state) = put_chunk(&s.server, &s.device, &page, 0, &wrong).await;
    assert_eq!(status, StatusCode::CONFLICT, "{state}");
    assert_eq!(state["error"], "offset_mismatch");
    assert_eq!(state["received"], MAX_PAGE_CHUNK + 500);
    let (status, last) =
        upload_from(&s.server, &s.device, &page, &bytes, MAX_PAGE_CHUNK + 500).await;
    assert_eq!(status, StatusCode::OK, "{last}");
    assert_eq!(kept(&s.server, &page).as_deref(), Some(bytes.as_slice()));
}

async fn a_chunk_past_what_the_server_has_is_refused_with_where_to_resume<S: TestStore>() {
    let s = setup::<S>().await;
    let bytes = file("image/jpeg", 2 * MAX_PAGE_CHUNK, 4);
    let page = s.add_page("p1", "image/jpeg", &bytes).await;
    let (status, body) = put_chunk(
        &s.server,
        &s.device,
        &page,
        MAX_PAGE_CHUNK as u64,
        &bytes[MAX_PAGE_CHUNK..],
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"], "offset_mismatch");
    assert_eq!(body["received"], 0);
    assert_eq!(body["size"], bytes.len());
    assert_eq!(upload_state(&s.device, &page).await.1["received"], 0);
    // Too much at once, past the page's end, or no offset at all: refused, nothing kept.
    let big = vec![0u8; MAX_PAGE_CHUNK + 1];
    let (status, body) = put_chunk(&s.server, &s.device, &page, 0, &big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert_eq!(body["error"], "payload_too_large");
    let small = s.add_page("p2", "image/jpeg", &bytes[..100]).await;
    let (status, body) = put_chunk(&s.server, &s.device, &small, 0, &bytes[..101]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    let resp = s
        .device
        .http
        .put(upload_url(&s.server, &small))
        .bearer_auth(s.device.token.as_deref().unwrap_or_default())
        .body(bytes[..100].to_vec())
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(upload_state(&s.device, &small).await.1["received"], 0);
}

async fn a_page_that_is_not_an_image_or_pdf_is_refused_and_discarded<S: TestStore>() {
    let s = setup::<S>().await;
    for (local, declared, actual, reason) in [
        ("html", "image/png", "text/html", "not_allowed"),
        ("gif", "image/jpeg", "image/gif", "not_allowed"),
        (
            "png-as-pdf",
            "application/pdf",
            "image/png",
            "wrong_content_type",
        ),
    ] {
        let bytes = file(actual, 5000, 5);
        let page = s.add_page(local, declared, &bytes).await;
        let (status, body) = upload_from(&s.server, &s.device, &page, &bytes, 0).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{local}: {body}");
        assert_eq!(body["error"], "page_rejected");
        assert_eq!(body["reason"], reason, "{local}");
        assert_eq!(body["received"], 0);
        assert_eq!(kept(&s.server, &page), None);
        assert_eq!(s.page_row(&page).await.expect("row")["received"], false);
        assert_eq!(upload_state(&s.device, &page).await.1["received"], 0);
    }
    // A type the server does not take cannot even be declared.
    let (status, body) = s
        .device
        .sync(
            json!([{"seq": 999, "op": "add_document_page", "page_id": s.device.id("x"),
                "document_id": s.document, "index": 0, "content_type": "image/gif", "size": 10,
                "sha256": sha256(b"x")}]),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}

async fn bytes_that_do_not_match_the_hash_are_discarded_and_may_be_sent_again<S: TestStore>() {
    let s = setup::<S>().await;
    let bytes = file("image/jpeg", MAX_PAGE_CHUNK + 99, 6);
    let page = s.add_page("p1", "image/jpeg", &bytes).await;
    let mut damaged = bytes.clone();
    damaged[MAX_PAGE_CHUNK + 50] ^= 0x01;
    let (status, body) = upload_from(&s.server, &s.device, &page, &damaged, 0).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["reason"], "hash_mismatch");
    assert_eq!(kept(&s.server, &page), None);
    let (_, state) = upload_state(&s.device, &page).await;
    assert_eq!(state["received"], 0);
    let (status, body) = upload_from(&s.server, &s.device, &page, &bytes, 0).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["complete"], true);
}

async fn a_twenty_megabyte_pdf_arrives_and_the_limits_hold<S: TestStore>() {
    let s = setup::<S>().await;
    let pdf = file("application/pdf", 20_000_000, 7);
    let page = s.add_page("pdf", "application/pdf", &pdf).await;
    let (status, body) = upload_from(&s.server, &s.device, &page, &pdf, 0).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["complete"], true);
    assert_eq!(
        kept(&s.server, &page).map(|k| sha256(&k)),
        Some(sha256(&pdf))
    );
    // Limits, checked on the row before a byte travels.
    let add = |local: &str, content_type: &str, size: u64| {
        json!({"op": "add_document_page", "page_id": s.device.id(local),
            "document_id": s.document, "index": 1, "content_type": content_type, "size": size,
            "sha256": sha256(b"x")})
    };
    let photo_limit = veikart_protocol::limits::MAX_PAGE_BYTES;
    let pdf_limit = veikart_protocol::limits::MAX_PDF_BYTES;
    let r = s
        .mutate(&s.device, add("big-photo", "image/jpeg", photo_limit + 1))
        .await;
    assert_eq!(r["code"], "too_large", "{r}");
    let r = s
        .mutate(&s.device, add("big-pdf", "application/pdf", pdf_limit + 1))
        .await;
    assert_eq!(r["code"], "too_large", "{r}");
    let r = s.mutate(&s.device, add("empty", "image/jpeg", 0)).await;
    assert_eq!(r["code"], "invalid_value", "{r}");
    // The case's pages together: 20 MB + 2 × 20 MiB fit in 60 MiB, a megabyte more does not.
    for local in ["pdf2", "pdf3"] {
        let r = s
            .mutate(&s.device, add(local, "application/pdf", pdf_limit))
            .await;
        assert_eq!(r["outcome"], "applied", "{r}");
    }
    let r = s
        .mutate(&s.device, add("photo", "image/jpeg", 1_000_000))
        .await;
    assert_eq!(r["code"], "too_large", "{r}");
    // Another device's id space, another participant's document.
    let r = s
        .mutate(
            &s.device,
            json!({"op": "add_document_page", "page_id": "someone-else-p1",
                "document_id": s.document, "index": 0, "content_type": "image/jpeg", "size": 10,
                "sha256": sha256(b"x")}),
        )
        .await;
    assert_eq!(r["code"], "invalid_value", "{r}");
}

async fn a_page_can_be_removed_until_its_document_is_accepted<S: TestStore>() {
    let s = setup::<S>().await;
    let bytes = file("image/jpeg", 3000, 8);
    let first = s.add_page("p1", "image/jpeg", &bytes).await;
    upload_from(&s.server, &s.device, &first, &bytes, 0).await;
    assert!(kept(&s.server, &first).is_some());
    let r = s
        .mutate(
            &s.device,
            json!({"op": "remove_document_page", "page_id": first}),
        )
        .await;
    assert_eq!(r["outcome"], "applied", "{r}");
    assert!(s.page_row(&first).await.is_none(), "the row is a tombstone");
    assert_eq!(kept(&s.server, &first), None, "the bytes went with the row");
    assert_eq!(
        upload_state(&s.device, &first).await.0,
        StatusCode::NOT_FOUND
    );

    let second = s.add_page("p2", "image/jpeg", &bytes).await;
    upload_from(&s.server, &s.device, &second, &bytes, 0).await;
    let document = s.document.clone();
    s.server
        .app
        .write(move |tx| {
            Ok(veikart_server::domain::pages::set_verdict(
                tx,
                &document,
                VerdictCode::Accepted,
                None,
                "test",
            )?)
        })
        .await
        .expect("write")
        .expect("verdict");
    let doc = s.document_row().await;
    assert_eq!(doc["verdict"]["code"], "accepted");
    assert_eq!(doc["status"], "received");
    let r = s
        .mutate(
            &s.device,
            json!({"op": "remove_document_page", "page_id": second}),
        )
        .await;
    assert_eq!(r["code"], "document_accepted", "{r}");
    let r = s
        .mutate(
            &s.device,
            json!({"op": "add_document_page", "page_id": s.device.id("p3"),
                "document_id": s.document, "index": 1, "content_type": "image/jpeg", "size": 10,
                "sha256": sha256(b"x")}),
        )
        .await;
    assert_eq!(r["code"], "document_accepted", "{r}");
    assert!(kept(&s.server, &second).is_some());
}

async fn a_new_page_after_a_rejection_waits_for_review_again<S: TestStore>() {
    let s = setup::<S>().await;
    let bytes = file("image/jpeg", 3000, 9);
    let first = s.add_page("p1", "image/jpeg", &bytes).await;
    upload_from(&s.server, &s.device, &first, &bytes, 0).await;
    let document = s.document.clone();
    s.server
        .app
        .write(move |tx| {
            Ok(veikart_server::domain::pages::set_verdict(
                tx,
                &document,
                VerdictCode::Unreadable,
                Some("Bildet er uskarpt."),
                "test",
            )?)
        })
        .await
        .expect("write")
        .expect("verdict");
    let doc = s.document_row().await;
    assert_eq!(doc["verdict"]["code"], "unreadable");
    assert_eq!(doc["verdict"]["note"], "Bildet er uskarpt.");
    let again = file("image/jpeg", 4000, 10);
    let second = s.add_page("p2", "image/jpeg", &again).await;
    // Added but not yet arrived: the verdict stands.
    assert_eq!(s.document_row().await["verdict"]["code"], "unreadable");
    upload_from(&s.server, &s.device, &second, &again, 0).await;
    let doc = s.document_row().await;
    assert!(doc.get("verdict").is_none(), "{doc}");
    assert_eq!(doc["status"], "ready");
}

async fn only_the_participants_own_devices_reach_a_page<S: TestStore>() {
    let s = setup::<S>().await;
    let bytes = file("image/jpeg", 3000, 11);
    let page = s.add_page("p1", "image/jpeg", &bytes).await;
    upload_from(&s.server, &s.device, &page, &bytes[..1000], 0).await;

    // Another participant of the same bydel, and one of another bydel.
    let (_, other_token) = s
        .server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    let other_cw = Client::new(&s.server, Some(&other_token));
    let (neighbour, _) = participant_with_plan(&s.cw, "Ahmad Karimi").await;
    let (stranger, _) = participant_with_plan(&other_cw, "Olena Shevchenko").await;
    for (pid, bydel) in [(neighbour, "grorud"), (stranger, "ostensjo")] {
        let intruder = enrolled(&s.server, &pid, bydel).await;
        let (status, body) = upload_state(&intruder, &page).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
        for offset in [0u64, 1000] {
            let (status, _) = put_chunk(
                &s.server,
                &intruder,
                &page,
                offset,
                &bytes[offset as usize..],
            )
            .await;
            assert_eq!(status, StatusCode::NOT_FOUND);
        }
        // Nor can it remove the page.
        let r = s
            .mutate(
                &intruder,
                json!({"op": "remove_document_page", "page_id": page}),
            )
            .await;
        assert_eq!(r["code"], "not_found", "{r}");
    }
    // No token, or a made-up one.
    let anonymous = Client::new(&s.server, None);
    assert_eq!(
        upload_state(&anonymous, &page).await.0,
        StatusCode::UNAUTHORIZED
    );
    // What the owner had sent is still there and the upload goes on.
    assert_eq!(upload_state(&s.device, &page).await.1["received"], 1000);
    let (status, _) = upload_from(&s.server, &s.device, &page, &bytes, 1000).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(kept(&s.server, &page).as_deref(), Some(bytes.as_slice()));
    let _ = (&s.pid, &s.case);
}

on_both_backends!(
    a_page_arrives_whole_in_chunks_and_its_row_says_received,
    an_upload_resumes_where_it_stopped_also_after_a_restart,
    a_chunk_sent_twice_is_stored_once_and_other_bytes_there_are_refused,
    a_chunk_past_what_the_server_has_is_refused_with_where_to_resume,
    a_page_that_is_not_an_image_or_pdf_is_refused_and_discarded,
    bytes_that_do_not_match_the_hash_are_discarded_and_may_be_sent_again,
    a_twenty_megabyte_pdf_arrives_and_the_limits_hold,
    a_page_can_be_removed_until_its_document_is_accepted,
    a_new_page_after_a_rejection_waits_for_review_again,
    only_the_participants_own_devices_reach_a_page,
);
