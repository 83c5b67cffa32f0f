//! Console single sign-on against a real OpenID Connect provider (panva's `oidc-provider`, run by
//! tests/oidc/provider.mjs on a loopback port): a good sign-in lands on the console as the matched
//! account, and a wrong issuer (in the discovery document, or in the ID token), a replayed state,
//! an expired ID token and an unknown user are each
//! refused with a page in the reader's language and an audit entry. Password sign-in is refused
//! when switched off.
//!
//! Needs Node.js and `npm ci` in tests/oidc (`cargo xtask test` runs it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use reqwest::StatusCode;
use reqwest::redirect::Policy;
use veikart_server::HttpConfig;
use veikart_server::console::oidc::SsoConfig;
use veikart_server::store::{AuditEntry, Role, Store, Tx};
use veikart_server::testing::TestServer;

use common::*;

const CLIENT_ID: &str = "veikart-test";
const CLIENT_SECRET: &str = "a-client-secret-for-the-tests";

/// The provider process, stopped when this goes.
struct Provider {
    child: Child,
    /// Where it answers (its issuer, unless it was told to call itself another host).
    url: String,
    http: reqwest::Client,
    /// The provider's cookies in the test's browser.
    cookies: Vec<(String, String)>,
}

impl Provider {
    fn start(redirect_uri: &str, issuer_host: &str) -> Provider {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/oidc");
        assert!(
            std::path::Path::new(dir)
                .join("node_modules/oidc-provider")
                .exists(),
            "the test provider is not installed: run `npm ci` in tests/oidc (cargo xtask test does)"
        );
        let mut child = Command::new("node")
            .arg("provider.mjs")
            .current_dir(dir)
            .env("OIDC_CLIENT_ID", CLIENT_ID)
            .env("OIDC_CLIENT_SECRET", CLIENT_SECRET)
            .env("OIDC_REDIRECT_URI", redirect_uri)
            .env("OIDC_ISSUER_HOST", issuer_host)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node (Node.js) runs the test provider");
        let mut line = String::new();
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        out.read_line(&mut line)
            .expect("the provider says where it listens");
        // Whatever else it prints is read and dropped: a closed pipe would stop it.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        let said: serde_json::Value = serde_json::from_str(&line).expect("a JSON line");
        let port = said["port"].as_u64().expect("port");
        Provider {
            child,
            url: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::builder()
                .redirect(Policy::none())
                .build()
                .unwrap(),
            cookies: Vec::new(),
        }
    }

