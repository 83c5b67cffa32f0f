//! `cargo xtask bench [sync|app]`: benchmarks, not tests. Figures are printed, never asserted.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, bail};

use super::{prereq, run};

pub fn run(args: &[&str]) -> anyhow::Result<()> {
    match args.first().copied().unwrap_or("sync") {
        "sync" => {
            // The external load generator beside /healthz.
            prereq::ensure_apt(&["wrk"])?;
            run::cargo(&[
                "run",
                "--release",
                "-p",
                "veikart-tests",
                "--bin",
                "bench-sync",
            ])
        }
        "app" => app(),
        other => bail!("unknown benchmark {other:?}; try: sync, app"),
    }
}

/// Proportional set size (kB) of a process and all its descendants (the WebKit processes), by
/// process: the root as "own process", the others by their command name.
fn pss_tree(root: u32) -> BTreeMap<String, u64> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for e in entries.flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            // The command name is in parentheses and may hold spaces: the parent follows ") S ".
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse().ok());
            if let Some(ppid) = ppid {
                parents.push((pid, ppid));
            }
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        tree.extend(parents.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    let mut by_process = BTreeMap::new();
    for pid in tree {
        let Some(kb) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("Pss:"))
                    .and_then(|l| l.split_whitespace().nth(1))
                    .and_then(|kb| kb.parse::<u64>().ok())
            })
        else {
            continue;
        };
        // The root is the app or the baseline: one name for both, so the two can be compared.
        let name = if pid == root {
            "own process".to_owned()
        } else {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .map(|c| c.trim().to_owned())
                .unwrap_or_default()
        };
        *by_process.entry(name).or_default() += kb;
    }
    by_process
}

struct Tree(Child);

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--", &format!("-{}", self.0.id())])
            .status();
        let _ = self.0.wait();
    }
}

fn launch(
    program: &Path,
    env: &[(&str, &str)],
    data: &Path,
    display: &str,
) -> anyhow::Result<Tree> {
    let mut cmd = Command::new(program);
    cmd.env("DISPLAY", display)
        .env("XDG_DATA_HOME", data)
        .env("LANG", "en_US.UTF-8")
        .env("NO_AT_BRIDGE", "1")
        .env("VEIKART_KEY_STORAGE", "file")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0);
    for (k, v) in env {
        cmd.env(k, v);
    }
    Ok(Tree(cmd.spawn().with_context(|| {
        format!("cannot start {}", program.display())
    })?))
}

/// Milliseconds from process start to the Today screen drawn with data, as the app reports it.
fn rendered_ms(tree: &mut Tree) -> anyhow::Result<u64> {
    let out = tree.0.stdout.take().context("no stdout")?;
    for line in BufReader::new(out).lines() {
        if let Some(ms) = line?.strip_prefix("VEIKART_RENDERED_MS=") {
            return Ok(ms.trim().parse()?);
        }
    }
    bail!("the app exited before it rendered")
}

