//! One sync round trip for a device: apply its pending mutations (exactly once, in order), then
//! answer every change in its scopes since its cursors, in the same transaction.

use std::collections::{BTreeMap, BTreeSet};

use veikart_protocol::{
    Change, ErrorCode, MIN_PROTOCOL_VERSION, MutationOutcome, MutationResult, PROTOCOL_VERSION,
    Row, RowKind, Scope, SyncRequest, SyncResponse,
};

use super::batch::{self, Step};
use super::error::{DomainError, DomainResult};
use super::mutations::{self, DeviceCtx};
use crate::store::{StoreResult, Tx};

pub use veikart_protocol::limits::MAX_MUTATIONS;

/// A batch's sequence numbers must rise strictly from 1 up: a repeated or falling number is a
/// broken client, and answering it in part would leave a mutation without a result.
pub fn check_sequence(req: &SyncRequest) -> DomainResult<()> {
    let rising = req.mutations.windows(2).all(|w| w[0].seq < w[1].seq);
    if !rising || req.mutations.first().is_some_and(|m| m.seq == 0) {
        return Err(DomainError::invalid_value(
            "mutation sequence numbers must start at 1 and rise strictly within a batch",
        ));
    }
    Ok(())
}

pub fn check_protocol(version: u32) -> DomainResult<()> {
    if (MIN_PROTOCOL_VERSION..=PROTOCOL_VERSION).contains(&version) {
        Ok(())
    } else {
        Err(DomainError::refused(
            ErrorCode::UnsupportedProtocol,
            format!(
                "this server speaks protocol {MIN_PROTOCOL_VERSION} to {PROTOCOL_VERSION}; update the app"
            ),
        ))
    }
}

/// The scopes a participant's device follows: their own, their bydel's guidance, and every course
/// they are a member of.
pub fn device_scopes(tx: &mut dyn Tx, ctx: &DeviceCtx) -> StoreResult<Vec<String>> {
    let mut scopes = vec![
        Scope::Participant(ctx.participant_id.clone()).key(),
        Scope::Bydel(ctx.bydel_id.clone()).key(),
    ];
    for m in tx.participant_rows(&ctx.participant_id, Some(RowKind::CourseMembership))? {
        if let Some(Row::CourseMembership(m)) = m.row {
            scopes.push(Scope::Course(m.course_id).key());
        }
    }
    scopes.sort();
    scopes.dedup();
    Ok(scopes)
}

/// Apply the request's mutations. Returns the results to answer and the device's new last_seq.
pub fn apply_mutations(
    tx: &mut dyn Tx,
    ctx: &DeviceCtx,
    last_seq: u64,
    req: &SyncRequest,
) -> StoreResult<(Vec<MutationResult>, u64)> {
    let mut results = Vec::new();
    let mut last = last_seq;
    for step in batch::plan(last_seq, req.mutations.iter().map(|m| m.seq)) {
        match step {
            Step::Replay(seq) => {
                let outcome = tx
                    .mutation_outcome(&ctx.device_id, seq)?
                    .unwrap_or(MutationOutcome::Applied);
                results.push(MutationResult { seq, outcome });
            }
            Step::Apply(seq) => {
                let Some(m) = req.mutations.iter().find(|m| m.seq == seq) else {
                    break;
                };
                let outcome = mutations::apply(tx, ctx, &m.op)?;
                if let MutationOutcome::Rejected { code, .. } = &outcome {
                    tracing::info!(op = m.op.name(), ?code, "mutation rejected");
                }
                tx.record_outcome(&ctx.device_id, seq, &outcome)?;
                results.push(MutationResult { seq, outcome });
                last = seq;
            }
        }
    }
    if last != last_seq {
        tx.set_last_seq(&ctx.device_id, last)?;
    }
    Ok((results, last))
}

/// One page of changes for a device.
pub struct Page {
    pub changes: Vec<Change>,
    pub cursors: BTreeMap<String, u64>,
    pub dropped: Vec<String>,
    pub more: bool,
}

/// What the instance already knows of a device (from `sync_cache`), to spare the database reads
/// it would answer the same: its scopes, and which of its cursors are at their scope's version.
/// Known facts may lag a write by a moment, like a quiet answer, and the write's poke follows.
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub scopes: Option<Vec<String>>,
    pub current: BTreeSet<String>,
}

