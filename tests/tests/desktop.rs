//! The real desktop app under Xvfb, driven through tauri-driver and WebKitWebDriver, against a real
//! `veikart-server` process with the demo data: enrol with a code; see today's class; stop the
//! server, answer "can't come" and see it waiting; start the server and see it delivered; a
//! caseworker moves a session and the app shows it within 2 seconds; a diploma chosen offline goes
//! up when the server is back and the caseworker's "accepted" in the console reaches the app and a
//! notification; a revoked device wipes itself.
//!
//! Needs the debug builds of veikart-app and veikart-server, Xvfb, tauri-driver and
//! WebKitWebDriver: `cargo xtask test` provides them and runs this with `--ignored`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use veikart_server::testing::console::{Browser, PASSWORD};
use veikart_tests::caseworker::CaseworkerApi;
use veikart_tests::webdriver::Session;

/// Semhar's caseworker in the demo.
const CASEWORKER: &str = "mohammed.johansen@bgr.oslo.kommune.no";

struct Kill(Child);

/// A process and everything it starts, stopped together.
struct Group(Child);

impl Group {
    fn spawn(cmd: &mut Command) -> Group {
        use std::os::unix::process::CommandExt;
        Group(cmd.process_group(0).spawn().expect("start a process group"))
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--", &format!("-{}", self.0.id())])
            .status();
        let _ = self.0.wait();
    }
}

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
        .join("debug")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn server_cmd(db: &str, args: &[&str]) -> String {
    let out = Command::new(target_dir().join("veikart-server"))
        .args(["--database", db])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

fn serve(db: &str, port: u16) -> Kill {
    let child = Command::new(target_dir().join("veikart-server"))
        .args([
            "--database",
            db,
            "serve",
            "--bind",
            &format!("127.0.0.1:{port}"),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_port(port);
    Kill(child)
}

fn wait_port(port: u16) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "nothing listens on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn tauri_driver() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cargo"));
    let installed = home.join("bin/tauri-driver");
    if installed.exists() {
        installed
    } else {
        PathBuf::from("tauri-driver")
    }
}

async fn shot(s: &Session, name: &str) {
    // A screenshot right after a DOM change can show the previous paint.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let png = s.screenshot().await.unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots");
    std::fs::write(dir.join(format!("desktop-{name}.png")), png).unwrap();
}

