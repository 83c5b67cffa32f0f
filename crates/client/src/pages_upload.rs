//! Adding, removing and uploading the pages of required documents. Adding keeps the bytes in the
//! device's encrypted store and queues `AddDocumentPage`; once a sync has confirmed it and the
//! page's row says `received: false`, the bytes go up in chunks of `pages::UPLOAD_CHUNK`, each
//! from the count the server gives (`GET …/upload`), so a cut connection, a closed app or a
//! restarted server resumes where it stopped and nothing is sent twice. The row turning `received: true` (by the ordinary sync) is "sent".

use std::collections::{BTreeMap, BTreeSet};

use chrono::Utc;
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};
use veikart_protocol::{MutationOp, PageType, RecognitionStatus, Row, limits};

use crate::device::Device;
use crate::error::{ClientError, Result};
use crate::pages::{self, AfterChunk, ChunkAnswer, HeldPage, OnServer, PageContext, PageProgress};
use crate::store::LocalStore;

/// The server's count of a page's bytes (`GET`/`PUT /api/v1/pages/{id}/upload`); a 409's body
/// carries the same fields beside the error.
#[derive(Debug, Clone, Copy, serde::Deserialize)]
struct UploadState {
    received: u64,
    size: u64,
    #[serde(default)]
    complete: bool,
}

/// What one upload pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct UploadReport {
    /// Pages whose every byte the server now has.
    pub completed: usize,
    /// Pages whose bytes the server refused (to add again).
    pub refused: usize,
    /// Bytes sent in PUT bodies.
    pub bytes_sent: u64,
}

/// A decided case needs no more pages: they leave the device.
fn case_closed(status: RecognitionStatus) -> bool {
    matches!(
        status,
        RecognitionStatus::DecidedFull
            | RecognitionStatus::DecidedPartial
            | RecognitionStatus::Rejected
    )
}

/// Each held page with what the rows, the outbox and the refusals say about it.
pub(crate) fn contexts(store: &LocalStore) -> Result<Vec<(HeldPage, PageContext)>> {
    let rows: BTreeMap<String, Row> = store
        .rows()?
        .into_iter()
        .map(|r| (r.id().to_owned(), r))
        .collect();
    let mut adding = BTreeSet::new();
    let mut removing = BTreeSet::new();
    for p in store.outbox()? {
        match p.op {
            MutationOp::AddDocumentPage { page_id, .. } => {
                adding.insert(page_id);
            }
            MutationOp::RemoveDocumentPage { page_id } => {
                removing.insert(page_id);
            }
            _ => {}
        }
    }
    let refused: BTreeSet<String> = store
        .refused_ops()?
        .into_iter()
        .filter_map(|op| match op {
            MutationOp::AddDocumentPage { page_id, .. } => Some(page_id),
            _ => None,
        })
        .collect();
    Ok(store
        .pages()?
        .into_iter()
        .map(|page| {
            let on_server = match rows.get(&page.id) {
                Some(Row::DocumentPage(r)) if r.received => OnServer::Received,
                Some(Row::DocumentPage(_)) => OnServer::Waiting,
                _ => OnServer::Absent,
            };
            let document = match rows.get(&page.document_id) {
                Some(Row::RequiredDocument(d)) => Some(d),
                _ => None,
            };
            let case_closed = match rows.get(&page.case_id) {
                Some(Row::RecognitionCase(c)) => case_closed(c.status),
                // The case went (dropped scope, deleted) once it had been there: the document
                // went with it, which `document_present` covers.
                _ => false,
            };
            let ctx = PageContext {
                on_server,
                add_pending: adding.contains(&page.id),
                remove_pending: removing.contains(&page.id),
                add_refused: refused.contains(&page.id),
                document_present: document.is_some(),
                case_closed,
            };
            (page, ctx)
        })
        .collect())
}

