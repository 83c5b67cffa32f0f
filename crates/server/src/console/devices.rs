//! A participant's devices: issue a one-time enrolment code (shown once, as a QR code and as a
//! short typed code, on a printable page) and revoke a device (it wipes itself at its next contact).

use axum::extract::State;
use axum::http::HeaderMap;
use axum::http::header::HOST;
use axum::response::{Html, Response};
use qrcode::QrCode;
use qrcode::render::svg;

use super::error::ConsoleError;
use super::extract::Path;
use super::session::{Signed, secure};
use super::{Console, back, render_page};
use crate::domain::{enrolment, records};
use crate::store::Store;

/// What the app's camera reads: the server to enrol with and the code.
fn enrol_uri(headers: &HeaderMap, code: &str) -> String {
    let host = headers
        .get(HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    let scheme = if secure(headers) { "https" } else { "http" };
    format!("veikart://enrol?server={scheme}://{host}&code={code}")
}

fn qr_svg(data: &str) -> Result<String, ConsoleError> {
    let code =
        QrCode::new(data.as_bytes()).map_err(|e| ConsoleError::Internal(format!("qr: {e}")))?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build())
}

pub async fn issue_code<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Html<String>, ConsoleError> {
    let cw = signed.cw.clone();
    let (profile, code) = console
        .app
        .write(move |tx| {
            let p = records::participant(tx, &cw, &id)?;
            let actor = format!("caseworker:{}", cw.id);
            let code = enrolment::issue_code(tx, &p.id, &cw.bydel_id, &actor)?;
            tx.audit(&actor, "issue_enrolment_code", &p.id)?;
            Ok((p, code))
        })
        .await?;
    tracing::info!(caseworker = %signed.cw.id, participant = %profile.id, "enrolment code issued");
    let qr = qr_svg(&enrol_uri(&headers, &code.code))?;
    let ctx = minijinja::context! {
        p => profile,
        code => code.code,
        expires_at => code.expires_at,
        qr => minijinja::Value::from_safe_string(qr),
        nav => "participants",
    };
    render_page(&console, &signed, "code.html", ctx)
}

pub async fn revoke<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, ConsoleError> {
    let cw = signed.cw.clone();
    let pid = console
        .app
        .write(move |tx| records::revoke_device(tx, &cw, &id))
        .await?;
    Ok(back(format!("/console/participants/{pid}#devices")))
}