    /// Who signs in at the provider next.
    async fn next_account(&self, sub: &str, email: &str, email_verified: bool) {
        let body =
            serde_json::json!({"sub": sub, "email": email, "email_verified": email_verified});
        let r = self
            .http
            .post(format!("{}/test/account", self.url))
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NO_CONTENT);
    }

    /// Run the provider's clock `offset` seconds off from now on.
    async fn clock(&self, offset: i64) {
        let r = self
            .http
            .post(format!("{}/test/clock", self.url))
            .body(serde_json::json!({ "offset": offset }).to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NO_CONTENT);
    }

    /// Follow the provider's redirects (its authorization endpoint, the login it skips, the
    /// consent) from `url` until one leads back to `console`; returns that address.
    async fn walk(&mut self, mut url: String, console: &str) -> String {
        for _ in 0..10 {
            if url.starts_with(console) {
                return url;
            }
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            let resp = self
                .http
                .get(&url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap();
            for c in set_cookies(&resp) {
                if let Some((k, v)) = c.split(';').next().and_then(|kv| kv.split_once('=')) {
                    self.cookies.retain(|(name, _)| name != k);
                    self.cookies.push((k.to_owned(), v.to_owned()));
                }
            }
            let status = resp.status();
            let location = resp
                .headers()
                .get("location")
                .and_then(|l| l.to_str().ok())
                .map(str::to_owned);
            let Some(location) = location.filter(|_| status.is_redirection()) else {
                panic!(
                    "the provider answered {status}: {}",
                    resp.text().await.unwrap()
                );
            };
            url = reqwest::Url::parse(&url)
                .unwrap()
                .join(&location)
                .unwrap()
                .to_string();
        }
        panic!("the provider never sent the browser back")
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A console server configured for the provider (which calls itself `issuer_host`), and the
/// provider.
async fn setup(issuer_host: &str, password_sign_in: bool) -> (TestServer, Provider) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let public_url = format!("http://{}", listener.local_addr().unwrap());
    let provider = Provider::start(&format!("{public_url}/console/sso/callback"), issuer_host);
    let config = HttpConfig {
        sso: Some(SsoConfig {
            issuer: provider.url.clone(),
            client_id: CLIENT_ID.into(),
            client_secret: CLIENT_SECRET.into(),
            public_url,
        }),
        password_sign_in,
        ..HttpConfig::default()
    };
    let server = TestServer::fresh_on(listener, config).await.unwrap();
    (server, provider)
}

/// Press the sign-in button: the provider's address the console sends the browser to.
async fn start(b: &mut Browser, provider: &Provider) -> String {
    let (status, _, headers) = b.get_full("/console/sso").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let to = headers["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with(&provider.url), "{to}");
    for needed in [
        "code_challenge_method=S256",
        "nonce=",
        "state=",
        "scope=openid",
    ] {
        assert!(to.contains(needed), "{to} lacks {needed}");
    }
    to
}

/// Press the sign-in button and pass the provider: the address the provider sends the browser
/// back to, not yet visited.
async fn to_callback(b: &mut Browser, provider: &mut Provider) -> String {
    let to = start(b, provider).await;
    provider.walk(to, &b.base).await
}

/// Visit the callback address in the browser.
async fn arrive(b: &mut Browser, callback: &str) -> (StatusCode, String) {
    let path = callback.strip_prefix(&b.base).unwrap().to_owned();
    b.get(&path).await
}

async fn audit_of(server: &TestServer, actor: &str) -> Vec<AuditEntry> {
    let actors = vec![actor.to_owned()];
    server
        .store
        .read(move |tx: &mut dyn Tx| tx.audit_entries(&actors, None, 50))
        .await
        .unwrap()
}

async fn refusals(server: &TestServer) -> Vec<String> {
    audit_of(server, "sso")
        .await
        .into_iter()
        .filter(|e| e.action == "console_sign_in_refused")
        .map(|e| e.target)
        .collect()
}

/// Whether the browser is signed in as the caseworker named `name`.
async fn signed_in_as(b: &mut Browser, name: &str) -> bool {
    let (status, body) = b.get("/console/participants").await;
    status == StatusCode::OK && body.contains(name)
}

#[tokio::test]
async fn a_verified_email_signs_in_as_its_account_and_sign_out_ends_the_session() {
    let (server, mut provider) = setup("127.0.0.1", true).await;
    let (cw, _) = server.bydel_with_caseworker("ostensjo", Role::Leader).await;
    // The provider's spelling of the address need not match the account's case.
    provider
        .next_account("idp-sub-1", &cw.email.to_uppercase(), true)
        .await;
    let mut b = Browser::new(&server);
    let callback = to_callback(&mut b, &mut provider).await;
    let resp = b
        .http
        .get(&callback)
        .header("cookie", b.cookie_header())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let session = set_cookies(&resp)
        .into_iter()
        .find(|c| c.starts_with("vk_session=") && !c.starts_with("vk_session=;"))
        .expect("a session cookie");
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/console"] {
        assert!(session.contains(attr), "{session} lacks {attr}");
    }
    b.keep(&resp);
    let page = resp.text().await.unwrap();
    assert!(page.contains("url=/console\""), "{page}");
    assert!(
        !b.cookies.iter().any(|(k, _)| k == "vk_sso"),
        "state cookie cleared"
    );
    assert!(signed_in_as(&mut b, &cw.name).await);
    let entries = audit_of(&server, &format!("caseworker:{}", cw.id)).await;
    assert!(
        entries
            .iter()
            .any(|e| e.action == "console_sign_in_sso" && e.target == cw.id),
        "{entries:?}"
    );
    // The role stays Veikart's: a leader sees reports, not the admin page.
    assert_eq!(b.get("/console/reports").await.0, StatusCode::OK);
    assert_eq!(b.get("/console/admin").await.0, StatusCode::FORBIDDEN);

    let (status, _, _) = b.post("/console/sign-out", &[], true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(!signed_in_as(&mut b, &cw.name).await, "signed out");
    assert!(refusals(&server).await.is_empty());
}

#[tokio::test]
async fn a_subject_tied_by_an_admin_signs_in_whatever_the_email() {
    let (server, mut provider) = setup("127.0.0.1", true).await;
    let (cw, _) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    // The operator ties the account with the CLI.
    let cli = |subject: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_veikart-server"))
            .args(["--database", &server.database_url, "sso-subject"])
            .args(["--email", &cw.email, "--subject", subject])
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let out = cli("entra-oid-42");
    assert!(out.status.success(), "{out:?}");
    // No e-mail verified, and not the account's: the subject alone decides.
    provider
        .next_account("entra-oid-42", "someone.else@example.test", false)
        .await;
    let mut b = Browser::new(&server);
    let callback = to_callback(&mut b, &mut provider).await;
    assert_eq!(arrive(&mut b, &callback).await.0, StatusCode::OK);
    assert!(signed_in_as(&mut b, &cw.name).await);

    // Untied, the same person is unknown (their e-mail is not verified).
    let out = cli("");
    assert!(out.status.success(), "{out:?}");
    provider.cookies.clear();
    let mut b = Browser::new(&server);
    let callback = to_callback(&mut b, &mut provider).await;
    assert_eq!(arrive(&mut b, &callback).await.0, StatusCode::FORBIDDEN);
    assert!(!signed_in_as(&mut b, &cw.name).await);
}

#[tokio::test]
async fn a_provider_that_calls_itself_another_issuer_is_refused() {
    // It answers on 127.0.0.1 but says it is localhost: not the issuer configured.
    let (server, _provider) = setup("localhost", true).await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    let mut b = Browser::new(&server);
    b.get("/console/language/en").await;
    let (status, body) = b.get("/console/sso").await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "{body}");
    assert!(body.contains("Sign-in refused"), "{body}");
    assert!(
        body.contains("answered as another service than the one Veikart is set up with"),
        "{body}"
    );
    assert_eq!(refusals(&server).await, ["wrong-issuer"]);
    assert!(!signed_in_as(&mut b, &cw.name).await);
}

#[tokio::test]
async fn an_id_token_from_another_issuer_is_refused() {
    let (server, mut provider) = setup("127.0.0.1", true).await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    provider.next_account("sub-mixup", &cw.email, true).await;
    let mut b = Browser::new(&server);
    b.get("/console/language/en").await;
    // The console found the configured provider when the sign-in started; then a provider with
    // the same keys but another issuer name answers the browser and the code exchange.
    let to = start(&mut b, &provider).await;
    let r = provider
        .http
        .post(format!("{}/test/impostor", provider.url))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let callback = provider.walk(to, &b.base).await;
    let (status, body) = arrive(&mut b, &callback).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "{body}");
    assert!(
        body.contains("answered as another service than the one Veikart is set up with"),
        "{body}"
    );
    assert!(!signed_in_as(&mut b, &cw.name).await);
    assert_eq!(refusals(&server).await, ["wrong-issuer"]);
}

