//! When the server lost writes it had confirmed (its database was restored from a backup, or a
//! power cut took commits its disk never had), its log for this device ends before what the device
//! saw confirmed. The device keeps what it sent for a while ([`KEEP_SENT_DAYS`]) and sends it again,
//! numbered on from the server's log. The rows' ids are the device's own, so a mutation the server
//! still had would be refused as taken, never applied twice; and only mutations past the server's
//! log are sent again, which the server cannot have.
//!
//! Pure, so the numbering is tested without a database.

use crate::outbox::Pending;

/// How long a confirmed mutation is kept in case the server loses it.
pub const KEEP_SENT_DAYS: i64 = 30;

/// Whether an answer shows that the server's log ends before what it confirmed earlier.
pub fn server_lost_log(server_last: u64, confirmed_before: u64, log_gap: bool) -> bool {
    log_gap || server_last < confirmed_before
}

/// The new outbox after the server's log was found to end at `server_last`: the kept mutations it
/// lost (those past `server_last`, oldest first), then those still waiting, numbered
/// `server_last + 1, + 2, …` with their order kept. Kept mutations at or below `server_last` are
/// still on the server and are not sent again.
pub fn renumber(server_last: u64, kept: &[Pending], waiting: &[Pending]) -> Vec<Pending> {
    let mut lost: Vec<&Pending> = kept.iter().filter(|p| p.seq > server_last).collect();
    lost.sort_by_key(|p| p.seq);
    let mut waiting: Vec<&Pending> = waiting.iter().collect();
    waiting.sort_by_key(|p| p.seq);
    lost.into_iter()
        .chain(waiting)
        .zip(server_last + 1..)
        .map(|(p, seq)| Pending { seq, ..p.clone() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use proptest::prelude::*;
    use veikart_protocol::MutationOp;

    fn pending(seq: u64) -> Pending {
        Pending {
            seq,
            op: MutationOp::SendMessage {
                message_id: format!("m{seq}"),
                body: "x".into(),
            },
            created_at: Utc::now(),
        }
    }

    fn message_id(p: &Pending) -> String {
        match &p.op {
            MutationOp::SendMessage { message_id, .. } => message_id.clone(),
            _ => String::new(),
        }
    }

    #[test]
    fn lost_log_is_seen_by_number_or_by_the_servers_word() {
        assert!(!server_lost_log(7, 7, false));
        assert!(!server_lost_log(9, 7, false));
        assert!(server_lost_log(5, 7, false));
        assert!(server_lost_log(7, 7, true));
    }

    #[test]
    fn a_restore_to_seq_3_resends_4_and_5_before_what_waits() {
        let kept: Vec<Pending> = (1..=5).map(pending).collect();
        let waiting = vec![pending(6), pending(7)];
        let out = renumber(3, &kept, &waiting);
        let seqs: Vec<u64> = out.iter().map(|p| p.seq).collect();
        let ids: Vec<String> = out.iter().map(message_id).collect();
        assert_eq!(seqs, vec![4, 5, 6, 7]);
        assert_eq!(ids, vec!["m4", "m5", "m6", "m7"]);
    }

    proptest! {
        /// Whatever was kept and whatever waits, the new outbox numbers on from the server's log
        /// without a gap, keeps the order, holds every lost and waiting mutation exactly once, and
        /// nothing the server still has.
        #[test]
        fn numbers_on_from_the_server_without_gaps(
            server_last in 0u64..40,
            kept_seqs in proptest::collection::btree_set(1u64..60, 0..20),
            waiting_len in 0u64..10,
        ) {
            let kept: Vec<Pending> = kept_seqs.iter().copied().map(pending).collect();
            let first_waiting = kept_seqs.iter().max().copied().unwrap_or(0) + 1;
            let waiting: Vec<Pending> =
                (first_waiting..first_waiting + waiting_len).map(pending).collect();
            let out = renumber(server_last, &kept, &waiting);
            let seqs: Vec<u64> = out.iter().map(|p| p.seq).collect();
            let expected: Vec<u64> = (server_last + 1..).take(out.len()).collect();
            prop_assert_eq!(seqs, expected);
            let ids: Vec<String> = out.iter().map(message_id).collect();
            let want: Vec<String> = kept
                .iter()
                .filter(|p| p.seq > server_last)
                .chain(&waiting)
                .map(message_id)
                .collect();
            prop_assert_eq!(ids, want);
        }
    }
}