/// Every change in the device's scopes since its cursors, at most `page` rows. A scope the device
/// has no cursor for starts at zero and gets no tombstones (it has nothing to delete).
///
/// Rows of a kind newer than the device's `protocol` are left out: an app from before the kind
/// existed cannot read it, and one unreadable row would stop its whole sync. The cursor still
/// passes them; an app updated to the newer protocol asks for everything again once
/// (`veikart_client` resets its cursors when its protocol rises) and gets them then.
pub fn collect_changes(
    tx: &mut dyn Tx,
    ctx: &DeviceCtx,
    cursors: &BTreeMap<String, u64>,
    page: usize,
    known: &Known,
    protocol: u32,
) -> StoreResult<Page> {
    let scopes = match &known.scopes {
        Some(scopes) => scopes.clone(),
        None => device_scopes(tx, ctx)?,
    };
    let mut changes = Vec::new();
    let mut new_cursors = BTreeMap::new();
    let mut more = false;
    let mut restarted = Vec::new();
    for scope in &scopes {
        let mut after = cursors.get(scope).copied().unwrap_or(0);
        if known.current.contains(scope) && cursors.contains_key(scope) {
            new_cursors.insert(scope.clone(), after);
            continue;
        }
        // One snapshot: this is the version the answer's cursor may reach.
        let version = tx.scope_version(scope)?;
        if after > version {
            // A cursor from the future (the server's database was restored from a backup): rows
            // written since would hide below it. Forget the scope on the device and serve it anew.
            restarted.push(scope.clone());
            after = 0;
        }
        if after == version {
            // Nothing new here; most scopes of most syncs. No need to ask for the rows.
            new_cursors.insert(scope.clone(), after);
            continue;
        }
        let room = page.saturating_sub(changes.len());
        if room == 0 {
            // Keep the old cursor: this scope is served on the next page.
            new_cursors.insert(scope.clone(), after);
            more = true;
            continue;
        }
        let mut rows = tx.changes_since(scope, after, room + 1)?;
        let cursor = if rows.len() > room {
            rows.truncate(room);
            more = true;
            rows.last().map_or(after, |r| r.version)
        } else {
            version
        };
        for r in rows {
            if after == 0 && r.row.is_none() {
                continue;
            }
            if r.row
                .as_ref()
                .is_some_and(|row| row.since_protocol() > protocol)
            {
                continue;
            }
            changes.push(Change {
                scope: scope.clone(),
                version: r.version,
                id: r.id,
                row: r.row,
            });
        }
        new_cursors.insert(scope.clone(), cursor);
    }
    let dropped = cursors
        .keys()
        .filter(|s| !scopes.contains(s))
        .cloned()
        .chain(restarted)
        .collect();
    Ok(Page {
        changes,
        cursors: new_cursors,
        dropped,
        more,
    })
}

/// The whole round trip, inside one transaction: a write one if there are mutations, else a read.
/// `history` names the server's history (see `Store::history`): cursors of another one are served
/// anew, since a restored database hands out again the versions it lost.
pub fn sync(
    tx: &mut dyn Tx,
    ctx: &DeviceCtx,
    last_seq: u64,
    req: &SyncRequest,
    page: usize,
    history: &str,
    known: &Known,
) -> StoreResult<SyncResponse> {
    let (results, last_seq) = if req.mutations.is_empty() {
        (Vec::new(), last_seq)
    } else {
        apply_mutations(tx, ctx, last_seq, req)?
    };
    // Sequence numbers rise by one per mutation, so a batch that still holds a number past the
    // log after applying can only have started past it: the server lost what it had confirmed.
    let log_gap = req.mutations.iter().any(|m| m.seq > last_seq);
    if log_gap {
        tracing::warn!(
            device = %ctx.device_id,
            last_seq,
            first = req.mutations.first().map_or(0, |m| m.seq),
            "a device's mutations start past the server's log; asking it to send them again"
        );
    }
    let same_history = req.history.as_deref() == Some(history);
    let page = if same_history {
        collect_changes(tx, ctx, &req.cursors, page, known, req.protocol)?
    } else {
        if !req.cursors.is_empty() {
            tracing::info!(device = %ctx.device_id, "cursors of another history: serving anew");
        }
        let mut fresh = collect_changes(
            tx,
            ctx,
            &BTreeMap::new(),
            page,
            &Known::default(),
            req.protocol,
        )?;
        // Forget every scope the device held: rows the restore took must leave it too.
        fresh.dropped = req.cursors.keys().cloned().collect();
        fresh
    };
    Ok(SyncResponse {
        results,
        last_seq,
        log_gap,
        changes: page.changes,
        cursors: page.cursors,
        dropped: page.dropped,
        more: page.more,
        history: (!same_history).then(|| history.to_owned()),
        server_time: tx.now(),
    })
}