#[tokio::test]
async fn a_replayed_answer_is_refused_and_signs_no_one_in() {
    let (server, mut provider) = setup("127.0.0.1", true).await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    provider.next_account("sub-replay", &cw.email, true).await;
    let mut b = Browser::new(&server);
    let callback = to_callback(&mut b, &mut provider).await;
    // What an onlooker could copy: the address and the browser's cookies, before they are used.
    let copied = b.cookies.clone();
    assert_eq!(arrive(&mut b, &callback).await.0, StatusCode::OK);

    let mut thief = Browser::new(&server);
    thief.cookies = copied.clone();
    let (status, body) = arrive(&mut thief, &callback).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(
        body.contains("Denne innloggingen er allerede brukt"),
        "{body}"
    );
    assert!(!signed_in_as(&mut thief, &cw.name).await);
    // Without the browser's state cookie the answer is not even looked at.
    let mut other = Browser::new(&server);
    let (status, body) = arrive(&mut other, &callback).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("startet i en annen nettleser"), "{body}");
    assert!(!signed_in_as(&mut other, &cw.name).await);
    assert_eq!(refusals(&server).await, ["state-mismatch", "state-used"]);
}

#[tokio::test]
async fn an_expired_id_token_is_refused() {
    let (server, mut provider) = setup("127.0.0.1", true).await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    provider.next_account("sub-late", &cw.email, true).await;
    let mut b = Browser::new(&server);
    let callback = to_callback(&mut b, &mut provider).await;
    // The provider's clock two hours behind: the ID token it now issues expired an hour ago.
    provider.clock(-7200).await;
    let (status, body) = arrive(&mut b, &callback).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(
        body.contains("Påloggingsbeviset fra påloggingstjenesten var utløpt"),
        "{body}"
    );
    assert!(!signed_in_as(&mut b, &cw.name).await);
    assert_eq!(refusals(&server).await, ["token-expired"]);
}

