//! What the pages tests and the pages benchmark share (issue 9): a participant with a document to
//! send, and bytes that stand in for a photographed page.

use serde_json::json;

use crate::caseworker::CaseworkerApi;

/// Bytes that start as a JPEG does and go on with noise from `seed`, `len` in all: like a JPEG's
/// compressed data, nothing on the way can make them smaller.
pub fn jpeg(len: usize, seed: u64) -> Vec<u8> {
    let mut bytes = b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00".to_vec();
    let mut x = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    while bytes.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.push(x as u8);
    }
    bytes.truncate(len);
    bytes
}

/// A participant with a recognition case and one missing document: (participant, document).
pub async fn participant_with_missing_document(
    cw: &CaseworkerApi,
    n: u64,
) -> anyhow::Result<(String, String)> {
    let p = cw
        .post(
            "/participants",
            &json!({"name": format!("Deltaker {n}"), "settled_on": "2026-06-08"}),
        )
        .await?;
    let pid = CaseworkerApi::id(&p)?;
    let records = format!("/participants/{pid}/records");
    let case = CaseworkerApi::id(&cw.post(&records, &json!({"kind": "recognition_case", "credential": {"text": "Bachelor"}, "route": "hkdir_general", "status": "draft"})).await?)?;
    let doc = CaseworkerApi::id(&cw.post(&records, &json!({"kind": "required_document", "case_id": case, "document_kind": "diploma", "status": "missing"})).await?)?;
    Ok((pid, doc))
}
