//! A participant's devices: issue a one-time enrolment code (shown once, on a printable code sheet
//! in the participant's language with the Norwegian beside it: a QR code, the code and the link)
//! and revoke a device (it wipes itself at its next contact).

use axum::extract::State;
use axum::http::HeaderMap;
use axum::http::header::HOST;
use axum::response::{Html, Response};
use qrcode::QrCode;
use qrcode::render::svg;

use super::error::ConsoleError;
use super::extract::Path;
use super::session::{Signed, secure};
use super::{Console, back, render_page, sheet};
use crate::domain::{enrolment, records};
use crate::store::Store;

/// What the app's camera reads and a person can type: the server to enrol with and the code, as
/// one ordinary link (`https://veikart.example.no/enrol#ABCD-EFGH-JKMN`). The code is in the
/// fragment, which a browser never sends: a phone's own camera app that opens the link leaves it
/// in no server's log. The app reads it (and the code alone) in `ui/src/enrol-link.ts` and
/// `veikart_client::enrol_link`.
/// The configured public address comes first: the Host header is whatever the browser (or
/// someone in front of it) sent, and a sheet printed behind an internal proxy name would send
/// phones nowhere.
fn enrol_uri(public_url: Option<&str>, headers: &HeaderMap, code: &str) -> String {
    if let Some(base) = public_url {
        return format!("{}/enrol#{code}", base.trim_end_matches('/'));
    }
    let host = headers
        .get(HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    let scheme = if secure(headers) { "https" } else { "http" };
    format!("{scheme}://{host}/enrol#{code}")
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
    let link = enrol_uri(
        console.app.config.public_url.as_deref(),
        &headers,
        &code.code,
    );
    let qr = qr_svg(&link)?;
    // The participant's column, and the Norwegian one beside it unless that is the same.
    let theirs = sheet::texts(&profile.preferred_language);
    let norwegian = sheet::texts("nb");
    let ctx = minijinja::context! {
        theirs => theirs.filter(|_| profile.preferred_language != "nb"),
        norwegian => norwegian,
        link => link,
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

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_link_names_the_server_and_keeps_the_code_out_of_requests() {
        let mut h = HeaderMap::new();
        h.insert(HOST, HeaderValue::from_static("veikart.oslo.kommune.no"));
        h.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        let link = enrol_uri(None, &h, "ABCD-EFGH-JKMN");
        assert_eq!(link, "https://veikart.oslo.kommune.no/enrol#ABCD-EFGH-JKMN");
        // A host header with anything but a host in it is not put into the link.
        h.insert(HOST, HeaderValue::from_static("evil.example/x?y"));
        assert!(enrol_uri(None, &h, "C").contains("://localhost/enrol#C"));
        // The configured public address wins over any Host header.
        assert_eq!(
            enrol_uri(Some("https://veikart.example.no"), &h, "C"),
            "https://veikart.example.no/enrol#C"
        );
    }
}
