//! Console sign-in and sessions against the real server: strict cookies, sign-out, the lock after
//! five wrong passwords, the idle timeout.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use reqwest::redirect::Policy;
use veikart_server::store::{Role, Store, Tx};

use common::*;

#[tokio::test]
async fn sign_in_sets_strict_cookies_and_sign_out_ends_the_session() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let http = reqwest::Client::builder()
        .redirect(Policy::none())
        .build()
        .unwrap();
    // Behind a TLS proxy.
    let page = http
        .get(format!("{}/console/sign-in", server.url()))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    let pre = set_cookies(&page);
    let pre_value = pre[0].split(';').next().unwrap().to_owned();
    let csrf = csrf_of(&page.text().await.unwrap());
    let resp = http
        .post(format!("{}/console/sign-in", server.url()))
        .header("x-forwarded-proto", "https")
        .header("cookie", pre_value)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(encode(&[
            ("email".into(), cw.email.clone()),
            ("password".into(), PASSWORD.into()),
            ("csrf".into(), csrf),
        ]))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let session = set_cookies(&resp)
        .into_iter()
        .find(|c| c.starts_with("vk_session="))
        .expect("session cookie");
    for attr in [
        "HttpOnly",
        "SameSite=Strict",
        "Secure",
        "Path=/console",
        "Max-Age=",
    ] {
        assert!(session.contains(attr), "{session} lacks {attr}");
    }

    let mut b = Browser::new(&server);
    assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
    let (status, _) = b.get("/console/participants").await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = b.post("/console/sign-out", &[], true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _) = b.get("/console/participants").await;
    assert_eq!(status, StatusCode::SEE_OTHER, "signed out");
}

