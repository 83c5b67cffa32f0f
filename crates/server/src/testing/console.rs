//! A cookie-keeping console client over reqwest for tests: signs in, keeps the session cookie
//! and the page's CSRF token, posts forms as a browser would. Shared by the server's console tests
//! and the cross-component tests (the desktop test's caseworker judging a page in the console).

use reqwest::StatusCode;
use reqwest::redirect::Policy;

use super::TestServer;

/// The password the tests give staff accounts.
pub const PASSWORD: &str = "korrekt hest batteri";

pub struct Browser {
    pub http: reqwest::Client,
    pub base: String,
    pub cookies: Vec<(String, String)>,
    pub csrf: String,
}

pub fn set_cookies(resp: &reqwest::Response) -> Vec<String> {
    resp.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect()
}

/// `application/x-www-form-urlencoded`, by hand (reqwest's `form` feature is not enabled here).
pub fn encode(fields: &[(String, String)]) -> String {
    let esc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                b' ' => "+".to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", esc(k), esc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub fn csrf_of(html: &str) -> String {
    html.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

impl Browser {
    pub fn new<S: crate::store::Store>(server: &TestServer<S>) -> Browser {
        Browser::at(&server.url())
    }

    /// A browser for a console at `base` (`http://host:port`), a server of another process.
    pub fn at(base: &str) -> Browser {
        Browser {
            http: reqwest::Client::builder()
                .redirect(Policy::none())
                .build()
                .unwrap_or_else(|e| panic!("an HTTP client: {e}")),
            base: base.to_owned(),
            cookies: Vec::new(),
            csrf: String::new(),
        }
    }

    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn keep(&mut self, resp: &reqwest::Response) {
        for c in set_cookies(resp) {
            let Some((k, v)) = c.split(';').next().and_then(|kv| kv.split_once('=')) else {
                continue;
            };
            self.cookies.retain(|(name, _)| name != k);
            if !v.is_empty() {
                self.cookies.push((k.to_owned(), v.to_owned()));
            }
        }
    }

    pub async fn get(&mut self, path: &str) -> (StatusCode, String) {
        let (status, body, _) = self.get_full(path).await;
        (status, body)
    }

    /// A GET that also hands back the answer's headers.
    pub async fn get_full(
        &mut self,
        path: &str,
    ) -> (StatusCode, String, reqwest::header::HeaderMap) {
        let resp = self
            .http
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .send()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        self.keep(&resp);
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = resp.text().await.unwrap_or_else(|e| panic!("{path}: {e}"));
        let csrf = csrf_of(&body);
        if !csrf.is_empty() {
            self.csrf = csrf;
        }
        (status, body, headers)
    }

    pub async fn post(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
        with_csrf: bool,
    ) -> (StatusCode, String, reqwest::header::HeaderMap) {
        let mut fields: Vec<(String, String)> = form
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        if with_csrf {
            fields.push(("csrf".into(), self.csrf.clone()));
        }
        let resp = self
            .http
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encode(&fields))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        self.keep(&resp);
        let headers = resp.headers().clone();
        let status = resp.status();
        let body = resp.text().await.unwrap_or_else(|e| panic!("{path}: {e}"));
        (status, body, headers)
    }

    pub async fn sign_in(&mut self, email: &str, password: &str) -> StatusCode {
        self.get("/console/sign-in").await;
        let (status, _, headers) = self
            .post(
                "/console/sign-in",
                &[("email", email), ("password", password)],
                true,
            )
            .await;
        // The role's first page carries the session's CSRF token for the posts that follow.
        if status == StatusCode::SEE_OTHER {
            let home = headers
                .get("location")
                .and_then(|l| l.to_str().ok())
                .unwrap_or("/console")
                .to_owned();
            self.get(&home).await;
        }
        status
    }
}