#[tokio::test]
async fn an_unknown_user_is_refused_and_never_created() {
    let (server, mut provider) = setup("127.0.0.1", true).await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    let tied = cw.id.clone();
    server
        .store
        .write(move |tx: &mut dyn Tx| tx.set_sso_subject(&tied, Some("the-real-one")))
        .await
        .unwrap();
    let cases = [
        // No account has this address.
        ("sub-new", "ny.ansatt@oslo.kommune.test", true),
        // The account's address, but the provider did not verify it.
        ("sub-unverified", cw.email.as_str(), false),
        // The account's verified address, but the account is tied to another subject.
        ("sub-impostor", cw.email.as_str(), true),
    ];
    for (sub, email, verified) in cases {
        // A new browser each time: none signed in at the provider yet.
        provider.cookies.clear();
        provider.next_account(sub, email, verified).await;
        let mut b = Browser::new(&server);
        b.get("/console/language/en").await;
        let callback = to_callback(&mut b, &mut provider).await;
        let (status, body) = arrive(&mut b, &callback).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{sub}: {body}");
        assert!(body.contains("no Veikart user matches"), "{body}");
        // What the person can hand their admin.
        assert!(body.contains(sub) && body.contains(email), "{body}");
        assert_eq!(body.contains("not verified"), !verified, "{body}");
        assert!(!signed_in_as(&mut b, &cw.name).await);
    }
    assert_eq!(refusals(&server).await, ["unknown-user"; 3]);
    let staff = server
        .store
        .read(|tx: &mut dyn Tx| tx.caseworkers_in("ostensjo"))
        .await
        .unwrap();
    assert_eq!(staff.len(), 1, "nobody was created");
}

