//! Retention and the participant's rights (GDPR art. 5(1)(e), 15 and 17; docs/console.md,
//! "Retention and the participant's rights").
//!
//! - A participant's data is kept for a bydel's chosen number of months after their programme
//!   ended (`programme_end`); then [`remove`] deletes it and keeps only their [`Facts`], which
//!   hold no id or name, so the reports give the same numbers afterwards.
//! - What a participant deleted through the API leaves behind (tombstones, revoked devices,
//!   codes) is purged the same way, without facts: the reports stopped counting them already.
//! - An admin of the participant's bydel exports everything about them ([`export`]) or erases them
//!   on request ([`remove`] with the erasure's action).
//! - The audit log is pruned by age ([`prune_audit`]).
//!
//! Every function here runs in one transaction and decides again from what that transaction
//! reads, so the daily job may run on several instances at once: a participant is deleted by
//! one of them, and the others find nothing left (PostgreSQL's REPEATABLE READ makes a second
//! purge of the same rows fail and run again; SQLite has one writer).

use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Europe::Oslo;
use serde::Serialize;
use veikart_protocol::{Profile, Row, RowKind};

use super::attendance;
use super::error::{DomainError, DomainResult};
use super::indicators::{Facts, facts_of};
use super::records;
use crate::store::{AuditEntry, Caseworker, Purged, Role, Tx};

/// Months a participant's data is kept after their programme ended, unless the bydel chose.
pub const DEFAULT_MONTHS: u32 = 12;
/// The longest a bydel may choose (and the shortest is 1).
pub const MAX_MONTHS: u32 = 120;
/// Months the audit log is kept, unless the operator chose (`--audit-retention-months`).
pub const DEFAULT_AUDIT_MONTHS: u32 = 24;

/// The months a bydel keeps a participant's data after their programme ended.
pub fn months(tx: &mut dyn Tx, bydel_id: &str) -> DomainResult<u32> {
    Ok(tx.retention_months(bydel_id)?.unwrap_or(DEFAULT_MONTHS))
}

/// Whether a participant whose programme ended on `ended` is due for deletion on `today`: the
/// data is kept through the last day of the period and deleted the day after.
pub fn due(ended: NaiveDate, months: u32, today: NaiveDate) -> bool {
    ended
        .checked_add_months(Months::new(months))
        .is_some_and(|last| last < today)
}

/// Who is due on `now` in one bydel: participants whose retention ran out, and the remains of
/// participants deleted through the API.
pub fn due_in(
    tx: &mut dyn Tx,
    bydel_id: &str,
    now: DateTime<Utc>,
) -> DomainResult<(Vec<String>, Vec<String>)> {
    let today = now.with_timezone(&Oslo).date_naive();
    let months = months(tx, bydel_id)?;
    let expired = tx
        .bydel_rows(bydel_id, RowKind::Profile)?
        .into_iter()
        .filter_map(|s| match s.row {
            Some(Row::Profile(p)) => p
                .programme_end
                .filter(|end| due(*end, months, today))
                .map(|_| p.id),
            _ => None,
        })
        .collect();
    Ok((expired, tx.deleted_participants(bydel_id)?))
}

/// What happened to one participant in [`remove`] or [`purge_remains`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removed {
    /// Deleted (with facts kept for the reports, or without, for remains).
    Deleted(Purged),
    /// Nothing to do any more (another instance was first, or the programme was extended).
    Nothing,
}

/// Delete a participant whose retention ran out on `now`, keeping their facts. Checks again in
/// this transaction that they are still due.
pub fn remove_expired(
    tx: &mut dyn Tx,
    participant_id: &str,
    now: DateTime<Utc>,
) -> DomainResult<Removed> {
    let Some((profile, bydel_id)) = live_profile(tx, participant_id)? else {
        return Ok(Removed::Nothing);
    };
    let today = now.with_timezone(&Oslo).date_naive();
    let months = months(tx, &bydel_id)?;
    if !profile
        .programme_end
        .is_some_and(|end| due(end, months, today))
    {
        return Ok(Removed::Nothing);
    }
    let purged = remove(tx, &profile, &bydel_id)?;
    tx.audit("retention", "retention_delete", participant_id)?;
    Ok(Removed::Deleted(purged))
}

