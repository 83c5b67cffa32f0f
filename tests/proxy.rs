//! An HTTP proxy between devices and the server that drops, delays and duplicates requests, cuts
//! the connection after the server has committed but before the client has read the answer, and
//! (where asked) cuts a request in the middle of its body.
//! Faults come from a seeded RNG, so a failing run replays with its seed.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, Response, StatusCode};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    None,
    /// The request never reaches the server.
    Drop,
    /// The request reaches the server late.
    Delay(u64),
    /// The server receives the request twice, at the same time.
    Duplicate,
    /// The server commits, but the answer never reaches the client.
    CutAfterCommit,
    /// The server receives the head and half the body, then the connection breaks (only where
    /// asked for, `FaultProxy::cutting_bodies`; a request without a body is dropped instead).
    CutMidBody,
}

struct ProxyState {
    /// Where requests go; a test may point it at a restored server.
    upstream: Mutex<String>,
    http: reqwest::Client,
    rng: Mutex<StdRng>,
    faulty: AtomicBool,
    cut_bodies: AtomicBool,
    /// Requests cut in the middle of their body so far.
    bodies_cut: AtomicUsize,
}

pub struct FaultProxy {
    pub addr: std::net::SocketAddr,
    state: Arc<ProxyState>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.stop();
    }
}

const FORWARDED: [&str; 5] = [
    "content-type",
    "content-encoding",
    "authorization",
    "accept-encoding",
    "accept",
];

impl FaultProxy {
    pub async fn start(upstream: String, seed: u64) -> std::io::Result<FaultProxy> {
        let state = Arc::new(ProxyState {
            upstream: Mutex::new(upstream),
            http: reqwest::Client::builder()
                .no_gzip()
                .build()
                .map_err(std::io::Error::other)?,
            rng: Mutex::new(StdRng::seed_from_u64(seed)),
            faulty: AtomicBool::new(false),
            cut_bodies: AtomicBool::new(false),
            bodies_cut: AtomicUsize::new(0),
        });
        let app = axum::Router::new()
            .fallback(forward)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(FaultProxy { addr, state, task })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stop serving now. Dropping a task's handle does not stop the task: without this, every
    /// proxy (its listener, its connection pool, and the server connections that pool holds open)
    /// outlived its test run.
    pub fn stop(&self) {
        self.task.abort();
    }

    /// Send everything to another server from now on (a restored one, at a new address).
    pub fn set_upstream(&self, url: String) {
        if let Ok(mut upstream) = self.state.upstream.lock() {
            *upstream = url;
        }
    }

    pub fn set_faulty(&self, on: bool) {
        self.state.faulty.store(on, Ordering::SeqCst);
    }

    /// Also cut requests in the middle of their body (one in ten, while faulty): what a phone
    /// losing its network halfway through a page's chunk does to the server.
    pub fn cutting_bodies(self) -> FaultProxy {
        self.state.cut_bodies.store(true, Ordering::SeqCst);
        self
    }

    /// How many requests were cut in the middle of their body: a test can tell the fault ran.
    pub fn bodies_cut(&self) -> usize {
        self.state.bodies_cut.load(Ordering::SeqCst)
    }
}

impl ProxyState {
    fn pick(&self) -> Fault {
        if !self.faulty.load(Ordering::SeqCst) {
            return Fault::None;
        }
        let Ok(mut rng) = self.rng.lock() else {
            return Fault::None;
        };
        match rng.random_range(0..100) {
            0..12 => Fault::Drop,
            12..24 => Fault::Delay(rng.random_range(1..15)),
            24..36 => Fault::Duplicate,
            36..50 => Fault::CutAfterCommit,
            50..60 if self.cut_bodies.load(Ordering::SeqCst) => Fault::CutMidBody,
            _ => Fault::None,
        }
    }
}

/// A response whose body fails after the head: the client sees the connection break.
fn broken() -> Response<Body> {
    let stream = futures_util::stream::once(async {
        Err::<axum::body::Bytes, _>(std::io::Error::other("connection cut by the fault proxy"))
    });
    let mut resp = Response::new(Body::from_stream(stream));
    *resp.status_mut() = StatusCode::OK;
    resp
}

struct Upstream {
    status: StatusCode,
    headers: HeaderMap,
    body: axum::body::Bytes,
}

async fn send(
    state: &ProxyState,
    method: &axum::http::Method,
    path: &str,
    headers: &HeaderMap,
    body: &axum::body::Bytes,
) -> Result<Upstream, reqwest::Error> {
    let upstream = state.upstream.lock().map(|u| u.clone()).unwrap_or_default();
    let mut req = state
        .http
        .request(method.clone(), format!("{upstream}{path}"))
        .body(body.clone());
    for name in FORWARDED {
        if let Some(v) = headers.get(name) {
            req = req.header(name, v.clone());
        }
    }
    let resp = req.send().await?;
    let status = resp.status();
    let mut out = HeaderMap::new();
    for name in ["content-type", "content-encoding", "content-length"] {
        if let Some(v) = resp.headers().get(name) {
            out.insert(HeaderName::from_static(name), v.clone());
        }
    }
    Ok(Upstream {
        status,
        headers: out,
        body: resp.bytes().await?,
    })
}

/// Send the head and the first half of `body`, then break the connection: the server must keep
/// nothing of a body it did not receive whole.
async fn send_half(
    state: &ProxyState,
    method: &axum::http::Method,
    path: &str,
    headers: &HeaderMap,
    body: &axum::body::Bytes,
) {
    let upstream = state.upstream.lock().map(|u| u.clone()).unwrap_or_default();
    let half = body.slice(..body.len() / 2);
    let parts: Vec<Result<axum::body::Bytes, std::io::Error>> = vec![
        Ok(half),
        Err(std::io::Error::other(
            "connection cut mid-body by the fault proxy",
        )),
    ];
    let mut req = state
        .http
        .request(method.clone(), format!("{upstream}{path}"))
        .header("content-length", body.len())
        .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
            parts,
        )));
    for name in FORWARDED {
        if let Some(v) = headers.get(name) {
            req = req.header(name, v.clone());
        }
    }
    // The request fails by design; what matters is what the server kept.
    let _ = req.send().await;
}

async fn forward(State(state): State<Arc<ProxyState>>, req: Request) -> Response<Body> {
    let (parts, body) = req.into_parts();
    let Ok(body) = axum::body::to_bytes(body, 64 * 1024 * 1024).await else {
        return broken();
    };
    let path = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".into());
    let fault = state.pick();
    let upstream = match fault {
        Fault::Drop => return broken(),
        Fault::CutMidBody => {
            if body.len() > 1 {
                send_half(&state, &parts.method, &path, &parts.headers, &body).await;
                state.bodies_cut.fetch_add(1, Ordering::SeqCst);
            }
            return broken();
        }
        Fault::Delay(ms) => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            send(&state, &parts.method, &path, &parts.headers, &body).await
        }
        Fault::Duplicate => {
            let (a, _) = tokio::join!(
                send(&state, &parts.method, &path, &parts.headers, &body),
                send(&state, &parts.method, &path, &parts.headers, &body)
            );
            a
        }
        Fault::None | Fault::CutAfterCommit => {
            send(&state, &parts.method, &path, &parts.headers, &body).await
        }
    };
    let Ok(upstream) = upstream else {
        return broken();
    };
    if fault == Fault::CutAfterCommit {
        return broken();
    }
    let mut resp = Response::new(Body::from(upstream.body));
    *resp.status_mut() = upstream.status;
    *resp.headers_mut() = upstream.headers;
    resp
}
