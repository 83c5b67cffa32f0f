//! `cargo xtask bench [sync]`: benchmarks, not tests. Figures are printed, never asserted.

use anyhow::bail;

pub fn run(args: &[&str]) -> anyhow::Result<()> {
    match args.first().copied().unwrap_or("sync") {
        "sync" => super::run::cargo(&[
            "run",
            "--release",
            "-p",
            "veikart-tests",
            "--bin",
            "bench-sync",
        ]),
        other => bail!("unknown benchmark {other:?}; try: sync"),
    }
}
