//! A recognition case's document pages (issue 9): the rules for adding and removing a page, what
//! happens to the row when its bytes have all arrived, and the caseworker's verdict on a document.
//! The bytes themselves live in a [`crate::pages::PageStore`], never in the rows.

use chrono::{DateTime, NaiveDate, Utc};
use veikart_protocol::limits::{MAX_CASE_BYTES, MAX_PAGES_PER_DOCUMENT};
use veikart_protocol::{
    DocumentKind, DocumentPage, DocumentStatus, DocumentVerdict, MutationOutcome, PageType,
    RecognitionStatus, RejectCode, RequiredDocument, Row, RowKind, SentToAuthority, StatusChange,
    VerdictCode,
};

use super::error::{DomainError, DomainResult};
use super::mutations::{DeviceCtx, own_row, put, reject};
use super::{records, validate};
use crate::store::{Caseworker, Role, StoreResult, StoredRow, Tx};

/// What an `add_document_page` names.
#[derive(Debug, Clone, Copy)]
pub struct NewPage<'a> {
    pub page_id: &'a str,
    pub document_id: &'a str,
    pub index: u32,
    pub content_type: PageType,
    pub size: u64,
    pub sha256: &'a str,
}

fn accepted(doc: &RequiredDocument) -> bool {
    matches!(&doc.verdict, Some(v) if v.code == VerdictCode::Accepted)
}

/// The live pages of one document, in their order.
pub fn pages_of(tx: &mut dyn Tx, document_id: &str) -> StoreResult<Vec<DocumentPage>> {
    let mut pages: Vec<DocumentPage> = tx
        .child_rows(document_id, RowKind::DocumentPage)?
        .into_iter()
        .filter_map(|s| match s.row {
            Some(Row::DocumentPage(p)) => Some(p),
            _ => None,
        })
        .collect();
    pages.sort_by(|a, b| (a.index, &a.created_at, &a.id).cmp(&(b.index, &b.created_at, &b.id)));
    Ok(pages)
}

/// Bytes the live pages of a case's documents declare together.
pub fn case_bytes(tx: &mut dyn Tx, case_id: &str) -> StoreResult<u64> {
    let mut total = 0u64;
    for doc in tx.child_rows(case_id, RowKind::RequiredDocument)? {
        for page in pages_of(tx, &doc.id)? {
            total = total.saturating_add(page.size);
        }
    }
    Ok(total)
}

pub fn add(tx: &mut dyn Tx, ctx: &DeviceCtx, new: &NewPage<'_>) -> StoreResult<MutationOutcome> {
    if let Err(e) = validate::device_chosen_id(new.page_id, &ctx.device_id)
        .and_then(|()| validate::sha256_hex(new.sha256))
    {
        return Ok(reject(RejectCode::InvalidValue, e));
    }
    if new.size == 0 {
        return Ok(reject(RejectCode::InvalidValue, "a page has no bytes"));
    }
    if new.index >= MAX_PAGES_PER_DOCUMENT {
        return Ok(reject(
            RejectCode::InvalidValue,
            format!("a document has at most {MAX_PAGES_PER_DOCUMENT} pages"),
        ));
    }
    let Some((_, Row::RequiredDocument(doc))) =
        own_row(tx, ctx, new.document_id, RowKind::RequiredDocument)?
    else {
        return Ok(reject(RejectCode::NotFound, "no such document"));
    };
    if accepted(&doc) {
        return Ok(reject(
            RejectCode::DocumentAccepted,
            "the caseworker accepted this document",
        ));
    }
    if new.size > new.content_type.max_bytes() {
        return Ok(reject(
            RejectCode::TooLarge,
            format!(
                "a page of this type has at most {} bytes",
                new.content_type.max_bytes()
            ),
        ));
    }
    if tx.row(new.page_id)?.is_some() {
        return Ok(reject(RejectCode::IdTaken, "that id is taken"));
    }
    if case_bytes(tx, &doc.case_id)?.saturating_add(new.size) > MAX_CASE_BYTES {
        return Ok(reject(
            RejectCode::TooLarge,
            format!("a case's pages have at most {MAX_CASE_BYTES} bytes together"),
        ));
    }
    let row = Row::DocumentPage(DocumentPage {
        id: new.page_id.to_owned(),
        document_id: new.document_id.to_owned(),
        index: new.index,
        content_type: new.content_type,
        size: new.size,
        sha256: new.sha256.to_owned(),
        received: false,
        created_at: tx.now(),
    });
    put(tx, ctx, &row)
}

