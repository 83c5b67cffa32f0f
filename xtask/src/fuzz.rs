//! The fuzz targets in `fuzz/` (cargo fuzz, libFuzzer), each run for a bounded time. cargo fuzz
//! needs a nightly toolchain; where there is none, the same entry points still meet random input
//! through the property tests in `veikart_server::fuzzing`, which `cargo test` runs.

use std::process::Command;

use crate::run;

/// Every target and how long it runs in `cargo xtask test`.
const TARGETS: &[&str] = &["sync_request", "timetable_csv"];
const SECONDS: &str = "30";

fn nightly() -> bool {
    Command::new("cargo")
        .args(["+nightly", "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
}

pub fn run() -> anyhow::Result<()> {
    if !nightly() {
        eprintln!(
            "xtask: no nightly toolchain here, so cargo fuzz is skipped; the fuzz entry points ran \
             as property tests in `cargo test` (veikart_server::fuzzing)"
        );
        return Ok(());
    }
    if !run::cargo_home_bin("cargo-fuzz").exists() {
        run::cargo(&["install", "cargo-fuzz", "--locked"])?;
    }
    let fuzz_dir = run::workspace_root().join("fuzz");
    for target in TARGETS {
        let corpus = fuzz_dir.join("corpus").join(target);
        // A scratch copy: what libFuzzer adds while it runs is not committed.
        let scratch = tempfile_dir(target)?;
        let mut cmd = Command::new("cargo");
        cmd.current_dir(&fuzz_dir)
            .args(["+nightly", "fuzz", "run", "--sanitizer", "none", target])
            .arg(&scratch)
            .arg(&corpus)
            .args([
                "--",
                &format!("-max_total_time={SECONDS}"),
                "-rss_limit_mb=2048",
                "-print_final_stats=1",
            ])
            // The fuzz build has its own flags: keep it out of the workspace's target directory.
            .env("CARGO_TARGET_DIR", run::target_dir().join("fuzz"));
        run::status(&mut cmd)?;
        let _ = std::fs::remove_dir_all(&scratch);
    }
    Ok(())
}

fn tempfile_dir(target: &str) -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("veikart-fuzz-{target}-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
