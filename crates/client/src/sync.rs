//! Talking to the bydel server: enrol, sync (one round trip per page, pages until done), listen for
//! pokes, and a run loop that backs off while the network is away. Nothing leaves the device except
//! to the server it enrolled with.

use std::io::Write;
use std::time::Duration;

use chrono::Utc;
use futures_util::StreamExt;
use reqwest::header::{AUTHORIZATION, CONTENT_ENCODING, CONTENT_TYPE};
use veikart_protocol::{
    EnrolRequest, EnrolResponse, ErrorBody, ErrorCode, PROTOCOL_VERSION, SyncRequest, SyncResponse,
};

use crate::device::Device;
use crate::error::{ClientError, ClientErrorCode, Result};
use crate::store::{Applied, Enrolment, fmt_time};

/// Bodies smaller than this are sent as they are: gzip would only add bytes.
const COMPRESS_FROM: usize = 1024;
/// Mutations sent in one request; the rest go in the next page.
const MUTATIONS_PER_REQUEST: usize = 200;
/// A sync that pages more than this many times stops and tries again later.
const MAX_PAGES: usize = 200;

#[cfg(test)]
mod tests {
    #[test]
    fn plain_http_only_to_this_machine() {
        for ok in [
            "https://veikart.oslo.kommune.no",
            "http://127.0.0.1:8080",
            "http://localhost:1/x",
            "http://[::1]:80",
        ] {
            assert!(super::secure_enough(ok), "{ok}");
        }
        for bad in [
            "http://veikart.oslo.kommune.no",
            "http://10.0.0.2:8080",
            "ftp://x",
            "http://127.evil.com",
        ] {
            assert!(!super::secure_enough(bad), "{bad}");
        }
    }

    /// Devices spread out: the waits differ from one device to the next and stay within the
    /// backoff, and the backoff never grows past a minute.
    #[test]
    fn retries_are_spread_and_come_within_a_minute() {
        use std::time::Duration;
        let waits: Vec<Duration> = (0..50)
            .map(|_| super::jittered(super::MAX_BACKOFF))
            .collect();
        assert!(
            waits
                .iter()
                .all(|w| *w >= Duration::from_secs(30) && *w <= Duration::from_secs(60))
        );
        let distinct: std::collections::BTreeSet<_> = waits.iter().collect();
        assert!(
            distinct.len() > 40,
            "spread, not in step: {}",
            distinct.len()
        );
        assert!(super::MAX_BACKOFF <= Duration::from_secs(60));
    }
}

/// What one `sync` did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct SyncReport {
    pub round_trips: usize,
    pub applied: Applied,
}

fn endpoint(server: &str, path: &str) -> String {
    format!("{}/api/v1/{path}", server.trim_end_matches('/'))
}

