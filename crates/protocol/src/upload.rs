//! The upload of a document page's bytes: `GET` and `PUT /api/v1/pages/{page_id}/upload`.
//!
//! A page's row travels by sync (`MutationOp::AddDocumentPage`); its bytes travel here, in chunks
//! of at most [`crate::limits::MAX_PAGE_CHUNK`], each sent at the offset the server has reached.
//! A cut connection resumes from the server's `received`; a chunk sent twice is stored once.

use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;

/// Where a page's upload stands: the answer to `GET`, to every accepted `PUT`, and (inside
/// [`UploadConflict`]) to a `PUT` at the wrong offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UploadState {
    /// Bytes the server has, from the start of the page: the next `PUT` sends from here.
    pub received: u64,
    /// The page's size as its row declares it.
    pub size: u64,
    /// Every byte arrived and the hash and content type matched (the row's `received`).
    pub complete: bool,
}

/// The query of a `PUT`: where in the page the body's bytes begin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UploadQuery {
    pub offset: u64,
}

/// 409 to a `PUT` whose offset is past what the server has, or whose bytes differ from the ones
/// it has for the same region: the error JSON with the upload's state beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UploadConflict {
    /// [`ErrorCode::OffsetMismatch`].
    pub error: ErrorCode,
    pub message: String,
    #[serde(flatten)]
    pub state: UploadState,
}

/// Why the server discarded a page's bytes once they had all arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PageRejectReason {
    /// The bytes' SHA-256 is not the row's `sha256`.
    HashMismatch,
    /// The bytes are a JPEG, PNG, HEIC or PDF, but not the type the row declares.
    WrongContentType,
    /// The bytes are none of the types the server takes.
    NotAllowed,
}

/// 422 to the `PUT` that completed a page whose bytes were refused: the error JSON
/// ([`ErrorCode::PageRejected`]) with the reason. The bytes are gone; the upload starts again from
/// 0, or the device removes the page and adds it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PageRejected {
    pub error: ErrorCode,
    pub message: String,
    pub reason: PageRejectReason,
    #[serde(flatten)]
    pub state: UploadState,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_is_the_error_json_with_the_state_beside_it() {
        let c = UploadConflict {
            error: ErrorCode::OffsetMismatch,
            message: "resume from 262144".into(),
            state: UploadState {
                received: 262144,
                size: 400000,
                complete: false,
            },
        };
        assert_eq!(
            serde_json::to_value(&c).unwrap(),
            serde_json::json!({"error": "offset_mismatch", "message": "resume from 262144",
                "received": 262144, "size": 400000, "complete": false})
        );
        let r = PageRejected {
            error: ErrorCode::PageRejected,
            message: "not an image".into(),
            reason: PageRejectReason::NotAllowed,
            state: UploadState {
                received: 0,
                size: 10,
                complete: false,
            },
        };
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["error"], "page_rejected");
        assert_eq!(v["reason"], "not_allowed");
        assert_eq!(v["received"], 0);
    }
}
