//! The participant's rights, for admins (`domain::retention`): everything about one participant
//! as JSON and as a printable page (GDPR art. 15), erasure on request after a confirmation step
//! (art. 17), and the bydel's retention period. Each export and erasure is in the audit log by
//! the participant's id; logs never carry the name.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::ConsoleError;
use super::extract::{Form, Path};
use super::forms::{self, Again, FieldErrors};
use super::session::Signed;
use super::{Console, back, render_page};
use crate::domain::retention::{self, Export};
use crate::store::Store;

// Who may export or erase a participant, or set the retention period (the bydel's admin) is in
// `access`; that the participant is of the admin's own bydel is checked by `retention::subject`,
// in the same transaction as the export or erasure.

async fn export_of<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: String,
) -> Result<Export, ConsoleError> {
    let admin = signed.cw.clone();
    let export = console
        .app
        .write(move |tx| retention::export(tx, &admin, &id))
        .await?;
    tracing::info!(participant = %export.participant_id, "participant exported");
    Ok(export)
}

/// Everything about one participant, as a JSON file.
pub async fn export_json<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, ConsoleError> {
    let export = export_of(&console, &signed, id).await?;
    let body =
        serde_json::to_string_pretty(&export).map_err(|e| ConsoleError::Internal(e.to_string()))?;
    // The id is checked by the domain (it named a stored participant), but only safe characters
    // go into a header.
    let file: String = export
        .participant_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"veikart-{file}.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// One row of the readable export: its kind and its fields as text.
#[derive(Serialize)]
struct Record {
    kind: String,
    fields: Vec<(String, String)>,
}

/// A value as a person reads it: text as is, a translated text by its words, lists joined.
fn readable(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => oslo(s).unwrap_or_else(|| s.clone()),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => a
            .iter()
            .map(readable)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("; "),
        Value::Object(o) => match o.get("text") {
            Some(Value::String(t)) => t.clone(),
            _ => o
                .iter()
                .map(|(k, v)| format!("{k}: {}", readable(v)))
                .collect::<Vec<_>>()
                .join(", "),
        },
    }
}

/// A time in Oslo, or a date, as the console shows them elsewhere (`views`' `datetime`, `date`).
fn oslo(s: &str) -> Option<String> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(
            t.with_timezone(&chrono_tz::Europe::Oslo)
                .format("%d.%m.%Y %H:%M")
                .to_string(),
        );
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%d.%m.%Y").to_string())
}

fn record(v: Value) -> Record {
    let kind = v
        .get("kind")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let fields = match v {
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| k.as_str() != "kind")
            .map(|(k, v)| (k.clone(), readable(v)))
            .filter(|(_, v)| !v.is_empty())
            .collect(),
        _ => Vec::new(),
    };
    Record { kind, fields }
}

/// Everything about one participant, as a page to read or print.
pub async fn export_page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Html<String>, ConsoleError> {
    let export = export_of(&console, &signed, id).await?;
    let profile = record(value(&export.profile));
    let mut rows: Vec<Record> = export.rows.iter().map(|r| record(value(r))).collect();
    rows.sort_by(|a, b| a.kind.cmp(&b.kind));
    let ctx = minijinja::context! {
        e => export,
        profile => profile,
        rows => rows,
        nav => "participants",
    };
    render_page(&console, &signed, "participant_export.html", ctx)
}

fn value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

async fn erase_form<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    id: String,
    again: Option<Again>,
) -> Result<Html<String>, ConsoleError> {
    let admin = signed.cw.clone();
    let (profile, devices) = console
        .app
        .read(move |tx| {
            let p = retention::subject(tx, &admin, &id)?;
            let devices = tx.devices_of(&p.id)?.len();
            Ok((p, devices))
        })
        .await?;
    let ctx = minijinja::context! {
        p => profile,
        devices => devices,
        again => again,
        nav => "participants",
    };
    render_page(console, signed, "participant_erase.html", ctx)
}

/// The confirmation step before an erasure.
pub async fn erase_page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Html<String>, ConsoleError> {
    erase_form(&console, &signed, id, None).await
}

#[derive(Deserialize, Serialize)]
pub struct EraseForm {
    /// The box "I have checked the request and who made it".
    confirm: Option<String>,
}

/// Erase a participant on request: everything about them goes; the reports keep their counts.
pub async fn erase<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Path(id): Path<String>,
    Form(f): Form<EraseForm>,
) -> Result<Response, ConsoleError> {
    if forms::text(&f.confirm).as_deref() != Some("1") {
        let mut e = FieldErrors::default();
        e.add("confirm", "form-error-erase-confirm");
        let again = Again::new("erase", Some(&id), &f, e);
        let html = erase_form(&console, &signed, id, Some(again)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
    }
    let admin = signed.cw.clone();
    let pid = id.clone();
    let purged = console
        .app
        .write(move |tx| retention::erase(tx, &admin, &pid))
        .await?;
    // The participant's document pages' bytes go at once, not with the next daily job.
    if let Err(e) = crate::retention_job::sweep_pages(&console.app).await {
        tracing::warn!(error = %e, "page files of an erased participant are left for the daily job");
    }
    tracing::info!(
        participant = %id,
        rows = purged.rows,
        devices = purged.devices,
        "participant erased on request"
    );
    Ok(back("/console/participants?erased=1".into()))
}

#[derive(Deserialize, Serialize)]
pub struct RetentionForm {
    retention_months: Option<String>,
}

/// The bydel's retention period after the programme's end.
pub async fn set_months<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Form(f): Form<RetentionForm>,
) -> Result<Response, ConsoleError> {
    let months = forms::whole_number(f.retention_months.as_deref(), 1..=retention::MAX_MONTHS);
    let Some(months) = months else {
        let mut e = FieldErrors::default();
        e.add_n(
            "retention_months",
            "form-error-retention-months",
            i64::from(retention::MAX_MONTHS),
        );
        return super::admin::again(&console, &signed, Again::new("retention", None, &f, e)).await;
    };
    let cw = signed.cw.clone();
    console
        .app
        .write(move |tx| {
            tx.set_retention_months(&cw.bydel_id, months)?;
            tx.audit(
                &format!("caseworker:{}", cw.id),
                "set_retention_months",
                &cw.bydel_id,
            )?;
            Ok(())
        })
        .await?;
    Ok(back("/console/admin".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_shown_in_oslo_and_translated_texts_by_their_words() {
        // 07:00 UTC on 4 September is 09:00 in Oslo (summer time).
        assert_eq!(
            readable(&Value::String("2026-09-04T07:00:00Z".into())),
            "04.09.2026 09:00"
        );
        assert_eq!(readable(&Value::String("2026-06-08".into())), "08.06.2026");
        assert_eq!(
            readable(&serde_json::json!({"text": "Praksis", "lang": "nb"})),
            "Praksis"
        );
        assert_eq!(readable(&serde_json::json!(["a", null, "b"])), "a; b");
    }
}
