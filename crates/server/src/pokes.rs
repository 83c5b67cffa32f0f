//! Pokes: after a commit (on any instance), every scope it bumped is announced here, and
//! `device:<id>` when a device was revoked. The device endpoints' event streams (`api::events`)
//! listen; a poke carries no data.

use tokio::sync::broadcast;

#[derive(Clone)]
pub struct Pokes {
    tx: broadcast::Sender<String>,
}
impl Default for Pokes {
    fn default() -> Self {
        Self::new()
    }
}

impl Pokes {
    pub fn new() -> Self {
        Pokes {
            tx: broadcast::channel(4096).0,
        }
    }

    /// Announce a changed scope, or `device:<id>` for a revoked device.
    pub fn send(&self, topic: String) {
        // No listener is not an error.
        let _ = self.tx.send(topic);
    }

    /// End every open event stream (at shutdown).
    pub fn close(&self) {
        self.send(SHUTDOWN.to_owned());
    }

    pub fn subscribe(&self) -> broadcast::Receiver<String> {
        self.tx.subscribe()
    }
}

/// The topic that ends every open event stream.
pub(crate) const SHUTDOWN: &str = "shutdown";

/// The topic that tells every open event stream to sync (after notices may have been missed).
pub(crate) const EVERYONE: &str = "everyone";

pub fn device_topic(device_id: &str) -> String {
    format!("device:{device_id}")
}