/// Purge what a participant deleted through the API left behind (their profile is a tombstone).
pub fn purge_remains(tx: &mut dyn Tx, participant_id: &str) -> DomainResult<Removed> {
    match tx.row(participant_id)? {
        Some(s) if s.kind == RowKind::Profile && s.row.is_none() => {
            let purged = purge(tx, participant_id)?;
            tx.audit("retention", "retention_purge_deleted", participant_id)?;
            Ok(Removed::Deleted(purged))
        }
        _ => Ok(Removed::Nothing),
    }
}

/// An admin erases a participant of their bydel on request (GDPR art. 17). Their facts are kept
/// for the reports, as after the retention period: they identify no one.
pub fn erase(tx: &mut dyn Tx, admin: &Caseworker, participant_id: &str) -> DomainResult<Purged> {
    let profile = subject(tx, admin, participant_id)?;
    let bydel_id = profile.bydel_id.clone();
    let purged = remove(tx, &profile, &bydel_id)?;
    tx.audit(
        &format!("caseworker:{}", admin.id),
        "erase_participant",
        participant_id,
    )?;
    Ok(purged)
}

/// The participant whom an admin exports or erases: one of the admin's own bydel. The one place
/// the domain decides who may exercise a participant's rights for them.
pub fn subject(tx: &mut dyn Tx, cw: &Caseworker, participant_id: &str) -> DomainResult<Profile> {
    if cw.role != Role::Admin {
        return Err(DomainError::forbidden(
            "only an admin exports or erases a participant",
        ));
    }
    records::participant(tx, cw, participant_id)
}

fn live_profile(tx: &mut dyn Tx, id: &str) -> DomainResult<Option<(Profile, String)>> {
    Ok(match tx.row(id)? {
        Some(s) => match s.row {
            Some(Row::Profile(p)) => Some((p, s.placement.bydel_id)),
            _ => None,
        },
        None => None,
    })
}

/// Keep the participant's facts, then delete everything about them.
fn remove(tx: &mut dyn Tx, profile: &Profile, bydel_id: &str) -> DomainResult<Purged> {
    let rows = tx.participant_rows(&profile.id, None)?;
    let (mut activities, mut cases, mut events) = (Vec::new(), Vec::new(), Vec::new());
    let (mut documents, mut marked) = (Vec::new(), Vec::new());
    for s in rows {
        match s.row {
            Some(Row::Activity(a)) => activities.push(a),
            Some(Row::RecognitionCase(c)) => cases.push(c),
            Some(Row::Event(e)) => events.push(e),
            Some(Row::RequiredDocument(d)) => documents.push(d),
            Some(Row::Attendance(a)) => marked.push(a),
            _ => {}
        }
    }
    marked.sort_by_key(|a| a.starts_at);
    let rules = attendance::rules(tx, bydel_id)?;
    let sessions = attendance::attended(&rules, profile.programme_start, &marked);
    let facts: Facts = facts_of(profile, &activities, &cases, &events, &documents, sessions);
    let body = serde_json::to_string(&facts)
        .map_err(|e| DomainError::invalid_value(format!("cannot keep the facts: {e}")))?;
    tx.insert_report_facts(&uuid::Uuid::new_v4().simple().to_string(), bydel_id, &body)?;
    purge(tx, &profile.id)
}

/// Delete everything about a participant. Their devices are signed out first, so every instance's
/// sync cache forgets them at once (a device it knew would otherwise still be let in from memory).
/// Their document pages' rows go with `purge_participant`; their bytes with the page store's
/// sweep (`retention_job::sweep_pages`), right after an erasure or with the daily job.
fn purge(tx: &mut dyn Tx, participant_id: &str) -> DomainResult<Purged> {
    for d in tx.devices_of(participant_id)? {
        tx.revoke_device(&d.id)?;
    }
    Ok(tx.purge_participant(participant_id)?)
}

/// What the reports keep of deleted participants in a bydel.
pub fn retained(tx: &mut dyn Tx, bydel_id: &str) -> DomainResult<Vec<Facts>> {
    tx.report_facts(bydel_id)?
        .iter()
        .map(|body| {
            serde_json::from_str(body).map_err(|e| {
                DomainError::Storage(crate::store::StoreError::Corrupt(format!(
                    "report facts: {e}"
                )))
            })
        })
        .collect()
}

