//! A TCP relay that counts every byte crossing it in each direction, headers and all: what the
//! benchmark reports as "on the wire". It does not parse HTTP, so it counts exactly what was sent.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug)]
pub struct Counters {
    pub up: AtomicU64,
    pub down: AtomicU64,
    pub connections: AtomicU64,
    /// Bytes up after which every connection is cut (a train entering a tunnel); `u64::MAX`: never.
    cut_up_at: AtomicU64,
}

impl Default for Counters {
    fn default() -> Self {
        Counters {
            up: AtomicU64::new(0),
            down: AtomicU64::new(0),
            connections: AtomicU64::new(0),
            cut_up_at: AtomicU64::new(u64::MAX),
        }
    }
}

pub struct WireCounter {
    pub addr: std::net::SocketAddr,
    counters: Arc<Counters>,
    _task: tokio::task::JoinHandle<()>,
}

impl WireCounter {
    pub async fn start(upstream: std::net::SocketAddr) -> std::io::Result<WireCounter> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let counters = Arc::new(Counters::default());
        let c = counters.clone();
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let c = c.clone();
                c.connections.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(async move {
                    if let Ok(server) = TcpStream::connect(upstream).await {
                        relay(client, server, c).await;
                    }
                });
            }
        });
        Ok(WireCounter {
            addr,
            counters,
            _task: task,
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Cut the connections once `bytes` more have gone up (counted from the last `take`), or
    /// with `None` let everything through again. What crosses before the cut is forwarded whole.
    pub fn cut_up_after(&self, bytes: Option<u64>) {
        let at = bytes.map_or(u64::MAX, |b| self.counters.up.load(Ordering::SeqCst) + b);
        self.counters.cut_up_at.store(at, Ordering::SeqCst);
    }

    /// (bytes up, bytes down) since the last call.
    pub fn take(&self) -> (u64, u64) {
        (
            self.counters.up.swap(0, Ordering::SeqCst),
            self.counters.down.swap(0, Ordering::SeqCst),
        )
    }
}

/// Forward `from` to `to`, counting; with `cut_at`, stop at that count and close. Returns
/// whether it was cut.
async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    counter: &AtomicU64,
    cut_at: Option<&AtomicU64>,
) -> bool {
    let mut buf = vec![0u8; 64 * 1024];
    let mut cut = false;
    loop {
        match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                let before = counter.fetch_add(n as u64, Ordering::SeqCst);
                let limit = cut_at.map_or(u64::MAX, |c| c.load(Ordering::SeqCst));
                let pass = limit.saturating_sub(before).min(n as u64) as usize;
                if to.write_all(&buf[..pass]).await.is_err() {
                    break;
                }
                if pass < n {
                    // Only what went through counts.
                    counter.fetch_sub((n - pass) as u64, Ordering::SeqCst);
                    cut = true;
                    break;
                }
            }
        }
    }
    let _ = to.shutdown().await;
    cut
}

async fn relay(client: TcpStream, server: TcpStream, c: Arc<Counters>) {
    let (cr, cw) = client.into_split();
    let (sr, sw) = server.into_split();
    let up = pump(cr, sw, &c.up, Some(&c.cut_up_at));
    let down = pump(sr, cw, &c.down, None);
    tokio::pin!(down);
    // A cut ends both directions at once, as a lost network does: the device hears nothing more.
    tokio::select! {
        cut = up => if !cut { down.await; },
        _ = &mut down => {}
    }
}
