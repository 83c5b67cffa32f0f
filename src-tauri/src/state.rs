//! What the shell holds while it runs: the device, where its key lives, the background sync and
//! the ways to reach the UI and the notification centre (set once at start, runtime-agnostic so the
//! commands need no generic runtime).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use serde_json::Value;
use veikart_client::Device;

use crate::keystore::KeyStorage;

pub type Emit = Arc<dyn Fn(&str, Value) + Send + Sync>;
pub type Notify = Arc<dyn Fn(&str, &str) + Send + Sync>;

pub struct SyncHandle {
    pub kick: tokio::sync::mpsc::Sender<()>,
    pub stop: tokio::sync::watch::Sender<bool>,
}

pub struct AppState {
    pub device: Arc<Device>,
    pub key_storage: KeyStorage,
    pub data_dir: PathBuf,
    pub emit: Emit,
    pub notify: Notify,
    pub sync: Mutex<Option<SyncHandle>>,
}

impl AppState {
    pub fn language(&self) -> String {
        self.device
            .setting("language")
            .ok()
            .flatten()
            .unwrap_or_else(|| "nb".to_owned())
    }

    /// Ask the background sync to run now (after a local change, pull-to-refresh, network back).
    pub fn kick(&self) {
        if let Ok(guard) = self.sync.lock()
            && let Some(h) = guard.as_ref()
        {
            let _ = h.kick.try_send(());
        }
    }

    pub fn stop_sync(&self) {
        if let Ok(mut guard) = self.sync.lock()
            && let Some(h) = guard.take()
        {
            let _ = h.stop.send(true);
        }
    }
}
