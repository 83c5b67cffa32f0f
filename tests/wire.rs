//! A TCP relay that counts every byte crossing it in each direction, headers and all: what the
//! benchmark reports as "on the wire". It does not parse HTTP, so it counts exactly what was sent.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Default)]
pub struct Counters {
    pub up: AtomicU64,
    pub down: AtomicU64,
    pub connections: AtomicU64,
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

    /// (bytes up, bytes down) since the last call.
    pub fn take(&self) -> (u64, u64) {
        (
            self.counters.up.swap(0, Ordering::SeqCst),
            self.counters.down.swap(0, Ordering::SeqCst),
        )
    }
}

async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    counter: &AtomicU64,
) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                counter.fetch_add(n as u64, Ordering::SeqCst);
                if to.write_all(&buf[..n]).await.is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown().await;
}

async fn relay(client: TcpStream, server: TcpStream, c: Arc<Counters>) {
    let (cr, cw) = client.into_split();
    let (sr, sw) = server.into_split();
    tokio::join!(pump(cr, sw, &c.up), pump(sr, cw, &c.down));
}
