//! Pure outbox bookkeeping: given what the device has waiting and what the server answered, which
//! entries are confirmed, which were refused, and which still wait. Nothing is ever dropped without
//! being either confirmed or recorded as refused.

use chrono::{DateTime, Utc};
use veikart_protocol::{MutationOutcome, MutationResult, RejectCode};

#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub seq: u64,
    pub op: veikart_protocol::MutationOp,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reconciled {
    pub confirmed: Vec<u64>,
    pub rejected: Vec<(u64, RejectCode, String)>,
    pub remaining: Vec<u64>,
}

pub fn reconcile(outbox: &[u64], last_seq: u64, results: &[MutationResult]) -> Reconciled {
    let mut out = Reconciled::default();
    for &seq in outbox {
        if seq > last_seq {
            out.remaining.push(seq);
            continue;
        }
        match results.iter().find(|r| r.seq == seq).map(|r| &r.outcome) {
            Some(MutationOutcome::Rejected { code, message }) => {
                out.rejected.push((seq, *code, message.clone()))
            }
            // Processed (now or in an answer that was lost) and not refused.
            _ => out.confirmed.push(seq),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn outcome(rejected: bool) -> MutationOutcome {
        if rejected {
            MutationOutcome::Rejected {
                code: RejectCode::Superseded,
                message: "x".into(),
            }
        } else {
            MutationOutcome::Applied
        }
    }

    proptest! {
        /// Every outbox entry ends up in exactly one of confirmed, rejected, remaining; only
        /// entries the server processed leave the outbox; a refusal is never confirmed.
        #[test]
        fn every_entry_is_accounted_for_once(
            first in 1u64..50,
            len in 0usize..30,
            last_seq in 0u64..90,
            rejected_mask in proptest::collection::vec(any::<bool>(), 30),
        ) {
            let outbox: Vec<u64> = (first..first + len as u64).collect();
            let results: Vec<MutationResult> = outbox
                .iter()
                .filter(|s| **s <= last_seq)
                .map(|&seq| MutationResult { seq, outcome: outcome(rejected_mask[(seq - first) as usize]) })
                .collect();
            let r = reconcile(&outbox, last_seq, &results);
            let mut all: Vec<u64> = r.confirmed.iter().copied()
                .chain(r.rejected.iter().map(|x| x.0))
                .chain(r.remaining.iter().copied())
                .collect();
            all.sort();
            prop_assert_eq!(&all, &outbox);
            prop_assert!(r.remaining.iter().all(|s| *s > last_seq));
            prop_assert!(r.confirmed.iter().chain(r.rejected.iter().map(|x| &x.0)).all(|s| *s <= last_seq));
            for (seq, _, _) in &r.rejected {
                prop_assert!(rejected_mask[(*seq - first) as usize]);
            }
            for seq in &r.confirmed {
                prop_assert!(!rejected_mask[(*seq - first) as usize]);
            }
        }
    }
}
