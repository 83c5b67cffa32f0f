//! Installing what a fresh Debian/Ubuntu machine lacks, with apt, only when it is missing.

use std::process::Command;

use anyhow::bail;

/// Debian packages every build needs (rusqlite builds SQLite with cc; reqwest uses OpenSSL).
const BUILD_PACKAGES: &[&str] = &["build-essential", "pkg-config", "libssl-dev"];

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
    ensure_apt(BUILD_PACKAGES)
}