impl Device {
    /// Keep a page of a required document (the bytes the UI shrank, or a PDF as it is) and queue
    /// its `AddDocumentPage`. Returns the page's id. Refused here what the server would refuse:
    /// an empty page, one above the limit, a type that is not JPEG, PNG, HEIC or PDF (read from
    /// the bytes), a document that is not the participant's or is accepted already.
    pub fn add_document_page(
        &self,
        document_id: &str,
        bytes: &[u8],
        thumbnail: Option<&str>,
    ) -> Result<String> {
        let kind = PageType::sniff(bytes)
            .ok_or_else(|| ClientError::Invalid("not a photo or a PDF".into()))?;
        let limit = kind.max_bytes();
        if bytes.is_empty() || bytes.len() as u64 > limit {
            return Err(ClientError::Invalid(format!(
                "a page may be at most {} MB",
                limit / (1024 * 1024)
            )));
        }
        let (laid, _, _) = self.laid()?;
        let document = match laid.rows.get(document_id) {
            Some(Row::RequiredDocument(d)) => d.clone(),
            _ => return Err(ClientError::Invalid("no such document".into())),
        };
        // Pages the rows show (added on another device, or queued here) come before a new one.
        let shown: Vec<u32> = laid
            .rows
            .values()
            .filter_map(|r| match r {
                Row::DocumentPage(p) if p.document_id == document_id => Some(p.index),
                _ => None,
            })
            .collect();
        if document
            .verdict
            .as_ref()
            .is_some_and(|v| v.code == veikart_protocol::VerdictCode::Accepted)
        {
            return Err(ClientError::Invalid(
                "the caseworker has accepted this document".into(),
            ));
        }
        // Only a thumbnail the UI made (a small JPEG or PNG data URL) is kept.
        let thumbnail = thumbnail
            .filter(|t| {
                t.len() <= 64 * 1024
                    && (t.starts_with("data:image/jpeg;base64,")
                        || t.starts_with("data:image/png;base64,"))
            })
            .map(str::to_owned);
        let id = self.new_row_id()?;
        let mut store = self.store()?;
        let case_total: u64 = store
            .pages()?
            .iter()
            .filter(|p| p.case_id == document.case_id)
            .map(|p| p.size)
            .sum();
        if case_total + bytes.len() as u64 > limits::MAX_CASE_BYTES {
            return Err(ClientError::Invalid(format!(
                "the pages of one case may be at most {} MB together",
                limits::MAX_CASE_BYTES / (1024 * 1024)
            )));
        }
        let index = store
            .pages()?
            .iter()
            .filter(|p| p.document_id == document_id)
            .map(|p| p.index)
            .chain(shown)
            .map(|i| i + 1)
            .max()
            .unwrap_or(0);
        if index >= limits::MAX_PAGES_PER_DOCUMENT {
            return Err(ClientError::Invalid(format!(
                "a document may have at most {} pages",
                limits::MAX_PAGES_PER_DOCUMENT
            )));
        }
        let sha256 = pages::sha256_hex(bytes);
        let held = HeldPage {
            id: id.clone(),
            document_id: document_id.to_owned(),
            case_id: document.case_id.clone(),
            index,
            content_type: kind.mime().to_owned(),
            size: bytes.len() as u64,
            sha256: sha256.clone(),
            uploaded: 0,
            refused: false,
            thumbnail,
        };
        let op = MutationOp::AddDocumentPage {
            page_id: id.clone(),
            document_id: document_id.to_owned(),
            index,
            content_type: kind,
            size: bytes.len() as u64,
            sha256,
        };
        let seq = store.add_page(&held, bytes, &op, Utc::now())?;
        tracing::debug!(seq, size = bytes.len(), "page kept and queued");
        Ok(id)
    }

