//! Where the bytes of document pages live (issue 9): outside the rows table, behind one trait so
//! that object storage or PostgreSQL large objects can follow. The embedded default is a directory
//! ([`DirPageStore`]): next to the SQLite file unless `--pages-dir` says otherwise; a server on
//! PostgreSQL keeps its pages in a directory too (every instance must see the same one).
//!
//! A page is first *partial* (bytes arrive in order, an upload at a time), then *complete* once
//! every byte arrived and matched its row. The store knows nothing of rows, owners or hashes: the
//! upload handler and `domain::pages` decide; the store keeps bytes. Its methods block (file I/O):
//! call them from a blocking thread.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};
use veikart_protocol::{DocumentPage, PageRejectReason, PageType, UploadState};

/// What a page store can fail with.
#[derive(Debug, thiserror::Error)]
pub enum PageStoreError {
    /// The id cannot name a page (the store checks again what the rows checked).
    #[error("not a page id")]
    BadId,
    /// An append that does not start where the partial bytes end (another request raced it).
    #[error("the partial page has {have} bytes, not {offset}")]
    Offset { have: u64, offset: u64 },
    #[error(transparent)]
    Io(#[from] io::Error),
}

pub type PageResult<T> = Result<T, PageStoreError>;

/// The bytes of pages, partial and complete, by page id.
pub trait PageStore: Send + Sync + 'static {
    /// Bytes of the partial page so far (0 if none).
    fn partial_len(&self, id: &str) -> PageResult<u64>;
    /// Append `bytes` to the partial page, which must have exactly `offset` bytes now. Durable
    /// when it returns.
    fn append(&self, id: &str, offset: u64, bytes: &[u8]) -> PageResult<()>;
    /// Up to `len` bytes of the partial page from `offset`.
    fn read_partial(&self, id: &str, offset: u64, len: usize) -> PageResult<Vec<u8>>;
    /// The partial page whole, to check it.
    fn partial(&self, id: &str) -> PageResult<Vec<u8>>;
    /// The partial page becomes the complete one.
    fn complete(&self, id: &str) -> PageResult<()>;
    /// Forget the partial page.
    fn discard_partial(&self, id: &str) -> PageResult<()>;
    /// The complete page, if there is one.
    fn get(&self, id: &str) -> PageResult<Option<Vec<u8>>>;
    /// Bytes of the complete page, if there is one.
    fn complete_len(&self, id: &str) -> PageResult<Option<u64>>;
    /// A small image made from the page for the console (kept beside it, deleted with it).
    fn thumbnail(&self, id: &str) -> PageResult<Option<Vec<u8>>>;
    fn put_thumbnail(&self, id: &str, png: &[u8]) -> PageResult<()>;
    /// Delete everything kept of a page. Deleting what is not there is fine.
    fn delete(&self, id: &str) -> PageResult<()>;
    /// The ids of every page the store keeps anything of, to find those whose row went away.
    fn ids(&self) -> PageResult<Vec<String>>;
}

pub type Pages = Arc<dyn PageStore>;

/// Pages as files in a directory: `partial/<id>` while the bytes arrive, `complete/<id>` after,
/// `thumbs/<id>.png` for the console.
#[derive(Debug, Clone)]
pub struct DirPageStore {
    root: PathBuf,
}

