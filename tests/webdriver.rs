//! A minimal W3C WebDriver client over reqwest: enough to drive the desktop app through
//! tauri-driver (which hands the session to Debian's WebKitWebDriver).

use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Session {
    http: reqwest::Client,
    base: String,
}

impl Session {
    /// Start a session for the Tauri app at `application` (an absolute path).
    pub async fn start(driver: &str, application: &str) -> anyhow::Result<Session> {
        let http = reqwest::Client::new();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "wry",
            "tauri:options": {"application": application}
        }}});
        let resp: Value = http
            .post(format!("{driver}/session"))
            .json(&caps)
            .send()
            .await?
            .json()
            .await?;
        let id = resp["value"]["sessionId"]
            .as_str()
            .with_context(|| format!("no session: {resp}"))?;
        Ok(Session {
            http,
            base: format!("{driver}/session/{id}"),
        })
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> anyhow::Result<Value> {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp: Value = req.send().await?.json().await?;
        if let Some(err) = resp["value"].get("error") {
            bail!("webdriver {path}: {err} {}", resp["value"]["message"]);
        }
        Ok(resp["value"].clone())
    }

    /// Run JavaScript in the page and return its value.
    pub async fn js(&self, script: &str, args: Value) -> anyhow::Result<Value> {
        self.call(
            reqwest::Method::POST,
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
        .await
    }

    /// Run JavaScript that calls its last argument with the result (for promises).
    pub async fn js_async(&self, script: &str, args: Value) -> anyhow::Result<Value> {
        self.call(
            reqwest::Method::POST,
            "/execute/async",
            Some(json!({"script": script, "args": args})),
        )
        .await
    }

    pub async fn find(&self, css: &str) -> anyhow::Result<String> {
        let v = self
            .call(
                reqwest::Method::POST,
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await?;
        v[ELEMENT]
            .as_str()
            .map(str::to_owned)
            .with_context(|| format!("no element id in {v}"))
    }

    /// Wait until `css` matches, up to `timeout`.
    pub async fn wait_for(&self, css: &str, timeout: Duration) -> anyhow::Result<String> {
        let start = Instant::now();
        loop {
            match self.find(css).await {
                Ok(id) => return Ok(id),
                Err(e) if start.elapsed() > timeout => {
                    return Err(e.context(format!("waiting for {css}")));
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }

    /// Wait until the script returns true, up to `timeout`; returns how long it took.
    pub async fn wait_until(
        &self,
        script: &str,
        args: Value,
        timeout: Duration,
    ) -> anyhow::Result<Duration> {
        let start = Instant::now();
        loop {
            if self.js(script, args.clone()).await? == Value::Bool(true) {
                return Ok(start.elapsed());
            }
            if start.elapsed() > timeout {
                bail!("timed out after {timeout:?} waiting for: {script}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Click as a person would: the element is brought to the middle of the window first. WebDriver
    /// scrolls it only as far as the window's edge, where on a phone-sized window the sticky tab
    /// bar covers it, and WebKitWebDriver then refuses the click as intercepted.
    pub async fn click(&self, css: &str) -> anyhow::Result<()> {
        let id = self.wait_for(css, Duration::from_secs(10)).await?;
        self.js(
            "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})",
            json!([{ ELEMENT: id }]),
        )
        .await?;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{id}/click"),
            Some(json!({})),
        )
        .await?;
        Ok(())
    }

    /// Type into a field and make sure it holds exactly `text`: a page that re-renders while the
    /// keys arrive can drop some, so the value is checked and typed again if needed.
    pub async fn type_into(&self, css: &str, text: &str) -> anyhow::Result<()> {
        for _ in 0..5 {
            let id = self.wait_for(css, Duration::from_secs(10)).await?;
            self.call(
                reqwest::Method::POST,
                &format!("/element/{id}/clear"),
                Some(json!({})),
            )
            .await?;
            self.call(
                reqwest::Method::POST,
                &format!("/element/{id}/value"),
                Some(json!({"text": text})),
            )
            .await?;
            let value = self
                .js(
                    "return document.querySelector(arguments[0]).value",
                    json!([css]),
                )
                .await?;
            if value == Value::String(text.to_owned()) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        bail!("{css} would not hold {text:?}")
    }

    /// A PNG of the window.
    pub async fn screenshot(&self) -> anyhow::Result<Vec<u8>> {
        let b64 = self.call(reqwest::Method::GET, "/screenshot", None).await?;
        let b64 = b64.as_str().context("no screenshot")?;
        Ok(data_encoding::BASE64.decode(b64.as_bytes())?)
    }

    pub async fn close(self) -> anyhow::Result<()> {
        self.http.delete(&self.base).send().await?;
        Ok(())
    }
}