    /// Remove a page, until the caseworker has accepted its document. A page whose add has not
    /// been sent yet is simply taken back; otherwise `RemoveDocumentPage` is queued.
    pub fn remove_document_page(&self, page_id: &str) -> Result<()> {
        let (laid, _, _) = self.laid()?;
        let document_id = match laid.rows.get(page_id) {
            Some(Row::DocumentPage(p)) => Some(p.document_id.clone()),
            _ => None,
        };
        let mut store = self.store()?;
        let held = store.pages()?.into_iter().find(|p| p.id == page_id);
        let document_id = match (document_id, &held) {
            (Some(d), _) => d,
            (None, Some(h)) => h.document_id.clone(),
            (None, None) => return Err(ClientError::Invalid("no such page".into())),
        };
        if let Some(Row::RequiredDocument(d)) = laid.rows.get(&document_id)
            && d.verdict
                .as_ref()
                .is_some_and(|v| v.code == veikart_protocol::VerdictCode::Accepted)
        {
            return Err(ClientError::Invalid(
                "the caseworker has accepted this document".into(),
            ));
        }
        // Still waiting in the outbox: take the add back, the server never hears of the page.
        let queued = store.outbox()?.into_iter().find(
            |p| matches!(&p.op, MutationOp::AddDocumentPage { page_id: id, .. } if id == page_id),
        );
        let on_server = store
            .rows()?
            .iter()
            .any(|r| matches!(r, Row::DocumentPage(p) if p.id == page_id));
        if let Some(q) = queued
            && !on_server
        {
            store.unqueue(q.seq)?;
            store.remove_page(page_id, None, Utc::now())?;
            return Ok(());
        }
        let op = MutationOp::RemoveDocumentPage {
            page_id: page_id.to_owned(),
        };
        store.remove_page(page_id, Some(&op), Utc::now())?;
        Ok(())
    }

    /// Drop the bytes of pages the device no longer needs (case closed, page or document gone,
    /// add refused). Returns how many went.
    pub fn prune_pages(&self) -> Result<usize> {
        let mut store = self.store()?;
        let gone: Vec<String> = contexts(&store)?
            .into_iter()
            .filter(|(_, ctx)| pages::should_drop(ctx))
            .map(|(p, _)| p.id)
            .collect();
        let n = store.drop_pages(&gone)?;
        if n > 0 {
            tracing::debug!(pages = n, "page bytes dropped from the device");
        }
        Ok(n)
    }

    /// Upload every page a sync has confirmed and whose bytes the server still lacks, telling
    /// `progress` after each chunk. Stops at the first network failure (the next pass resumes
    /// from the server's count). Only one pass runs at a time; a second returns at once.
    pub async fn upload_pages(
        &self,
        progress: &mut (dyn FnMut(PageProgress) + Send),
    ) -> Result<UploadReport> {
        let Ok(_guard) = self.upload_lock.try_lock() else {
            return Ok(UploadReport::default());
        };
        self.prune_pages()?;
        let enrolment = self.enrolment()?.ok_or(ClientError::NotEnrolled)?;
        let due: Vec<HeldPage> = contexts(&*self.store()?)?
            .into_iter()
            .filter(|(p, ctx)| pages::should_upload(p, ctx))
            .map(|(p, _)| p)
            .collect();
        let mut report = UploadReport::default();
        for page in due {
            self.upload_page(&enrolment, &page, progress, &mut report)
                .await?;
        }
        Ok(report)
    }

