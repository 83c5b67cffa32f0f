//! How long document pages stay on the server (issue 9): a decided case's pages go the bydel's
//! months after the decision, an erased participant's at once, and no file outlives its row;
//! the bydel's pack settings are kept on both databases.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;

use api_support::*;
use chrono::Months;
use sha2::{Digest, Sha256};
use veikart_server::domain::{pages, retention};
use veikart_server::retention_job::{self, Policy};
use veikart_server::store::PackSettings;

fn png_like(n: usize) -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n".to_vec();
    b.extend((0..n).map(|i| (i * 31 % 251) as u8));
    b
}

/// A participant of Grorud with one page sent in full; (server, caseworker API, pid, case, page).
async fn with_page<S: TestStore>() -> (TestServer<S>, Client, String, String, String) {
    let server = server::<S>().await;
    let (_, token) = server.bydel_with_caseworker("grorud", Role::Admin).await;
    let cw = Client::new(&server, Some(&token));
    let (pid, ids) = participant_with_plan(&cw, "Semhar Tesfay").await;
    let device = enrolled(&server, &pid, "grorud").await;
    let bytes = png_like(5000);
    let page = device.id("p1");
    let sha = data_encoding::HEXLOWER.encode(&Sha256::digest(&bytes));
    let (_, body) = device
        .sync(
            json!([{"seq": 1, "op": "add_document_page", "page_id": page,
                "document_id": ids["document"], "index": 0, "content_type": "image/png",
                "size": bytes.len(), "sha256": sha}]),
            json!({}),
        )
        .await;
    assert_eq!(body["results"][0]["outcome"], "applied", "{body}");
    let resp = device
        .http
        .put(format!(
            "{}/api/v1/pages/{page}/upload?offset=0",
            server.url()
        ))
        .bearer_auth(device.token.as_deref().unwrap_or_default())
        .body(bytes)
        .send()
        .await
        .expect("upload");
    assert_eq!(resp.status(), StatusCode::OK);
    let case = ids["case"].as_str().expect("case").to_owned();
    (server, cw, pid, case, page)
}

fn file_kept<S: Store>(server: &TestServer<S>, page: &str) -> bool {
    let dir = server.pages_dir.as_ref().expect("pages dir");
    dir.join("complete").join(page).exists()
}

async fn row_live<S: Store>(server: &TestServer<S>, page: &str) -> bool {
    let id = page.to_owned();
    server
        .store
        .read(move |tx: &mut dyn Tx| tx.row(&id))
        .await
        .expect("read")
        .is_some_and(|s| s.row.is_some())
}

async fn a_decided_cases_pages_go_the_bydels_months_after_the_decision<S: TestStore>() {
    let (server, cw, _, case, page) = with_page::<S>().await;
    let months = 6;
    server
        .store
        .write(move |tx: &mut dyn Tx| {
            tx.set_pack_settings(
                "grorud",
                &PackSettings {
                    send_days: Some(21),
                    page_retention_months: Some(months),
                },
            )
        })
        .await
        .expect("settings");
    let settings = server
        .store
        .read(|tx: &mut dyn Tx| tx.pack_settings("grorud"))
        .await
        .expect("read");
    assert_eq!(settings.send_days, Some(21));
    assert_eq!(
        server
            .store
            .read(|tx: &mut dyn Tx| tx.pack_settings("ostensjo"))
            .await
            .expect("read"),
        PackSettings::default()
    );

    let now = Utc::now();
    // Not decided: kept however long it waits.
    let later = now.checked_add_months(Months::new(24)).expect("date");
    retention_job::run_once(&server.app, Policy::default(), later)
        .await
        .expect("job");
    assert!(row_live(&server, &page).await && file_kept(&server, &page));

    let (status, _) = cw
        .patch(
            &format!("/api/v1/records/{case}"),
            json!({"status": "decided_full"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let before = now
        .checked_add_months(Months::new(months - 1))
        .expect("date");
    let summary = retention_job::run_once(&server.app, Policy::default(), before)
        .await
        .expect("job");
    assert_eq!(summary.pages_expired, 0);
    assert!(row_live(&server, &page).await && file_kept(&server, &page));
    let after = now.checked_add_months(Months::new(months)).expect("date") + Duration::days(2);
    let summary = retention_job::run_once(&server.app, Policy::default(), after)
        .await
        .expect("job");
    assert_eq!((summary.pages_expired, summary.page_files_deleted), (1, 1));
    assert!(!row_live(&server, &page).await, "the row is a tombstone");
    assert!(!file_kept(&server, &page), "the file went with it");
    let _ = pages::DEFAULT_PAGE_RETENTION_MONTHS;
}

async fn an_erased_participants_pages_go_at_once<S: TestStore>() {
    let (server, _, pid, _, page) = with_page::<S>().await;
    let admin = server
        .store
        .read(|tx: &mut dyn Tx| tx.caseworker("cw-grorud-admin"))
        .await
        .expect("read")
        .expect("admin");
    let p = pid.clone();
    server
        .app
        .write(move |tx| retention::erase(tx, &admin, &p))
        .await
        .expect("erase");
    assert!(!row_live(&server, &page).await);
    // What the console does right after an erasure (and the daily job in any case).
    let swept = retention_job::sweep_pages(&server.app)
        .await
        .expect("sweep");
    assert_eq!(swept, 1);
    assert!(!file_kept(&server, &page));
    // A second sweep finds nothing; a page of another participant is not touched by it.
    assert_eq!(
        retention_job::sweep_pages(&server.app)
            .await
            .expect("sweep"),
        0
    );
}

async fn a_file_whose_row_went_another_way_is_swept<S: TestStore>() {
    let (server, cw, _, _, page) = with_page::<S>().await;
    // A caseworker deletes the whole document: its pages' rows go with it.
    let (_, record) = cw.get("/api/v1/participants").await;
    let pid = record[0]["id"].as_str().expect("pid").to_owned();
    let (_, full) = cw.get(&format!("/api/v1/participants/{pid}")).await;
    let document = full["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["kind"] == "required_document")
        .and_then(|r| r["id"].as_str())
        .expect("document")
        .to_owned();
    let (status, _) = cw.delete(&format!("/api/v1/records/{document}")).await;
    assert!(status.is_success(), "{status}");
    assert!(!row_live(&server, &page).await);
    assert!(file_kept(&server, &page));
    let summary = retention_job::run_once(&server.app, Policy::default(), Utc::now())
        .await
        .expect("job");
    assert_eq!(summary.page_files_deleted, 1);
    assert!(!file_kept(&server, &page));
}

on_both_backends!(
    a_decided_cases_pages_go_the_bydels_months_after_the_decision,
    an_erased_participants_pages_go_at_once,
    a_file_whose_row_went_another_way_is_swept,
);
