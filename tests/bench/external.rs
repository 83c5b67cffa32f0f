//! Part four: an external load generator, wrk (a process of its own, as a real client fleet
//! is), against one instance: first `/healthz` (routing and HTTP, nothing else: the floor), then
//! no-change syncs of the fleet's devices, in the same run, so the two rates compare.

use std::io::Write;
use std::process::Command;

use anyhow::{Context, bail};

/// Rotates through the fleet's requests, one `token<TAB>body` per line of the file it is given.
const SCRIPT: &str = r#"
local requests = {}
local n = 0
function init(args)
  for line in io.lines(args[1]) do
    local tab = line:find("\t", 1, true)
    local headers = {}
    headers["Authorization"] = "Bearer " .. line:sub(1, tab - 1)
    headers["Content-Type"] = "application/json"
    requests[#requests + 1] = wrk.format("POST", "/api/v1/sync", headers, line:sub(tab + 1))
  end
end
function request()
  n = n + 1
  if n > #requests then n = 1 end
  return requests[n]
end
"#;

#[derive(Debug, Clone, Copy, Default)]
pub struct Wrk {
    pub per_second: f64,
    pub p99_ms: f64,
    pub not_ok: u64,
}

pub fn available() -> bool {
    Command::new("wrk").arg("--version").output().is_ok()
}

/// `/healthz`, then no-change syncs of `requests` (token, body), 10 s each, 32 connections.
pub async fn healthz_and_sync(
    base: &str,
    requests: &[(String, String)],
) -> anyhow::Result<(Wrk, Wrk)> {
    let dir = tempfile::tempdir()?;
    let script = dir.path().join("sync.lua");
    std::fs::write(&script, SCRIPT)?;
    let data = dir.path().join("requests.tsv");
    let mut f = std::fs::File::create(&data)?;
    for (token, body) in requests {
        writeln!(f, "{token}\t{body}")?;
    }
    drop(f);
    let healthz = wrk(vec![format!("{base}/healthz")]).await?;
    let sync = wrk(vec![
        "-s".into(),
        script.display().to_string(),
        base.to_owned(),
        "--".into(),
        data.display().to_string(),
    ])
    .await?;
    Ok((healthz, sync))
}

async fn wrk(args: Vec<String>) -> anyhow::Result<Wrk> {
    let out = tokio::task::spawn_blocking(move || {
        Command::new("wrk")
            .args(["-t2", "-c32", "-d10s", "--latency"])
            .args(&args)
            .output()
    })
    .await??;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        bail!(
            "wrk failed: {}{}",
            text,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    parse(&text).with_context(|| format!("cannot read wrk's output:\n{text}"))
}

fn parse(text: &str) -> Option<Wrk> {
    let field = |prefix: &str| {
        text.lines()
            .map(str::trim)
            .find_map(|l| l.strip_prefix(prefix))
            .map(str::trim)
    };
    let per_second = field("Requests/sec:")?.parse().ok()?;
    let p99_ms = millis(field("99%")?)?;
    let not_ok = field("Non-2xx or 3xx responses:").map_or(Some(0), |n| n.parse().ok())?;
    Some(Wrk {
        per_second,
        p99_ms,
        not_ok,
    })
}

/// wrk's durations: `812.00us`, `3.21ms`, `1.02s`.
fn millis(s: &str) -> Option<f64> {
    let (number, factor) = if let Some(n) = s.strip_suffix("us") {
        (n, 0.001)
    } else if let Some(n) = s.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = s.strip_suffix('s') {
        (n, 1000.0)
    } else {
        (s, 1.0)
    };
    number.trim().parse::<f64>().ok().map(|n| n * factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wrk_output() {
        let text = "Running 10s test @ http://127.0.0.1:1/healthz\n  Latency Distribution\n     50%  210.00us\n     99%    3.21ms\n  1000 requests in 10.00s\n  Non-2xx or 3xx responses: 7\nRequests/sec:  12345.67\n";
        let w = parse(text).expect("parsed");
        assert!((w.per_second - 12345.67).abs() < 1e-6);
        assert!((w.p99_ms - 3.21).abs() < 1e-9);
        assert_eq!(w.not_ok, 7);
        assert_eq!(millis("812.00us"), Some(0.812));
        assert_eq!(millis("1.50s"), Some(1500.0));
    }
}
