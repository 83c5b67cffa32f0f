//! The Veikart participant app: a thin Tauri 2 shell over `veikart-client`. All logic lives in the
//! client crate (tested headless); this crate wires it to the window: commands, events, the
//! background sync, notifications and the database key. It never sends anything anywhere but the
//! participant's own bydel server.

#![forbid(unsafe_code)]

mod background;
pub mod commands;
mod i18n;
pub use veikart_client::keystore;
mod notices;
pub mod state;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;
use veikart_client::{ClientError, Device};

use crate::state::AppState;

/// When the process started, for the start-up benchmark.
pub(crate) static STARTED: OnceLock<Instant> = OnceLock::new();

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("the database key: {0}")]
    Key(#[from] keystore::KeyError),
    #[error("the device database: {0}")]
    Device(#[from] ClientError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// The app's commands and plugins on any runtime: the real one, or tauri's mock in tests.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    let builder = builder.plugin(tauri_plugin_notification::init());
    // The camera reads the code sheet's QR code on phones; desktops have no scanner (can_scan).
    #[cfg(any(target_os = "android", target_os = "ios"))]
    let builder = builder.plugin(tauri_plugin_barcode_scanner::init());
    builder.invoke_handler(tauri::generate_handler![
        commands::today,
        commands::plan,
        commands::schedule,
        commands::recognition,
        commands::messages,
        commands::sync_status,
        commands::settings,
        commands::set_settings,
        commands::set_activity_status,
        commands::propose_activity,
        commands::answer_event,
        commands::add_agenda_item,
        commands::mark_document_ready,
        commands::add_document_page,
        commands::remove_document_page,
        commands::send_message,
        commands::propose_wording,
        commands::mark_messages_read,
        commands::dismiss_rejection,
        commands::enrol,
        commands::can_scan,
        commands::sync_now,
        commands::export_data,
        commands::export_ics,
        commands::sign_out,
        commands::rendered,
    ])
}

/// Open (or create) the encrypted device store in `data_dir`, manage the state, start syncing.
/// `allow_keystore: false` keeps the key in a file even where a keystore exists (tests, kiosks).
pub fn start<R: Runtime>(
    app: &AppHandle<R>,
    data_dir: PathBuf,
    allow_keystore: bool,
) -> Result<Arc<AppState>, StartError> {
    let (key, key_storage) = keystore::database_key(&data_dir, keystore::APP, allow_keystore)?;
    let path = data_dir.join("device.sqlite");
    let device = match Device::open(&path, Some(&key)) {
        Err(ClientError::Locked) => {
            // The key that encrypted this file is gone (a keystore reset): it cannot be read by
            // anyone. Keep it aside for support and start again; the server has the data.
            let aside = data_dir.join(format!(
                "device.unreadable-{}.sqlite",
                chrono::Utc::now().timestamp()
            ));
            std::fs::rename(&path, &aside)?;
            tracing::warn!("device database unreadable with the current key; started anew");
            Device::open(&path, Some(&key))?
        }
        other => other?,
    };
    let emit = {
        let app = app.clone();
        Arc::new(move |event: &str, payload: serde_json::Value| {
            if let Err(e) = app.emit(event, payload) {
                tracing::warn!(error = %e, "cannot reach the UI");
            }
        })
    };
    let notify = {
        let app = app.clone();
        Arc::new(move |title: &str, body: &str| {
            if let Err(e) = app.notification().builder().title(title).body(body).show() {
                tracing::warn!(error = %e, "cannot show a notification");
            }
        })
    };
    let state = Arc::new(AppState {
        device: Arc::new(device),
        key_storage,
        data_dir,
        emit,
        notify,
        sync: Mutex::new(None),
    });
    app.manage(state.clone());
    background::start(&state);
    Ok(state)
}

/// The main window, from the configuration, with downloads (the calendar file, "export my data")
/// saved to the user's download folder instead of being dropped by the webview.
fn open_window(app: &mut tauri::App) -> tauri::Result<()> {
    let Some(config) = app.config().app.windows.first().cloned() else {
        return Ok(());
    };
    // XDG_DOWNLOAD_DIR where it is set, else ~/Downloads.
    let downloads = app
        .path()
        .download_dir()
        .or_else(|_| app.path().home_dir().map(|h| h.join("Downloads")))
        .ok();
    tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
        .on_download(move |webview, event| {
            match event {
                tauri::webview::DownloadEvent::Requested { destination, .. } => {
                    tracing::info!("download requested");
                    if let (Some(dir), Some(name)) = (&downloads, destination.file_name()) {
                        let _ = std::fs::create_dir_all(dir);
                        *destination = dir.join(name);
                    }
                }
                tauri::webview::DownloadEvent::Finished { success, .. } => {
                    let _ = webview.emit(
                        "download-finished",
                        serde_json::json!({ "success": success }),
                    );
                    if !success {
                        tracing::warn!("a download failed");
                    }
                }
                _ => {}
            }
            true
        })
        .build()?;
    Ok(())
}

/// For demos and kiosks: enrol at start with VEIKART_ENROL_SERVER and VEIKART_ENROL_CODE (and set
/// VEIKART_LANGUAGE) if the device is not enrolled yet. `cargo xtask demo` uses it.
fn enrol_from_environment(state: &Arc<AppState>) {
    let (Ok(server), Ok(code)) = (
        std::env::var("VEIKART_ENROL_SERVER"),
        std::env::var("VEIKART_ENROL_CODE"),
    ) else {
        return;
    };
    if !matches!(state.device.enrolment(), Ok(None)) {
        return;
    }
    let state = state.clone();
    tauri::async_runtime::spawn(async move {
        if let Ok(lang) = std::env::var("VEIKART_LANGUAGE")
            && let Err(e) = state.device.set_preferred_language(&lang)
        {
            tracing::warn!(code = %e.code(), "cannot set the language");
        }
        match state.device.enrol(&server, &code, "Veikart demo").await {
            Ok(()) => {
                let _ = state.device.sync().await;
                background::start(&state);
                (state.emit)("data-changed", serde_json::json!({"source": "sync"}));
                background::emit_status(&state);
            }
            Err(e) => tracing::warn!(code = %e.code(), "enrolment from the environment failed"),
        }
    });
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    STARTED.get_or_init(Instant::now);
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let result = configure(tauri::Builder::default())
        .setup(|app| {
            let dir = app.path().app_data_dir()?;
            let allow_keystore = std::env::var("VEIKART_KEY_STORAGE").as_deref() != Ok("file");
            let state = start(app.handle(), dir, allow_keystore)?;
            open_window(app)?;
            enrol_from_environment(&state);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!(error = %e, "the app stopped with an error");
        std::process::exit(1);
    }
}