impl DirPageStore {
    /// The store in `root`, made if missing.
    pub fn open(root: impl Into<PathBuf>) -> io::Result<Self> {
        let root = root.into();
        for sub in ["partial", "complete", "thumbs"] {
            fs::create_dir_all(root.join(sub))?;
        }
        Ok(DirPageStore { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The default place for pages of a database: `pages/` beside a SQLite file, `data/pages`
    /// (under the working directory) for PostgreSQL.
    pub fn default_dir(database_url: &str) -> PathBuf {
        match database_url.strip_prefix("sqlite://") {
            Some(path) => Path::new(path)
                .parent()
                .map_or_else(|| PathBuf::from("pages"), |dir| dir.join("pages")),
            None => PathBuf::from("data/pages"),
        }
    }

    fn path(&self, sub: &str, id: &str, ext: &str) -> PageResult<PathBuf> {
        // Page ids are device-chosen ids (`validate::device_chosen_id`): letters, digits, - and _.
        // Checked again so that no id can name a file elsewhere.
        if id.is_empty()
            || id.len() > veikart_protocol::limits::MAX_ID
            || !id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(PageStoreError::BadId);
        }
        Ok(self.root.join(sub).join(format!("{id}{ext}")))
    }
}

fn missing_is_none<T>(r: io::Result<T>) -> io::Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn remove(path: &Path) -> io::Result<()> {
    missing_is_none(fs::remove_file(path)).map(|_| ())
}

impl PageStore for DirPageStore {
    fn partial_len(&self, id: &str) -> PageResult<u64> {
        let path = self.path("partial", id, "")?;
        Ok(missing_is_none(fs::metadata(path))?.map_or(0, |m| m.len()))
    }

    fn append(&self, id: &str, offset: u64, bytes: &[u8]) -> PageResult<()> {
        let path = self.path("partial", id, "")?;
        let mut file = OpenOptions::new().create(true).append(true).open(&path)?;
        let have = file.metadata()?.len();
        if have != offset {
            return Err(PageStoreError::Offset { have, offset });
        }
        if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_data()) {
            // Keep the partial page at what it was: a half-written chunk is not "received".
            file.set_len(have)?;
            return Err(e.into());
        }
        Ok(())
    }

    fn read_partial(&self, id: &str, offset: u64, len: usize) -> PageResult<Vec<u8>> {
        let path = self.path("partial", id, "")?;
        let Some(mut file) = missing_is_none(File::open(path))? else {
            return Ok(Vec::new());
        };
        file.seek(SeekFrom::Start(offset))?;
        let mut out = Vec::with_capacity(len);
        file.take(len as u64).read_to_end(&mut out)?;
        Ok(out)
    }

    fn partial(&self, id: &str) -> PageResult<Vec<u8>> {
        let path = self.path("partial", id, "")?;
        Ok(missing_is_none(fs::read(path))?.unwrap_or_default())
    }

    fn complete(&self, id: &str) -> PageResult<()> {
        let from = self.path("partial", id, "")?;
        let to = self.path("complete", id, "")?;
        fs::rename(from, to)?;
        // The rename itself durable, on file systems that need the directory synced.
        if let Ok(dir) = File::open(self.root.join("complete")) {
            let _ = dir.sync_all();
        }
        Ok(())
    }

    fn discard_partial(&self, id: &str) -> PageResult<()> {
        Ok(remove(&self.path("partial", id, "")?)?)
    }

    fn get(&self, id: &str) -> PageResult<Option<Vec<u8>>> {
        Ok(missing_is_none(fs::read(self.path("complete", id, "")?))?)
    }

    fn complete_len(&self, id: &str) -> PageResult<Option<u64>> {
        let path = self.path("complete", id, "")?;
        Ok(missing_is_none(fs::metadata(path))?.map(|m| m.len()))
    }

    fn thumbnail(&self, id: &str) -> PageResult<Option<Vec<u8>>> {
        Ok(missing_is_none(fs::read(self.path("thumbs", id, ".png")?))?)
    }

    fn put_thumbnail(&self, id: &str, png: &[u8]) -> PageResult<()> {
        let path = self.path("thumbs", id, ".png")?;
        let tmp = self.path("thumbs", id, ".png.tmp")?;
        fs::write(&tmp, png)?;
        fs::rename(tmp, path)?;
        Ok(())
    }

    fn delete(&self, id: &str) -> PageResult<()> {
        remove(&self.path("partial", id, "")?)?;
        remove(&self.path("complete", id, "")?)?;
        remove(&self.path("thumbs", id, ".png")?)?;
        Ok(())
    }

    fn ids(&self) -> PageResult<Vec<String>> {
        let mut ids = Vec::new();
        for sub in ["partial", "complete", "thumbs"] {
            for entry in fs::read_dir(self.root.join(sub))? {
                let name = entry?.file_name();
                let Some(name) = name.to_str() else { continue };
                let id = name.strip_suffix(".png").unwrap_or(name);
                if !id.contains('.') {
                    ids.push(id.to_owned());
                }
            }
        }
        ids.sort();
        ids.dedup();
        Ok(ids)
    }
}

/// What became of one chunk of an upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChunkOutcome {
    /// Stored (or already there: a chunk sent again); the upload goes on from `received`.
    Accepted(UploadState),
    /// The last byte arrived and the page matched its row: the row is to say `received`.
    Completed(UploadState),
    /// The offset is past what the server has, or the bytes differ from those it has for the same
    /// region: nothing was stored.
    Conflict(UploadState),
    /// The chunk goes past the page's declared size: nothing was stored.
    TooLong(UploadState),
    /// Every byte arrived but they are not what the row declares: the bytes are gone.
    Rejected(PageRejectReason, UploadState),
}

