//! `cargo xtask demo | test | bench`: the project's two set-up commands and its benchmarks.
//! Each installs what it needs on a fresh Debian/Ubuntu machine before it runs.

mod bench;
mod prereq;
mod run;

use anyhow::bail;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest: Vec<&str> = args.iter().skip(1).map(String::as_str).collect();
    match args.first().map(String::as_str) {
        Some("test") => test(&rest),
        Some("demo") => demo(&rest),
        Some("bench") => bench::run(&rest),
        _ => bail!(
            "usage: cargo xtask test [--soak] | demo | bench [sync]\n\
             test   installs what is missing and runs every check (fmt, clippy, all tests)\n\
             demo   starts the server on http://127.0.0.1:8080 with demo data\n\
             bench  runs the benchmarks and prints the figures"
        ),
    }
}

fn test(args: &[&str]) -> anyhow::Result<()> {
    prereq::ensure_build_tools()?;
    prereq::ensure_test_tools()?;
    // The participant UI first: its tests also build ui/dist, which the Tauri app embeds.
    run::script("ui/run-tests.sh", &[])?;
    run::cargo(&["fmt", "--all", "--check"])?;
    run::cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    let mut env = Vec::new();
    if args.contains(&"--soak") {
        env.push(("VEIKART_SYNC_SEEDS", "10000"));
    }
    run::cargo_env(&["test", "--workspace"], &env)?;
    // The real desktop app under Xvfb through tauri-driver, against a real server process.
    run::cargo(&[
        "build",
        "-p",
        "veikart-app",
        "-p",
        "veikart-server",
        "-p",
        "veikart-client",
    ])?;
    run::cargo(&[
        "test",
        "-p",
        "veikart-tests",
        "--test",
        "desktop",
        "--",
        "--ignored",
    ])?;
    // The caseworker console in Chromium against a real server, with the CLI as the device.
    run::script(
        "tests/console/run.sh",
        &[
            &run::target_bin("debug", "veikart-server"),
            &run::target_bin("debug", "veikart"),
        ],
    )?;
    println!("xtask: every check passed");
    Ok(())
}

fn demo(_args: &[&str]) -> anyhow::Result<()> {
    prereq::ensure_build_tools()?;
    run::cargo(&[
        "build",
        "--release",
        "-p",
        "veikart-server",
        "-p",
        "veikart-client",
    ])?;
    let server = run::target_bin("release", "veikart-server");
    let db = "sqlite://data/veikart.sqlite";
    let seed = run::output(&server, &["--database", db, "demo-seed"])?;
    let token = run::output(
        &server,
        &[
            "--database",
            db,
            "caseworker-token",
            "--email",
            "kari.nordmann@bos.oslo.kommune.no",
        ],
    )?;
    let code = run::output(
        &server,
        &[
            "--database",
            db,
            "enrolment-code",
            "--participant",
            "demo-grorud-001",
        ],
    )?;
    println!("{}", seed.trim());
    println!(
        "\nVeikart demo server: http://127.0.0.1:8080  (database ./data/veikart.sqlite)\n\
         \n\
         Enrol a device as Semhar Tesfay (bydel Grorud) with the one-time code {code}:\n  \
           target/release/veikart enrol --server http://127.0.0.1:8080 --code {code}\n  \
           target/release/veikart today\n\
         \n\
         Use the caseworker API as Kari Nordmann (bydel Østensjø):\n  \
           curl -H 'Authorization: Bearer {token}' http://127.0.0.1:8080/api/v1/participants\n  \
           curl http://127.0.0.1:8080/api/v1/openapi.json\n\
         \n\
         A new enrolment code: {server} --database {db} enrolment-code --participant demo-grorud-001\n\
         Stop the server with ctrl-c.\n",
        code = code.trim(),
        token = token.trim(),
        server = server.display(),
    );
    run::exec(
        &server,
        &["--database", db, "serve", "--bind", "127.0.0.1:8080"],
    )
}