#[tokio::test]
async fn five_wrong_passwords_lock_sign_in_for_a_while() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(&server);
    for _ in 0..4 {
        assert_eq!(
            b.sign_in(&cw.email, "feil passord!!").await,
            StatusCode::UNAUTHORIZED
        );
    }
    // The fifth wrong password locks; then even the right one is refused.
    assert_eq!(
        b.sign_in(&cw.email, "feil passord!!").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        b.sign_in(&cw.email, PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // An unknown address behaves the same, so the lock reveals nothing.
    for _ in 0..5 {
        b.sign_in("nobody@example.test", "feil passord!!").await;
    }
    assert_eq!(
        b.sign_in("nobody@example.test", PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_session_ends_after_thirty_idle_minutes() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;
    let token = b
        .cookies
        .iter()
        .find(|(k, _)| k == "vk_session")
        .map(|(_, v)| v.clone())
        .unwrap();
    let hash = veikart_server::domain::tokens::hash(&token);
    let set_seen = |minutes_ago: i64| {
        let hash = hash.clone();
        server.store.write(move |tx: &mut dyn Tx| {
            let at = tx.now() - chrono::Duration::minutes(minutes_ago);
            tx.touch_session(&hash, at)
        })
    };
    // 29 idle minutes: still signed in, and the request counts as activity.
    set_seen(29).await.unwrap();
    assert_eq!(b.get("/console/participants").await.0, StatusCode::OK);
    let h = hash.clone();
    let seen = server
        .store
        .read(move |tx: &mut dyn Tx| {
            Ok::<_, veikart_server::store::StoreError>((tx.session(&h)?, tx.now()))
        })
        .await
        .unwrap();
    let (session, now) = (seen.0.unwrap(), seen.1);
    assert!(now - session.last_seen_at < chrono::Duration::minutes(1));
    // 31 idle minutes: the session has ended; the sign-in page says why.
    set_seen(31).await.unwrap();
    let resp = b
        .http
        .get(format!("{}/console/participants", b.base))
        .header("cookie", b.cookie_header())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert_eq!(resp.headers()["location"], "/console/sign-in?expired=1");
    let (_, page) = b.get("/console/sign-in?expired=1").await;
    assert!(page.contains("30 minutter"));
    // Forms of the ended session are refused too, and the next sign-in clears it away.
    let (status, _, _) = b
        .post(
            "/console/participants",
            &[("name", "X"), ("settled_on", "2026-01-01")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mut other = Browser::new(&server);
    other.sign_in(&cw.email, PASSWORD).await;
    let h = hash.clone();
    let gone = server
        .store
        .read(move |tx: &mut dyn Tx| tx.session(&h))
        .await
        .unwrap();
    assert!(gone.is_none(), "idle sessions are deleted");
}

const NEW_PASSWORD: &str = "et helt nytt passord";

/// Whether a browser's session still lets it read a page.
async fn signed_in(b: &mut Browser) -> bool {
    b.get("/console/participants").await.0 == StatusCode::OK
}

/// `veikart-server add-caseworker` on an existing e-mail sets a new password (a forgotten or
/// leaked one): every session of that account ends, other accounts' sessions do not.
#[tokio::test]
async fn a_new_password_from_the_cli_ends_the_accounts_sessions() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    let (other, _) = server.bydel_with_caseworker("ostensjo", Role::Leader).await;
    server.set_password(&cw.id, PASSWORD).await;
    server.set_password(&other.id, PASSWORD).await;
    let (mut b1, mut b2, mut o) = (
        Browser::new(&server),
        Browser::new(&server),
        Browser::new(&server),
    );
    b1.sign_in(&cw.email, PASSWORD).await;
    b2.sign_in(&cw.email, PASSWORD).await;
    o.sign_in(&other.email, PASSWORD).await;
    assert!(signed_in(&mut b1).await && signed_in(&mut b2).await && signed_in(&mut o).await);

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_veikart-server"))
        .args(["--database", &server.database_url, "add-caseworker"])
        .args([
            "--email", &cw.email, "--name", &cw.name, "--bydel", "ostensjo",
        ])
        .env("VEIKART_PASSWORD", NEW_PASSWORD)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");

    assert!(!signed_in(&mut b1).await, "the first session has ended");
    assert!(!signed_in(&mut b2).await, "the second session has ended");
    assert!(signed_in(&mut o).await, "another account's session goes on");
    let mut fresh = Browser::new(&server);
    assert_eq!(
        fresh.sign_in(&cw.email, PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        fresh.sign_in(&cw.email, NEW_PASSWORD).await,
        StatusCode::SEE_OTHER
    );
}

/// An admin sets a caseworker's new password on the admin page: that account's sessions end. An
/// admin who sets their own keeps the session they did it from, and only that one.
#[tokio::test]
async fn a_new_password_from_the_admin_page_ends_the_accounts_other_sessions() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    let (admin, _) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    server.set_password(&cw.id, PASSWORD).await;
    server.set_password(&admin.id, PASSWORD).await;
    let (mut c1, mut c2, mut a1, mut a2) = (
        Browser::new(&server),
        Browser::new(&server),
        Browser::new(&server),
        Browser::new(&server),
    );
    c1.sign_in(&cw.email, PASSWORD).await;
    c2.sign_in(&cw.email, PASSWORD).await;
    a1.sign_in(&admin.email, PASSWORD).await;
    a2.sign_in(&admin.email, PASSWORD).await;

    // Only an admin may.
    let (status, _, _) = c1
        .post(
            &format!("/console/admin/caseworkers/{}/password", cw.id),
            &[("password", NEW_PASSWORD)],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, body) = a1.get("/console/admin").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(&format!("/console/admin/caseworkers/{}/password", cw.id)));
    let (status, _, headers) = a1
        .post(
            &format!("/console/admin/caseworkers/{}/password", cw.id),
            &[("password", NEW_PASSWORD)],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/console/admin");
    assert!(!signed_in(&mut c1).await && !signed_in(&mut c2).await);
    assert!(signed_in(&mut a1).await && signed_in(&mut a2).await);
    let mut fresh = Browser::new(&server);
    assert_eq!(
        fresh.sign_in(&cw.email, NEW_PASSWORD).await,
        StatusCode::SEE_OTHER
    );

    // Their own: the other session ends, this one goes on.
    let (status, _, _) = a1
        .post(
            &format!("/console/admin/caseworkers/{}/password", admin.id),
            &[("password", NEW_PASSWORD)],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        signed_in(&mut a1).await,
        "the session it was set from goes on"
    );
    assert!(
        !signed_in(&mut a2).await,
        "the admin's other session has ended"
    );
}
