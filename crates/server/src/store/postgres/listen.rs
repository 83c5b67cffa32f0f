//! The notification listener: one connection of its own that `LISTEN`s on the notice channel and
//! hands every other instance's notices on, in commit order. A cut connection is a gap (notices
//! may have been lost while it was down): the receiver hears [`Feed::Gap`] once it is back, and
//! forgets what it knew from them.

use std::ops::ControlFlow;
use std::time::Duration;

use postgres::fallible_iterator::FallibleIterator;
use postgres::{Client, NoTls};

use super::NOTICE_CHANNEL;
use crate::store::{Feed, Notice};

/// How long to wait for a notification before asking the receiver whether it still wants them.
const IDLE: Duration = Duration::from_secs(1);

/// Idle rounds between two pings: a connection that died without a word shows only when used.
const PING_EVERY: u32 = 15;

pub(super) fn run(
    config: &postgres::Config,
    instance: &str,
    mut sink: Box<dyn FnMut(Feed) -> ControlFlow<()> + Send>,
) {
    let mut first = true;
    let mut wait = Duration::from_millis(100);
    loop {
        match config.connect(NoTls) {
            Ok(mut client) => {
                if let Err(e) = client.batch_execute(&format!("LISTEN {NOTICE_CHANNEL}")) {
                    tracing::warn!(error = %e, "could not listen for notices");
                } else {
                    wait = Duration::from_millis(100);
                    // Listening again after a cut: what was sent meanwhile is lost.
                    if !first && sink(Feed::Gap).is_break() {
                        return;
                    }
                    first = false;
                    if listen(&mut client, instance, &mut sink).is_break() {
                        return;
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "notification listener cannot connect"),
        }
        if !first && sink(Feed::Gap).is_break() {
            return;
        }
        first = false;
        std::thread::sleep(wait);
        wait = (wait * 2).min(Duration::from_secs(5));
    }
}

/// Hand on notices until the connection fails (`Continue`) or the receiver is done (`Break`).
fn listen(
    client: &mut Client,
    instance: &str,
    sink: &mut Box<dyn FnMut(Feed) -> ControlFlow<()> + Send>,
) -> ControlFlow<()> {
    let mut idle_rounds = 0;
    loop {
        let mut any = false;
        let mut notifications = client.notifications();
        let mut iter = notifications.timeout_iter(IDLE);
        loop {
            match iter.next() {
                Ok(Some(n)) => {
                    any = true;
                    let Some((from, line)) = n.payload().split_once(' ') else {
                        continue;
                    };
                    if from == instance {
                        continue;
                    }
                    match Notice::decode(line) {
                        Some(notice) => sink(Feed::Notice(notice))?,
                        None => tracing::warn!("passed over a notice that does not parse"),
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "notification listener lost its connection");
                    return ControlFlow::Continue(());
                }
            }
        }
        drop(iter);
        drop(notifications);
        if any {
            continue;
        }
        sink(Feed::Idle)?;
        idle_rounds += 1;
        if idle_rounds % PING_EVERY == 0
            && let Err(e) = client.batch_execute("SELECT 1")
        {
            tracing::warn!(error = %e, "notification listener lost its connection");
            return ControlFlow::Continue(());
        }
    }
}
