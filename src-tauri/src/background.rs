//! The background work of the shell: the client's sync loop (start, pokes, timer, kicks), telling
//! the UI when data or sync status changed, and notifications, including reminders.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use serde_json::json;
use veikart_client::SyncEvent;

use crate::i18n::Translator;
use crate::notices::{self, Notice};
use crate::state::{AppState, SyncHandle};

const REMINDER_CHECK: Duration = Duration::from_secs(30);
pub const DEFAULT_REMINDER_MINUTES: i64 = 60;

pub fn emit_status(state: &AppState) {
    if let Ok(status) = state.device.sync_status() {
        (state.emit)(
            "sync-status",
            serde_json::to_value(status).unwrap_or_default(),
        );
    }
}

fn tell(state: &AppState, notice: &Notice) {
    let lang = state.language();
    let course = match notice {
        Notice::Added(e) | Notice::Moved(e) | Notice::Cancelled(e) | Notice::Reminder(e) => {
            e.course_id.as_ref().and_then(|id| {
                let courses = state.device.plan().ok()?.courses;
                courses.into_iter().find(|c| &c.id == id).map(|c| c.name)
            })
        }
        Notice::Message | Notice::Verdict { .. } => None,
    };
    let (title, body) = notices::render(notice, course.as_ref(), &lang, &Translator::new(&lang));
    (state.notify)(&title, &body);
}

/// Start syncing in the background if the device is enrolled and not already syncing. A sign-out
/// the server has not heard of yet is sent first, whether or not the device is enrolled again.
pub fn start(state: &Arc<AppState>) {
    if matches!(state.device.pending_revocations(), Ok(n) if n > 0) {
        let device = state.device.clone();
        tauri::async_runtime::spawn(async move {
            if let Err(e) = device.flush_revocations().await {
                tracing::warn!(error = %e.code(), "could not send an earlier sign-out");
            }
        });
    }
    if !matches!(state.device.enrolment(), Ok(Some(_))) {
        return;
    }
    let Ok(mut guard) = state.sync.lock() else {
        return;
    };
    if guard.is_some() {
        return;
    }
    let (kick, kick_rx) = tokio::sync::mpsc::channel(1);
    let (stop, stop_rx) = tokio::sync::watch::channel(false);
    *guard = Some(SyncHandle { kick, stop });
    drop(guard);

    let s = state.clone();
    let mut quiet = matches!(state.device.sync_status(), Ok(st) if st.last_synced_at.is_none());
    let on_event = move |event: SyncEvent| match event {
        SyncEvent::Synced(report) => {
            // The first sync of a new device brings everything: that is not news.
            if !quiet {
                for n in notices::from_changes(&report.applied.changed_rows, Utc::now()) {
                    tell(&s, &n);
                }
            }
            quiet = false;
            let a = &report.applied;
            if !a.changed_rows.is_empty() || a.confirmed > 0 || a.rejected > 0 {
                (s.emit)("data-changed", json!({"source": "sync"}));
            }
            emit_status(&s);
        }
        SyncEvent::Failed(_) => emit_status(&s),
        // The progress bar of a page being sent: the UI updates it without reading the view again.
        SyncEvent::Upload(progress) => (s.emit)("page-progress", json!(progress)),
        SyncEvent::PagesChanged => (s.emit)("data-changed", json!({"source": "sync"})),
        SyncEvent::Revoked => {
            if let Ok(mut g) = s.sync.lock() {
                g.take();
            }
            (s.emit)("wiped", serde_json::Value::Null);
        }
    };
    tauri::async_runtime::spawn(veikart_client::run(
        state.device.clone(),
        on_event,
        kick_rx,
        stop_rx.clone(),
    ));

    let s = state.clone();
    let mut stop = stop_rx;
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::select! {
                () = tokio::time::sleep(REMINDER_CHECK) => remind(&s),
                _ = stop.changed() => return,
            }
        }
    });
}

/// Give each reminder that is due, once.
fn remind(state: &AppState) {
    let device = &state.device;
    let minutes = device
        .setting("reminder_minutes")
        .ok()
        .flatten()
        .and_then(|m| m.parse().ok())
        .unwrap_or(DEFAULT_REMINDER_MINUTES);
    if minutes <= 0 {
        return;
    }
    let Ok(rows) = device.export() else {
        return;
    };
    let mut reminded: BTreeSet<String> = device
        .setting("reminded")
        .ok()
        .flatten()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default();
    let due = notices::due_reminders(&rows, Utc::now(), minutes, &reminded);
    if due.is_empty() {
        return;
    }
    for n in &due {
        if let Notice::Reminder(e) = n {
            reminded.insert(notices::reminder_key(e));
        }
        tell(state, n);
    }
    // Keep the list short: only keys of events still on the device matter.
    let live: BTreeSet<String> = rows
        .iter()
        .filter_map(|r| match r {
            veikart_protocol::Row::Event(e) => Some(notices::reminder_key(e)),
            _ => None,
        })
        .collect();
    reminded.retain(|k| live.contains(k));
    if let Ok(json) = serde_json::to_string(&reminded) {
        let _ = device.set_setting("reminded", &json);
    }
}
