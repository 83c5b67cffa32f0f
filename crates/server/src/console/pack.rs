//! A recognition case as a pack (issue 9): each required document's pages (a thumbnail, the page
//! itself), the caseworker's verdict per document, "download the pack" one document at a time,
//! and "sent to HK-dir". Who may: the participant's bydel's staff (`access.rs`, and the domain
//! checks the bydel); every full view and download is written to the audit log (`domain::pages`).

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use veikart_protocol::{PageType, RowKind, VerdictCode};

use super::Console;
use super::error::ConsoleError;
use super::extract::{Form, Path};
use super::forms::{Again, FieldErrors};
use super::participant::{again, owner, to_page};
use super::session::Signed;
use crate::domain::error::DomainError;
use crate::domain::pages::{self, PageAccess};
use crate::domain::validate::MAX_BODY;
use crate::pages::{PageStoreError, Pages};
use crate::store::Store;

/// The verdicts a caseworker chooses from, in the order the form lists them.
pub const VERDICT_CODES: [&str; 5] = [
    "accepted",
    "unreadable",
    "wrong_document",
    "needs_authorised_translation",
    "needs_original",
];

fn page_store<S>(console: &Console<S>) -> Result<Pages, ConsoleError> {
    console.app.pages.clone().ok_or(ConsoleError::NotFound)
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, PageStoreError> + Send + 'static,
) -> Result<T, ConsoleError> {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(PageStoreError::BadId)) => Err(ConsoleError::NotFound),
        Ok(Err(e)) => Err(ConsoleError::Internal(e.to_string())),
        Err(e) => Err(ConsoleError::Internal(e.to_string())),
    }
}

/// The page's bytes after the domain said this caseworker may have them (and wrote it down).
async fn page_bytes<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: &str,
    access: PageAccess,
) -> Result<(veikart_protocol::DocumentPage, Vec<u8>), ConsoleError> {
    let store = page_store(console)?;
    let (cw, pid) = (signed.cw.clone(), id.to_owned());
    let page = console
        .app
        .write(move |tx| pages::page_for_caseworker(tx, &cw, &pid, access))
        .await?;
    if !page.received {
        return Err(ConsoleError::NotFound);
    }
    let pid = id.to_owned();
    let bytes = blocking(move || store.get(&pid))
        .await?
        .ok_or(ConsoleError::NotFound)?;
    Ok((page, bytes))
}

/// A name for a file of this page's: only safe characters go into a header.
fn file_name(id: &str, ext: &str) -> String {
    let safe: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    format!("{safe}.{ext}")
}

