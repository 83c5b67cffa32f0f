//! The JSON API under `/api/v1`: the device endpoints, the caseworker API and server-sent pokes.
//! Handlers are thin: they authenticate, then call `domain` inside one store transaction.

mod auth;
mod caseworker;
mod device;
mod events;
mod headers;
mod json;
mod openapi;
mod pages;
mod path;

use axum::Router;
use axum::routing::{get, post, put};

pub use auth::{AuthedCaseworker, AuthedDevice};

use crate::app::App;
use crate::error::ApiError;
use crate::store::Store;

/// The API's routes, to be nested under `/api/v1`.
pub fn routes<S: Store>() -> Router<App<S>> {
    Router::new()
        .route("/enrol", post(device::enrol::<S>))
        .route("/sync", post(device::sync::<S>))
        .route("/sign-out", post(device::sign_out::<S>))
        .route(
            "/pages/{page_id}/upload",
            get(pages::state::<S>).put(pages::chunk::<S>),
        )
        .route("/events", get(events::events::<S>))
        .route(
            "/participants",
            get(caseworker::list_participants::<S>).post(caseworker::create_participant::<S>),
        )
        .route(
            "/participants/{id}",
            get(caseworker::participant::<S>)
                .patch(caseworker::patch_participant::<S>)
                .delete(caseworker::delete_participant::<S>),
        )
        .route(
            "/participants/{id}/records",
            post(caseworker::create_record::<S>),
        )
        .route(
            "/participants/{id}/enrolment-codes",
            post(caseworker::issue_code::<S>),
        )
        .route("/participants/{id}/devices", get(caseworker::devices::<S>))
        .route(
            "/records/{id}",
            get(caseworker::record::<S>)
                .patch(caseworker::patch_record::<S>)
                .delete(caseworker::delete_record::<S>),
        )
        .route(
            "/courses",
            get(caseworker::list_courses::<S>).post(caseworker::create_course::<S>),
        )
        .route("/courses/{id}", get(caseworker::course::<S>))
        .route("/courses/{id}/sessions", post(caseworker::add_session::<S>))
        .route(
            "/courses/{id}/members/{participant_id}",
            put(caseworker::add_member::<S>).delete(caseworker::remove_member::<S>),
        )
        .route("/devices/{id}/revoke", post(caseworker::revoke_device::<S>))
        .route("/openapi.json", get(openapi::document))
        .fallback(|| async { ApiError::not_found() })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                axum::http::StatusCode::METHOD_NOT_ALLOWED,
                veikart_protocol::ErrorCode::NotFound,
                "this route does not take that method",
            )
        })
        .layer(axum::middleware::from_fn(headers::private_json))
}