/// HTTPS, or plain HTTP to this machine only (a local server in demos and tests): the token and
/// the participant's data never cross a network in the clear.
fn secure_enough(url: &str) -> bool {
    if url.starts_with("https://") {
        return true;
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => authority,
    };
    matches!(host, "localhost" | "[::1]")
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn body_of<T: serde::Serialize>(value: &T) -> Result<(Vec<u8>, bool)> {
    let json = serde_json::to_vec(value).map_err(|e| ClientError::Corrupt(e.to_string()))?;
    if json.len() < COMPRESS_FROM {
        return Ok((json, false));
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&json)
        .and_then(|()| gz.finish())
        .map(|b| (b, true))
        .map_err(|e| ClientError::Corrupt(e.to_string()))
}

pub(crate) async fn error_of(resp: reqwest::Response) -> ClientError {
    let status = resp.status().as_u16();
    match resp.json::<ErrorBody>().await {
        Ok(body) => ClientError::Server {
            code: body.error,
            message: body.message,
        },
        Err(_) => ClientError::ServerStatus(status),
    }
}

impl Device {
    async fn post<T: serde::Serialize, R: serde::de::DeserializeOwned>(
        &self,
        url: &str,
        token: Option<&str>,
        body: &T,
    ) -> Result<R> {
        let (bytes, compressed) = body_of(body)?;
        let mut req = self
            .http
            .post(url)
            .header(CONTENT_TYPE, "application/json")
            .body(bytes);
        if compressed {
            req = req.header(CONTENT_ENCODING, "gzip");
        }
        if let Some(token) = token {
            req = req.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        let resp = req.send().await.map_err(ClientError::Offline)?;
        if !resp.status().is_success() {
            return Err(error_of(resp).await);
        }
        resp.json::<R>().await.map_err(ClientError::Offline)
    }

    /// Tell the servers of sign-outs made while they could not be reached. Returns how many are
    /// still waiting. A server that no longer knows the token has nothing left to revoke.
    pub async fn flush_revocations(&self) -> Result<usize> {
        let mut waiting = 0;
        let pending = self.store()?.revocations()?;
        for (server_url, token) in pending {
            let sent = self
                .http
                .post(endpoint(&server_url, "sign-out"))
                .header(AUTHORIZATION, format!("Bearer {token}"))
                .timeout(Duration::from_secs(15))
                .send()
                .await;
            let done = sent.is_ok_and(|r| {
                r.status().is_success() || r.status() == reqwest::StatusCode::UNAUTHORIZED
            });
            if done {
                self.store()?.forget_revocation(&server_url, &token)?;
                tracing::info!("the server has the sign-out");
            } else {
                waiting += 1;
            }
        }
        Ok(waiting)
    }

    /// Trade a caseworker's one-time code for this device's token.
    pub async fn enrol(&self, server_url: &str, code: &str, device_name: &str) -> Result<()> {
        if self.enrolment()?.is_some() {
            return Err(ClientError::AlreadyEnrolled);
        }
        // An earlier sign-out made offline is sent first; if it still cannot be, it waits on.
        if let Err(e) = self.flush_revocations().await {
            tracing::warn!(error = %e.code(), "could not send an earlier sign-out");
        }
        let server_url = server_url.trim().trim_end_matches('/').to_owned();
        if !secure_enough(&server_url) {
            return Err(ClientError::Invalid(
                "the server address must start with https://".into(),
            ));
        }
        let req = EnrolRequest {
            code: code.to_owned(),
            device_name: device_name.to_owned(),
        };
        let resp: EnrolResponse = self
            .post(&endpoint(&server_url, "enrol"), None, &req)
            .await?;
        self.store()?.save_enrolment(&Enrolment {
            server_url,
            token: resp.token,
            device_id: resp.device_id,
            participant_id: resp.participant_id,
        })?;
        // A language chosen before enrolment becomes the profile's preferred language.
        if let Some(lang) = self.setting("language")? {
            self.set_preferred_language(&lang)?;
        }
        tracing::info!("enrolled");
        Ok(())
    }

    fn record_attempt(&self, error: Option<&ClientError>) -> Result<()> {
        let store = self.store()?;
        store.set_setting("last_attempt_at", &fmt_time(Utc::now()))?;
        match error {
            Some(e) => store.set_setting("last_error", &e.code().to_string()),
            None => store.clear_setting("last_error"),
        }
    }

    /// One round trip: send what waits, receive what changed, apply both atomically.
    async fn round_trip(&self, enrolment: &Enrolment) -> Result<(SyncResponse, Applied)> {
        let (mutations, cursors, history): (Vec<veikart_protocol::Mutation>, _, _) = {
            let store = self.store()?;
            let outbox = store.outbox()?;
            let mutations = outbox
                .into_iter()
                .take(MUTATIONS_PER_REQUEST)
                .map(|p| veikart_protocol::Mutation {
                    seq: p.seq,
                    op: p.op,
                })
                .collect();
            // Cursors advanced under an older protocol passed rows of kinds that protocol did not
            // know (the server leaves them out for it). Naming no history has the server serve
            // every scope anew, the way it does after a restore, so those rows arrive now.
            let history = if store.cursors_protocol()? < PROTOCOL_VERSION {
                None
            } else {
                store.setting("history")?
            };
            (mutations, store.cursors()?, history)
        };
        let sent: Vec<u64> = mutations.iter().map(|m| m.seq).collect();
        let req = SyncRequest {
            protocol: PROTOCOL_VERSION,
            mutations,
            cursors,
            history,
        };
        let resp: SyncResponse = self
            .post(
                &endpoint(&enrolment.server_url, "sync"),
                Some(&enrolment.token),
                &req,
            )
            .await?;
        let applied = self.store()?.apply_response(&resp, &sent, Utc::now())?;
        Ok((resp, applied))
    }

    /// Sync until the server has nothing more and the outbox is sent. A revoked device wipes
    /// itself and answers [`ClientError::Revoked`].
    pub async fn sync(&self) -> Result<SyncReport> {
        let _guard = self.sync_lock.lock().await;
        let enrolment = self.enrolment()?.ok_or(ClientError::NotEnrolled)?;
        let mut report = SyncReport::default();
        let result = async {
            for _ in 0..MAX_PAGES {
                let before = self.store()?.outbox()?.len();
                let (resp, applied) = self.round_trip(&enrolment).await?;
                report.round_trips += 1;
                report.applied.confirmed += applied.confirmed;
                report.applied.rejected += applied.rejected;
                report.applied.resent += applied.resent;
                report.applied.changed_rows.extend(applied.changed_rows);
                let after = self.store()?.outbox()?.len();
                let outbox_done = after == 0 || (after == before && applied.resent == 0);
                if !resp.more && outbox_done {
                    break;
                }
            }
            Ok(())
        }
        .await;
        match result {
            Ok(()) => {
                self.record_attempt(None)?;
                Ok(report)
            }
            Err(ClientError::Server {
                code: ErrorCode::DeviceRevoked,
                ..
            }) => {
                self.wipe()?;
                Err(ClientError::Revoked)
            }
            Err(e) => {
                self.record_attempt(Some(&e))?;
                Err(e)
            }
        }
    }

    /// Listen for the server's pokes until the stream ends; each one (and the start of listening,
    /// to cover what changed before) is passed on to `pokes`, coalesced if one is already waiting.
    /// Returns `Ok(true)` if the server said the device was revoked.
    pub async fn listen(&self, pokes: &tokio::sync::mpsc::Sender<()>) -> Result<bool> {
        let enrolment = self.enrolment()?.ok_or(ClientError::NotEnrolled)?;
        let resp = self
            .http
            .get(endpoint(&enrolment.server_url, "events"))
            .header(AUTHORIZATION, format!("Bearer {}", enrolment.token))
            .timeout(Duration::from_secs(24 * 3600))
            .send()
            .await
            .map_err(ClientError::Offline)?;
        if !resp.status().is_success() {
            return Err(error_of(resp).await);
        }
        let mut stream = resp.bytes_stream();
        let mut buffer = String::new();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(ClientError::Offline)?;
            buffer.push_str(&String::from_utf8_lossy(&chunk));
            while let Some(end) = buffer.find("\n\n") {
                let block: String = buffer.drain(..end + 2).collect();
                let event = block
                    .lines()
                    .find_map(|l| l.strip_prefix("event:"))
                    .map(str::trim)
                    .unwrap_or("");
                match event {
                    "revoked" => return Ok(true),
                    "sync" | "ready" => {
                        let _ = pokes.try_send(());
                    }
                    _ => {}
                }
            }
        }
        Ok(false)
    }
}

/// What the run loop tells its owner.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncEvent {
    Synced(SyncReport),
    Failed(ClientErrorCode),
    Revoked,
    /// A page's upload moved on (bytes the server has of the total): the progress bar.
    Upload(crate::pages::PageProgress),
    /// An upload pass finished pages or had some refused: the Recognition screen changed.
    PagesChanged,
}

