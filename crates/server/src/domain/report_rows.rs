//! What the report's indicators (`indicators`) are computed from, read for one bydel: its live
//! rows, and what was kept of participants whose data was deleted (`retention`).

use veikart_protocol::{Row, RowKind};

use super::error::DomainResult;
use super::indicators::BydelRows;
use super::retention;
use crate::store::Tx;

pub fn of_bydel(tx: &mut dyn Tx, bydel_id: &str) -> DomainResult<BydelRows> {
    let mut rows = BydelRows::default();
    for s in tx.bydel_rows(bydel_id, RowKind::Profile)? {
        if let Some(Row::Profile(p)) = s.row {
            rows.profiles.push(p);
        }
    }
    for s in tx.bydel_rows(bydel_id, RowKind::Activity)? {
        if let (Some(pid), Some(Row::Activity(a))) = (s.placement.participant_id, s.row) {
            rows.activities.push((pid, a));
        }
    }
    for s in tx.bydel_rows(bydel_id, RowKind::RecognitionCase)? {
        if let (Some(pid), Some(Row::RecognitionCase(c))) = (s.placement.participant_id, s.row) {
            rows.cases.push((pid, c));
        }
    }
    for s in tx.bydel_rows(bydel_id, RowKind::RequiredDocument)? {
        if let Some(Row::RequiredDocument(d)) = s.row {
            rows.documents.push(d);
        }
    }
    for s in tx.bydel_rows(bydel_id, RowKind::Event)? {
        if let Some(Row::Event(e)) = s.row {
            rows.events.push((s.placement.participant_id, e));
        }
    }
    rows.retained = retention::retained(tx, bydel_id)?;
    Ok(rows)
}
