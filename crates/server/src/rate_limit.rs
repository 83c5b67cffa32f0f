//! Attempts per client address in a fixed window (enrolment, console sign-in): enough to stop
//! guessing codes and passwords. Counted in the database, so that every instance behind a load
//! balancer counts the same attempts and the limit holds for the service, not per process.

use std::net::IpAddr;

use crate::app::App;
use crate::error::ApiError;
use crate::store::Store;

/// A kind of request and how many of it one address may make per window.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub kind: &'static str,
    pub per_window: u32,
    pub window_secs: u32,
}

/// Count one attempt from `addr`; `false` if it is over the limit.
pub async fn allow<S: Store>(app: &App<S>, limit: Limit, addr: IpAddr) -> Result<bool, ApiError> {
    let key = format!("{}:{addr}", limit.kind);
    let count = app
        .write(move |tx| Ok(tx.count_attempt(&key, limit.window_secs)?))
        .await?;
    Ok(count <= limit.per_window)
}
