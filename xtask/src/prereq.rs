//! Installing what a fresh Debian/Ubuntu machine lacks, with apt, only when it is missing.

use std::process::Command;

use anyhow::bail;

/// Debian packages every build needs: a C toolchain (SQLCipher is built with cc), OpenSSL (reqwest
/// and SQLCipher), the Tauri 2 prerequisites (WebKitGTK 4.1 and friends), D-Bus for the keystore,
/// and what the tests drive: Xvfb, WebKitWebDriver, Chromium, ImageMagick for screenshots.
const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "libgtk-3-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "libsoup-3.0-dev",
    "libxdo-dev",
    "libdbus-1-dev",
    "file",
    "curl",
];

const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "chromium",
    "imagemagick",
    "dbus",
    "gnome-keyring",
    // pg_dump and pg_restore, for the PostgreSQL restore test (tests/tests/postgres_move.rs).
    "postgresql-client",
];

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

pub fn ensure_apt(packages: &[&str]) -> anyhow::Result<()> {
    if Command::new("dpkg-query")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("xtask: not a Debian-like system; install {packages:?} yourself");
        return Ok(());
    }
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let sudo: &[&str] = if root { &[] } else { &["sudo"] };
    let run = |args: &[&str]| -> anyhow::Result<()> {
        let mut full: Vec<&str> = sudo.to_vec();
        full.extend_from_slice(args);
        let mut cmd = Command::new(full[0]);
        cmd.args(&full[1..])
            .env("DEBIAN_FRONTEND", "noninteractive");
        super::run::status(&mut cmd)
    };
    eprintln!("xtask: installing {missing:?}");
    run(&["apt-get", "update", "-q"])?;
    let mut args = vec!["apt-get", "install", "-y", "-q", "--no-install-recommends"];
    args.extend(missing.iter().copied());
    run(&args)?;
    let still: Vec<&str> = missing.into_iter().filter(|p| !installed(p)).collect();
    if !still.is_empty() {
        bail!("could not install {still:?}");
    }
    Ok(())
}

pub fn ensure_build_tools() -> anyhow::Result<()> {
    ensure_apt(BUILD_PACKAGES)?;
    ensure_node()
}

pub fn ensure_test_tools() -> anyhow::Result<()> {
    ensure_apt(TEST_PACKAGES)?;
    ensure_tauri_driver()
}

/// About what a full `cargo xtask test` leaves in a fresh target directory without incremental
/// caches (as `.ci/run` runs it): measured on 8 December 2026, `du -sh target/debug/{deps,build}`
/// 9.5 GiB and `target/fuzz` 1.3 GiB, with room to grow. The incremental caches of a developer's
/// build add about 8.5 GiB more.
const TEST_BUILD_GIB: u64 = 14;

/// Say how much room the build has before it starts: a full disk otherwise shows up twenty
/// minutes later as a linker's bus error.
pub fn check_disk(dir: &std::path::Path) {
    let probe = if dir.exists() {
        dir
    } else {
        dir.parent().unwrap_or(dir)
    };
    let free_kib = Command::new("df")
        .args(["-Pk"])
        .arg(probe)
        .output()
        .ok()
        .and_then(|o| {
            let text = String::from_utf8_lossy(&o.stdout).into_owned();
            text.lines()
                .nth(1)?
                .split_whitespace()
                .nth(3)?
                .parse::<u64>()
                .ok()
        });
    match free_kib {
        Some(kib) if kib / (1024 * 1024) < TEST_BUILD_GIB => eprintln!(
            "xtask: warning: {} GiB free where the build goes ({}); a full test build takes \
             about {TEST_BUILD_GIB} GiB (less if the target directory holds part of it already)",
            kib / (1024 * 1024),
            probe.display()
        ),
        Some(kib) => eprintln!("xtask: {} GiB free for the build", kib / (1024 * 1024)),
        None => eprintln!("xtask: could not tell the free disk space (df)"),
    }
}

fn have(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// psql, for `demo --postgres` (any version's client will do, so a program on the PATH counts).
pub fn ensure_psql() -> anyhow::Result<()> {
    if have("psql", "--version") {
        return Ok(());
    }
    ensure_apt(&["postgresql-client"])
}

/// Node.js and npm build the participant UI (ui/). Vite needs Node 20 or newer.
fn ensure_node() -> anyhow::Result<()> {
    if !have("node", "--version") || !have("npm", "--version") {
        ensure_apt(&["nodejs", "npm"])?;
    }
    let version = Command::new("node").arg("--version").output()?;
    let version = String::from_utf8_lossy(&version.stdout);
    let major: u32 = version
        .trim()
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if major < 20 {
        bail!("Node.js {version} is too old for the UI build; install Node.js 20 or newer");
    }
    Ok(())
}

/// tauri-driver drives the desktop app over WebDriver (with Debian's WebKitWebDriver).
fn ensure_tauri_driver() -> anyhow::Result<()> {
    if have("tauri-driver", "--help") || super::run::cargo_home_bin("tauri-driver").exists() {
        return Ok(());
    }
    super::run::cargo(&["install", "tauri-driver", "--locked"])
}
