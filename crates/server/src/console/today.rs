//! The console's start page: what needs the caseworker today, as counted queues — the § 12
//! deadline, meetings today, "can't come" answers for the coming days, proposals, documents
//! marked ready and unread messages — each item linking to where to act. The counting is
//! `domain::today`; this page orders the queues and words their severity.

use axum::extract::State;
use axum::response::Html;
use serde::{Deserialize, Serialize};

use super::error::ConsoleError;
use super::extract::Query;
use super::forms;
use super::session::Signed;
use super::{Console, render_page};
use crate::domain::today::{self, Today};
use crate::store::Store;

#[derive(Deserialize, Default)]
pub struct TodayQuery {
    mine: Option<String>,
}

/// One queue in the summary at the top: its name (`today-queue-<key>`), how many, and how
/// urgent in words (`today-severity-<severity>`); the page's sections follow the same order.
#[derive(Serialize)]
struct Queue {
    key: &'static str,
    count: usize,
    severity: &'static str,
}

/// The queues, the most pressing first: overdue deadlines, then meetings today, answers for
/// the coming days, deadlines not yet passed, and what waits for an answer. Empty queues last.
fn queues(t: &Today) -> Vec<Queue> {
    let overdue = t.overdue();
    let deadline_severity = if overdue > 0 { "overdue" } else { "soon" };
    let mut out = vec![
        Queue {
            key: "deadlines",
            count: t.deadlines.len(),
            severity: deadline_severity,
        },
        Queue {
            key: "meetings",
            count: t.meetings.len(),
            severity: "today",
        },
        Queue {
            key: "cant-come",
            count: t.cant_come.len(),
            severity: "soon",
        },
        Queue {
            key: "proposals",
            count: t.proposals.len(),
            severity: "waiting",
        },
        Queue {
            key: "documents",
            count: t.documents.len(),
            severity: "waiting",
        },
        Queue {
            key: "unread",
            count: t.unread_messages,
            severity: "waiting",
        },
    ];
    if overdue == 0 {
        // Nothing overdue: meetings today come before deadlines that are only near.
        out.swap(0, 1);
    }
    // Stable: the order above within the non-empty and within the empty.
    out.sort_by_key(|q| q.count == 0);
    out
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<TodayQuery>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let mine = forms::checked(&q.mine);
    let t = console
        .app
        .write(move |tx| today::load(tx, &cw, mine))
        .await?;
    let ctx = minijinja::context! {
        queues => queues(&t),
        waiting => t.deadlines.len() + t.meetings.len() + t.cant_come.len() + t.proposals.len()
            + t.documents.len() + t.unread_messages,
        overdue => t.overdue(),
        today => t,
        mine => mine,
        nav => "today",
    };
    render_page(&console, &signed, "today.html", ctx)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::domain::flags::{ProgrammeDeadline, Severity};
    use crate::domain::today::{Deadline, Unread, Who};
    use chrono::{NaiveDate, Utc};

    fn deadline(severity: Severity) -> Deadline {
        Deadline {
            who: Who {
                id: "p".into(),
                name: "P".into(),
            },
            deadline: ProgrammeDeadline {
                limit: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                days_left: 0,
                days_since_settled: 91,
                severity,
            },
        }
    }

    fn keys(t: &Today) -> Vec<(&'static str, usize, &'static str)> {
        queues(t)
            .into_iter()
            .map(|q| (q.key, q.count, q.severity))
            .collect()
    }

    #[test]
    fn overdue_first_then_today_then_the_rest_and_the_empty_last() {
        let mut t = Today {
            deadlines: vec![deadline(Severity::Overdue), deadline(Severity::Warning)],
            unread: vec![Unread {
                who: Who {
                    id: "p".into(),
                    name: "P".into(),
                },
                count: 3,
                newest: Utc::now(),
            }],
            unread_messages: 3,
            ..Today::default()
        };
        assert_eq!(
            keys(&t),
            vec![
                ("deadlines", 2, "overdue"),
                ("unread", 3, "waiting"),
                ("meetings", 0, "today"),
                ("cant-come", 0, "soon"),
                ("proposals", 0, "waiting"),
                ("documents", 0, "waiting"),
            ]
        );
        // Nothing overdue: meetings today come before deadlines that are only near.
        t.deadlines = vec![deadline(Severity::Warning)];
        t.meetings = vec![crate::domain::today::Meeting {
            who: Who {
                id: "p".into(),
                name: "P".into(),
            },
            event_id: "e".into(),
            event_kind: veikart_protocol::EventKind::Meeting,
            title: None,
            starts_at: Utc::now(),
            ends_at: Utc::now(),
        }];
        let order: Vec<_> = keys(&t).into_iter().map(|(k, _, s)| (k, s)).collect();
        assert_eq!(
            order[..3],
            [
                ("meetings", "today"),
                ("deadlines", "soon"),
                ("unread", "waiting")
            ]
        );
    }
}
