//! One command per view and per participant action. Each is a thin call into veikart-client; an
//! action also tells the UI that data changed and asks the background sync to run.

use std::sync::Arc;

use chrono::{Duration, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;
use tauri::State;
use veikart_client::views::*;
use veikart_client::{ClientError, ClientErrorCode, ics, screens};
use veikart_protocol::{ActivityStatus, ActivityType, ErrorCode, Response};

use crate::background;
use crate::i18n::Translator;
use crate::state::AppState;

/// What a command throws to the UI: a code it translates and a message for support.
#[derive(Debug, Serialize)]
pub struct CommandError {
    pub code: ClientErrorCode,
    pub message: String,
}

impl From<ClientError> for CommandError {
    fn from(e: ClientError) -> Self {
        CommandError {
            code: e.code(),
            message: e.to_string(),
        }
    }
}

type Result<T> = std::result::Result<T, CommandError>;
type AppRef<'a> = State<'a, Arc<AppState>>;

fn changed(state: &AppState) {
    (state.emit)("data-changed", json!({"source": "local"}));
    background::emit_status(state);
    state.kick();
}

#[tauri::command]
pub fn today(state: AppRef<'_>) -> Result<TodayView> {
    Ok(state.device.today(Utc::now())?)
}

#[tauri::command]
pub fn plan(state: AppRef<'_>) -> Result<PlanView> {
    Ok(state.device.plan()?)
}

#[tauri::command]
pub fn schedule(state: AppRef<'_>, from: NaiveDate, to: NaiveDate) -> Result<ScheduleView> {
    Ok(state.device.schedule(from, to)?)
}

#[tauri::command]
pub fn recognition(state: AppRef<'_>) -> Result<RecognitionView> {
    Ok(state.device.recognition()?)
}

#[tauri::command]
pub fn messages(state: AppRef<'_>) -> Result<MessagesView> {
    Ok(state.device.messages()?)
}

#[tauri::command]
pub fn sync_status(state: AppRef<'_>) -> Result<SyncStatus> {
    Ok(state.device.sync_status()?)
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    language: Option<String>,
    text_scale: f64,
    reminder_minutes: i64,
    key_storage: crate::keystore::KeyStorage,
}

#[tauri::command]
pub fn settings(state: AppRef<'_>) -> Result<Settings> {
    let d = &state.device;
    Ok(Settings {
        language: d.setting("language")?,
        text_scale: d
            .setting("text_scale")?
            .and_then(|s| s.parse().ok())
            .unwrap_or(1.0),
        reminder_minutes: d
            .setting("reminder_minutes")?
            .and_then(|s| s.parse().ok())
            .unwrap_or(background::DEFAULT_REMINDER_MINUTES),
        key_storage: state.key_storage,
    })
}

#[tauri::command]
pub fn set_settings(
    state: AppRef<'_>,
    language: Option<String>,
    text_scale: Option<f64>,
    reminder_minutes: Option<i64>,
) -> Result<()> {
    let d = &state.device;
    if let Some(lang) = language {
        d.set_preferred_language(&lang)?;
    }
    if let Some(scale) = text_scale {
        d.set_setting("text_scale", &scale.clamp(0.8, 2.5).to_string())?;
    }
    if let Some(m) = reminder_minutes {
        d.set_setting("reminder_minutes", &m.clamp(0, 24 * 60).to_string())?;
    }
    changed(&state);
    Ok(())
}

#[tauri::command]
pub fn set_activity_status(
    state: AppRef<'_>,
    activity_id: String,
    status: ActivityStatus,
) -> Result<()> {
    state.device.set_activity_status(&activity_id, status)?;
    changed(&state);
    Ok(())
}

#[tauri::command]
pub fn propose_activity(
    state: AppRef<'_>,
    title: String,
    description: Option<String>,
    activity_type: ActivityType,
    goal_id: Option<String>,
    due: Option<NaiveDate>,
) -> Result<String> {
    let id = state.device.propose_activity(
        &title,
        description.as_deref(),
        activity_type,
        goal_id.as_deref(),
        due,
    )?;
    changed(&state);
    Ok(id)
}

#[tauri::command]
pub fn answer_event(
    state: AppRef<'_>,
    event_id: String,
    response: Response,
    reason: Option<String>,
) -> Result<()> {
    state
        .device
        .answer_event(&event_id, response, reason.as_deref())?;
    changed(&state);
    Ok(())
}

#[tauri::command]
pub fn add_agenda_item(state: AppRef<'_>, event_id: String, text: String) -> Result<String> {
    let id = state.device.add_agenda_item(&event_id, &text)?;
    changed(&state);
    Ok(id)
}

#[tauri::command]
pub fn mark_document_ready(state: AppRef<'_>, document_id: String) -> Result<()> {
    state.device.mark_document_ready(&document_id)?;
    changed(&state);
    Ok(())
}

/// Keep a page of a required document and queue it. The body is the page's bytes as they are
/// (the UI shrank a photo; a PDF goes unchanged): `invoke('add_document_page', bytes, { headers })`
/// sends them raw, without JSON or base64. The document's id comes in the `Veikart-Document`
/// header and the thumbnail (a small JPEG data URL) in `Veikart-Thumbnail`. Android's webview
/// cannot hand a raw body over, so there the bytes come as a JSON array of numbers; both are read.
#[tauri::command]
pub fn add_document_page(state: AppRef<'_>, request: tauri::ipc::Request<'_>) -> Result<String> {
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let document_id = header("veikart-document")
        .ok_or_else(|| ClientError::Invalid("which document is the page of?".into()))?;
    let thumbnail = header("veikart-thumbnail");
    let bytes = page_bytes(request.body())?;
    let id = state
        .device
        .add_document_page(&document_id, &bytes, thumbnail.as_deref())?;
    changed(&state);
    Ok(id)
}

/// The bytes of an `add_document_page` body: raw, or (Android) a JSON array of numbers 0–255.
fn page_bytes(body: &tauri::ipc::InvokeBody) -> std::result::Result<Vec<u8>, ClientError> {
    match body {
        tauri::ipc::InvokeBody::Raw(bytes) => Ok(bytes.clone()),
        tauri::ipc::InvokeBody::Json(serde_json::Value::Array(items)) => items
            .iter()
            .map(|v| v.as_u64().and_then(|n| u8::try_from(n).ok()))
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(|| ClientError::Invalid("the page is not bytes".into())),
        _ => Err(ClientError::Invalid("the page is not bytes".into())),
    }
}

/// Remove a page (until the caseworker has accepted its document).
#[tauri::command]
pub fn remove_document_page(state: AppRef<'_>, page_id: String) -> Result<()> {
    state.device.remove_document_page(&page_id)?;
    changed(&state);
    Ok(())
}

#[tauri::command]
pub fn send_message(state: AppRef<'_>, body: String) -> Result<String> {
    let id = state.device.send_message(&body)?;
    changed(&state);
    Ok(id)
}

/// "This text is wrong or unclear": a better wording of one of the app's texts, for the translators.
#[tauri::command]
pub fn propose_wording(
    state: AppRef<'_>,
    language: String,
    key: String,
    text: String,
    comment: Option<String>,
) -> Result<String> {
    let id = state
        .device
        .propose_wording(&language, &key, &text, comment.as_deref())?;
    changed(&state);
    Ok(id)
}

#[tauri::command]
pub fn mark_messages_read(state: AppRef<'_>) -> Result<usize> {
    let n = state.device.mark_messages_read()?;
    if n > 0 {
        changed(&state);
    }
    Ok(n)
}

#[tauri::command]
pub fn dismiss_rejection(state: AppRef<'_>, id: u64) -> Result<()> {
    state.device.dismiss_rejection(id)?;
    changed(&state);
    Ok(())
}

/// Whether this device can scan the code sheet's QR code: phones, through the barcode scanner
/// plugin. Desktops have no scanner to offer, so the UI asks them to type the code.
#[tauri::command]
pub fn can_scan() -> bool {
    cfg!(any(target_os = "android", target_os = "ios"))
}

fn device_name() -> String {
    format!("Veikart ({})", std::env::consts::OS)
}

/// Enrol with a code or the code sheet's whole link; `server_url`, when given, is used instead
/// of the server the link names (the "other server" choice) and is needed with a bare code.
#[tauri::command]
pub async fn enrol(state: AppRef<'_>, server_url: Option<String>, code: String) -> Result<()> {
    let state = state.inner().clone();
    let (server_url, code) = veikart_client::enrol_link::resolve(server_url.as_deref(), &code)?;
    state
        .device
        .enrol(&server_url, &code, &device_name())
        .await?;
    // A first sync now, so the first screen has data; errors leave it to the background loop.
    if let Err(e) = state.device.sync().await {
        tracing::info!(code = %e.code(), "first sync after enrolment failed");
    }
    background::start(&state);
    (state.emit)("data-changed", json!({"source": "sync"}));
    background::emit_status(&state);
    Ok(())
}

#[tauri::command]
pub async fn sync_now(state: AppRef<'_>) -> Result<SyncStatus> {
    let state = state.inner().clone();
    match state.device.sync().await {
        Ok(_) => (state.emit)("data-changed", json!({"source": "sync"})),
        Err(ClientError::Revoked) => {
            state.stop_sync();
            (state.emit)("wiped", serde_json::Value::Null);
            return Err(ClientError::Revoked.into());
        }
        // The status says what went wrong; the UI shows it.
        Err(_) => {}
    }
    background::start(&state);
    // Wake the background loop too: it may be waiting out a back-off with its pokes unheard.
    state.kick();
    background::emit_status(&state);
    Ok(state.device.sync_status()?)
}

#[derive(Serialize)]
struct Export {
    exported_at: chrono::DateTime<Utc>,
    rows: Vec<veikart_protocol::Row>,
    sync: SyncStatus,
}

#[tauri::command]
pub fn export_data(state: AppRef<'_>) -> Result<String> {
    let export = Export {
        exported_at: Utc::now(),
        rows: state.device.export()?,
        sync: state.device.sync_status()?,
    };
    serde_json::to_string_pretty(&export).map_err(|e| CommandError {
        code: ErrorCode::Internal.into(),
        message: e.to_string(),
    })
}

#[tauri::command]
pub fn export_ics(state: AppRef<'_>) -> Result<String> {
    let today = screens::oslo_today(Utc::now());
    let view = state
        .device
        .schedule(today - Duration::days(30), today + Duration::days(335))?;
    let lang = state.language();
    let t = Translator::new(&lang);
    Ok(ics::calendar(&view.events, &lang, Utc::now(), |e| {
        let kind = serde_json::to_value(e.event.event_kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        t.text(&format!("event-kind-{kind}"), &[])
    }))
}

/// The UI drew its first screen with data. With VEIKART_BENCH_READY set, the time since the process
/// started is printed on stdout for `cargo xtask bench app`.
#[tauri::command]
pub fn rendered() {
    if std::env::var_os("VEIKART_BENCH_READY").is_some() {
        let ms = crate::STARTED.get().map_or(0, |t| t.elapsed().as_millis());
        println!("VEIKART_RENDERED_MS={ms}");
    }
}

#[tauri::command]
pub async fn sign_out(state: AppRef<'_>) -> Result<()> {
    let state = state.inner().clone();
    state.stop_sync();
    state.device.sign_out().await?;
    (state.emit)("wiped", serde_json::Value::Null);
    Ok(())
}
