//! A small client for the caseworker API, for tests and benchmarks.

use anyhow::{Context, bail};
use serde_json::Value;

pub struct CaseworkerApi {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl CaseworkerApi {
    pub fn new(base: &str, token: &str) -> Self {
        CaseworkerApi {
            http: reqwest::Client::new(),
            base: base.trim_end_matches('/').to_owned(),
            token: token.to_owned(),
        }
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> anyhow::Result<Value> {
        let mut req = self
            .http
            .request(method.clone(), format!("{}/api/v1{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(b) = body {
            req = req.json(b);
        }
        let resp = req
            .send()
            .await
            .with_context(|| format!("{method} {path}"))?;
        let status = resp.status();
        let text = resp.text().await?;
        if !status.is_success() {
            bail!("{method} {path}: {status} {text}");
        }
        Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn get(&self, path: &str) -> anyhow::Result<Value> {
        self.call(reqwest::Method::GET, path, None).await
    }
    pub async fn post(&self, path: &str, body: &Value) -> anyhow::Result<Value> {
        self.call(reqwest::Method::POST, path, Some(body)).await
    }
    pub async fn patch(&self, path: &str, body: &Value) -> anyhow::Result<Value> {
        self.call(reqwest::Method::PATCH, path, Some(body)).await
    }
    pub async fn put(&self, path: &str) -> anyhow::Result<Value> {
        self.call(reqwest::Method::PUT, path, None).await
    }
    pub async fn delete(&self, path: &str) -> anyhow::Result<Value> {
        self.call(reqwest::Method::DELETE, path, None).await
    }

    /// The id of a created row.
    pub fn id(v: &Value) -> anyhow::Result<String> {
        v["id"]
            .as_str()
            .map(str::to_owned)
            .context("no id in the answer")
    }
}