/// `GET /console/pages/{id}`: the page itself. Images open in the browser; a PDF or a HEIC
/// (which browsers do not show) is downloaded.
pub async fn view<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, ConsoleError> {
    let inline = |t: PageType| matches!(t, PageType::Jpeg | PageType::Png);
    let (page, bytes) = page_bytes(&console, &signed, &id, PageAccess::View).await?;
    let disposition = format!(
        "{}; filename=\"{}\"",
        if inline(page.content_type) {
            "inline"
        } else {
            "attachment"
        },
        file_name(&page.id, page.content_type.extension())
    );
    Ok((
        [
            (header::CONTENT_TYPE, page.content_type.mime().to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /console/pages/{id}/thumb`: a small PNG of an image page, made on the server the first
/// time it is asked for and kept beside the page. A PDF or HEIC page has none (the page shows a
/// link instead).
pub async fn thumbnail<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, ConsoleError> {
    let store = page_store(&console)?;
    let (cw, pid) = (signed.cw.clone(), id.clone());
    let page = console
        .app
        .read(move |tx| pages::page_for_caseworker(tx, &cw, &pid, PageAccess::Thumbnail))
        .await?;
    if !page.received || !matches!(page.content_type, PageType::Jpeg | PageType::Png) {
        return Err(ConsoleError::NotFound);
    }
    let png = blocking(move || {
        if let Some(kept) = store.thumbnail(&page.id)? {
            return Ok(Some(kept));
        }
        let Some(bytes) = store.get(&page.id)? else {
            return Ok(None);
        };
        let Some(png) = crate::pack::thumbnail(&bytes, page.content_type) else {
            return Ok(None);
        };
        store.put_thumbnail(&page.id, &png)?;
        Ok(Some(png))
    })
    .await?
    .ok_or(ConsoleError::NotFound)?;
    Ok(([(header::CONTENT_TYPE, "image/png")], png).into_response())
}

#[derive(Deserialize, Serialize)]
pub struct VerdictForm {
    code: Option<String>,
    note: Option<String>,
}

/// `POST /console/documents/{id}/verdict`: accept the document, or reject it with a reason.
pub async fn verdict<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<VerdictForm>,
) -> Result<Response, ConsoleError> {
    let pid = owner(&console, &signed, &id, RowKind::RequiredDocument).await?;
    let mut e = FieldErrors::default();
    let code: Option<VerdictCode> = e.choice("code", &f.code, None);
    let note = e.text("note", &f.note, MAX_BODY, false);
    if let (Some(code), true) = (code, e.is_empty()) {
        let (cw, doc) = (signed.cw.clone(), id.clone());
        let judged = console
            .app
            .write(move |tx| pages::judge(tx, &cw, &doc, code, note.as_deref()))
            .await;
        match judged {
            Ok(pid) => return Ok(to_page(&pid, "recognition")),
            Err(DomainError::Conflict(_)) => e.add("code", "pack-error-no-pages"),
            Err(err) => e = super::forms::refused(err.into())?,
        }
    }
    again(
        &console,
        &signed,
        &pid,
        Again::new("verdict", Some(&id), &f, e),
    )
    .await
}

#[derive(Deserialize, Serialize)]
pub struct SentForm {
    on: Option<String>,
    reference: Option<String>,
}

/// `POST /console/cases/{id}/sent`: the pack went to HK-dir on a day, under HK-dir's reference.
pub async fn sent<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<SentForm>,
) -> Result<Response, ConsoleError> {
    let pid = owner(&console, &signed, &id, RowKind::RecognitionCase).await?;
    let mut e = FieldErrors::default();
    let on = e.date("on", &f.on, true);
    let reference = e.required("reference", &f.reference, pages::MAX_REFERENCE);
    if let (Some(on), Some(reference), true) = (on, reference, e.is_empty()) {
        let (cw, case) = (signed.cw.clone(), id.clone());
        let saved = console
            .app
            .write(move |tx| pages::mark_sent(tx, &cw, &case, on, &reference))
            .await;
        match saved {
            Ok(pid) => return Ok(to_page(&pid, "recognition")),
            Err(err) => e = super::forms::refused(err.into())?,
        }
    }
    again(
        &console,
        &signed,
        &pid,
        Again::new("sent", Some(&id), &f, e),
    )
    .await
}

/// `GET /console/documents/{id}/pack`: the document as one file for HK-dir's portal (see
/// `crate::pack`): its image pages as one PDF, a PDF page as it is.
pub async fn download<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, ConsoleError> {
    let store = page_store(&console)?;
    let (cw, doc) = (signed.cw.clone(), id.clone());
    let pack = console
        .app
        .write(move |tx| pages::pack_document(tx, &cw, &doc))
        .await?;
    if pack.pages.is_empty() {
        return Err(ConsoleError::NotFound);
    }
    let kind = serde_json::to_value(pack.document.document_kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "document".to_owned());
    let order = pages::hkdir_order(pack.document.document_kind);
    let (bytes, content_type, ext) = blocking(move || {
        let mut files = Vec::new();
        for page in &pack.pages {
            if let Some(bytes) = store.get(&page.id)? {
                files.push((page.content_type, bytes));
            }
        }
        Ok(crate::pack::document_file(&files))
    })
    .await?
    .ok_or(ConsoleError::NotFound)?;
    let name = file_name(&format!("{}-{kind}", order + 1), ext);
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
