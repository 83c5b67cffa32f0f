//! The bydel leader's indicators (the audit's measures): days from settlement to programme start
//! and how many within three months, recognition applications among those for whom it is relevant,
//! language or work placements and how soon, and three-way meetings held.

use axum::extract::State;
use axum::response::Html;
use chrono::Months;
use veikart_protocol::{ActivityType, EventKind, EventStatus, RecognitionStatus, Row, RowKind};

use super::error::ConsoleError;
use super::session::Signed;
use super::{Console, render_page};
use crate::store::{Role, Store};

fn median(mut v: Vec<i64>) -> Option<i64> {
    v.sort_unstable();
    v.get(v.len() / 2).copied()
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
) -> Result<Html<String>, ConsoleError> {
    signed.require(&[Role::Leader, Role::Admin])?;
    let cw = signed.cw.clone();
    let ctx = console
        .app
        .write(move |tx| {
            tx.audit(&format!("caseworker:{}", cw.id), "view_reports", &cw.bydel_id)?;
            let now = tx.now();
            let rows = |tx: &mut dyn crate::store::Tx, k| -> crate::error::ApiResult<Vec<(String, Row)>> {
                Ok(tx
                    .bydel_rows(&cw.bydel_id, k)?
                    .into_iter()
                    .filter_map(|s| Some((s.placement.participant_id?, s.row?)))
                    .collect())
            };
            let profiles = rows(tx, RowKind::Profile)?;
            let activities = rows(tx, RowKind::Activity)?;
            let cases = rows(tx, RowKind::RecognitionCase)?;
            let events = rows(tx, RowKind::Event)?;
            let (mut to_start, mut within, mut relevant, mut applied) = (Vec::new(), 0, 0, 0);
            let (mut to_placement, mut placed) = (Vec::new(), 0);
            for (pid, row) in &profiles {
                let Row::Profile(p) = row else { continue };
                if let Some(start) = p.programme_start {
                    to_start.push((start - p.settled_on).num_days());
                    if p
                        .settled_on
                        .checked_add_months(Months::new(3))
                        .is_some_and(|limit| start <= limit)
                    {
                        within += 1;
                    }
                }
                if p.recognition_relevant {
                    relevant += 1;
                    if cases.iter().any(|(cp, r)| {
                        cp == pid
                            && matches!(r, Row::RecognitionCase(c) if !matches!(c.status, RecognitionStatus::NotApplied | RecognitionStatus::Draft))
                    }) {
                        applied += 1;
                    }
                }
                let first = activities
                    .iter()
                    .filter(|(ap, _)| ap == pid)
                    .filter_map(|(_, r)| match r {
                        Row::Activity(a)
                            if matches!(
                                a.activity_type,
                                ActivityType::LanguagePractice | ActivityType::WorkPractice
                            ) =>
                        {
                            a.starts_on
                        }
                        _ => None,
                    })
                    .min();
                if let Some(first) = first {
                    placed += 1;
                    to_placement.push((first - p.programme_start.unwrap_or(p.settled_on)).num_days());
                }
            }
            let held = events
                .iter()
                .filter(|(_, r)| {
                    matches!(r, Row::Event(e) if e.event_kind == EventKind::Trekantsamtale
                        && e.status == EventStatus::Scheduled && e.ends_at <= now)
                })
                .count();
            Ok(minijinja::context! {
                participants => profiles.len(),
                started => to_start.len(),
                median_to_start => median(to_start),
                within_three_months => within,
                relevant => relevant,
                applied => applied,
                placed => placed,
                median_to_placement => median(to_placement),
                trekantsamtaler => held,
                nav => "reports",
            })
        })
        .await?;
    render_page(&console, &signed, "reports.html", ctx)
}