/// After a sync: upload the pages it confirmed. A failure (the network again) waits for the next
/// sync, which resumes from the server's count.
async fn upload_after_sync(device: &Device, on_event: &mut (impl FnMut(SyncEvent) + Send)) {
    let mut tell = |p| on_event(SyncEvent::Upload(p));
    let outcome = device.upload_pages(&mut tell).await;
    match outcome {
        Ok(report) if report.completed + report.refused > 0 => on_event(SyncEvent::PagesChanged),
        Ok(_) => {}
        Err(e) => {
            tracing::debug!(error = %e.code(), "page upload stopped; the next sync resumes it")
        }
    }
}

/// The longest wait between tries while the server cannot be reached: after a long outage a device
/// is back within a minute of the server.
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// Wait between a half and the whole of `backoff`, at random: after a server restart its devices
/// must not all come back in the same second.
fn jittered(backoff: Duration) -> Duration {
    let half = backoff / 2;
    half + half.mul_f64(rand::random::<f64>())
}

/// Keep the device in step until `stop` fires: sync at start, on every poke, on a timer, and after
/// the connection comes back, backing off (1 s doubling to [`MAX_BACKOFF`], jittered) while the
/// server cannot be reached. `kick` lets the owner ask for a sync now (pull-to-refresh, network
/// regained).
pub async fn run(
    device: std::sync::Arc<Device>,
    mut on_event: impl FnMut(SyncEvent) + Send,
    mut kick: tokio::sync::mpsc::Receiver<()>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    const TIMER: Duration = Duration::from_secs(300);
    let mut backoff = Duration::from_secs(1);
    loop {
        if *stop.borrow() {
            return;
        }
        let outcome = device.sync().await;
        let online = match outcome {
            Ok(report) => {
                on_event(SyncEvent::Synced(report));
                upload_after_sync(&device, &mut on_event).await;
                backoff = Duration::from_secs(1);
                true
            }
            Err(ClientError::Revoked) => {
                on_event(SyncEvent::Revoked);
                return;
            }
            Err(ClientError::NotEnrolled) => return,
            Err(e) => {
                on_event(SyncEvent::Failed(e.code()));
                false
            }
        };
        if online {
            // Listen for pokes; each one syncs. The stream ending (server restart, network gone)
            // drops us back to the top, which syncs and listens again.
            let (tx, mut rx) = tokio::sync::mpsc::channel::<()>(1);
            let listener = {
                let device = device.clone();
                async move { device.listen(&tx).await }
            };
            tokio::pin!(listener);
            let mut listening = true;
            loop {
                tokio::select! {
                    // Stop first: a kick still queued when the app stopped the loop (sign-out,
                    // wipe) must not start one more sync.
                    biased;
                    _ = stop.changed() => return,
                    res = &mut listener, if listening => {
                        listening = false;
                        match res {
                            Ok(true) => {
                                // Revoked: the next sync wipes the device.
                                if matches!(device.sync().await, Err(ClientError::Revoked)) {
                                    on_event(SyncEvent::Revoked);
                                    return;
                                }
                            }
                            _ => break,
                        }
                    }
                    Some(()) = rx.recv() => {
                        match device.sync().await {
                            Ok(report) => {
                                on_event(SyncEvent::Synced(report));
                                upload_after_sync(&device, &mut on_event).await;
                            }
                            Err(ClientError::Revoked) => { on_event(SyncEvent::Revoked); return; }
                            Err(e) => { on_event(SyncEvent::Failed(e.code())); break; }
                        }
                    }
                    Some(()) = kick.recv() => {
                        match device.sync().await {
                            Ok(report) => {
                                on_event(SyncEvent::Synced(report));
                                upload_after_sync(&device, &mut on_event).await;
                            }
                            Err(ClientError::Revoked) => { on_event(SyncEvent::Revoked); return; }
                            Err(e) => { on_event(SyncEvent::Failed(e.code())); break; }
                        }
                    }
                    () = tokio::time::sleep(TIMER) => {
                        if let Ok(report) = device.sync().await {
                            on_event(SyncEvent::Synced(report));
                            upload_after_sync(&device, &mut on_event).await;
                        }
                    }
                }
            }
        } else {
            tokio::select! {
                biased;
                _ = stop.changed() => return,
                () = tokio::time::sleep(jittered(backoff)) => {}
                Some(()) = kick.recv() => {}
            }
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    }
}
