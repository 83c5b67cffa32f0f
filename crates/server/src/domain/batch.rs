//! Replicache's rule for a batch of mutations, as a pure plan: a sequence number already processed is
//! answered from the log, the next one is applied, and the first gap stops the batch. A rejected
//! mutation counts as processed.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Processed before: answer with the stored outcome, change nothing.
    Replay(u64),
    /// The next one: apply it.
    Apply(u64),
}

/// Plan a batch given the last sequence number processed for the device. Stops at the first gap
/// (or out-of-order number), so nothing is ever applied out of order.
pub fn plan(last_seq: u64, seqs: impl IntoIterator<Item = u64>) -> Vec<Step> {
    let mut next = last_seq + 1;
    let mut steps = Vec::new();
    for seq in seqs {
        if seq < next {
            if seq > 0 && !steps.contains(&Step::Replay(seq)) && !steps.contains(&Step::Apply(seq))
            {
                steps.push(Step::Replay(seq));
            }
        } else if seq == next {
            steps.push(Step::Apply(seq));
            next += 1;
        } else {
            break;
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn plain_cases() {
        assert_eq!(plan(0, [1, 2]), vec![Step::Apply(1), Step::Apply(2)]);
        assert_eq!(
            plan(2, [1, 2, 3]),
            vec![Step::Replay(1), Step::Replay(2), Step::Apply(3)]
        );
        assert_eq!(plan(0, [2, 3]), vec![]);
        assert_eq!(plan(0, [1, 3, 4]), vec![Step::Apply(1)]);
    }

    proptest! {
        /// Whatever a device (or a replaying network) sends, the server applies exactly the numbers
        /// last+1, last+2, … in order, never one twice, and never past a gap.
        #[test]
        fn applies_exactly_the_next_numbers_in_order(
            last in 0u64..20,
            seqs in proptest::collection::vec(0u64..40, 0..30),
        ) {
            let steps = plan(last, seqs.iter().copied());
            let applied: Vec<u64> = steps.iter().filter_map(|s| match s {
                Step::Apply(n) => Some(*n), _ => None }).collect();
            let expected: Vec<u64> = (last + 1..).take(applied.len()).collect();
            prop_assert_eq!(&applied, &expected);
            // The batch was cut at the first number that was neither old nor next.
            let mut next = last + 1;
            for seq in &seqs {
                if *seq == next { next += 1; } else if *seq > next { break; }
            }
            prop_assert_eq!(applied.len() as u64, next - last - 1);
            for s in &steps {
                if let Step::Replay(n) = s { prop_assert!(*n <= last + applied.len() as u64 && *n >= 1); }
            }
        }

        /// Replaying a whole batch after it was applied applies nothing.
        #[test]
        fn a_resent_batch_applies_nothing(last in 0u64..20, len in 0u64..20) {
            let seqs: Vec<u64> = (last + 1..=last + len).collect();
            let first = plan(last, seqs.iter().copied());
            prop_assert_eq!(first.len() as u64, len);
            let again = plan(last + len, seqs.iter().copied());
            prop_assert!(again.iter().all(|s| matches!(s, Step::Replay(_))));
        }
    }
}
