//! The device endpoints: enrol, and the one-round-trip sync.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Instant;

use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use chrono::{Duration, Utc};
use veikart_protocol::{
    EnrolRequest, EnrolResponse, MutationOp, MutationOutcome, Scope, SyncRequest, SyncResponse,
};

use super::AuthedDevice;
use super::json::ApiJson;
use crate::app::App;
use crate::client_addr::client_addr;
use crate::domain::device_sync::{self, Known, MAX_MUTATIONS};
use crate::domain::enrolment::{self, Attempt};
use crate::domain::error::DomainError;
use crate::domain::mutations::DeviceCtx;
use crate::error::{ApiError, ApiResult};
use crate::rate_limit::{self, Limit};
use crate::store::{Device, Store};

/// How stale `last_seen_at` may get before it is written again (by `App::flush_seen`, so that a
/// sync with nothing new needs no write).
const SEEN_RESOLUTION_SECS: i64 = 60;
/// At most this many of a sync's cursors are kept as what the device holds (a device is in a
/// handful of courses; more is noise that should not grow the table).
const MAX_ACKED_SCOPES: usize = 64;

pub async fn enrol<S: Store>(
    State(app): State<App<S>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<EnrolRequest>,
) -> ApiResult<Json<EnrolResponse>> {
    let limit = Limit {
        kind: "enrol",
        per_window: app.config.enrol_per_minute,
        window_secs: 60,
    };
    let client = client_addr(peer.ip(), &headers, &app.config.trusted_proxies);
    if !rate_limit::allow(&app, limit, client).await? {
        return Err(ApiError::rate_limited());
    }
    match app.write(move |tx| enrolment::enrol(tx, &req)).await? {
        Attempt::Enrolled(resp) => {
            tracing::info!(device = %resp.device_id, "device enrolled");
            Ok(Json(resp))
        }
        Attempt::Refused(e) => {
            let e = ApiError::from(e);
            tracing::info!(code = ?e.code, "enrolment refused");
            Err(e)
        }
    }
}

/// The device signs itself out: its token stops working at once, and the console shows the device
/// as no longer in use. Answering twice is fine (the app retries a sign-out made offline).
pub async fn sign_out<S: Store>(
    State(app): State<App<S>>,
    AuthedDevice(device): AuthedDevice,
) -> ApiResult<StatusCode> {
    let id = device.id.clone();
    app.write(move |tx| {
        tx.revoke_device(&id)?;
        tx.audit(
            &format!("device:{id}"),
            "device_sign_out",
            &device.participant_id,
        )?;
        Ok(())
    })
    .await?;
    // The write's notice ends the device's other event streams too.
    tracing::info!(device = %device.id, "device signed itself out");
    Ok(StatusCode::NO_CONTENT)
}

pub async fn sync<S: Store>(
    State(app): State<App<S>>,
    AuthedDevice(device): AuthedDevice,
    ApiJson(req): ApiJson<SyncRequest>,
) -> ApiResult<Json<SyncResponse>> {
    device_sync::check_protocol(req.protocol)?;
    device_sync::check_sequence(&req)?;
    if req.mutations.len() > MAX_MUTATIONS {
        return Err(ApiError::invalid_value(format!(
            "send at most {MAX_MUTATIONS} mutations at a time"
        )));
    }
    let started = Instant::now();
    let participant_scope = Scope::Participant(device.participant_id.clone()).key();
    let same_history = req.history.as_deref() == Some(app.store.history());
    if same_history {
        // Cursors of another history say nothing of what the device holds of this one. Only the
        // device's own scope and courses are counted (`domain::reach`), so only those are kept.
        let held: BTreeMap<String, u64> = req
            .cursors
            .iter()
            .filter(|(scope, _)| **scope == participant_scope || scope.starts_with("c:"))
            .take(MAX_ACKED_SCOPES)
            .map(|(s, v)| (s.clone(), *v))
            .collect();
        app.acks.note(&device.id, &held);
    }
    let quiet = (req.mutations.is_empty() && same_history)
        .then(|| {
            app.cache
                .quiet(&device.id, &participant_scope, &req.cursors)
        })
        .flatten();
    let response = match quiet {
        // Nothing to apply and nothing new: answered without the database.
        Some(last_seq) => SyncResponse {
            results: Vec::new(),
            last_seq,
            log_gap: false,
            changes: Vec::new(),
            cursors: req.cursors,
            dropped: Vec::new(),
            more: false,
            history: None,
            server_time: Utc::now(),
        },
        None => {
            let ticket = app.cache.ticket();
            let removed: Vec<(u64, String)> = req
                .mutations
                .iter()
                .filter_map(|m| match &m.op {
                    MutationOp::RemoveDocumentPage { page_id } => Some((m.seq, page_id.clone())),
                    _ => None,
                })
                .collect();
            let (response, prior_seq) =
                sync_in_store(&app, &device, &participant_scope, req).await?;
            count_outcomes(&app, &response, prior_seq);
            forget_removed_pages(&app, &response, removed).await;
            if !response.more {
                app.cache
                    .learn_answer(ticket, &device.id, &participant_scope, &response.cursors);
            }
            response
        }
    };
    app.metrics.sync_answered(quiet.is_some(), started);
    app.cache.saw(
        &device,
        response.server_time,
        Duration::seconds(SEEN_RESOLUTION_SECS),
    );
    Ok(Json(response))
}