    async fn upload_page(
        &self,
        enrolment: &crate::store::Enrolment,
        page: &HeldPage,
        progress: &mut (dyn FnMut(PageProgress) + Send),
        report: &mut UploadReport,
    ) -> Result<()> {
        let url = format!(
            "{}/api/v1/pages/{}/upload",
            enrolment.server_url.trim_end_matches('/'),
            page.id
        );
        let auth = format!("Bearer {}", enrolment.token);
        let resp = self
            .http
            .get(&url)
            .header(AUTHORIZATION, &auth)
            .send()
            .await
            .map_err(ClientError::Offline)?;
        if resp.status() == StatusCode::NOT_FOUND {
            // The server has no row for it yet (or any more): the next sync says which.
            return Ok(());
        }
        let state = read_state(resp).await?;
        if state.size != page.size {
            tracing::warn!("the server's page size differs from the device's");
            self.store()?.set_page_refused(&page.id)?;
            report.refused += 1;
            return Ok(());
        }
        let chunk = pages::UPLOAD_CHUNK;
        let mut step = pages::after_chunk(state.answer());
        let mut reason = None;
        loop {
            let at = match step {
                AfterChunk::Complete => {
                    self.store()?.set_page_uploaded(&page.id, page.size)?;
                    progress(PageProgress {
                        page_id: page.id.clone(),
                        sent: page.size,
                        total: page.size,
                    });
                    report.completed += 1;
                    return Ok(());
                }
                AfterChunk::Refused => {
                    let own_copy_matches = self
                        .store()?
                        .page_bytes(&page.id)?
                        .is_some_and(|b| pages::sha256_hex(&b) == page.sha256);
                    let store = self.store()?;
                    let before = store.note_page_refusal(&page.id)?;
                    if pages::refused_for_good(reason, own_copy_matches, before) {
                        tracing::warn!(reason = ?reason, "the server refused a page's bytes");
                        store.set_page_refused(&page.id)?;
                        report.refused += 1;
                    } else {
                        tracing::info!("a page was damaged on the way; it is sent again");
                    }
                    return Ok(());
                }
                AfterChunk::Continue(at) => at,
            };
            self.store()?.set_page_uploaded(&page.id, at)?;
            progress(PageProgress {
                page_id: page.id.clone(),
                sent: at,
                total: page.size,
            });
            let Some(range) = pages::next_chunk(at, page.size, chunk) else {
                return Ok(());
            };
            // Read again each time: a page removed (or a device signed out) meanwhile stops here.
            let Some(bytes) = self.store()?.page_bytes(&page.id)? else {
                return Ok(());
            };
            let Some(body) = bytes.get(range.start as usize..range.end as usize) else {
                return Err(ClientError::Corrupt(
                    "a page is shorter than its size".into(),
                ));
            };
            let resp = self
                .http
                .put(format!("{url}?offset={}", range.start))
                .header(AUTHORIZATION, &auth)
                .header(CONTENT_TYPE, "application/octet-stream")
                .body(body.to_vec())
                .send()
                .await
                .map_err(ClientError::Offline)?;
            report.bytes_sent += body.len() as u64;
            let answer = match resp.status() {
                StatusCode::UNPROCESSABLE_ENTITY => {
                    reason = resp
                        .json::<veikart_protocol::PageRejected>()
                        .await
                        .ok()
                        .map(|r| r.reason);
                    ChunkAnswer::Refused
                }
                // Ahead of the server (a chunk lost on the way): its count is in the body.
                StatusCode::CONFLICT => read_state_any(resp).await?.answer(),
                _ => read_state(resp).await?.answer(),
            };
            step = pages::after_chunk(answer);
        }
    }
}

impl UploadState {
    fn answer(self) -> ChunkAnswer {
        ChunkAnswer::State {
            received: self.received,
            size: self.size,
            complete: self.complete,
        }
    }
}

async fn read_state(resp: reqwest::Response) -> Result<UploadState> {
    if !resp.status().is_success() {
        return Err(crate::sync::error_of(resp).await);
    }
    read_state_any(resp).await
}

async fn read_state_any(resp: reqwest::Response) -> Result<UploadState> {
    let status = resp.status().as_u16();
    resp.json::<UploadState>()
        .await
        .map_err(|_| ClientError::ServerStatus(status))
}

