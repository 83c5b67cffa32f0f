//! `GET /api/v1/events`: server-sent events. Each device listening is told to sync when one of its
//! scopes changed (`sync`), that it was revoked (`revoked`), and, when it starts listening, `ready`
//! (so it syncs once to cover the gap before).

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use tokio::sync::broadcast;

use super::AuthedDevice;
use crate::app::App;
use crate::domain::device_sync::device_scopes;
use crate::domain::mutations::DeviceCtx;
use crate::error::ApiResult;
use crate::pokes::{EVERYONE, SHUTDOWN, device_topic};
use crate::store::Store;

struct Listener<S> {
    app: App<S>,
    ctx: DeviceCtx,
    rx: broadcast::Receiver<String>,
    scopes: Vec<String>,
    /// Counts this stream as open in the metrics while it lives.
    _open: crate::metrics::StreamGuard,
    started: bool,
    done: bool,
}

pub async fn events<S: Store>(
    State(app): State<App<S>>,
    AuthedDevice(device): AuthedDevice,
) -> ApiResult<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    let ctx = DeviceCtx {
        device_id: device.id,
        participant_id: device.participant_id,
        bydel_id: device.bydel_id,
    };
    // Subscribe before reading the scopes, so no change between the two is missed.
    let rx = app.pokes.subscribe();
    let scopes = {
        let ctx = ctx.clone();
        app.read(move |tx| Ok(device_scopes(tx, &ctx)?)).await?
    };
    let open = app.metrics.stream_opened();
    let listener = Listener {
        _open: open,
        app,
        ctx,
        rx,
        scopes,
        started: false,
        done: false,
    };
    let stream = futures_util::stream::unfold(listener, |mut l| async move {
        if l.done {
            return None;
        }
        if !l.started {
            // Tell the device it is listening, so it can sync once to cover the gap before.
            l.started = true;
            return Some((Ok(Event::default().event("ready").data("")), l));
        }
        let own = device_topic(&l.ctx.device_id);
        let participant_scope = format!("p:{}", l.ctx.participant_id);
        loop {
            match l.rx.recv().await {
                Ok(topic) if topic == SHUTDOWN => return None,
                Ok(topic) if topic == own => {
                    l.done = true;
                    return Some((Ok(Event::default().event("revoked").data("")), l));
                }
                Ok(topic) if topic == EVERYONE => {
                    return Some((Ok(Event::default().event("sync").data("")), l));
                }
                Ok(topic) if l.scopes.contains(&topic) => {
                    if topic == participant_scope {
                        // Course membership lives in the participant's scope: refresh the list.
                        let ctx = l.ctx.clone();
                        if let Ok(scopes) = l.app.read(move |tx| Ok(device_scopes(tx, &ctx)?)).await
                        {
                            l.scopes = scopes;
                        }
                    }
                    return Some((Ok(Event::default().event("sync").data(topic)), l));
                }
                Ok(_) => continue,
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    return Some((Ok(Event::default().event("sync").data("")), l));
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}
