//! What the report's indicators (`indicators`) are computed from, read for one bydel: its live
//! rows, and what was kept of participants whose data was deleted (`retention`).

use std::collections::BTreeMap;

use veikart_protocol::{Attendance, Row, RowKind};

use super::attendance;
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
    let mut marked: BTreeMap<String, Vec<Attendance>> = BTreeMap::new();
    for s in tx.bydel_rows(bydel_id, RowKind::Attendance)? {
        if let (Some(pid), Some(Row::Attendance(a))) = (s.placement.participant_id, s.row) {
            marked.entry(pid).or_default().push(a);
        }
    }
    let rules = attendance::rules(tx, bydel_id)?;
    for p in &rows.profiles {
        if let Some(sessions) = marked.get_mut(&p.id) {
            sessions.sort_by_key(|a| a.starts_at);
            for a in attendance::attended(&rules, p.programme_start, sessions) {
                rows.attendance.push((p.id.clone(), a));
            }
        }
    }
    rows.retained = retention::retained(tx, bydel_id)?;
    let course_ids: Vec<String> = rows
        .attendance
        .iter()
        .map(|(_, a)| &a.course_id)
        .chain(
            rows.retained
                .iter()
                .flat_map(|f| f.attendance.iter().map(|a| &a.course_id)),
        )
        .cloned()
        .collect();
    rows.course_names = attendance::course_names(tx, course_ids.iter().map(String::as_str))?;
    Ok(rows)
}
