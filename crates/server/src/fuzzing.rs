//! Entry points for the fuzz targets in `fuzz/` (cargo fuzz, run by `cargo xtask test`) and for the
//! stable property test that feeds them the same way when no nightly toolchain is at hand. Each
//! takes arbitrary bytes, runs them through what the server does with untrusted input, and panics
//! only when an invariant breaks.

use veikart_protocol::SyncRequest;

use crate::domain::{batch, device_sync, timetable, validate};

/// A device's sync request as the server decodes and checks it: JSON (gzip is undone before this,
/// by tower-http), the protocol and sequence checks, the batch plan, and the checks on every id and
/// text a device may choose.
pub fn sync_request(data: &[u8]) {
    let Ok(req) = serde_json::from_slice::<SyncRequest>(data) else {
        return;
    };
    let _ = device_sync::check_protocol(req.protocol);
    let rising = device_sync::check_sequence(&req).is_ok();
    let steps = batch::plan(7, req.mutations.iter().map(|m| m.seq));
    if rising {
        // A rising batch is applied from the next number on, each at most once.
        let applied = steps.iter().filter_map(|s| match s {
            batch::Step::Apply(n) => Some(*n),
            batch::Step::Replay(_) => None,
        });
        for (next, n) in (8..).zip(applied) {
            assert_eq!(n, next, "applied out of order");
        }
    }
    for m in &req.mutations {
        if let Some(id) = m.op.target_id() {
            let _ = validate::device_chosen_id(id, "d1");
            let _ = validate::id(id);
        }
    }
    // What was accepted encodes back to what decodes to the same request.
    if let Ok(again) = serde_json::to_vec(&req) {
        let back: Result<SyncRequest, _> = serde_json::from_slice(&again);
        assert!(
            back.is_ok_and(|b| b == req),
            "the request does not round-trip"
        );
    }
}

/// A pasted CSV timetable for a course of the 2026/27 school year: every bad line is named with a
/// line number the text has, and what is accepted ends after it starts, inside the course's period.
pub fn timetable_csv(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines = text.split(['\n', '\r']).count() as u64;
    let (Some(from), Some(to)) = (
        chrono::NaiveDate::from_ymd_opt(2026, 8, 17),
        chrono::NaiveDate::from_ymd_opt(2027, 6, 18),
    ) else {
        return;
    };
    match timetable::parse_csv_within(text, from, to) {
        Ok(drafts) => {
            assert!(
                drafts.len() <= timetable::MAX_SESSIONS,
                "too many sessions accepted"
            );
            for d in drafts {
                assert!(
                    d.ends_at > d.starts_at,
                    "a session that ends before it starts"
                );
                // Oslo is at most two hours ahead of UTC: a session's UTC day is its day or the
                // day before.
                let day = d.starts_at.date_naive();
                assert!(
                    day >= from - chrono::Duration::days(1) && day <= to,
                    "a session outside the course: {day}"
                );
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "refused without a reason");
            for e in errors {
                assert!(e.line <= lines, "line {} of {lines}", e.line);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Without a nightly toolchain for cargo fuzz, the same entry point still meets random
        /// bytes on every test run.
        #[test]
        fn any_bytes_are_refused_or_checked(data in proptest::collection::vec(any::<u8>(), 0..400)) {
            super::sync_request(&data);
        }

        /// Timetables with any dates, times and odd characters.
        #[test]
        fn any_timetable_names_real_lines(
            lines in proptest::collection::vec(
                "(20[0-9][0-9]|1999|2101)-(0[1-9]|1[0-3])-(0[1-9]|[1-3][0-9]),[0-2][0-9]:[0-5][0-9],[0-2][0-9]:[0-5][0-9](,[a-zA-Z0-9 \u{0}\u{202e}]{0,90})?",
                0..20,
            ),
            crlf in any::<bool>(),
        ) {
            let text = lines.join(if crlf { "\r\n" } else { "\n" });
            super::timetable_csv(text.as_bytes());
        }

        /// Well-formed requests with any numbering and any ids.
        #[test]
        fn any_batch_is_refused_or_planned_in_order(
            seqs in proptest::collection::vec(0u64..20, 0..12),
            ids in proptest::collection::vec("[a-zA-Z0-9:._\u{202e} -]{0,14}", 12),
            protocol in 0u32..4,
        ) {
            let mutations: Vec<_> = seqs
                .iter()
                .zip(&ids)
                .map(|(seq, id)| json!({"seq": seq, "op": "send_message", "message_id": id, "body": id}))
                .collect();
            let req = json!({"protocol": protocol, "mutations": mutations, "cursors": {"p:p1": 3}});
            super::sync_request(req.to_string().as_bytes());
        }
    }
}
