//! A burst of parallel sign-ins against the five-wrong-passwords lock: the lock is checked and the
//! attempt counted in one step, so parallel guesses cannot all slip past a lock none of them had
//! raised yet (29 parallel wrong guesses were all checked once, and a right one after them got in).

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use reqwest::StatusCode;
use reqwest::redirect::Policy;
use veikart_server::HttpConfig;
use veikart_server::store::Role;
use veikart_server::testing::TestServer;

const PASSWORD: &str = "korrekt hest batteri";

fn form(email: &str, password: &str, csrf: &str) -> String {
    let esc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!(
        "email={}&password={}&csrf={}",
        esc(email),
        esc(password),
        esc(csrf)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_passwords_cannot_get_past_the_lock() {
    let server = TestServer::start(HttpConfig::default())
        .await
        .expect("server");
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let http = reqwest::Client::builder()
        .redirect(Policy::none())
        .build()
        .unwrap();
    let page = http
        .get(format!("{}/console/sign-in", server.url()))
        .send()
        .await
        .unwrap();
    let cookie = page
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|c| c.split(';').next())
        .unwrap()
        .to_owned();
    let html = page.text().await.unwrap();
    let csrf = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    let attempt = |password: &'static str| {
        let (http, url, cookie, body) = (
            http.clone(),
            format!("{}/console/sign-in", server.url()),
            cookie.clone(),
            form(&cw.email, password, &csrf),
        );
        async move {
            http.post(url)
                .header("cookie", cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    let guesses: Vec<_> = (0..29)
        .map(|_| tokio::spawn(attempt("feil passord!!")))
        .collect();
    let mut statuses = Vec::new();
    for g in guesses {
        statuses.push(g.await.unwrap());
    }
    let (verified, peak) = veikart_server::console::password::verification_counts();
    assert!(
        verified <= 5,
        "only the attempts before the lock are checked, not all 29: {verified}"
    );
    assert!(
        peak <= veikart_server::console::password::PARALLEL_HASHES as u64,
        "at most {} hashes at once (each takes ~19 MiB): {peak}",
        veikart_server::console::password::PARALLEL_HASHES
    );
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    assert!(
        checked <= 4,
        "at most four wrong passwords are answered as wrong before the lock: {statuses:?}"
    );
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::UNAUTHORIZED || *s == StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    assert_eq!(
        attempt(PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS,
        "the right password after the burst is locked out"
    );
}
