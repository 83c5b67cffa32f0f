//! Receipts and answers for what the participant sent: the "seen by <first name>" mark on their
//! answers, agenda questions, proposals and documents marked ready, and the caseworker's answer to
//! a proposed activity (agreed, declined with a reason, commented on).
//!
//! A seen mark is written only by the staff of the participant's bydel (caseworker, leader, the
//! bydel's admin: the people who work with them); never by the municipality admin, and never for a
//! request that was refused: it is written in the transaction that shows or changes the
//! participant's rows.

use chrono::{DateTime, Utc};
use veikart_protocol::{
    Activity, ActivityStatus, Owner, ProposalOutcome, ProposalResponse, Row, RowKind, Seen, Text,
};

use super::error::{DomainError, DomainResult};
use super::records;
use super::validate;
use crate::store::{Caseworker, Placement, Role, StoredRow, Tx};

/// The longest reason or comment a caseworker writes on a proposal.
pub const MAX_COMMENT: usize = validate::MAX_BODY;

/// The name a participant knows their caseworker by: the first word of the account's name.
pub fn first_name(name: &str) -> String {
    name.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Whether this member of staff's looking counts as the participant's item being seen: the
/// bydel's staff, who work with participants (in a small bydel the admin is a caseworker too). The
/// municipality admin sees no participant; were one ever to reach this, it writes nothing.
pub fn marks_seen(role: Role) -> bool {
    matches!(role, Role::Caseworker | Role::Leader | Role::Admin)
}

fn seen_by(cw: &Caseworker, at: DateTime<Utc>) -> Seen {
    Seen {
        by: first_name(&cw.name),
        at,
    }
}

fn actor(cw: &Caseworker) -> String {
    format!("caseworker:{}", cw.id)
}

/// The row with its seen mark set, if it is something the participant sent that no one has seen:
/// the last write to it was the participant's device (an answer, an agenda question, a proposal or
/// a change of their own activity, a document marked ready).
fn unseen(stored: &StoredRow, seen: &Seen) -> Option<Row> {
    if !stored.updated_by.starts_with("device:") {
        return None;
    }
    let mut row = stored.row.clone()?;
    let slot = match &mut row {
        Row::Answer(a) => &mut a.seen,
        Row::AgendaItem(a) => &mut a.seen,
        Row::Activity(a) if a.owner == Owner::Participant => &mut a.seen,
        Row::RequiredDocument(d) if d.status == veikart_protocol::DocumentStatus::Ready => {
            &mut d.seen
        }
        _ => return None,
    };
    if slot.is_some() {
        return None;
    }
    *slot = Some(seen.clone());
    Some(row)
}

/// The caseworker has the participant's page in front of them: everything the participant sent
/// that no one had seen is marked seen by them, in this transaction, so the participant's devices
/// learn it at their next sync (each write moves the participant's scope and pokes them). Returns
/// how many were marked; nothing is written for staff whose looking does not count.
pub fn mark_seen(tx: &mut dyn Tx, cw: &Caseworker, participant_id: &str) -> DomainResult<usize> {
    // Only a bydel's staff mark; anyone else (who sees no participant) writes nothing.
    if !marks_seen(cw.role) {
        return Ok(0);
    }
    records::participant(tx, cw, participant_id)?;
    let seen = seen_by(cw, tx.now());
    let mut marked = 0;
    for kind in [
        RowKind::Answer,
        RowKind::AgendaItem,
        RowKind::Activity,
        RowKind::RequiredDocument,
    ] {
        for stored in tx.participant_rows(participant_id, Some(kind))? {
            if let Some(row) = unseen(&stored, &seen) {
                // The mark changes nothing about where the row lives.
                tx.put_row(&stored.placement, &row, &actor(cw))?;
                marked += 1;
            }
        }
    }
    if marked > 0 {
        tx.audit(&actor(cw), "mark_seen", participant_id)?;
    }
    Ok(marked)
}

/// A participant's proposal of the caseworker's bydel that is still open (not yet agreed), and
/// where it is kept.
fn open_proposal(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    id: &str,
) -> DomainResult<(Placement, Activity)> {
    records::owner_of(tx, cw, id, RowKind::Activity)?;
    let Some(StoredRow {
        row: Some(Row::Activity(a)),
        placement,
        ..
    }) = tx.row(id)?
    else {
        return Err(DomainError::not_found());
    };
    if !is_open_proposal(&a) {
        return Err(DomainError::conflict(
            "only an open proposal can be declined or commented on",
        ));
    }
    Ok((placement, a))
}

/// A participant's proposal that waits for the caseworker's answer: not agreed, and still
/// proposed. The today page's queue, the participant's page and the answers all use this one rule,
/// so a queued proposal always has something to act on where its link leads.
pub fn is_open_proposal(a: &Activity) -> bool {
    a.owner == Owner::Participant && !a.agreed && a.status == ActivityStatus::Proposed
}

/// Answer a participant's open proposal: declined (it is cancelled, with the reason) or commented
/// on (it stays proposed). Either counts as the caseworker having seen it. Agreeing goes through
/// `records::agree_activity`, which records the same kind of response.
pub fn respond(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    id: &str,
    outcome: ProposalOutcome,
    comment: &str,
) -> DomainResult<Activity> {
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(DomainError::invalid_value("a reason or comment is needed"));
    }
    validate::text("comment", comment, MAX_COMMENT).map_err(DomainError::invalid_value)?;
    let (placement, mut a) = open_proposal(tx, cw, id)?;
    let now = tx.now();
    match outcome {
        ProposalOutcome::Declined => a.status = ActivityStatus::Cancelled,
        ProposalOutcome::Commented => {}
        ProposalOutcome::Agreed => {
            return Err(DomainError::invalid_value("agree through agree_activity"));
        }
    }
    a.response = Some(response(cw, outcome, Some(Text::nb(comment)), now));
    if a.seen.is_none() {
        a.seen = Some(seen_by(cw, now));
    }
    let row = Row::Activity(a.clone());
    validate::row(&row).map_err(DomainError::invalid_value)?;
    tx.put_row(&placement, &row, &actor(cw))?;
    let action = match outcome {
        ProposalOutcome::Declined => "decline_activity",
        _ => "comment_activity",
    };
    tx.audit(&actor(cw), action, id)?;
    Ok(a)
}

/// The caseworker's response as the participant's device shows it.
pub fn response(
    cw: &Caseworker,
    outcome: ProposalOutcome,
    comment: Option<Text>,
    at: DateTime<Utc>,
) -> ProposalResponse {
    ProposalResponse {
        outcome,
        comment,
        by: first_name(&cw.name),
        at,
    }
}

/// Acting on something the participant sent counts as seeing it.
pub fn seen_now(cw: &Caseworker, at: DateTime<Utc>) -> Seen {
    seen_by(cw, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_name_is_the_first_word() {
        assert_eq!(first_name("Kari Nordmann"), "Kari");
        assert_eq!(first_name("  Mohammed   Johansen "), "Mohammed");
        assert_eq!(first_name("Semhar"), "Semhar");
        assert_eq!(first_name(""), "");
    }

    #[test]
    fn only_bydel_staff_mark_seen() {
        assert!(marks_seen(Role::Caseworker));
        assert!(marks_seen(Role::Leader));
        assert!(marks_seen(Role::Admin));
        assert!(!marks_seen(Role::MunicipalityAdmin));
    }
}