#[tokio::test]
async fn password_sign_in_is_refused_when_switched_off() {
    let (server, mut provider) = setup("127.0.0.1", false).await;
    let (cw, _) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(&server);
    let (_, page) = b.get("/console/sign-in").await;
    assert!(page.contains("href=\"/console/sso\""), "{page}");
    assert!(!page.contains("type=\"password\""), "{page}");
    // The right password, sent anyway, with the sign-in form's CSRF token (the pre-sign-in
    // cookie's value) so that the refusal is the switch's, not the CSRF guard's.
    b.csrf = b
        .cookies
        .iter()
        .find(|(k, _)| k == "vk_pre")
        .map(|(_, v)| v.clone())
        .expect("the pre-sign-in cookie");
    let (status, body, _) = b
        .post(
            "/console/sign-in",
            &[("email", cw.email.as_str()), ("password", PASSWORD)],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(
        body.contains("Innlogging med passord er slått av her"),
        "{body}"
    );
    assert!(!b.cookies.iter().any(|(k, _)| k == "vk_session"));
    assert!(!signed_in_as(&mut b, &cw.name).await);
    let refused = audit_of(&server, "password").await;
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].target, "password-sign-in-off");
    // The provider still signs the same account in.
    provider.next_account("sub-admin", &cw.email, true).await;
    let callback = to_callback(&mut b, &mut provider).await;
    assert_eq!(arrive(&mut b, &callback).await.0, StatusCode::OK);
    assert!(signed_in_as(&mut b, &cw.name).await);
    // The admin adds a colleague without a password, which nobody could use here.
    let (_, admin_page) = b.get("/console/admin").await;
    assert!(
        !admin_page.contains("id=\"caseworker-password\""),
        "no password field"
    );
    let (status, body, _) = b
        .post(
            "/console/admin/caseworkers",
            &[
                ("name", "Ny Kollega"),
                ("email", "ny.kollega@ostensjo.test"),
                ("role", "caseworker"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    provider.cookies.clear();
    provider
        .next_account("sub-kollega", "ny.kollega@ostensjo.test", true)
        .await;
    let mut k = Browser::new(&server);
    let callback = to_callback(&mut k, &mut provider).await;
    assert_eq!(arrive(&mut k, &callback).await.0, StatusCode::OK);
    assert!(signed_in_as(&mut k, "Ny Kollega").await);
}

#[tokio::test]
async fn an_admin_ties_a_subject_to_an_account_of_their_own_bydel_only() {
    let (server, mut provider) = setup("127.0.0.1", true).await;
    let (admin, _) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    let (theirs, _) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.set_password(&admin.id, PASSWORD).await;
    server.set_password(&cw.id, PASSWORD).await;
    let tie = |id: &str| format!("/console/admin/caseworkers/{id}/sso-subject");
    let subject_of = |id: &str| {
        let id = id.to_owned();
        let store = server.store.clone();
        async move {
            store
                .read(move |tx: &mut dyn Tx| tx.sso_subject(&id))
                .await
                .unwrap()
        }
    };

    let mut a = Browser::new(&server);
    assert_eq!(
        a.sign_in(&admin.email, PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let (_, page) = a.get("/console/admin").await;
    assert!(page.contains(&tie(&cw.id)), "the admin page offers it");
    let (status, _, _) = a
        .post(&tie(&cw.id), &[("subject", " entra-77 ")], true)
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(subject_of(&cw.id).await.as_deref(), Some("entra-77"));
    // Another bydel's account: not found, and left alone.
    let (status, _, _) = a.post(&tie(&theirs.id), &[("subject", "x-1")], true).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(subject_of(&theirs.id).await, None);
    // One subject, one account.
    let (status, body, _) = a
        .post(&tie(&admin.id), &[("subject", "entra-77")], true)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains("En annen bruker har allerede denne identifikatoren"),
        "{body}"
    );
    assert_eq!(subject_of(&admin.id).await, None);
    // A caseworker cannot tie anyone, themselves included.
    let mut c = Browser::new(&server);
    assert_eq!(c.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
    let (status, _, _) = c.post(&tie(&cw.id), &[("subject", "mine")], true).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(subject_of(&cw.id).await.as_deref(), Some("entra-77"));
    let entries = audit_of(&server, &format!("caseworker:{}", admin.id)).await;
    assert!(
        entries
            .iter()
            .any(|e| e.action == "tie_sso_subject" && e.target == cw.id)
    );

    // The tied person signs in by the subject, with no verified e-mail.
    provider.next_account("entra-77", "", false).await;
    let mut b = Browser::new(&server);
    let callback = to_callback(&mut b, &mut provider).await;
    assert_eq!(arrive(&mut b, &callback).await.0, StatusCode::OK);
    assert!(signed_in_as(&mut b, &cw.name).await);
    // Untied with an empty field: the same person is unknown.
    let (status, _, _) = a.post(&tie(&cw.id), &[("subject", "")], true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(subject_of(&cw.id).await, None);
    provider.cookies.clear();
    let mut b = Browser::new(&server);
    let callback = to_callback(&mut b, &mut provider).await;
    assert_eq!(arrive(&mut b, &callback).await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn answers_are_limited_per_client_address() {
    let (server, _provider) = setup("127.0.0.1", true).await;
    let mut b = Browser::new(&server);
    // Forged answers without the browser's state: each is refused and audited, up to the limit.
    for _ in 0..30 {
        let (status, _) = b.get("/console/sso/callback?code=x&state=y").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let (status, _) = b.get("/console/sso/callback?code=x&state=y").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refusals(&server).await.len(), 30);
}
