//! The recognition case as a pack in the console (issue 9): a document's pages as thumbnails and
//! full views, the verdict per document reaching the participant's device, "download the pack",
//! "sent to HK-dir"; the audit log of who viewed or downloaded a page; and that no one outside the
//! participant's bydel staff reaches a page by any of these routes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;
mod common;

use api_support::{Client, enrolled, on_both_backends, participant_with_plan};
use common::{Browser, PASSWORD};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use veikart_protocol::limits::MAX_PAGE_CHUNK;
use veikart_server::HttpConfig;
use veikart_server::pack::{Rgb, encode_png};
use veikart_server::store::{Role, Store, Tx};
use veikart_server::testing::{TestServer, TestStore};

fn png(width: usize, height: usize) -> Vec<u8> {
    let mut pixels = Vec::with_capacity(width * height * 3);
    for y in 0..height {
        for x in 0..width {
            pixels.extend_from_slice(&[(x * 7 % 256) as u8, (y * 3 % 256) as u8, 200]);
        }
    }
    encode_png(&Rgb {
        width,
        height,
        pixels,
    })
    .expect("png")
}

fn sha256(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(bytes))
}

/// Add a page to `document` from the device and send its bytes; the page's id.
async fn send_page<S: Store>(
    server: &TestServer<S>,
    device: &Client,
    seq: u64,
    local: &str,
    document: &str,
    content_type: &str,
    bytes: &[u8],
) -> String {
    let page_id = device.id(local);
    let (status, body) = device
        .sync(
            json!([{"seq": seq, "op": "add_document_page", "page_id": page_id,
                "document_id": document, "index": seq, "content_type": content_type,
                "size": bytes.len(), "sha256": sha256(bytes)}]),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["results"][0]["outcome"], "applied", "{body}");
    for (i, chunk) in bytes.chunks(MAX_PAGE_CHUNK).enumerate() {
        let resp = device
            .http
            .put(format!(
                "{}/api/v1/pages/{page_id}/upload?offset={}",
                server.url(),
                i * MAX_PAGE_CHUNK
            ))
            .bearer_auth(device.token.as_deref().unwrap_or_default())
            .body(chunk.to_vec())
            .send()
            .await
            .expect("upload");
        assert_eq!(resp.status(), StatusCode::OK);
    }
    page_id
}