fn median(mut v: Vec<u64>) -> u64 {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or(0)
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

fn app() -> anyhow::Result<()> {
    prereq::ensure_build_tools()?;
    prereq::ensure_test_tools()?;
    let root = run::workspace_root();
    let target = run::target_dir();
    run::npm(&["ci", "--no-audit", "--no-fund"], "ui")?;
    run::status(
        Command::new(root.join("ui/node_modules/.bin/tauri"))
            .args(["build", "--bundles", "deb"])
            .current_dir(root.join("src-tauri")),
    )?;
    let target_arg = target.to_string_lossy().into_owned();
    run::cargo(&[
        "build",
        "--release",
        "--manifest-path",
        "xtask/baseline/Cargo.toml",
        "--target-dir",
        &target_arg,
    ])?;
    run::cargo(&["build", "-p", "veikart-server"])?;
    let js = run::output(Path::new("node"), &["ui/tests/size.mjs"])?;
    let deb: Vec<PathBuf> = std::fs::read_dir(target.join("release/bundle/deb"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "deb"))
        .collect();
    let deb_size = deb
        .iter()
        .filter_map(|p| p.metadata().ok())
        .map(|m| m.len())
        .max()
        .unwrap_or(0);

    // A display of our own unless there is one.
    let _xvfb;
    let display = match std::env::var("DISPLAY") {
        Ok(d) if !d.is_empty() => d,
        _ => {
            let d = ":97".to_owned();
            // Groups of their own, as Tree's kill expects: else they outlive the benchmark,
            // and waiting for them never ends.
            _xvfb = Tree(
                Command::new("Xvfb")
                    .args([&d, "-screen", "0", "1280x800x24"])
                    .process_group(0)
                    .spawn()?,
            );
            std::thread::sleep(Duration::from_millis(500));
            d
        }
    };
    // A demo server and a device enrolled as Semhar with her data synced.
    let tmp = std::env::temp_dir().join(format!("veikart-bench-app-{}", std::process::id()));
    std::fs::create_dir_all(&tmp)?;
    let server = run::target_bin("debug", "veikart-server");
    let db = format!("sqlite://{}", tmp.join("server.sqlite").display());
    run::output(&server, &["--database", &db, "demo-seed"])?;
    let code = run::output(
        &server,
        &[
            "--database",
            &db,
            "enrolment-code",
            "--participant",
            "demo-grorud-001",
        ],
    )?;
    let port = free_port()?;
    let url = format!("http://127.0.0.1:{port}");
    let _server = Tree(
        Command::new(&server)
            .args([
                "--database",
                &db,
                "serve",
                "--bind",
                &format!("127.0.0.1:{port}"),
            ])
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?,
    );
    run::wait_http(&format!("{url}/healthz"))?;
    let app = target.join("release/veikart-app");
    let data = tmp.join("app");
    {
        let _enrolling = launch(
            &app,
            &[
                ("VEIKART_ENROL_SERVER", &url),
                ("VEIKART_ENROL_CODE", code.trim()),
            ],
            &data,
            &display,
        )?;
        std::thread::sleep(Duration::from_secs(8));
    }
    let dropped = std::fs::write("/proc/sys/vm/drop_caches", "3").is_ok();
    let mut starts = Vec::new();
    let mut app_pss = Vec::new();
    let mut app_by_process = BTreeMap::new();
    for _ in 0..5 {
        let _ = std::fs::write("/proc/sys/vm/drop_caches", "3");
        let mut tree = launch(&app, &[("VEIKART_BENCH_READY", "1")], &data, &display)?;
        starts.push(rendered_ms(&mut tree)?);
        std::thread::sleep(Duration::from_secs(3));
        let by_process = pss_tree(tree.0.id());
        app_pss.push(by_process.values().sum());
        app_by_process = by_process;
    }
    let baseline = target.join("release/veikart-baseline");
    let mut base_pss = Vec::new();
    let mut base_by_process = BTreeMap::new();
    for _ in 0..5 {
        let tree = launch(&baseline, &[], &tmp.join("baseline"), &display)?;
        std::thread::sleep(Duration::from_secs(3));
        let by_process = pss_tree(tree.0.id());
        base_pss.push(by_process.values().sum());
        base_by_process = by_process;
    }
    let _ = std::fs::remove_dir_all(&tmp);
    let (app_mb, base_mb) = (
        median(app_pss) as f64 / 1024.0,
        median(base_pss) as f64 / 1024.0,
    );
    println!(
        "\nVeikart app benchmark (release build, WebKitGTK under {display}; medians of 5 runs)"
    );
    println!(
        "  start to Today rendered with data: {} ms (runs: {starts:?}; page cache {})",
        median(starts.clone()),
        if dropped {
            "dropped before each run"
        } else {
            "warm: could not drop it"
        }
    );
    println!("  memory (PSS, app + WebKit processes): {app_mb:.1} MB");
    println!(
        "  memory of a minimal Tauri window:     {base_mb:.1} MB  (ratio {:.2})",
        app_mb / base_mb
    );
    // Where the difference is: the page (web content process) or the Rust side (own process).
    println!("  by process, last start (Veikart / minimal window):");
    let names: std::collections::BTreeSet<&String> = app_by_process
        .keys()
        .chain(base_by_process.keys())
        .collect();
    for name in names {
        let mb = |m: &BTreeMap<String, u64>| m.get(name).copied().unwrap_or(0) as f64 / 1024.0;
        println!(
            "    {name:<18} {:.1} MB / {:.1} MB",
            mb(&app_by_process),
            mb(&base_by_process)
        );
    }
    println!(
        "  .deb: {:.2} MB  ({})",
        deb_size as f64 / 1_000_000.0,
        deb.first()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    );
    println!("  shipped JavaScript:\n{}", js.trim());
    Ok(())
}