/// The bytes of pages whose removal this sync applied go too (what a failure here leaves behind,
/// the retention job finds: bytes without a row).
async fn forget_removed_pages<S: Store>(
    app: &App<S>,
    response: &SyncResponse,
    removed: Vec<(u64, String)>,
) {
    let Some(store) = app.pages.clone() else {
        return;
    };
    let ids: Vec<String> = removed
        .into_iter()
        .filter(|(seq, _)| {
            response
                .results
                .iter()
                .any(|r| r.seq == *seq && r.outcome == MutationOutcome::Applied)
        })
        .map(|(_, id)| id)
        .collect();
    if ids.is_empty() {
        return;
    }
    let deleted = tokio::task::spawn_blocking(move || {
        for id in &ids {
            store.delete(id)?;
        }
        Ok::<_, crate::pages::PageStoreError>(())
    })
    .await;
    if !matches!(deleted, Ok(Ok(()))) {
        tracing::warn!("could not delete the bytes of a removed page; the retention job will");
    }
}

/// Mutations this answer applied or refused for the first time (a resent batch is answered from
/// the log and counted once).
fn count_outcomes<S: Store>(app: &App<S>, response: &SyncResponse, prior_seq: u64) {
    for r in response.results.iter().filter(|r| r.seq > prior_seq) {
        match &r.outcome {
            MutationOutcome::Applied => app.metrics.mutation_applied(),
            MutationOutcome::Rejected { code, .. } => {
                let code = serde_json::to_value(code)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                app.metrics.mutation_refused(&code);
            }
        }
    }
}

/// The sync round trip in one transaction: a write one if there are mutations, else a read.
/// Also returns the device's log position before it.
async fn sync_in_store<S: Store>(
    app: &App<S>,
    device: &Device,
    participant_scope: &str,
    req: SyncRequest,
) -> ApiResult<(SyncResponse, u64)> {
    let ctx = DeviceCtx {
        device_id: device.id.clone(),
        participant_id: device.participant_id.clone(),
        bydel_id: device.bydel_id.clone(),
    };
    let page = app.config.sync_page;
    let history = app.store.history().to_owned();
    if req.mutations.is_empty() {
        let last_seq = device.last_seq;
        let known = app.cache.known(&device.id, participant_scope, &req.cursors);
        let response = app
            .read(move |tx| {
                Ok(device_sync::sync(
                    tx, &ctx, last_seq, &req, page, &history, &known,
                )?)
            })
            .await?;
        Ok((response, last_seq))
    } else {
        Ok(app
            .write(move |tx| {
                // Read last_seq inside the transaction: a duplicated request may have just advanced it.
                let current = tx.device(&ctx.device_id)?.ok_or(DomainError::SignedOut)?;
                if current.revoked_at.is_some() {
                    return Err(DomainError::SignedOut);
                }
                // Nothing known spares a read here: the mutations may change any scope.
                let response = device_sync::sync(
                    tx,
                    &ctx,
                    current.last_seq,
                    &req,
                    page,
                    &history,
                    &Known::default(),
                )?;
                Ok((response, current.last_seq))
            })
            .await?)
    }
}
