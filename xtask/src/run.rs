//! Running commands, loudly: every command is printed before it runs and a failure stops the task.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

pub fn target_bin(profile: &str, name: &str) -> PathBuf {
    target_dir().join(profile).join(name)
}

/// A program installed by `cargo install`.
pub fn cargo_home_bin(name: &str) -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
        .join(name)
}

/// Run a script from the workspace root.
pub fn script(path: &str, args: &[&Path]) -> anyhow::Result<()> {
    let mut cmd = Command::new("bash");
    cmd.arg(workspace_root().join(path))
        .args(args)
        .current_dir(workspace_root());
    status(&mut cmd)
}

fn cargo_bin() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

pub fn cargo(args: &[&str]) -> anyhow::Result<()> {
    cargo_env(args, &[])
}

pub fn cargo_env(args: &[&str], env: &[(&str, &str)]) -> anyhow::Result<()> {
    let mut cmd = Command::new(cargo_bin());
    cmd.args(args).current_dir(workspace_root());
    for (k, v) in env {
        cmd.env(k, v);
    }
    status(&mut cmd)
}

pub fn status(cmd: &mut Command) -> anyhow::Result<()> {
    eprintln!("xtask$ {cmd:?}");
    let status = cmd
        .status()
        .with_context(|| format!("cannot run {cmd:?}"))?;
    if !status.success() {
        bail!("{cmd:?} failed with {status}");
    }
    Ok(())
}

pub fn output(program: &Path, args: &[&str]) -> anyhow::Result<String> {
    let out = Command::new(program)
        .args(args)
        .current_dir(workspace_root())
        .output()
        .with_context(|| format!("cannot run {}", program.display()))?;
    if !out.status.success() {
        bail!(
            "{} {:?} failed: {}",
            program.display(),
            args,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Run cargo with `args` inside a private D-Bus session with an unlocked gnome-keyring whose files
/// live in a temporary folder: a Secret Service for the keystore test, touching nothing of the
/// user's.
pub fn keyring_session(args: &[&str]) -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("veikart-keyring-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let script = r#"eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)"; exec "$CARGO_BIN" "$@""#;
    let mut cmd = Command::new("dbus-run-session");
    cmd.args(["--", "sh", "-c", script, "sh"])
        .args(args)
        .env("CARGO_BIN", cargo_bin())
        .env("XDG_DATA_HOME", &dir)
        .env("NO_AT_BRIDGE", "1")
        .current_dir(workspace_root());
    let result = status(&mut cmd);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// Start a long-lived program in the background.
pub fn spawn(program: &Path, args: &[&str]) -> anyhow::Result<std::process::Child> {
    Command::new(program)
        .args(args)
        .current_dir(workspace_root())
        .spawn()
        .with_context(|| format!("cannot start {}", program.display()))
}

/// npm in a folder of the workspace.
pub fn npm(args: &[&str], dir: &str) -> anyhow::Result<()> {
    status(
        Command::new("npm")
            .args(args)
            .current_dir(workspace_root().join(dir)),
    )
}

/// Wait until `url` answers (curl, which the build packages bring).
pub fn wait_http(url: &str) -> anyhow::Result<()> {
    for _ in 0..100 {
        let ok = Command::new("curl")
            .args(["-fs", "-o", "/dev/null", url])
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    bail!("{url} did not answer")
}

/// Make the PostgreSQL database `url` names unless it exists (with psql, through the server's
/// `postgres` database).
pub fn ensure_postgres_database(url: &str) -> anyhow::Result<()> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let Some((server, name)) = base.rsplit_once('/').filter(|(server, name)| {
        server.contains("://") && !server.ends_with('/') && !name.is_empty()
    }) else {
        bail!("{url} names no database: postgres://USER@HOST:PORT/DATABASE");
    };
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    let maintenance = format!("{server}/postgres{query}");
    let psql = |sql: &str| {
        Command::new("psql")
            .args(["--no-psqlrc", "-X", "-tA", "-v", "ON_ERROR_STOP=1"])
            .arg(format!("--dbname={maintenance}"))
            .args(["-c", sql])
            .output()
            .context("cannot run psql")
    };
    let literal = name.replace('\'', "''");
    let found = psql(&format!(
        "SELECT 1 FROM pg_database WHERE datname = '{literal}'"
    ))?;
    if !found.status.success() {
        bail!(
            "PostgreSQL does not answer at {server}: start it (Debian: apt-get install postgresql), \
             or name another with cargo xtask demo --postgres URL\n{}",
            String::from_utf8_lossy(&found.stderr).trim()
        );
    }
    if String::from_utf8_lossy(&found.stdout).trim() == "1" {
        return Ok(());
    }
    eprintln!("xtask: creating the database {name}");
    let made = psql(&format!(
        "CREATE DATABASE \"{}\"",
        name.replace('"', "\"\"")
    ))?;
    if !made.status.success() {
        bail!(
            "cannot create the database {name}: {}",
            String::from_utf8_lossy(&made.stderr).trim()
        );
    }
    Ok(())
}
