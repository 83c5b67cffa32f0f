//! A device's own run loop (`veikart_client::run`) inside a test, its events on a channel: what
//! the pokes tests watch, on one server or across instances.

// Test support: a missing event is a failed test.
#![allow(clippy::expect_used)]

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, watch};
use veikart_client::{Device, SyncEvent};
use veikart_protocol::Row;

pub struct RunLoop {
    events: mpsc::UnboundedReceiver<SyncEvent>,
    task: tokio::task::JoinHandle<()>,
    // Held so the loop is neither kicked nor stopped from outside.
    _kick: mpsc::Sender<()>,
    _stop: watch::Sender<bool>,
}

impl RunLoop {
    /// Start the enrolled `device`'s loop and wait for its first sync and the one when its event
    /// stream opens.
    pub async fn start(device: Arc<Device>) -> RunLoop {
        let (tx, events) = mpsc::unbounded_channel();
        let (kick_tx, kick) = mpsc::channel(1);
        let (stop_tx, stop) = watch::channel(false);
        let task = tokio::spawn(veikart_client::run(
            device,
            move |e| {
                let _ = tx.send(e);
            },
            kick,
            stop,
        ));
        let mut run = RunLoop {
            events,
            task,
            _kick: kick_tx,
            _stop: stop_tx,
        };
        for _ in 0..2 {
            let e = run.next().await;
            assert!(matches!(e, SyncEvent::Synced(_)), "unexpected {e:?}");
        }
        run
    }

    /// The next event, within 5 s.
    pub async fn next(&mut self) -> SyncEvent {
        tokio::time::timeout(Duration::from_secs(5), self.events.recv())
            .await
            .expect("no sync event within 5 s")
            .expect("run loop ended")
    }

    /// Wait until a sync brings an event whose room is `room`.
    pub async fn until_room(&mut self, room: &str) {
        loop {
            match self.next().await {
                SyncEvent::Synced(report)
                    if report.applied.changed_rows.iter().any(|(_, after)| {
                        matches!(after, Some(Row::Event(e)) if e.room.as_deref() == Some(room))
                    }) => {
                    return;
                }
                SyncEvent::Synced(_) => continue,
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    /// Wait until the device hears it was signed out, and its loop ends.
    pub async fn until_revoked(mut self) {
        loop {
            match self.next().await {
                SyncEvent::Revoked => break,
                SyncEvent::Synced(_) => continue,
                other => panic!("unexpected {other:?}"),
            }
        }
        self.task.await.expect("run loop");
    }
}