/// Where the upload of `page` stands in `store`. `Completed` (not `Accepted`) when the bytes are
/// all there and checked but the row does not say so yet (the server stopped in between).
pub fn state(store: &dyn PageStore, page: &DocumentPage) -> PageResult<ChunkOutcome> {
    let size = page.size;
    if page.received {
        return Ok(ChunkOutcome::Accepted(UploadState {
            received: size,
            size,
            complete: true,
        }));
    }
    if store.complete_len(&page.id)?.is_some() {
        return Ok(ChunkOutcome::Completed(UploadState {
            received: size,
            size,
            complete: true,
        }));
    }
    let received = store.partial_len(&page.id)?;
    Ok(ChunkOutcome::Accepted(UploadState {
        received,
        size,
        complete: false,
    }))
}

/// Take `bytes` at `offset` of `page`'s upload: append what is new, check what was sent before
/// against what is kept, and check the page whole once its last byte is in. Blocks (file I/O); one
/// call per page at a time (`App::page_locks`).
pub fn put_chunk(
    store: &dyn PageStore,
    page: &DocumentPage,
    offset: u64,
    bytes: &[u8],
) -> PageResult<ChunkOutcome> {
    let size = page.size;
    let end = offset.saturating_add(bytes.len() as u64);
    let now = state(store, page)?;
    let (ChunkOutcome::Accepted(current) | ChunkOutcome::Completed(current)) = now.clone() else {
        return Ok(now);
    };
    if current.complete {
        // A chunk sent again after the last one: the same bytes are fine, other bytes are not.
        let same = end <= size
            && match store.get(&page.id)? {
                Some(kept) => usize::try_from(offset)
                    .ok()
                    .and_then(|o| kept.get(o..o + bytes.len()))
                    .is_some_and(|region| region == bytes),
                // Its bytes were deleted (retention) after the row said received.
                None => true,
            };
        return Ok(if same {
            now
        } else {
            ChunkOutcome::Conflict(current)
        });
    }
    let have = current.received;
    if offset > have {
        return Ok(ChunkOutcome::Conflict(current));
    }
    if end > size {
        return Ok(ChunkOutcome::TooLong(current));
    }
    // The part of the chunk the server has already (a chunk sent again, or one that overlaps).
    let overlap = usize::try_from(have - offset)
        .unwrap_or(usize::MAX)
        .min(bytes.len());
    if overlap > 0 && store.read_partial(&page.id, offset, overlap)? != bytes[..overlap] {
        return Ok(ChunkOutcome::Conflict(current));
    }
    if overlap < bytes.len() {
        store.append(&page.id, have, &bytes[overlap..])?;
    }
    let received = have.max(end);
    if received < size {
        return Ok(ChunkOutcome::Accepted(UploadState {
            received,
            size,
            complete: false,
        }));
    }
    let whole = store.partial(&page.id)?;
    let reason = if data_encoding::HEXLOWER.encode(&Sha256::digest(&whole)) != page.sha256 {
        Some(PageRejectReason::HashMismatch)
    } else {
        match PageType::sniff(&whole) {
            None => Some(PageRejectReason::NotAllowed),
            Some(t) if t != page.content_type => Some(PageRejectReason::WrongContentType),
            Some(_) => None,
        }
    };
    if let Some(reason) = reason {
        store.discard_partial(&page.id)?;
        return Ok(ChunkOutcome::Rejected(
            reason,
            UploadState {
                received: 0,
                size,
                complete: false,
            },
        ));
    }
    store.complete(&page.id)?;
    Ok(ChunkOutcome::Completed(UploadState {
        received: size,
        size,
        complete: true,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, DirPageStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = DirPageStore::open(dir.path().join("pages")).unwrap();
        (dir, store)
    }

    fn page(bytes: &[u8], t: PageType) -> DocumentPage {
        DocumentPage {
            id: "d1-p".into(),
            document_id: "d".into(),
            index: 0,
            content_type: t,
            size: bytes.len() as u64,
            sha256: data_encoding::HEXLOWER.encode(&Sha256::digest(bytes)),
            received: false,
            created_at: chrono::Utc::now(),
        }
    }

    fn accepted(received: u64, size: usize) -> ChunkOutcome {
        ChunkOutcome::Accepted(UploadState {
            received,
            size: size as u64,
            complete: false,
        })
    }

    #[test]
    fn chunks_resent_overlapping_or_out_of_place() {
        let (_dir, s) = store();
        let bytes: Vec<u8> = b"\x89PNG\r\n\x1a\n"
            .iter()
            .copied()
            .chain(0..=255u8)
            .collect();
        let p = page(&bytes, PageType::Png);
        let n = bytes.len();
        assert_eq!(
            put_chunk(&s, &p, 0, &bytes[..100]).unwrap(),
            accepted(100, n)
        );
        // The same chunk again, and a part of it: nothing more stored.
        assert_eq!(
            put_chunk(&s, &p, 0, &bytes[..100]).unwrap(),
            accepted(100, n)
        );
        assert_eq!(
            put_chunk(&s, &p, 50, &bytes[50..80]).unwrap(),
            accepted(100, n)
        );
        // Past what the server has; other bytes where it has some; past the end.
        assert!(
            matches!(put_chunk(&s, &p, 101, &bytes[101..120]).unwrap(), ChunkOutcome::Conflict(st) if st.received == 100)
        );
        assert!(matches!(
            put_chunk(&s, &p, 10, b"xxxx").unwrap(),
            ChunkOutcome::Conflict(_)
        ));
        let mut long = bytes[90..].to_vec();
        long.push(0);
        assert!(matches!(
            put_chunk(&s, &p, 90, &long).unwrap(),
            ChunkOutcome::TooLong(_)
        ));
        assert_eq!(s.partial_len(&p.id).unwrap(), 100);
        // Overlapping the end: the new tail is appended, and the last byte completes the page.
        assert_eq!(
            put_chunk(&s, &p, 90, &bytes[90..200]).unwrap(),
            accepted(200, n)
        );
        let done = put_chunk(&s, &p, 200, &bytes[200..]).unwrap();
        assert!(
            matches!(done, ChunkOutcome::Completed(st) if st.complete && st.received == n as u64)
        );
        assert_eq!(s.get(&p.id).unwrap(), Some(bytes.clone()));
        // After the end, the last chunk again is fine and other bytes are not.
        assert!(matches!(
            put_chunk(&s, &p, 200, &bytes[200..]).unwrap(),
            ChunkOutcome::Completed(_)
        ));
        assert!(matches!(
            put_chunk(&s, &p, 200, &bytes[199..n - 1]).unwrap(),
            ChunkOutcome::Conflict(_)
        ));
    }

    #[test]
    fn a_complete_page_is_checked_and_refused_whole() {
        let (_dir, s) = store();
        let png: Vec<u8> = b"\x89PNG\r\n\x1a\n"
            .iter()
            .copied()
            .chain(0..50u8)
            .collect();
        // Declared a JPEG, is a PNG.
        let p = page(&png, PageType::Jpeg);
        assert!(matches!(
            put_chunk(&s, &p, 0, &png).unwrap(),
            ChunkOutcome::Rejected(PageRejectReason::WrongContentType, st) if st.received == 0
        ));
        assert_eq!(s.partial_len(&p.id).unwrap(), 0);
        // A hash that is not the bytes'.
        let mut wrong = page(&png, PageType::Png);
        wrong.sha256 = "0".repeat(64);
        assert!(matches!(
            put_chunk(&s, &wrong, 0, &png).unwrap(),
            ChunkOutcome::Rejected(PageRejectReason::HashMismatch, _)
        ));
        // Not a type at all.
        let gif = b"GIF89a\x01\x00".to_vec();
        assert!(matches!(
            put_chunk(&s, &page(&gif, PageType::Png), 0, &gif).unwrap(),
            ChunkOutcome::Rejected(PageRejectReason::NotAllowed, _)
        ));
        assert_eq!(s.get("d1-p").unwrap(), None);
    }

    #[test]
    fn bytes_arrive_in_order_then_complete() {
        let (_dir, s) = store();
        assert_eq!(s.partial_len("d1-p").unwrap(), 0);
        s.append("d1-p", 0, b"hello ").unwrap();
        assert!(matches!(
            s.append("d1-p", 3, b"xx"),
            Err(PageStoreError::Offset { have: 6, offset: 3 })
        ));
        s.append("d1-p", 6, b"world").unwrap();
        assert_eq!(s.partial_len("d1-p").unwrap(), 11);
        assert_eq!(s.read_partial("d1-p", 4, 4).unwrap(), b"o wo");
        assert_eq!(s.get("d1-p").unwrap(), None);
        s.complete("d1-p").unwrap();
        assert_eq!(
            s.get("d1-p").unwrap().as_deref(),
            Some(b"hello world".as_slice())
        );
        assert_eq!(s.partial_len("d1-p").unwrap(), 0);
        s.put_thumbnail("d1-p", b"png").unwrap();
        s.append("d1-q", 0, b"x").unwrap();
        assert_eq!(s.ids().unwrap(), ["d1-p", "d1-q"]);
        s.delete("d1-p").unwrap();
        s.delete("d1-p").unwrap();
        assert_eq!(s.get("d1-p").unwrap(), None);
        assert_eq!(s.thumbnail("d1-p").unwrap(), None);
        assert_eq!(s.ids().unwrap(), ["d1-q"]);
    }

    #[test]
    fn no_id_names_a_file_outside_the_store() {
        let (_dir, s) = store();
        for id in ["", "../x", "a/b", "a.b", "..", "a\0b"] {
            assert!(
                matches!(s.partial_len(id), Err(PageStoreError::BadId)),
                "{id:?}"
            );
            assert!(matches!(s.append(id, 0, b"x"), Err(PageStoreError::BadId)));
        }
    }

    #[test]
    fn default_directory_is_beside_the_sqlite_file() {
        assert_eq!(
            DirPageStore::default_dir("sqlite://data/veikart.sqlite"),
            PathBuf::from("data/pages")
        );
        assert_eq!(
            DirPageStore::default_dir("postgres://veikart@localhost/veikart"),
            PathBuf::from("data/pages")
        );
        assert_eq!(
            DirPageStore::default_dir("sqlite:///srv/veikart/db.sqlite"),
            PathBuf::from("/srv/veikart/pages")
        );
    }
}