/// The row with this id as the device syncs it now.
async fn device_row(device: &Client, id: &str) -> Value {
    let (_, body) = device.sync(json!([]), json!({})).await;
    body["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .find(|c| c["id"] == id)
        .map(|c| c["row"].clone())
        .expect("the row")
}

struct Pack<S: TestStore> {
    server: TestServer<S>,
    device: Client,
    pid: String,
    case: String,
    diploma: String,
    transcript: String,
    photo: String,
    pdf: String,
    photo_bytes: Vec<u8>,
    caseworker_email: String,
}

/// A participant of Grorud with a case of two documents: a diploma photographed (a PNG) and a
/// transcript as a PDF, both sent from the device.
async fn pack<S: TestStore>() -> Pack<S> {
    let server = TestServer::<S>::fresh(HttpConfig::default())
        .await
        .expect("server");
    let (cw, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let api = Client::new(&server, Some(&token));
    let (pid, ids) = participant_with_plan(&api, "Semhar Tesfay").await;
    let case = ids["case"].as_str().expect("case").to_owned();
    let diploma = ids["document"].as_str().expect("document").to_owned();
    let (status, transcript) = api
        .post(
            &format!("/api/v1/participants/{pid}/records"),
            json!({"kind": "required_document", "case_id": case, "document_kind": "transcript", "status": "missing"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{transcript}");
    let transcript = transcript["id"].as_str().expect("id").to_owned();
    let device = enrolled(&server, &pid, "grorud").await;
    let photo_bytes = png(600, 850);
    let photo = send_page(
        &server,
        &device,
        1,
        "p1",
        &diploma,
        "image/png",
        &photo_bytes,
    )
    .await;
    let pdf_bytes = b"%PDF-1.7\n% Karakterutskrift\n%%EOF\n".to_vec();
    let pdf = send_page(
        &server,
        &device,
        2,
        "p2",
        &transcript,
        "application/pdf",
        &pdf_bytes,
    )
    .await;
    Pack {
        server,
        device,
        pid,
        case,
        diploma,
        transcript,
        photo,
        pdf,
        photo_bytes,
        caseworker_email: cw.email,
    }
}

async fn audit_actions<S: Store>(server: &TestServer<S>, target: &str) -> Vec<String> {
    let target = target.to_owned();
    server
        .store
        .read(move |tx: &mut dyn Tx| tx.audit_entries_about(&[target]))
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.action)
        .collect()
}

async fn the_caseworker_sees_judges_downloads_and_sends_the_pack<S: TestStore>() {
    let p = pack::<S>().await;
    let mut b = Browser::new(&p.server);
    assert_eq!(
        b.sign_in(&p.caseworker_email, PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let (status, html) = b.get(&format!("/console/participants/{}", p.pid)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(&format!("/console/pages/{}/thumb", p.photo)),
        "a thumbnail"
    );
    assert!(
        html.contains(&format!("href=\"/console/pages/{}\"", p.pdf)),
        "the PDF's link"
    );
    assert!(html.contains(&format!("/console/documents/{}/verdict", p.diploma)));

    // The thumbnail is a small PNG made on the server; the page itself is the bytes sent.
    let (status, _, headers) = b
        .get_full(&format!("/console/pages/{}/thumb", p.photo))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(
        b.get(&format!("/console/pages/{}/thumb", p.pdf)).await.0,
        StatusCode::NOT_FOUND,
        "a PDF has no thumbnail"
    );
    let resp = b
        .http
        .get(format!("{}/console/pages/{}", b.base, p.photo))
        .header("cookie", b.cookie_header())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()["content-type"], "image/png");
    assert_eq!(resp.bytes().await.unwrap().to_vec(), p.photo_bytes);
    assert!(
        audit_actions(&p.server, &p.photo)
            .await
            .contains(&"view_page".to_owned())
    );

    // Unreadable, with a note: the device learns it, with the reason's code.
    let (status, _, _) = b
        .post(
            &format!("/console/documents/{}/verdict", p.diploma),
            &[("code", "unreadable"), ("note", "Bildet er uskarpt.")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let doc = device_row(&p.device, &p.diploma).await;
    assert_eq!(doc["verdict"]["code"], "unreadable");
    assert_eq!(doc["verdict"]["note"], "Bildet er uskarpt.");
    assert_eq!(doc["status"], "missing");
    // A verdict that is not one of the codes comes back on the form.
    let (status, body, _) = b
        .post(
            &format!("/console/documents/{}/verdict", p.diploma),
            &[("code", "lost_in_the_post")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("aria-invalid=\"true\""));

    for doc in [&p.diploma, &p.transcript] {
        let (status, _, _) = b
            .post(
                &format!("/console/documents/{doc}/verdict"),
                &[("code", "accepted")],
                true,
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
    let (_, html) = b.get(&format!("/console/participants/{}", p.pid)).await;
    assert!(
        html.contains("pakken er klar til å sendes"),
        "the pack is complete"
    );

    // Download: the photo as a one-page PDF, the PDF as it is; each download audited.
    let resp = b
        .http
        .get(format!("{}/console/documents/{}/pack", b.base, p.diploma))
        .header("cookie", b.cookie_header())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()["content-type"], "application/pdf");
    assert!(
        resp.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("4-translation.pdf")
    );
    let pdf = resp.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-") && String::from_utf8_lossy(&pdf).contains("/Count 1"));
    let (status, transcript_file, _) = b
        .get_full(&format!("/console/documents/{}/pack", p.transcript))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(transcript_file.contains("Karakterutskrift"));
    assert!(
        audit_actions(&p.server, &p.diploma)
            .await
            .contains(&"download_document_pack".to_owned())
    );

    // Sent to HK-dir: the case is submitted, with the date and reference, on the device too.
    let (status, _, _) = b
        .post(
            &format!("/console/cases/{}/sent", p.case),
            &[("on", "2026-12-07"), ("reference", "HK-26/00417")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let case = device_row(&p.device, &p.case).await;
    assert_eq!(case["status"], "submitted");
    assert_eq!(
        case["sent"],
        json!({"on": "2026-12-07", "reference": "HK-26/00417"})
    );
    assert_eq!(
        case["history"].as_array().unwrap().last().unwrap()["status"],
        "submitted"
    );
    let (_, html) = b.get(&format!("/console/participants/{}", p.pid)).await;
    assert!(html.contains("Sendt til HK-dir 07.12.2026"), "sent shows");
    // Without a reference it is not recorded.
    let (status, _, _) = b
        .post(
            &format!("/console/cases/{}/sent", p.case),
            &[("on", "2026-12-08"), ("reference", " ")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn a_document_without_an_arrived_page_cannot_be_judged<S: TestStore>() {
    let p = pack::<S>().await;
    let mut b = Browser::new(&p.server);
    b.sign_in(&p.caseworker_email, PASSWORD).await;
    b.get(&format!("/console/participants/{}", p.pid)).await;
    // A third document with no page.
    let (cw, pid, case) = (p.caseworker_email.clone(), p.pid.clone(), p.case.clone());
    let _ = cw;
    let (status, _, _) = b
        .post(
            &format!("/console/cases/{case}/documents"),
            &[("document_kind", "cv"), ("status", "missing")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, html) = b.get(&format!("/console/participants/{pid}")).await;
    let cv = html
        .split("/console/documents/")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .find(|id| !id.contains('/') && *id != p.diploma.as_str() && *id != p.transcript.as_str())
        .expect("the new document")
        .to_owned();
    let (status, body, _) = b
        .post(
            &format!("/console/documents/{cv}/verdict"),
            &[("code", "accepted")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("Ingen side av dette dokumentet"));
}

async fn no_one_outside_the_bydel_staff_reaches_a_page<S: TestStore>() {
    let p = pack::<S>().await;
    let (other, _) = p
        .server
        .bydel_with_caseworker("ostensjo", Role::Admin)
        .await;
    let (muni, _) = p
        .server
        .bydel_with_caseworker("kommune", Role::MunicipalityAdmin)
        .await;
    for cw in [&other, &muni] {
        p.server.set_password(&cw.id, PASSWORD).await;
        let mut b = Browser::new(&p.server);
        b.sign_in(&cw.email, PASSWORD).await;
        let expected = if cw.role == Role::MunicipalityAdmin {
            StatusCode::FORBIDDEN
        } else {
            StatusCode::NOT_FOUND
        };
        for path in [
            format!("/console/pages/{}", p.photo),
            format!("/console/pages/{}/thumb", p.photo),
            format!("/console/pages/{}", p.pdf),
            format!("/console/documents/{}/pack", p.diploma),
        ] {
            let (status, body) = b.get(&path).await;
            assert_eq!(status, expected, "{:?} GET {path}", cw.role);
            assert!(!body.contains("PDF-1.7") && !body.contains("PNG"));
        }
        for (path, form) in [
            (
                format!("/console/documents/{}/verdict", p.diploma),
                vec![("code", "accepted")],
            ),
            (
                format!("/console/cases/{}/sent", p.case),
                vec![("on", "2026-12-07"), ("reference", "X")],
            ),
        ] {
            let (status, _, _) = b.post(&path, &form, true).await;
            assert_eq!(status, expected, "{:?} POST {path}", cw.role);
        }
    }
    // Nothing was judged or sent, and no one else's view was written down as a view.
    let doc = device_row(&p.device, &p.diploma).await;
    assert!(doc.get("verdict").is_none(), "{doc}");
    assert!(device_row(&p.device, &p.case).await.get("sent").is_none());
    assert!(
        !audit_actions(&p.server, &p.photo)
            .await
            .contains(&"view_page".to_owned())
    );
    // A device is not a caseworker: its token opens no console page (it is sent to sign in).
    let resp = Browser::new(&p.server)
        .http
        .get(format!("{}/console/pages/{}", p.server.url(), p.photo))
        .bearer_auth(p.device.token.as_deref().unwrap_or_default())
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_redirection() || resp.status() == StatusCode::UNAUTHORIZED);
    assert!(!resp.bytes().await.unwrap().starts_with(b"\x89PNG"));
}

async fn the_bydels_admin_sets_the_pack_settings_and_no_one_else<S: TestStore>() {
    let p = pack::<S>().await;
    let (admin, _) = p.server.bydel_with_caseworker("grorud", Role::Admin).await;
    p.server.set_password(&admin.id, PASSWORD).await;
    let mut a = Browser::new(&p.server);
    a.sign_in(&admin.email, PASSWORD).await;
    a.get("/console/admin").await;
    let (status, _, _) = a
        .post(
            "/console/admin/pack",
            &[("send_days", "21"), ("page_retention_months", "6")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, html) = a.get("/console/admin").await;
    assert!(html.contains("value=\"21\"") && html.contains("value=\"6\""));
    let (status, body, _) = a
        .post(
            "/console/admin/pack",
            &[("send_days", "0"), ("page_retention_months", "61")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("aria-invalid=\"true\""));
    let settings = p
        .server
        .store
        .read(|tx: &mut dyn Tx| tx.pack_settings("grorud"))
        .await
        .unwrap();
    assert_eq!(
        (settings.send_days, settings.page_retention_months),
        (Some(21), Some(6))
    );
    // A caseworker may not.
    let mut b = Browser::new(&p.server);
    b.sign_in(&p.caseworker_email, PASSWORD).await;
    let (status, _, _) = b
        .post(
            "/console/admin/pack",
            &[("send_days", "1"), ("page_retention_months", "1")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

on_both_backends!(
    the_bydels_admin_sets_the_pack_settings_and_no_one_else,
    the_caseworker_sees_judges_downloads_and_sends_the_pack,
    a_document_without_an_arrived_page_cannot_be_judged,
    no_one_outside_the_bydel_staff_reaches_a_page,
);