#[cfg(test)]
mod tests {
    //! Against a small axum stand-in for the server's two upload endpoints, written from the
    //! contract (docs/ui-contract.md, the pages contract): a double for the client's own tests
    //! only. The real server is tested end to end after the merge.
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::collections::HashMap;
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};

    use axum::Json;
    use axum::extract::{Path, Query, State};
    use axum::http::StatusCode as Status;
    use axum::response::{IntoResponse, Response};
    use axum::routing::get;
    use veikart_protocol::SyncResponse;

    use super::*;
    use crate::store::Enrolment;
    use crate::views::{PackState, PageState};

    /// What the stand-in server holds of each page, and the faults it is told to make.
    #[derive(Default)]
    struct Double {
        pages: Mutex<HashMap<String, Held>>,
        /// The PUT with this number (from 1) stores half its body, then fails as a cut would.
        cut_at: Mutex<Option<usize>>,
        /// The PUT with this number answers 200 with its count, then forgets what it stored (a
        /// server that lost its last write): the device's next offset is ahead, and gets 409.
        forget_at: Mutex<Option<usize>>,
        puts: AtomicUsize,
        /// Bytes the server appended (never twice).
        stored: AtomicU64,
    }

    struct Held {
        size: u64,
        sha256: String,
        bytes: Vec<u8>,
        complete: bool,
    }

    #[derive(serde::Deserialize)]
    struct Offset {
        offset: u64,
    }

    fn state_of(h: &Held) -> serde_json::Value {
        serde_json::json!({"received": h.bytes.len(), "size": h.size, "complete": h.complete})
    }

    async fn get_state(State(d): State<Arc<Double>>, Path(id): Path<String>) -> Response {
        match d.pages.lock().unwrap().get(&id) {
            Some(h) => Json(state_of(h)).into_response(),
            None => Status::NOT_FOUND.into_response(),
        }
    }

    async fn put_chunk(
        State(d): State<Arc<Double>>,
        Path(id): Path<String>,
        Query(q): Query<Offset>,
        body: axum::body::Bytes,
    ) -> Response {
        let n = d.puts.fetch_add(1, Ordering::SeqCst) + 1;
        let mut pages = d.pages.lock().unwrap();
        let Some(h) = pages.get_mut(&id) else {
            return Status::NOT_FOUND.into_response();
        };
        assert!(
            body.len() <= limits::MAX_PAGE_CHUNK,
            "a chunk above the limit"
        );
        let have = h.bytes.len() as u64;
        if q.offset > have {
            return (Status::CONFLICT, Json(state_of(h))).into_response();
        }
        if q.offset < have {
            // A duplicate: the same region again is answered with the count, stored nothing.
            let end = (q.offset as usize + body.len()).min(h.bytes.len());
            assert_eq!(
                &h.bytes[q.offset as usize..end],
                &body[..end - q.offset as usize]
            );
            return Json(state_of(h)).into_response();
        }
        if *d.cut_at.lock().unwrap() == Some(n) {
            let half = &body[..body.len() / 2];
            h.bytes.extend_from_slice(half);
            d.stored.fetch_add(half.len() as u64, Ordering::SeqCst);
            return Status::SERVICE_UNAVAILABLE.into_response();
        }
        h.bytes.extend_from_slice(&body);
        d.stored.fetch_add(body.len() as u64, Ordering::SeqCst);
        if h.bytes.len() as u64 == h.size {
            if pages::sha256_hex(&h.bytes) != h.sha256 {
                h.bytes.clear();
                return (
                    Status::UNPROCESSABLE_ENTITY,
                    Json(serde_json::json!({"error": "page_rejected", "message": "hash",
                        "reason": "hash_mismatch", "received": 0, "size": h.size, "complete": false})),
                )
                    .into_response();
            }
            h.complete = true;
        }
        let answer = Json(state_of(h)).into_response();
        if *d.forget_at.lock().unwrap() == Some(n) {
            h.bytes.truncate(q.offset as usize);
            d.stored.fetch_sub(body.len() as u64, Ordering::SeqCst);
        }
        answer
    }

    async fn serve(double: Arc<Double>) -> String {
        let app = axum::Router::new()
            .route("/api/v1/pages/{id}/upload", get(get_state).put(put_chunk))
            .with_state(double);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{addr}")
    }

    fn sync_answer(last_seq: u64, changes: serde_json::Value) -> SyncResponse {
        serde_json::from_value(serde_json::json!({
            "results": [], "last_seq": last_seq, "cursors": {"p:p1": 10},
            "server_time": "2026-08-17T08:00:00Z", "changes": changes,
        }))
        .unwrap()
    }

    fn case(status: &str) -> serde_json::Value {
        serde_json::json!({"scope": "p:p1", "version": 1, "id": "case1", "row": {
            "kind": "recognition_case", "id": "case1", "credential": {"text": "Bachelor", "lang": "nb"},
            "route": "hkdir_general", "status": status}})
    }

    fn document() -> serde_json::Value {
        serde_json::json!({"scope": "p:p1", "version": 2, "id": "doc1", "row": {
            "kind": "required_document", "id": "doc1", "case_id": "case1",
            "document_kind": "passport_copy", "status": "missing"}})
    }

    /// The page's row as the server writes it once the add is applied.
    fn page_row(page: &HeldPage, received: bool, version: u64) -> serde_json::Value {
        serde_json::json!({"scope": "p:p1", "version": version, "id": page.id, "row": {
            "kind": "document_page", "id": page.id, "document_id": page.document_id,
            "index": page.index, "content_type": page.content_type, "size": page.size,
            "sha256": page.sha256, "received": received, "created_at": "2026-08-17T08:00:00Z"}})
    }

    fn device(server_url: &str) -> Device {
        let device = Device::in_memory().unwrap();
        let mut store = device.store().unwrap();
        store
            .save_enrolment(&Enrolment {
                server_url: server_url.into(),
                token: "t".into(),
                device_id: "d1".into(),
                participant_id: "p1".into(),
            })
            .unwrap();
        store
            .apply_response(
                &sync_answer(0, serde_json::json!([case("draft"), document()])),
                &[],
                Utc::now(),
            )
            .unwrap();
        drop(store);
        device
    }

    /// A JPEG-looking page of `len` bytes, each byte telling its place.
    fn jpeg(len: usize) -> Vec<u8> {
        let mut b: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
        b[..4].copy_from_slice(&[0xFF, 0xD8, 0xFF, 0xE0]);
        b
    }

    /// Add a page, and let a sync confirm it and bring its row (`received: false`).
    fn add_and_confirm(device: &Device, bytes: &[u8], double: &Double) -> HeldPage {
        device.add_document_page("doc1", bytes, None).unwrap();
        let page = device.store().unwrap().pages().unwrap().pop().unwrap();
        let seq = device.store().unwrap().outbox().unwrap()[0].seq;
        device
            .store()
            .unwrap()
            .apply_response(
                &sync_answer(seq, serde_json::json!([page_row(&page, false, 3)])),
                &[seq],
                Utc::now(),
            )
            .unwrap();
        double.pages.lock().unwrap().insert(
            page.id.clone(),
            Held {
                size: page.size,
                sha256: page.sha256.clone(),
                bytes: vec![],
                complete: false,
            },
        );
        page
    }

    #[tokio::test]
    async fn a_page_resumes_from_the_servers_count_after_a_cut_and_arrives_once() {
        let double = Arc::new(Double::default());
        let url = serve(double.clone()).await;
        let device = device(&url);
        let bytes = jpeg(pages::UPLOAD_CHUNK as usize * 3 + 1234);
        let page = add_and_confirm(&device, &bytes, &double);
        // The second chunk is cut halfway: the server keeps half of it.
        *double.cut_at.lock().unwrap() = Some(2);
        let mut seen = Vec::new();
        let first = device
            .upload_pages(&mut |p: PageProgress| seen.push(p.sent))
            .await;
        assert!(first.is_err(), "the cut stops the pass");
        let half = pages::UPLOAD_CHUNK + pages::UPLOAD_CHUNK / 2;
        assert_eq!(double.stored.load(Ordering::SeqCst), half);
        // The next pass (after the next sync) asks the server where it is and goes on from there.
        let report = device
            .upload_pages(&mut |p: PageProgress| seen.push(p.sent))
            .await
            .unwrap();
        assert_eq!(report.completed, 1);
        {
            let pages = double.pages.lock().unwrap();
            assert!(pages[&page.id].complete);
            assert_eq!(pages[&page.id].bytes, bytes, "byte-identical");
        }
        assert_eq!(
            double.stored.load(Ordering::SeqCst),
            bytes.len() as u64,
            "nothing twice"
        );
        assert_eq!(
            report.bytes_sent,
            bytes.len() as u64 - half,
            "only what was missing"
        );
        assert!(
            seen.contains(&half),
            "progress resumed from the server's count: {seen:?}"
        );
        assert_eq!(seen.last(), Some(&(bytes.len() as u64)));
        // Until the row says received, the page is still on its way; then it is sent.
        let view = device.recognition().unwrap();
        assert_eq!(view.cases[0].documents[0].pages[0].percent, 100);
        device
            .store()
            .unwrap()
            .apply_response(
                &sync_answer(1, serde_json::json!([page_row(&page, true, 4)])),
                &[],
                Utc::now(),
            )
            .unwrap();
        let view = device.recognition().unwrap();
        assert_eq!(view.cases[0].documents[0].pages[0].state, PageState::Sent);
        assert_eq!(view.cases[0].documents[0].pack, PackState::InReview);
        // A sent page is not uploaded again.
        let again = device.upload_pages(&mut |_| {}).await.unwrap();
        assert_eq!(again, UploadReport::default());
    }

    #[tokio::test]
    async fn a_server_that_lost_a_chunk_answers_409_and_the_device_goes_back_to_its_count() {
        let double = Arc::new(Double::default());
        let url = serve(double.clone()).await;
        let device = device(&url);
        let bytes = jpeg(pages::UPLOAD_CHUNK as usize * 2 + 10);
        let page = add_and_confirm(&device, &bytes, &double);
        *double.forget_at.lock().unwrap() = Some(1);
        let report = device.upload_pages(&mut |_| {}).await.unwrap();
        assert_eq!(report.completed, 1);
        let held = &double.pages.lock().unwrap()[&page.id];
        assert_eq!(held.bytes, bytes);
        assert_eq!(
            report.bytes_sent,
            bytes.len() as u64 + 2 * pages::UPLOAD_CHUNK,
            "the lost chunk sent again, and the one the 409 answered"
        );
    }

    /// A hash the device's own copy still matches is sent again (damage on the way) a few times;
    /// then, or at once for a wrong type, the page is refused and not sent again.
    #[tokio::test]
    async fn a_page_the_server_keeps_refusing_is_marked_refused_and_not_sent_again() {
        let double = Arc::new(Double::default());
        let url = serve(double.clone()).await;
        let device = device(&url);
        let bytes = jpeg(5000);
        let page = add_and_confirm(&device, &bytes, &double);
        double
            .pages
            .lock()
            .unwrap()
            .get_mut(&page.id)
            .unwrap()
            .sha256 = "0".repeat(64);
        for pass in 1..pages::MAX_REFUSALS {
            let report = device.upload_pages(&mut |_| {}).await.unwrap();
            assert_eq!(report.refused, 0, "pass {pass}: sent again");
            assert_eq!(report.bytes_sent, bytes.len() as u64, "pass {pass}: from 0");
        }
        let report = device.upload_pages(&mut |_| {}).await.unwrap();
        assert_eq!(report.refused, 1);
        let view = device.recognition().unwrap();
        let shown = &view.cases[0].documents[0].pages[0];
        assert_eq!(shown.state, PageState::Refused);
        assert!(shown.removable);
        let puts = double.puts.load(Ordering::SeqCst);
        assert_eq!(device.upload_pages(&mut |_| {}).await.unwrap().refused, 0);
        assert_eq!(double.puts.load(Ordering::SeqCst), puts, "not sent again");
        // Removing it asks the server to delete it too.
        device.remove_document_page(&page.id).unwrap();
        assert!(matches!(
            &device.store().unwrap().outbox().unwrap().last().unwrap().op,
            MutationOp::RemoveDocumentPage { page_id } if page_id == &page.id
        ));
        assert!(device.store().unwrap().pages().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_queued_page_waits_for_its_sync_and_removing_it_takes_the_add_back() {
        let double = Arc::new(Double::default());
        let url = serve(double.clone()).await;
        let device = device(&url);
        let id = device.add_document_page("doc1", &jpeg(3000), None).unwrap();
        assert!(id.starts_with("d1-"));
        let view = device.recognition().unwrap();
        let doc = &view.cases[0].documents[0];
        assert_eq!(doc.pages.len(), 1);
        assert_eq!(doc.pages[0].state, PageState::OnDevice);
        assert_eq!(doc.pack, PackState::OnDevice);
        // Not confirmed yet: nothing goes up.
        assert_eq!(
            device.upload_pages(&mut |_| {}).await.unwrap(),
            UploadReport::default()
        );
        assert_eq!(double.puts.load(Ordering::SeqCst), 0);
        // Taken back before the server heard of it: no outbox entry, no bytes.
        device.remove_document_page(&id).unwrap();
        assert!(device.store().unwrap().outbox().unwrap().is_empty());
        assert!(device.store().unwrap().pages().unwrap().is_empty());
        assert!(
            device.recognition().unwrap().cases[0].documents[0]
                .pages
                .is_empty()
        );
    }

    #[test]
    fn what_the_server_would_refuse_is_refused_on_the_device() {
        let device = device("http://127.0.0.1:9");
        for bad in [b"GIF89a....".to_vec(), b"<html></html>".to_vec(), vec![]] {
            assert!(matches!(
                device.add_document_page("doc1", &bad, None),
                Err(ClientError::Invalid(_))
            ));
        }
        let too_big = jpeg(limits::MAX_PAGE_BYTES as usize + 1);
        assert!(device.add_document_page("doc1", &too_big, None).is_err());
        assert!(device.add_document_page("nope", &jpeg(10), None).is_err());
        // A thumbnail that is not a small image data URL is not kept.
        device
            .add_document_page("doc1", &jpeg(10), Some("javascript:alert(1)"))
            .unwrap();
        assert_eq!(device.store().unwrap().pages().unwrap()[0].thumbnail, None);
        assert!(device.store().unwrap().outbox().unwrap().len() == 1);
    }

    #[test]
    fn pages_leave_the_device_when_the_case_is_decided_and_at_wipe() {
        let double = Double::default();
        let device = device("http://127.0.0.1:9");
        let page = add_and_confirm(&device, &jpeg(100), &double);
        assert_eq!(
            device.prune_pages().unwrap(),
            0,
            "kept while the case is open"
        );
        device
            .store()
            .unwrap()
            .apply_response(
                &sync_answer(1, serde_json::json!([case("decided_full")])),
                &[],
                Utc::now(),
            )
            .unwrap();
        assert_eq!(device.prune_pages().unwrap(), 1);
        assert!(
            device
                .store()
                .unwrap()
                .page_bytes(&page.id)
                .unwrap()
                .is_none()
        );

        let device2 = self::device("http://127.0.0.1:9");
        device2.add_document_page("doc1", &jpeg(100), None).unwrap();
        device2.wipe().unwrap();
        assert!(device2.store().unwrap().pages().unwrap().is_empty());
    }

    /// A page's bytes are in the encrypted store only: a marker in the image is nowhere on disk
    /// in clear.
    #[test]
    fn a_page_is_not_on_disk_in_clear() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.sqlite");
        let marker = b"SEMHAR-PASSPORT-MARKER-7731";
        {
            let device = Device::open(&path, Some(&[9u8; 32])).unwrap();
            device
                .store()
                .unwrap()
                .save_enrolment(&Enrolment {
                    server_url: "http://127.0.0.1:9".into(),
                    token: "t".into(),
                    device_id: "d1".into(),
                    participant_id: "p1".into(),
                })
                .unwrap();
            device
                .store()
                .unwrap()
                .apply_response(
                    &sync_answer(0, serde_json::json!([case("draft"), document()])),
                    &[],
                    Utc::now(),
                )
                .unwrap();
            let mut bytes = jpeg(200_000);
            bytes[100_000..100_000 + marker.len()].copy_from_slice(marker);
            device.add_document_page("doc1", &bytes, None).unwrap();
        }
        for file in ["device.sqlite", "device.sqlite-wal"] {
            let on_disk = std::fs::read(dir.path().join(file)).unwrap_or_default();
            assert!(
                !on_disk.windows(marker.len()).any(|w| w == marker),
                "{file} holds the page in clear"
            );
        }
    }
}
