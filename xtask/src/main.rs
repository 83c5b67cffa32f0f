//! `cargo xtask demo | test | bench`: the project's two set-up commands and its benchmarks.
//! Each installs what it needs on a fresh Debian/Ubuntu machine before it runs.

mod bench;
mod fuzz;
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
        Some("ts") => ts(),
        _ => bail!(
            "usage: cargo xtask test [--soak] | demo [--postgres [URL]] | bench [sync] | ts\n\
             test   installs what is missing and runs every check (fmt, clippy, all tests)\n\
             demo   starts the server on http://127.0.0.1:8080 with demo data; --postgres runs it on\n\
             \x20      PostgreSQL ({DEFAULT_POSTGRES} unless URL, made if missing)\n\
             bench  runs the benchmarks and prints the figures\n\
             ts     writes ui/src/generated (the UI's types) from the Rust types"
        ),
    }
}

/// The test that compares ui/src/generated with what the Rust types declare now
/// (crates/client/src/ts.rs); with VEIKART_WRITE_TS set it writes the files instead.
const TS_DRIFT_TEST: &str = "ts::tests::ui_src_generated_is_up_to_date";

fn ts() -> anyhow::Result<()> {
    run::cargo_env(
        &[
            "test",
            "-p",
            "veikart-client",
            "--lib",
            "--",
            "--exact",
            TS_DRIFT_TEST,
        ],
        &[("VEIKART_WRITE_TS", "1")],
    )?;
    println!("xtask: wrote ui/src/generated; commit it with the Rust change that made it");
    Ok(())
}

fn test(args: &[&str]) -> anyhow::Result<()> {
    prereq::check_disk(&run::target_dir());
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
    // The UI's types against the Rust types, on its own so that drift fails with the command that
    // fixes it. The same features as the full run below, so this builds nothing twice.
    run::cargo(&[
        "test",
        "--workspace",
        "--lib",
        "--",
        "--exact",
        TS_DRIFT_TEST,
    ])?;
    // The OpenID Connect provider the console's single sign-on tests start (console_sso.rs).
    run::npm(&["ci", "--no-audit", "--no-fund"], "tests/oidc")?;
    let mut env = Vec::new();
    if args.contains(&"--soak") {
        env.push(("VEIKART_SYNC_SEEDS", "10000"));
    }
    run::cargo_env(&["test", "--workspace"], &env)?;
    // What the server does with untrusted input, under libFuzzer for a bounded time.
    fuzz::run()?;
    // The database key in a real Secret Service (gnome-keyring in a private D-Bus session).
    run::keyring_session(&[
        "test",
        "-p",
        "veikart-client",
        "--lib",
        "keystore",
        "--",
        "--ignored",
    ])?;
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
    // Console single sign-on in Chromium through a real OpenID Connect provider's login page.
    run::script(
        "tests/oidc/run.sh",
        &[&run::target_bin("debug", "veikart-server")],
    )?;
    println!("xtask: every check passed");
    Ok(())
}

/// The demo's PostgreSQL database unless `--postgres URL` names another.
const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/veikart_demo";