/// A screenshot with `css` in the middle of the window.
async fn shot_of(s: &Session, css: &str, name: &str) {
    s.js(
        "document.querySelector(arguments[0]).scrollIntoView({block: 'center'})",
        json!([css]),
    )
    .await
    .unwrap();
    shot(s, name).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and the app build: run by cargo xtask test"]
async fn the_desktop_app_stays_honest_through_an_outage() {
    let tmp = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", tmp.path().join("server.sqlite").display());
    server_cmd(&db, &["demo-seed"]);
    let token = server_cmd(&db, &["caseworker-token", "--email", CASEWORKER]);
    let code = server_cmd(&db, &["enrolment-code", "--participant", "demo-grorud-001"]);
    // The same caseworker in the console, for the recognition pack below.
    let set_password = Command::new(target_dir().join("veikart-server"))
        .args(["--database", &db, "add-caseworker", "--email", CASEWORKER])
        .args([
            "--name",
            "Mohammed Johansen",
            "--bydel",
            "grorud",
            "--role",
            "caseworker",
        ])
        .env("VEIKART_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(set_password.status.success(), "{set_password:?}");
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}");
    let mut server = Some(serve(&db, port));
    let cw = CaseworkerApi::new(&url, &token);
    // Semhar's diploma is to be recognised: a case with the diploma missing.
    let records = "/participants/demo-grorud-001/records";
    let case = CaseworkerApi::id(&cw.post(records, &json!({"kind": "recognition_case", "credential": {"text": "Vitnemål fra videregående"}, "route": "hkdir_general", "status": "draft"})).await.unwrap()).unwrap();
    let doc = CaseworkerApi::id(&cw.post(records, &json!({"kind": "required_document", "case_id": case, "document_kind": "diploma", "status": "missing"})).await.unwrap()).unwrap();

    // A display of our own unless one is given.
    let display_num = 90 + (std::process::id() % 9);
    let (_xvfb, display) = match std::env::var("DISPLAY") {
        Ok(d) if !d.is_empty() => (None, d),
        _ => {
            let d = format!(":{display_num}");
            let x = Command::new("Xvfb")
                .args([&d, "-screen", "0", "1280x800x24"])
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            std::thread::sleep(Duration::from_millis(500));
            (Some(Kill(x)), d)
        }
    };
    let driver_port = free_port();
    let xdg = tmp.path().join("xdg");
    // tauri-driver (and so the app) in a D-Bus session of its own, with dbus-monitor recording
    // every notification the app sends: no notification daemon needed.
    let monitor = tmp.path().join("notifications.log");
    let native_port = free_port();
    let _driver = Group::spawn(
        Command::new("dbus-run-session")
            .args([
                "--",
                "sh",
                "-c",
                r#"dbus-monitor --session "interface=org.freedesktop.Notifications" > "$MONITOR" 2>&1 & exec "$DRIVER" --port "$PORT" --native-port "$NATIVE""#,
            ])
            .env("MONITOR", &monitor)
            .env("DRIVER", tauri_driver())
            .env("PORT", driver_port.to_string())
            .env("NATIVE", native_port.to_string())
            // No accessibility bus in this private session: GTK would wait for one.
            .env("NO_AT_BRIDGE", "1")
            .env("GTK_A11Y", "none")
            .env("DISPLAY", &display)
            .env("XDG_DATA_HOME", &xdg)
            .env("HOME", tmp.path().join("home"))
            .env("LANG", "en_US.UTF-8")
            .env("VEIKART_KEY_STORAGE", "file")
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    );
    wait_port(driver_port);
    let app = target_dir()
        .join("veikart-app")
        .canonicalize()
        .expect("build veikart-app first");
    let s = Session::start(
        &format!("http://127.0.0.1:{driver_port}"),
        app.to_str().unwrap(),
    )
    .await
    .unwrap();

    // Enrol: language first, then the code sheet's link, which names the server (a desktop
    // offers typing only; the server's address waits behind "Other server").
    s.click("button.language[lang='en']").await.unwrap();
    s.type_into("#enrol-code", &format!("{url}/enrol#{code}"))
        .await
        .unwrap();
    s.click("form button[type='submit']").await.unwrap();
    let class = "[data-event^='demo-course-grorud-1-s']";
    if let Err(e) = s.wait_for(class, Duration::from_secs(15)).await {
        let png = s.screenshot().await.unwrap_or_default();
        std::fs::write(
            std::env::temp_dir().join("veikart-desktop-failure.png"),
            png,
        )
        .unwrap();
        let text = s
            .js("return document.body.innerText", json!([]))
            .await
            .unwrap_or_default();
        panic!("{e:#}; the window said: {text}");
    }
    let session_id = s
        .js(
            &format!("return document.querySelector(\"{class}\").dataset.event"),
            json!([]),
        )
        .await
        .unwrap();
    let session_id = session_id.as_str().unwrap().to_owned();
    shot(&s, "today-en").await;

    // The server goes away; the participant answers anyway.
    drop(server.take());
    let card = format!("[data-event='{session_id}']");
    s.click(&format!("{card} .answer-buttons .secondary"))
        .await
        .unwrap();
    s.type_into(&format!("#reason-{session_id}"), "My child is ill")
        .await
        .unwrap();
    s.click(&format!("{card} .reason-form button[type='submit']"))
        .await
        .unwrap();
    s.wait_for(
        &format!("{card} .answer-current.is-pending"),
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    s.wait_until(
        "return document.querySelector('.sync-pending') !== null",
        json!([]),
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    shot(&s, "waiting-en").await;

    // The server is back: pull to refresh, and the answer is delivered.
    server = Some(serve(&db, port));
    s.click(".sync-bar .link-button").await.unwrap();
    s.wait_until(
        "const a = document.querySelector(arguments[0] + ' .answer-current'); return a !== null && !a.classList.contains('is-pending') && document.querySelector('.sync-pending') === null",
        json!([card]),
        Duration::from_secs(15),
    )
    .await
    .unwrap();
    let record = cw.get("/participants/demo-grorud-001").await.unwrap();
    let delivered = record["rows"].as_array().unwrap().iter().any(|r| {
        r["kind"] == "answer"
            && r["event_id"] == session_id.as_str()
            && r["response"] == "cant_come"
            && r["reason"] == "My child is ill"
    });
    assert!(delivered, "the answer did not reach the server");

    // The caseworker moves the session to another room: the app shows it within 2 s (its hyphen a
    // non-breaking one, so the code never breaks across lines).
    cw.patch(&format!("/records/{session_id}"), &json!({"room": "B-999"}))
        .await
        .unwrap();
    let took = s
        .wait_until("const c = document.querySelector(arguments[0]); return c !== null && c.textContent.includes('B\u{2011}999')", json!([card]), Duration::from_secs(5))
        .await
        .unwrap();
    eprintln!("the moved session showed in the app after {took:?}");
    assert!(took < Duration::from_secs(2), "took {took:?}");
    shot(&s, "moved-en").await;
    // And the participant was told outside the app.
    let start = Instant::now();
    loop {
        let log = std::fs::read_to_string(&monitor).unwrap_or_default();
        // It names the new room, not only the time.
        if log.contains("Appointment changed")
            && log.contains("Norsk og samfunnskunnskap")
            && log.contains("B-999")
        {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "no notification of the move; the bus saw:\n{log}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The schedule goes to the phone's calendar: the .ics lands in the download folder.
    s.js("location.hash = '#schedule'", json!([]))
        .await
        .unwrap();
    s.click("#download-ics").await.unwrap();
    let downloads = tmp.path().join("home/Downloads");
    let start = Instant::now();
    let ics = loop {
        let found = std::fs::read_dir(&downloads)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "ics"));
        if let Some(text) = found
            .and_then(|p| std::fs::read_to_string(p).ok())
            .filter(|t| t.ends_with("END:VCALENDAR\r\n"))
        {
            break text;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no calendar file in {}",
            downloads.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(
        ics.starts_with("BEGIN:VCALENDAR") && ics.contains("B-999"),
        "{ics}"
    );

    // The recognition pack (issue 9): the diploma chosen while the server is away waits on the
    // device, goes up once it is back, and the caseworker's "accepted" in the console comes back.
    drop(server.take());
    s.js("location.hash = '#recognition'", json!([]))
        .await
        .unwrap();
    let doc_card = format!("[data-document='{doc}']");
    s.wait_for(&doc_card, Duration::from_secs(5)).await.unwrap();
    // The file chooser is the desktop's own window, out of WebDriver's reach; what it hands the
    // page is a file on the input, so that is given here: a white A4 page at 150 dpi, as a PNG.
    s.js_async(
        r#"const [input, done] = [document.getElementById(arguments[0]), arguments[arguments.length - 1]];
        const canvas = document.createElement('canvas');
        canvas.width = 1240; canvas.height = 1754;
        const g = canvas.getContext('2d');
        g.fillStyle = '#fff'; g.fillRect(0, 0, canvas.width, canvas.height);
        g.fillStyle = '#000'; g.font = '64px serif'; g.fillText('VITNEMÅL', 120, 220);
        canvas.toBlob((blob) => {
          const files = new DataTransfer();
          files.items.add(new File([blob], 'vitnemal.png', { type: 'image/png' }));
          input.files = files.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
          done(true);
        }, 'image/png');"#,
        json!([format!("page-file-{doc}")]),
    )
    .await
    .unwrap();
    s.wait_for(
        &format!("{doc_card} .page.page-on_device"),
        Duration::from_secs(15),
    )
    .await
    .unwrap();
    shot_of(&s, &doc_card, "page-waiting-en").await;
    server = Some(serve(&db, port));
    s.click(".sync-bar .link-button").await.unwrap();
    s.wait_for(
        &format!("{doc_card} .page.page-sent"),
        Duration::from_secs(20),
    )
    .await
    .unwrap();
    let mut console = Browser::at(&url);
    assert_eq!(
        console.sign_in(CASEWORKER, PASSWORD).await,
        reqwest::StatusCode::SEE_OTHER
    );
    console.get("/console/participants/demo-grorud-001").await;
    let (status, body, _) = console
        .post(
            &format!("/console/documents/{doc}/verdict"),
            &[("code", "accepted")],
            true,
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::SEE_OTHER, "{body}");
    s.wait_until(
        "const l = document.querySelector(arguments[0] + ' .pages-line.pages-ok'); return l !== null && l.textContent.includes('Accepted by your caseworker')",
        json!([doc_card]),
        Duration::from_secs(10),
    )
    .await
    .unwrap();
    shot_of(&s, &doc_card, "page-accepted-en").await;
    // And the participant was told outside the app, in their language.
    let start = Instant::now();
    loop {
        let log = std::fs::read_to_string(&monitor).unwrap_or_default();
        if log.contains("Diploma: Accepted by your caseworker") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "no notification of the verdict; the bus saw:\n{log}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The caseworker revokes the device: it wipes itself and shows the first screen.
    let devices: Value = cw
        .get("/participants/demo-grorud-001/devices")
        .await
        .unwrap();
    let device = devices.as_array().unwrap().last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    cw.post(&format!("/devices/{device}/revoke"), &json!({}))
        .await
        .unwrap();
    s.wait_for("button.language", Duration::from_secs(10))
        .await
        .unwrap();
    let enrolled = s
        .js("return window.__TAURI_INTERNALS__.invoke('enrol', {serverUrl: arguments[0], code: 'AAAA-BBBB-CCCC'}).then(s => s.enrolled)", json!([]))
        .await;
    assert!(
        !matches!(enrolled, Ok(Value::Bool(true))),
        "still enrolled after revocation"
    );
    s.close().await.unwrap();
    drop(server);
}