/// Delete audit entries older than `months` before `now`; returns how many.
pub fn prune_audit(tx: &mut dyn Tx, months: u32, now: DateTime<Utc>) -> DomainResult<usize> {
    let Some(before) = now.checked_sub_months(Months::new(months)) else {
        return Ok(0);
    };
    Ok(tx.prune_audit(before)?)
}

/// A device as the participant may see it: no token.
#[derive(Debug, Clone, Serialize)]
pub struct ExportedDevice {
    pub id: String,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// An enrolment code as the participant may see it: when, by whom, used or not; no secret.
#[derive(Debug, Clone, Serialize)]
pub struct ExportedCode {
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportedProposal {
    pub language: String,
    pub key: String,
    pub text: String,
    pub comment: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Everything the server keeps about one participant (GDPR art. 15).
#[derive(Debug, Clone, Serialize)]
pub struct Export {
    pub participant_id: String,
    pub exported_at: DateTime<Utc>,
    pub profile: Profile,
    /// Every row of their plan, schedule, recognition cases and messages, as their app gets it.
    pub rows: Vec<Row>,
    pub devices: Vec<ExportedDevice>,
    pub enrolment_codes: Vec<ExportedCode>,
    pub wording_proposals: Vec<ExportedProposal>,
    /// Who saw or changed their data, when (the audit log's entries about them).
    pub access_log: Vec<AuditEntry>,
    /// How long after the programme's end their data is kept.
    pub retention_months: u32,
}

/// Everything about one participant of the admin's bydel; audited.
pub fn export(tx: &mut dyn Tx, admin: &Caseworker, participant_id: &str) -> DomainResult<Export> {
    let profile = subject(tx, admin, participant_id)?;
    let stored = tx.participant_rows(participant_id, None)?;
    let devices = tx.devices_of(participant_id)?;
    // Changes are audited by the row's id, views and codes by the participant's, revocations by
    // the device's.
    let targets: Vec<String> = stored
        .iter()
        .map(|s| s.id.clone())
        .chain(devices.iter().map(|d| d.id.clone()))
        .chain([participant_id.to_owned()])
        .collect();
    let rows = stored
        .into_iter()
        .filter_map(|s| s.row)
        .filter(|r| !matches!(r, Row::Profile(_)))
        .collect();
    let devices = devices
        .into_iter()
        .map(|d| ExportedDevice {
            id: d.id,
            name: d.name,
            created_at: d.created_at,
            last_seen_at: d.last_seen_at,
            revoked_at: d.revoked_at,
        })
        .collect();
    let enrolment_codes = tx
        .codes_of(participant_id)?
        .into_iter()
        .map(|c| ExportedCode {
            created_by: c.created_by,
            created_at: c.created_at,
            expires_at: c.expires_at,
            used_at: c.used_at,
        })
        .collect();
    let wording_proposals = tx
        .wording_proposals(Some(&profile.bydel_id))?
        .into_iter()
        .filter(|p| p.participant_id == participant_id)
        .map(|p| ExportedProposal {
            language: p.language,
            key: p.key,
            text: p.text,
            comment: p.comment,
            created_at: p.created_at,
        })
        .collect();
    // Read before this export's own entry is written, which the next export lists.
    let access_log = tx.audit_entries_about(&targets)?;
    let retention_months = months(tx, &profile.bydel_id)?;
    tx.audit(
        &format!("caseworker:{}", admin.id),
        "export_participant",
        participant_id,
    )?;
    Ok(Export {
        participant_id: participant_id.to_owned(),
        exported_at: tx.now(),
        profile,
        rows,
        devices,
        enrolment_codes,
        wording_proposals,
        access_log,
        retention_months,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn kept_through_the_last_day_of_the_period() {
        let ended = day(2025, 1, 31);
        // 31 January + 12 months = 31 January 2026: kept that day, deleted the next.
        assert!(!due(ended, 12, day(2026, 1, 31)));
        assert!(due(ended, 12, day(2026, 2, 1)));
        // Month ends: 31 August + 6 months is the last day of February.
        assert!(!due(day(2025, 8, 31), 6, day(2026, 2, 28)));
        assert!(due(day(2025, 8, 31), 6, day(2026, 3, 1)));
    }
}
