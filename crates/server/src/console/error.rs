//! The console's error type. A handler returns it with `?`; the `render_errors` layer turns it into
//! a page in the reader's language (the error itself knows only a status and a message key).

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::Console;
use super::session::lang_of;
use crate::domain::error::DomainError;
use crate::error::RETRY_AFTER_SECS;
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    #[error("not signed in")]
    SignedOut,
    /// The browser still has a session cookie, but the session has ended (idle, or too old).
    #[error("the session has ended")]
    Expired,
    #[error("not allowed for this role")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("the form's CSRF token is missing or wrong")]
    Csrf,
    /// Something the console itself could not do (a QR code, a background task).
    #[error("internal: {0}")]
    Internal(String),
    /// A request the console cannot read: a duplicated field, a bad query, a path that is not UTF-8.
    #[error("the request cannot be read")]
    BadRequest,
    #[error("the form is larger than the console accepts")]
    TooLarge,
    #[error("this method is not served here")]
    MethodNotAllowed,
    #[error("too many attempts")]
    RateLimited,
    #[error("{0}")]
    Domain(#[from] DomainError),
    #[error("template: {0}")]
    Template(#[from] minijinja::Error),
}

impl From<StoreError> for ConsoleError {
    fn from(e: StoreError) -> Self {
        ConsoleError::Domain(DomainError::Storage(e))
    }
}

/// Carried by an error response until `render_errors` draws the page.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage(pub &'static str);

impl ConsoleError {
    fn status_and_key(&self) -> (StatusCode, &'static str) {
        match self {
            ConsoleError::SignedOut | ConsoleError::Expired => {
                (StatusCode::UNAUTHORIZED, "error-signed-out")
            }
            ConsoleError::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden"),
            ConsoleError::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            ConsoleError::Csrf => (StatusCode::FORBIDDEN, "error-csrf"),
            ConsoleError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
            ConsoleError::BadRequest => (StatusCode::BAD_REQUEST, "error-bad-request"),
            ConsoleError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "error-too-large"),
            ConsoleError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "error-bad-request"),
            ConsoleError::RateLimited => (StatusCode::TOO_MANY_REQUESTS, "error-rate-limited"),
            ConsoleError::Domain(e) => match e {
                DomainError::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
                DomainError::Forbidden(_) => (StatusCode::FORBIDDEN, "error-forbidden"),
                DomainError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "error-bad-form"),
                DomainError::Unreadable(_) | DomainError::Refused { .. } => {
                    (StatusCode::BAD_REQUEST, "error-bad-form")
                }
                DomainError::Conflict(_) => (StatusCode::CONFLICT, "error-bad-form"),
                DomainError::SignedOut => (StatusCode::UNAUTHORIZED, "error-signed-out"),
                DomainError::Storage(StoreError::Unavailable(_)) => {
                    (StatusCode::SERVICE_UNAVAILABLE, "error-unavailable")
                }
                DomainError::Storage(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
            },
            ConsoleError::Template(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
        }
    }
}

impl IntoResponse for ConsoleError {
    fn into_response(self) -> Response {
        match self {
            ConsoleError::SignedOut => return Redirect::to("/console/sign-in").into_response(),
            ConsoleError::Expired => {
                return Redirect::to("/console/sign-in?expired=1").into_response();
            }
            _ => {}
        }
        if let ConsoleError::Domain(DomainError::Storage(StoreError::Unavailable(cause))) = &self {
            crate::store::note_unavailable(cause);
        }
        let (status, key) = self.status_and_key();
        // An outage of the store is logged once where it is found (`store::note_unavailable`).
        if status.is_server_error() && status != StatusCode::SERVICE_UNAVAILABLE {
            // The error's text carries codes and ids only, never form values.
            tracing::error!(error = %self, "console request failed");
        }
        let mut response = status.into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, RETRY_AFTER_SECS.into());
        }
        response.extensions_mut().insert(ErrorPage(key));
        response
    }
}

/// Draw error pages in the reader's language.
pub async fn render_errors<S: Store>(
    State(console): State<Console<S>>,
    request: Request,
    next: Next,
) -> Response {
    let lang = lang_of(request.headers());
    let response = next.run(request).await;
    let Some(ErrorPage(key)) = response.extensions().get::<ErrorPage>().copied() else {
        return response;
    };
    let status = response.status();
    let retry_after = response
        .headers()
        .get(axum::http::header::RETRY_AFTER)
        .cloned();
    let ctx = minijinja::context! { message_key => key, status => status.as_u16() };
    match console.views.render("error.html", lang, ctx) {
        Ok(html) => {
            let mut page = (status, Html(html)).into_response();
            if let Some(v) = retry_after {
                page.headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, v);
            }
            page
        }
        Err(e) => {
            tracing::error!(error = %e, "cannot render the error page");
            status.into_response()
        }
    }
}
