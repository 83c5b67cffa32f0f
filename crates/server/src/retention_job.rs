//! The daily retention job (`domain::retention` decides; this runs it): inside `serve` once a day,
//! and once from `veikart-server retention` for operations and tests.
//!
//! Each participant is deleted in a transaction of its own that checks again that they are due,
//! so a run can stop anywhere and the next finishes it, and several instances running it at once
//! on one PostgreSQL delete each participant once (see `domain::retention`).

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::app::App;
use crate::domain::error::{DomainError, DomainResult};
use crate::domain::pages;
use crate::domain::retention::{self, Removed};
use crate::store::{Purged, Store};

/// What the operator chose (the bydeler choose their own participant retention in the console).
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// Months the audit log is kept.
    pub audit_months: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            audit_months: retention::DEFAULT_AUDIT_MONTHS,
        }
    }
}

/// What one run did: counts only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Participants whose retention ran out, deleted with their facts kept for the reports.
    pub participants_deleted: usize,
    /// Participants deleted through the API earlier whose remains were purged.
    pub remains_purged: usize,
    pub rows: usize,
    pub devices: usize,
    pub codes: usize,
    pub wording_proposals: usize,
    pub audit_entries_pruned: usize,
    /// Document pages of cases decided longer ago than their bydel keeps them.
    pub pages_expired: usize,
    /// Pages whose bytes were deleted because their row is gone (removed, expired, erased).
    pub page_files_deleted: usize,
}

impl Summary {
    fn add(&mut self, p: Purged) {
        self.rows += p.rows;
        self.devices += p.devices;
        self.codes += p.codes;
        self.wording_proposals += p.wording_proposals;
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "participants deleted after their retention period: {}",
            self.participants_deleted
        )?;
        writeln!(
            f,
            "remains of participants deleted earlier, purged: {}",
            self.remains_purged
        )?;
        writeln!(
            f,
            "deleted: {} rows, {} devices, {} enrolment codes, {} wording proposals",
            self.rows, self.devices, self.codes, self.wording_proposals
        )?;
        writeln!(
            f,
            "document pages of decided cases deleted: {}; page files deleted: {}",
            self.pages_expired, self.page_files_deleted
        )?;
        writeln!(f, "audit entries pruned: {}", self.audit_entries_pruned)
    }
}

/// Run the job once, as of `now`.
pub async fn run_once<S: Store>(
    app: &App<S>,
    policy: Policy,
    now: DateTime<Utc>,
) -> DomainResult<Summary> {
    let due = app
        .read(move |tx| {
            let mut due = Vec::new();
            for (bydel, _) in tx.bydeler()? {
                due.push(retention::due_in(tx, &bydel, now)?);
            }
            Ok(due)
        })
        .await?;
    let mut summary = Summary::default();
    for (expired, remains) in due {
        for id in expired {
            let removed = app
                .write(move |tx| retention::remove_expired(tx, &id, now))
                .await?;
            if let Removed::Deleted(p) = removed {
                summary.participants_deleted += 1;
                summary.add(p);
            }
        }
        for id in remains {
            let removed = app
                .write(move |tx| retention::purge_remains(tx, &id))
                .await?;
            if let Removed::Deleted(p) = removed {
                summary.remains_purged += 1;
                summary.add(p);
            }
        }
    }
    summary.audit_entries_pruned = app
        .write(move |tx| retention::prune_audit(tx, policy.audit_months, now))
        .await?;
    summary.pages_expired = expire_pages(app, now).await?;
    summary.page_files_deleted = sweep_pages(app).await?;
    Ok(summary)
}

/// Delete the page rows of cases decided longer ago than their bydel keeps pages.
async fn expire_pages<S: Store>(app: &App<S>, now: DateTime<Utc>) -> DomainResult<usize> {
    let today = now.with_timezone(&chrono_tz::Europe::Oslo).date_naive();
    app.write(move |tx| {
        let mut n = 0;
        for (bydel, _) in tx.bydeler()? {
            for id in pages::expired_pages(tx, &bydel, today)? {
                if pages::delete_page(tx, &id, "retention")? {
                    n += 1;
                }
            }
        }
        Ok(n)
    })
    .await
}

/// Delete the bytes of every page whose row is gone: removed by the device, deleted with its
/// document or participant (the retention job, an erasure), expired. Also run right after an
/// erasure. The number of pages whose files went.
pub async fn sweep_pages<S: Store>(app: &App<S>) -> DomainResult<usize> {
    let Some(store) = app.pages.clone() else {
        return Ok(0);
    };
    let listing = store.clone();
    let ids = tokio::task::spawn_blocking(move || listing.ids())
        .await
        .map_err(|e| DomainError::invalid_value(format!("page sweep: {e}")))?
        .map_err(|e| DomainError::invalid_value(format!("page sweep: {e}")))?;
    let orphans = app.read(move |tx| Ok(pages::orphans(tx, &ids)?)).await?;
    let n = orphans.len();
    tokio::task::spawn_blocking(move || {
        for id in &orphans {
            store.delete(id)?;
        }
        Ok::<_, crate::pages::PageStoreError>(())
    })
    .await
    .map_err(|e| DomainError::invalid_value(format!("page sweep: {e}")))?
    .map_err(|e| DomainError::invalid_value(format!("page sweep: {e}")))?;
    Ok(n)
}

/// How often `serve` runs the job.
const EVERY: Duration = Duration::from_secs(24 * 60 * 60);
/// The first run waits this long after start, so a server that restarts in a loop does not run
/// it in a loop too.
const FIRST_AFTER: Duration = Duration::from_secs(10 * 60);

/// Run the job once a day while `app` serves. Failures are logged and tried again the next day.
pub async fn daily<S: Store>(app: App<S>, policy: Policy) {
    let mut interval = tokio::time::interval_at(tokio::time::Instant::now() + FIRST_AFTER, EVERY);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        match run_once(&app, policy, Utc::now()).await {
            Ok(s) => tracing::info!(
                participants_deleted = s.participants_deleted,
                remains_purged = s.remains_purged,
                rows = s.rows,
                devices = s.devices,
                codes = s.codes,
                audit_entries_pruned = s.audit_entries_pruned,
                pages_expired = s.pages_expired,
                page_files_deleted = s.page_files_deleted,
                "retention job done"
            ),
            Err(e) => tracing::error!(error = %e, "retention job failed; trying again tomorrow"),
        }
    }
}
