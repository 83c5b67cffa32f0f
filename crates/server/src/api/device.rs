//! The device endpoints: enrol, and the one-round-trip sync.

use std::net::SocketAddr;
use std::time::Instant;

use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use chrono::Duration;
use veikart_protocol::{EnrolRequest, EnrolResponse, SyncRequest, SyncResponse};

use super::AuthedDevice;
use super::json::ApiJson;
use crate::app::App;
use crate::domain::device_sync::{self, MAX_MUTATIONS};
use crate::domain::enrolment::{self, Attempt};
use crate::domain::mutations::DeviceCtx;
use crate::error::{ApiError, ApiResult};
use crate::store::Store;

/// How stale `last_seen_at` may get before a sync refreshes it: a no-change sync stays a read.
const SEEN_RESOLUTION_SECS: i64 = 60;

pub async fn enrol<S: Store>(
    State(app): State<App<S>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ApiJson(req): ApiJson<EnrolRequest>,
) -> ApiResult<Json<EnrolResponse>> {
    if !app.enrol_limiter.allow(peer.ip(), Instant::now()) {
        return Err(ApiError::rate_limited());
    }
    match app.write(move |tx| enrolment::enrol(tx, &req)).await? {
        Attempt::Enrolled(resp) => {
            tracing::info!(device = %resp.device_id, "device enrolled");
            Ok(Json(resp))
        }
        Attempt::Refused(e) => {
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
    tracing::info!(device = %device.id, "device signed itself out");
    // Other streams of the same device end too.
    app.pokes.send(crate::pokes::device_topic(&device.id));
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
    let ctx = DeviceCtx {
        device_id: device.id.clone(),
        participant_id: device.participant_id.clone(),
        bydel_id: device.bydel_id.clone(),
    };
    let page = app.config.sync_page;
    let history = app.store.history().to_owned();
    let response = if req.mutations.is_empty() {
        let last_seq = device.last_seq;
        app.read(move |tx| Ok(device_sync::sync(tx, &ctx, last_seq, &req, page, &history)?))
            .await?
    } else {
        app.write(move |tx| {
            // Read last_seq inside the transaction: a duplicated request may have just advanced it.
            let current = tx
                .device(&ctx.device_id)?
                .ok_or_else(ApiError::unauthorized)?;
            if current.revoked_at.is_some() {
                return Err(ApiError::unauthorized());
            }
            Ok(device_sync::sync(
                tx,
                &ctx,
                current.last_seq,
                &req,
                page,
                &history,
            )?)
        })
        .await?
    };
    let stale = device
        .last_seen_at
        .is_none_or(|seen| response.server_time - seen > Duration::seconds(SEEN_RESOLUTION_SECS));
    if stale {
        let id = device.id.clone();
        if let Err(e) = app.write(move |tx| Ok(tx.touch_device(&id)?)).await {
            tracing::warn!(error = %e, "could not record last seen");
        }
    }
    Ok(Json(response))
}