pub fn remove(tx: &mut dyn Tx, ctx: &DeviceCtx, page_id: &str) -> StoreResult<MutationOutcome> {
    let Some((_, Row::DocumentPage(page))) = own_row(tx, ctx, page_id, RowKind::DocumentPage)?
    else {
        return Ok(reject(RejectCode::NotFound, "no such page"));
    };
    if let Some((_, Row::RequiredDocument(doc))) =
        own_row(tx, ctx, &page.document_id, RowKind::RequiredDocument)?
        && accepted(&doc)
    {
        return Ok(reject(
            RejectCode::DocumentAccepted,
            "the caseworker accepted this document",
        ));
    }
    tx.delete_row(page_id, &ctx.source())?;
    Ok(MutationOutcome::Applied)
}

/// A page row, with where it lives (its participant and bydel), whoever asks.
pub fn page(tx: &mut dyn Tx, page_id: &str) -> StoreResult<Option<(StoredRow, DocumentPage)>> {
    Ok(match tx.row(page_id)? {
        Some(stored) => match stored.row.clone() {
            Some(Row::DocumentPage(p)) => Some((stored, p)),
            _ => None,
        },
        None => None,
    })
}

/// Every byte of a page arrived and matched: the row says so, and the document waits for the
/// caseworker's review again (a verdict given before this page is cleared; a missing document is
/// now ready). Returns false if the page is gone (removed while its bytes travelled).
pub fn mark_received(tx: &mut dyn Tx, page_id: &str, source: &str) -> StoreResult<bool> {
    let Some((stored, mut page)) = page(tx, page_id)? else {
        return Ok(false);
    };
    if page.received {
        return Ok(true);
    }
    page.received = true;
    let document_id = page.document_id.clone();
    tx.put_row(&stored.placement, &Row::DocumentPage(page), source)?;
    if let Some(doc_stored) = tx.row(&document_id)?
        && let Some(Row::RequiredDocument(mut doc)) = doc_stored.row.clone()
    {
        let mut changed = false;
        if doc.verdict.take().is_some() {
            changed = true;
        }
        if matches!(doc.status, DocumentStatus::Missing) {
            doc.status = DocumentStatus::Ready;
            changed = true;
        }
        if changed {
            doc.seen = None;
            tx.put_row(&doc_stored.placement, &Row::RequiredDocument(doc), source)?;
        }
    }
    Ok(true)
}

/// Why a caseworker's verdict was not recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerdictRefusal {
    NoSuchDocument,
    /// Nothing to judge: no page of the document has arrived.
    NoPages,
    NoteTooLong,
}

/// Record the caseworker's verdict on a document. Accepting marks the document received (the
/// bydel has it); a rejection sends it back to missing, for the participant to act on.
pub fn set_verdict(
    tx: &mut dyn Tx,
    document_id: &str,
    code: VerdictCode,
    note: Option<&str>,
    source: &str,
) -> StoreResult<Result<(), VerdictRefusal>> {
    let Some(stored) = tx.row(document_id)? else {
        return Ok(Err(VerdictRefusal::NoSuchDocument));
    };
    let Some(Row::RequiredDocument(mut doc)) = stored.row.clone() else {
        return Ok(Err(VerdictRefusal::NoSuchDocument));
    };
    if !pages_of(tx, document_id)?.iter().any(|p| p.received) {
        return Ok(Err(VerdictRefusal::NoPages));
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if let Some(n) = note
        && validate::text("note", n, validate::MAX_BODY).is_err()
    {
        return Ok(Err(VerdictRefusal::NoteTooLong));
    }
    doc.status = if code == VerdictCode::Accepted {
        DocumentStatus::Received
    } else {
        DocumentStatus::Missing
    };
    doc.verdict = Some(DocumentVerdict {
        code,
        note: note.map(str::to_owned),
        at: tx.now(),
    });
    tx.put_row(&stored.placement, &Row::RequiredDocument(doc), source)?;
    Ok(Ok(()))
}

// The caseworker's side: seeing the pages, judging a document, sending the pack.

fn caseworker_actor(cw: &Caseworker) -> String {
    format!("caseworker:{}", cw.id)
}

/// Only a bydel's own staff work with its participants' pages; the municipality admin never
/// sees a person's data (the console's access table says so too).
fn bydel_staff(cw: &Caseworker) -> DomainResult<()> {
    if cw.role == Role::MunicipalityAdmin {
        return Err(DomainError::forbidden(
            "document pages are for the participant's bydel",
        ));
    }
    Ok(())
}

/// How a caseworker reaches a page's bytes: each full view or download is written to the audit
/// log; a thumbnail on the participant's page (itself audited) is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageAccess {
    Thumbnail,
    View,
    Download,
}

