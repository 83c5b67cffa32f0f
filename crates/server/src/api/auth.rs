//! Who is calling: a device (bearer device token) or a caseworker (bearer API token). Tokens are
//! looked up by their hash; a token never reaches a log. A device known to the sync cache is
//! answered from it: a sign-out reaches the cache as a notice before it is confirmed.

use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use veikart_protocol::ErrorCode;

use crate::app::App;
use crate::domain::tokens;
use crate::error::ApiError;
use crate::store::{Caseworker, Device, Store};

fn bearer(parts: &Parts) -> Result<&str, ApiError> {
    parts
        .headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.len() <= 256)
        .ok_or_else(ApiError::unauthorized)
}

pub struct AuthedDevice(pub Device);

impl<S: Store> FromRequestParts<App<S>> for AuthedDevice {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App<S>) -> Result<Self, ApiError> {
        let hash = tokens::hash(bearer(parts)?);
        if let Some(device) = app.cache.device(&hash) {
            return Ok(AuthedDevice(device));
        }
        let ticket = app.cache.ticket();
        let device = {
            let hash = hash.clone();
            app.read(move |tx| Ok(tx.device_by_token_hash(&hash)?))
                .await?
                .ok_or_else(ApiError::unauthorized)?
        };
        app.cache.learn_device(ticket, &hash, &device);
        if device.revoked_at.is_some() {
            return Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::DeviceRevoked,
                "this device was signed out by the caseworker",
            ));
        }
        Ok(AuthedDevice(device))
    }
}

pub struct AuthedCaseworker(pub Caseworker);

impl<S: Store> FromRequestParts<App<S>> for AuthedCaseworker {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App<S>) -> Result<Self, ApiError> {
        let hash = tokens::hash(bearer(parts)?);
        let cw = app
            .read(move |tx| Ok(tx.caseworker_by_token_hash(&hash)?))
            .await?
            .ok_or_else(ApiError::unauthorized)?;
        // The caseworker API is about participants; the municipality admin sees none of them,
        // and a teacher sees only their classes, in the console.
        if !cw.role.is_bydel_staff() {
            return Err(ApiError::forbidden(
                "the caseworker API is for a bydel's staff",
            ));
        }
        Ok(AuthedCaseworker(cw))
    }
}
