//! The upload of document pages' bytes, by the device whose participant the page is
//! (`GET`/`PUT /api/v1/pages/{page_id}/upload`, see `crate::pages` and docs/architecture.md).
//! The page's row came by sync first; a page of another participant looks like no page at all.

use axum::Json;
use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use veikart_protocol::limits::MAX_PAGE_CHUNK;
use veikart_protocol::{DocumentPage, ErrorCode, PageRejected, UploadConflict, UploadState};

use super::AuthedDevice;
use super::path::ApiPath;
use crate::app::App;
use crate::domain::pages;
use crate::error::{ApiError, ApiResult};
use crate::pages::{ChunkOutcome, PageStoreError, Pages};
use crate::store::Store;

fn page_store<S: Store>(app: &App<S>) -> ApiResult<Pages> {
    app.pages.clone().ok_or_else(|| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Unavailable,
            "this server keeps no document pages",
        )
    })
}

/// The page's row, if it is this device's participant's.
async fn own_page<S: Store>(
    app: &App<S>,
    device: &crate::store::Device,
    page_id: &str,
) -> ApiResult<DocumentPage> {
    let id = page_id.to_owned();
    let found = app.read(move |tx| Ok(pages::page(tx, &id)?)).await?;
    match found {
        Some((stored, page))
            if stored.placement.participant_id.as_deref()
                == Some(device.participant_id.as_str()) =>
        {
            Ok(page)
        }
        _ => Err(ApiError::not_found()),
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, PageStoreError> + Send + 'static,
) -> ApiResult<T> {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "page store failure");
            Err(match e {
                PageStoreError::BadId => ApiError::not_found(),
                // Another upload of the page got there first: the device asks where it stands.
                PageStoreError::Offset { .. } => ApiError::conflict("try again"),
                PageStoreError::Io(_) => ApiError::unavailable(),
            })
        }
        Err(_) => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            "internal error",
        )),
    }
}

/// The row says every byte arrived (the upload's `Completed`). The page may have been removed while
/// its bytes travelled: then its bytes go too and the answer is 404.
async fn complete<S: Store>(
    app: &App<S>,
    store: &Pages,
    device: &crate::store::Device,
    page_id: &str,
) -> ApiResult<()> {
    let (id, source) = (page_id.to_owned(), format!("device:{}", device.id));
    let kept = app
        .write(move |tx| Ok(pages::mark_received(tx, &id, &source)?))
        .await?;
    if !kept {
        let (store, id) = (store.clone(), page_id.to_owned());
        blocking(move || store.delete(&id)).await?;
        return Err(ApiError::not_found());
    }
    tracing::info!(page = %page_id, "page received");
    Ok(())
}

/// `GET /api/v1/pages/{page_id}/upload`: where the upload stands.
pub async fn state<S: Store>(
    State(app): State<App<S>>,
    AuthedDevice(device): AuthedDevice,
    ApiPath(page_id): ApiPath<String>,
) -> ApiResult<Json<UploadState>> {
    let store = page_store(&app)?;
    let page = own_page(&app, &device, &page_id).await?;
    let _turn = app.page_locks.lock(&page_id).await;
    let outcome = {
        let store = store.clone();
        blocking(move || crate::pages::state(store.as_ref(), &page)).await?
    };
    match outcome {
        ChunkOutcome::Completed(state) => {
            complete(&app, &store, &device, &page_id).await?;
            Ok(Json(state))
        }
        ChunkOutcome::Accepted(state) => Ok(Json(state)),
        _ => Err(ApiError::not_found()),
    }
}

fn offset(query: Option<&str>) -> ApiResult<u64> {
    query
        .unwrap_or_default()
        .split('&')
        .find_map(|pair| pair.strip_prefix("offset="))
        .and_then(|v| v.parse::<u64>().ok())
        .ok_or_else(|| ApiError::invalid_value("name the chunk's place: ?offset=N"))
}

/// The request's body, at most [`MAX_PAGE_CHUNK`] bytes of it. A body cut short is not a chunk:
/// nothing of it is kept.
async fn read_chunk(body: Body) -> ApiResult<Vec<u8>> {
    use futures_util::StreamExt;
    let mut stream = body.into_data_stream();
    let mut bytes = Vec::new();
    while let Some(part) = stream.next().await {
        let part = part.map_err(|_| ApiError::invalid_body("the chunk did not arrive whole"))?;
        if bytes.len() + part.len() > MAX_PAGE_CHUNK {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                format!("send at most {MAX_PAGE_CHUNK} bytes at a time"),
            ));
        }
        bytes.extend_from_slice(&part);
    }
    Ok(bytes)
}

/// `PUT /api/v1/pages/{page_id}/upload?offset=N`: the page's bytes from `offset`.
pub async fn chunk<S: Store>(
    State(app): State<App<S>>,
    AuthedDevice(device): AuthedDevice,
    ApiPath(page_id): ApiPath<String>,
    RawQuery(query): RawQuery,
    body: Body,
) -> ApiResult<Response> {
    let offset = offset(query.as_deref())?;
    let store = page_store(&app)?;
    let page = own_page(&app, &device, &page_id).await?;
    let bytes = read_chunk(body).await?;
    let _turn = app.page_locks.lock(&page_id).await;
    let outcome = {
        let store = store.clone();
        blocking(move || crate::pages::put_chunk(store.as_ref(), &page, offset, &bytes)).await?
    };
    Ok(match outcome {
        ChunkOutcome::Accepted(state) => Json(state).into_response(),
        ChunkOutcome::Completed(state) => {
            complete(&app, &store, &device, &page_id).await?;
            Json(state).into_response()
        }
        ChunkOutcome::Conflict(state) => (
            StatusCode::CONFLICT,
            Json(UploadConflict {
                error: ErrorCode::OffsetMismatch,
                message: format!(
                    "the server has {} bytes of this page: send from there",
                    state.received
                ),
                state,
            }),
        )
            .into_response(),
        ChunkOutcome::TooLong(state) => (
            StatusCode::PAYLOAD_TOO_LARGE,
            Json(UploadConflict {
                error: ErrorCode::PayloadTooLarge,
                message: "the chunk goes past the page's size".into(),
                state,
            }),
        )
            .into_response(),
        ChunkOutcome::Rejected(reason, state) => {
            tracing::info!(page = %page_id, ?reason, "page refused");
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(PageRejected {
                    error: ErrorCode::PageRejected,
                    message: "the page's bytes are not what its row declares; they were discarded"
                        .into(),
                    reason,
                    state,
                }),
            )
                .into_response()
        }
    })
}