/// A page of a participant of the caseworker's bydel ("not found" for any other), with the
/// access written to the audit log.
pub fn page_for_caseworker(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    page_id: &str,
    access: PageAccess,
) -> DomainResult<DocumentPage> {
    bydel_staff(cw)?;
    records::owner_of(tx, cw, page_id, RowKind::DocumentPage)?;
    let Some((_, page)) = page(tx, page_id)? else {
        return Err(DomainError::not_found());
    };
    match access {
        PageAccess::Thumbnail => {}
        PageAccess::View => tx.audit(&caseworker_actor(cw), "view_page", page_id)?,
        PageAccess::Download => tx.audit(&caseworker_actor(cw), "download_page", page_id)?,
    }
    Ok(page)
}

/// The caseworker's verdict on a document of their bydel; the participant's id.
pub fn judge(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    document_id: &str,
    code: VerdictCode,
    note: Option<&str>,
) -> DomainResult<String> {
    bydel_staff(cw)?;
    let pid = records::owner_of(tx, cw, document_id, RowKind::RequiredDocument)?;
    match set_verdict(tx, document_id, code, note, &caseworker_actor(cw))? {
        Ok(()) => {}
        Err(VerdictRefusal::NoSuchDocument) => return Err(DomainError::not_found()),
        Err(VerdictRefusal::NoPages) => {
            return Err(DomainError::conflict(
                "no page of this document has arrived",
            ));
        }
        Err(VerdictRefusal::NoteTooLong) => {
            return Err(DomainError::invalid_value(
                "the note is too long or not text",
            ));
        }
    }
    tx.audit(
        &caseworker_actor(cw),
        &format!("document_verdict_{}", verdict_str(code)),
        document_id,
    )?;
    Ok(pid)
}

pub fn verdict_str(code: VerdictCode) -> &'static str {
    match code {
        VerdictCode::Accepted => "accepted",
        VerdictCode::Unreadable => "unreadable",
        VerdictCode::WrongDocument => "wrong_document",
        VerdictCode::NeedsAuthorisedTranslation => "needs_authorised_translation",
        VerdictCode::NeedsOriginal => "needs_original",
    }
}

/// Characters in the authority's reference for a sent pack.
pub const MAX_REFERENCE: usize = 64;

/// The bydel sent the case's pack to the authority on `on`, under the authority's `reference`:
/// recorded on the case, which moves to submitted (the participant sees both). The participant's id.
pub fn mark_sent(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    case_id: &str,
    on: NaiveDate,
    reference: &str,
) -> DomainResult<String> {
    bydel_staff(cw)?;
    let pid = records::owner_of(tx, cw, case_id, RowKind::RecognitionCase)?;
    let reference = reference.trim();
    validate::text("reference", reference, MAX_REFERENCE).map_err(DomainError::invalid_value)?;
    let Some(stored) = tx.row(case_id)? else {
        return Err(DomainError::not_found());
    };
    let Some(Row::RecognitionCase(mut case)) = stored.row.clone() else {
        return Err(DomainError::not_found());
    };
    case.sent = Some(SentToAuthority {
        on,
        reference: reference.to_owned(),
    });
    // Moved on from submitted already (in processing, decided): the history stays as it is.
    if matches!(
        case.status,
        RecognitionStatus::NotApplied
            | RecognitionStatus::Draft
            | RecognitionStatus::DocumentsMissing
    ) {
        case.status = RecognitionStatus::Submitted;
        case.history.push(StatusChange {
            status: RecognitionStatus::Submitted,
            on,
        });
    }
    if case.case_number.is_none() {
        case.case_number = Some(reference.to_owned());
    }
    tx.put_row(
        &stored.placement,
        &Row::RecognitionCase(case),
        &caseworker_actor(cw),
    )?;
    tx.audit(&caseworker_actor(cw), "case_sent", case_id)?;
    Ok(pid)
}

/// One document of a pack with its pages, in order.
#[derive(Debug, Clone)]
pub struct PackDocument {
    pub document: RequiredDocument,
    pub pages: Vec<DocumentPage>,
}

/// The order HK-dir asks for the documents in: identity, the diploma, the transcript, the
/// translations, the rest.
pub fn hkdir_order(kind: DocumentKind) -> u8 {
    match kind {
        DocumentKind::PassportCopy => 0,
        DocumentKind::Diploma => 1,
        DocumentKind::Transcript => 2,
        DocumentKind::Translation => 3,
        DocumentKind::CourseDescription => 4,
        DocumentKind::LanguageCertificate => 5,
        DocumentKind::EmploymentCertificate => 6,
        DocumentKind::Cv => 7,
        DocumentKind::Other => 8,
    }
}

/// A case's documents with their pages, in HK-dir's order (a document not needed is left out).
pub fn pack_of(tx: &mut dyn Tx, case_id: &str) -> StoreResult<Vec<PackDocument>> {
    let mut out = Vec::new();
    for stored in tx.child_rows(case_id, RowKind::RequiredDocument)? {
        let Some(Row::RequiredDocument(document)) = stored.row else {
            continue;
        };
        if document.status == DocumentStatus::NotNeeded {
            continue;
        }
        let pages = pages_of(tx, &document.id)?;
        out.push(PackDocument { document, pages });
    }
    out.sort_by_key(|d| (hkdir_order(d.document.document_kind), d.document.id.clone()));
    Ok(out)
}