fn demo(args: &[&str]) -> anyhow::Result<()> {
    prereq::ensure_build_tools()?;
    let language = args
        .iter()
        .position(|a| *a == "--language")
        .and_then(|i| args.get(i + 1))
        .copied()
        .unwrap_or("nb");
    let postgres = args.iter().position(|a| *a == "--postgres").map(|i| {
        args.get(i + 1)
            .copied()
            .filter(|url| !url.starts_with("--"))
            .unwrap_or(DEFAULT_POSTGRES)
    });
    let (db, where_) = match postgres {
        Some(url) => {
            // psql makes the database if it is missing; the server itself needs no client tools.
            prereq::ensure_psql()?;
            run::ensure_postgres_database(url)?;
            (url.to_owned(), url.to_owned())
        }
        None => (
            "sqlite://data/veikart.sqlite".to_owned(),
            "./data/veikart.sqlite".to_owned(),
        ),
    };
    let db = db.as_str();
    // The participant app embeds the UI, so the UI is built first.
    run::npm(&["ci", "--no-audit", "--no-fund"], "ui")?;
    run::npm(&["run", "build"], "ui")?;
    run::cargo(&[
        "build",
        "-p",
        "veikart-server",
        "-p",
        "veikart-client",
        "-p",
        "veikart-app",
    ])?;
    let server = run::target_bin("debug", "veikart-server");
    let seed = run::output(&server, &["--database", db, "demo-seed"])?;
    let token = run::output(
        &server,
        &[
            "--database",
            db,
            "caseworker-token",
            "--email",
            "mohammed.johansen@bgr.oslo.kommune.no",
        ],
    )?;
    let code = |who: &str| {
        run::output(
            &server,
            &["--database", db, "enrolment-code", "--participant", who],
        )
        .map(|c| c.trim().to_owned())
    };
    let (app_code, cli_code) = (code("demo-grorud-001")?, code("demo-ostensjo-001")?);
    let mut child = run::spawn(
        &server,
        &["--database", db, "serve", "--bind", "127.0.0.1:8080"],
    )?;
    run::wait_http("http://127.0.0.1:8080/healthz")?;
    println!("{}", seed.trim());
    println!(
        "\nVeikart demo server: http://127.0.0.1:8080  (database {where_})\n\
         \n\
         Enrol a device on the command line as Ahmad Rahimi (bydel Østensjø) with the one-time code {cli_code}:\n  \
           target/debug/veikart --db data/ahmad.sqlite enrol --server http://127.0.0.1:8080 --code {cli_code}\n  \
           target/debug/veikart --db data/ahmad.sqlite today\n\
         \n\
         Use the caseworker API as Mohammed Johansen (bydel Grorud, Semhar's caseworker):\n  \
           curl -H 'Authorization: Bearer {token}' http://127.0.0.1:8080/api/v1/participants\n  \
           curl http://127.0.0.1:8080/api/v1/openapi.json\n\
         The caseworker console: http://127.0.0.1:8080/console (create an account with\n  \
           {server} --database {db} add-caseworker --email you@example.no --name 'Your Name' --bydel grorud --role leader)\n\
         Semhar's teacher at Voksenopplæringen (class lists; she said she can't come on Thursday): give the demo account a password with\n  \
           {server} --database {db} add-caseworker --email anne.solberg@oslovo.oslo.kommune.no --name 'Anne Solberg' --bydel grorud --role teacher --school oslo-vo-rosenhof\n\
         A new enrolment code: {server} --database {db} enrolment-code --participant demo-grorud-001\n\
         Stop with ctrl-c.\n",
        token = token.trim(),
        server = server.display(),
    );
    let display =
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    let mut app = None;
    if display {
        println!(
            "Opening the participant app as Semhar Tesfay (bydel Grorud), in language {language:?}."
        );
        let data = run::workspace_root().join("data/app");
        app = Some(
            std::process::Command::new(run::target_bin("debug", "veikart-app"))
                .env("VEIKART_ENROL_SERVER", "http://127.0.0.1:8080")
                .env("VEIKART_ENROL_CODE", &app_code)
                .env("VEIKART_LANGUAGE", language)
                .env("XDG_DATA_HOME", &data)
                .spawn()?,
        );
    } else {
        println!(
            "No display: to open the participant app as Semhar Tesfay, run on a desktop:\n  \
             VEIKART_ENROL_SERVER=http://127.0.0.1:8080 VEIKART_ENROL_CODE={app_code} target/debug/veikart-app"
        );
    }
    let status = child.wait()?;
    if let Some(mut app) = app {
        let _ = app.kill();
    }
    if !status.success() {
        anyhow::bail!("the server stopped with {status}");
    }
    Ok(())
}
