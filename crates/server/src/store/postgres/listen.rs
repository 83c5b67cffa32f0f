//! The notification listener: one connection of its own that `LISTEN`s on the notice channel and
//! hands every other instance's notices on, in commit order. While the connection is cut, notices
//! are missed: the receiver hears [`Feed::Lost`] at once and [`Feed::Listening`] when it is back.

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
) -> ControlFlow<()> {
    let mut wait = Duration::from_millis(100);
    loop {
        let connected = config.connect(NoTls).and_then(|mut client| {
            client.batch_execute(&format!("LISTEN {NOTICE_CHANNEL}"))?;
            Ok(client)
        });
        match connected {
            Ok(mut client) => {
                wait = Duration::from_millis(100);
                sink(Feed::Listening)?;
                listen(&mut client, instance, &mut sink)?;
                sink(Feed::Lost)?;
            }
            Err(e) => {
                tracing::warn!(error = %e, "notification listener cannot connect");
                sink(Feed::Idle)?;
            }
        }
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