/// One document of a case of the caseworker's bydel, with its pages, for "download the pack"
/// (written to the audit log); the document's kind names the file.
pub fn pack_document(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    document_id: &str,
) -> DomainResult<PackDocument> {
    bydel_staff(cw)?;
    records::owner_of(tx, cw, document_id, RowKind::RequiredDocument)?;
    let Some(Row::RequiredDocument(document)) = tx.row(document_id)?.and_then(|s| s.row) else {
        return Err(DomainError::not_found());
    };
    let pages = pages_of(tx, document_id)?
        .into_iter()
        .filter(|p| p.received)
        .collect();
    tx.audit(&caseworker_actor(cw), "download_document_pack", document_id)?;
    Ok(PackDocument { document, pages })
}

/// When a case's pack became complete: every document it needs accepted (the latest of their
/// verdicts), or `None` while one is not, or the case needs none.
pub fn pack_complete_at(documents: &[&RequiredDocument]) -> Option<DateTime<Utc>> {
    let needed: Vec<&&RequiredDocument> = documents
        .iter()
        .filter(|d| d.status != DocumentStatus::NotNeeded)
        .collect();
    if needed.is_empty() {
        return None;
    }
    let mut latest = None;
    for d in needed {
        match &d.verdict {
            Some(v) if v.code == VerdictCode::Accepted => {
                latest = latest.max(Some(v.at));
            }
            _ => return None,
        }
    }
    latest
}

/// Days a complete pack may wait to be sent before it is flagged, when the bydel chose none.
pub const DEFAULT_SEND_DAYS: u32 = 14;
/// Months a decided case's pages are kept on the server, when the bydel chose none.
pub const DEFAULT_PAGE_RETENTION_MONTHS: u32 = 3;
/// The most a bydel may choose for either.
pub const MAX_SEND_DAYS: u32 = 365;
pub const MAX_PAGE_RETENTION_MONTHS: u32 = 60;

/// The bydel's days before a complete pack not sent is flagged.
pub fn send_days(tx: &mut dyn Tx, bydel_id: &str) -> StoreResult<u32> {
    Ok(tx
        .pack_settings(bydel_id)?
        .send_days
        .unwrap_or(DEFAULT_SEND_DAYS))
}

/// The day a case was decided (its last move to a decision), if it stands decided.
pub fn decided_on(case: &veikart_protocol::RecognitionCase) -> Option<NaiveDate> {
    let decided = |s: RecognitionStatus| {
        matches!(
            s,
            RecognitionStatus::DecidedFull
                | RecognitionStatus::DecidedPartial
                | RecognitionStatus::Rejected
        )
    };
    if !decided(case.status) {
        return None;
    }
    case.history
        .iter()
        .rev()
        .find(|h| decided(h.status))
        .map(|h| h.on)
}

/// The pages of a bydel's decided cases whose time is up: decided more than the bydel's months
/// ago (an appeal re-opens a case, and its pages stay).
pub fn expired_pages(
    tx: &mut dyn Tx,
    bydel_id: &str,
    today: NaiveDate,
) -> StoreResult<Vec<String>> {
    let months = tx
        .pack_settings(bydel_id)?
        .page_retention_months
        .unwrap_or(DEFAULT_PAGE_RETENTION_MONTHS);
    let mut out = Vec::new();
    for stored in tx.bydel_rows(bydel_id, RowKind::RecognitionCase)? {
        let Some(Row::RecognitionCase(case)) = stored.row else {
            continue;
        };
        let Some(until) =
            decided_on(&case).and_then(|d| d.checked_add_months(chrono::Months::new(months)))
        else {
            continue;
        };
        if today < until {
            continue;
        }
        for doc in tx.child_rows(&case.id, RowKind::RequiredDocument)? {
            out.extend(pages_of(tx, &doc.id)?.into_iter().map(|p| p.id));
        }
    }
    Ok(out)
}

/// Delete a page's row (its bytes go with the next sweep of the page store).
pub fn delete_page(tx: &mut dyn Tx, page_id: &str, source: &str) -> StoreResult<bool> {
    Ok(tx.delete_row(page_id, source)?.is_some())
}

/// Of these stored page ids, the ones with no live page row: bytes to delete.
pub fn orphans(tx: &mut dyn Tx, ids: &[String]) -> StoreResult<Vec<String>> {
    let mut out = Vec::new();
    for id in ids {
        if page(tx, id)?.is_none() {
            out.push(id.clone());
        }
    }
    Ok(out)
}
