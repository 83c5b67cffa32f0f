//! Pure rules for the pages of required documents the device holds: which to upload, where to
//! resume, which chunk comes next, and which to drop. The bytes live in the device's encrypted
//! store (`pages` table, never the rows table); `pages_upload` does the network part.

use std::ops::Range;

/// A page the device holds, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldPage {
    pub id: String,
    pub document_id: String,
    pub case_id: String,
    pub index: u32,
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
    /// Bytes the server had at the last answer the device heard (progress; the server's own
    /// count is asked for again before every upload).
    pub uploaded: u64,
    /// The server refused the bytes (hash or content type): the page must be added again.
    pub refused: bool,
    /// A small JPEG (data URL) the UI made when the page was added, to list it; none for a PDF.
    pub thumbnail: Option<String>,
}

/// What the device knows of a page from the server's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnServer {
    /// The page's row is not there: its add is still waiting, or the page is gone.
    Absent,
    /// The row is there; the bytes are not all in yet.
    Waiting,
    /// The row says every byte arrived and the hash matched.
    Received,
}

/// What the rows say about the page's document and case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageContext {
    pub on_server: OnServer,
    /// The AddDocumentPage for it is still in the outbox (not yet confirmed).
    pub add_pending: bool,
    /// A RemoveDocumentPage for it is in the outbox.
    pub remove_pending: bool,
    /// The AddDocumentPage was refused by the server (in the rejections).
    pub add_refused: bool,
    /// The document's row is still there.
    pub document_present: bool,
    /// The document's case is decided or gone: the pages leave the device.
    pub case_closed: bool,
}

/// Upload this page now: its add was confirmed, its row waits for bytes, the server did not
/// refuse them, and nobody removed it.
pub fn should_upload(page: &HeldPage, ctx: &PageContext) -> bool {
    !page.refused && !ctx.add_pending && !ctx.remove_pending && ctx.on_server == OnServer::Waiting
}

/// Drop this page's bytes from the device: the case is closed, the document is gone, the server
/// refused its add, or the add was confirmed and the row has since gone (removed, deleted on the
/// server). A page whose add still waits in the outbox is kept whatever the rows say.
pub fn should_drop(ctx: &PageContext) -> bool {
    if ctx.case_closed {
        return true;
    }
    if ctx.add_pending {
        return false;
    }
    ctx.add_refused || !ctx.document_present || ctx.on_server == OnServer::Absent
}

/// The next chunk to send when the server holds `received` of `size` bytes: at most `chunk`
/// bytes from `received`; none when everything is there.
pub fn next_chunk(received: u64, size: u64, chunk: u64) -> Option<Range<u64>> {
    if received >= size || chunk == 0 {
        return None;
    }
    Some(received..size.min(received.saturating_add(chunk)))
}

/// What the device does after an answer to a chunk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterChunk {
    /// Send the next chunk from this offset.
    Continue(u64),
    /// Every byte is in: the server checks the hash and says so by the row.
    Complete,
    /// The server refused the bytes: the page must be added again.
    Refused,
}

/// The answer to a PUT: 200 and 409 both carry the server's count, from which the device goes
/// on (409: the device was ahead of the server, e.g. a chunk lost with a cut; a duplicate of
/// what it has is answered 200 with the count). 422 is a refusal.
pub fn after_chunk(answer: ChunkAnswer) -> AfterChunk {
    match answer {
        ChunkAnswer::State { complete: true, .. } => AfterChunk::Complete,
        ChunkAnswer::State { received, size, .. } if received >= size => AfterChunk::Complete,
        ChunkAnswer::State { received, .. } => AfterChunk::Continue(received),
        ChunkAnswer::Refused => AfterChunk::Refused,
    }
}

/// The server's answer to a chunk, as the upload engine reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChunkAnswer {
    State {
        received: u64,
        size: u64,
        complete: bool,
    },
    Refused,
}

/// Times the device sends a page again after the server refused its hash while the device's own
/// copy still matches it (the bytes were damaged on the way); after that the page is refused.
pub const MAX_REFUSALS: u32 = 3;

/// After a 422: whether the page is refused for good. A wrong or unknown content type is; a hash
/// mismatch is sent again (the server starts over from 0) while the device's copy still has the
/// hash the row declares and it has not happened [`MAX_REFUSALS`] times.
pub fn refused_for_good(
    reason: Option<veikart_protocol::PageRejectReason>,
    own_copy_matches: bool,
    refusals_before: u32,
) -> bool {
    !(reason == Some(veikart_protocol::PageRejectReason::HashMismatch)
        && own_copy_matches
        && refusals_before + 1 < MAX_REFUSALS)
}

/// The device's PUT bodies. The server keeps nothing of a chunk cut mid-body, so a cut costs up
/// to one chunk again: at 32 KiB at most 3.5% of a three-page pack (about 900 KB), where 256 KiB
/// (the server's `limits::MAX_PAGE_CHUNK`) cost up to 28%; measured by `cargo xtask bench`, part
/// `pages`. Each chunk is one round trip on a kept-alive connection, its headers a fraction of a
/// percent of its bytes.
pub const UPLOAD_CHUNK: u64 = 32 * 1024;
const _: () = assert!(UPLOAD_CHUNK as usize <= veikart_protocol::limits::MAX_PAGE_CHUNK);

/// Progress of one page's upload, for the UI's progress bar.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PageProgress {
    pub page_id: String,
    pub sent: u64,
    pub total: u64,
}

impl PageProgress {
    /// Whole percent, rounded down, 100 only when everything is sent.
    pub fn percent(sent: u64, total: u64) -> u8 {
        if total == 0 || sent >= total {
            return 100;
        }
        (u128::from(sent) * 100 / u128::from(total)).min(99) as u8
    }
}

/// Lowercase hex SHA-256 of a page's bytes, as the protocol carries it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> PageContext {
        PageContext {
            on_server: OnServer::Waiting,
            add_pending: false,
            remove_pending: false,
            add_refused: false,
            document_present: true,
            case_closed: false,
        }
    }

    fn page() -> HeldPage {
        HeldPage {
            id: "d1-p".into(),
            document_id: "doc".into(),
            case_id: "case".into(),
            index: 0,
            content_type: "image/jpeg".into(),
            size: 10,
            sha256: String::new(),
            uploaded: 0,
            refused: false,
            thumbnail: None,
        }
    }

    #[test]
    fn chunks_cover_the_page_from_the_servers_count_without_overlap() {
        let chunk = 256 * 1024;
        for size in [
            1u64,
            255,
            chunk,
            chunk + 1,
            3 * chunk + 17,
            20 * 1024 * 1024,
        ] {
            for start in [0, 1, chunk - 1, chunk, size / 2, size] {
                let mut at = start.min(size);
                let mut sent = 0;
                while let Some(r) = next_chunk(at, size, chunk) {
                    assert_eq!(r.start, at);
                    assert!(r.end - r.start <= chunk && r.end > r.start);
                    sent += r.end - r.start;
                    at = r.end;
                }
                assert_eq!(at, size);
                assert_eq!(sent, size - start.min(size), "each byte once from {start}");
            }
        }
        assert_eq!(next_chunk(5, 5, 10), None);
        assert_eq!(
            next_chunk(9, 5, 10),
            None,
            "the server never has more than the page"
        );
        assert_eq!(next_chunk(0, 5, 0), None);
    }

    #[test]
    fn the_device_resumes_from_whatever_the_server_says_it_has() {
        let s = |received, complete| ChunkAnswer::State {
            received,
            size: 100,
            complete,
        };
        assert_eq!(after_chunk(s(40, false)), AfterChunk::Continue(40));
        // A 409 after a lost chunk: the server is behind the device, go back.
        assert_eq!(after_chunk(s(10, false)), AfterChunk::Continue(10));
        assert_eq!(after_chunk(s(100, false)), AfterChunk::Complete);
        assert_eq!(after_chunk(s(100, true)), AfterChunk::Complete);
        assert_eq!(after_chunk(ChunkAnswer::Refused), AfterChunk::Refused);
    }

    #[test]
    fn only_a_confirmed_page_waiting_for_bytes_is_uploaded() {
        assert!(should_upload(&page(), &ctx()));
        for c in [
            PageContext {
                add_pending: true,
                ..ctx()
            },
            PageContext {
                remove_pending: true,
                ..ctx()
            },
            PageContext {
                on_server: OnServer::Absent,
                ..ctx()
            },
            PageContext {
                on_server: OnServer::Received,
                ..ctx()
            },
        ] {
            assert!(!should_upload(&page(), &c), "{c:?}");
        }
        let refused = HeldPage {
            refused: true,
            ..page()
        };
        assert!(!should_upload(&refused, &ctx()));
    }

    #[test]
    fn a_page_leaves_the_device_when_its_case_closes_or_its_row_goes_but_not_while_queued() {
        assert!(!should_drop(&ctx()));
        assert!(!should_drop(&PageContext {
            on_server: OnServer::Received,
            ..ctx()
        }));
        // Queued offline: no row yet, and kept.
        assert!(!should_drop(&PageContext {
            on_server: OnServer::Absent,
            add_pending: true,
            ..ctx()
        }));
        for c in [
            PageContext {
                case_closed: true,
                add_pending: true,
                ..ctx()
            },
            PageContext {
                on_server: OnServer::Absent,
                ..ctx()
            },
            PageContext {
                add_refused: true,
                on_server: OnServer::Absent,
                ..ctx()
            },
            PageContext {
                document_present: false,
                ..ctx()
            },
        ] {
            assert!(should_drop(&c), "{c:?}");
        }
    }

    #[test]
    fn a_page_damaged_on_the_way_is_sent_again_a_few_times_and_a_wrong_one_never() {
        use veikart_protocol::PageRejectReason::*;
        assert!(!refused_for_good(Some(HashMismatch), true, 0));
        assert!(!refused_for_good(
            Some(HashMismatch),
            true,
            MAX_REFUSALS - 2
        ));
        assert!(refused_for_good(Some(HashMismatch), true, MAX_REFUSALS - 1));
        // The device's own copy is damaged: sending it again cannot help.
        assert!(refused_for_good(Some(HashMismatch), false, 0));
        assert!(refused_for_good(Some(WrongContentType), true, 0));
        assert!(refused_for_good(Some(NotAllowed), true, 0));
        assert!(refused_for_good(None, true, 0));
    }

    #[test]
    fn percent_reaches_100_only_when_all_is_sent() {
        assert_eq!(PageProgress::percent(0, 1000), 0);
        assert_eq!(PageProgress::percent(999, 1000), 99);
        assert_eq!(PageProgress::percent(1000, 1000), 100);
        assert_eq!(PageProgress::percent(0, 0), 100);
        assert_eq!(PageProgress::percent(u64::MAX / 2, u64::MAX), 49);
    }

    #[test]
    fn a_page_is_known_by_its_sha256_in_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
