//! What the API tests share: a JSON client for the real server on a loopback port, enrolment,
//! and the fingerprint that "nothing changed" compares.

// Each test file uses its own part of this.
#![allow(dead_code, unused_imports)]

pub use chrono::{Duration, Utc};
pub use reqwest::StatusCode;
pub use serde_json::{Value, json};
pub use veikart_protocol::{PROTOCOL_VERSION, RowKind};
pub use veikart_server::HttpConfig;
pub use veikart_server::store::{EnrolmentCode, Role, Store, StoreError, Tx};
pub use veikart_server::testing::{TestServer, TestStore};
pub use veikart_server::{SqliteStore, on_both_backends};

/// An answer with the headers a test looks at.
pub struct Answer {
    pub status: StatusCode,
    pub body: Value,
    pub retry_after: Option<String>,
    pub headers: reqwest::header::HeaderMap,
}

impl Answer {
    pub async fn of(resp: reqwest::Response) -> Answer {
        let status = resp.status();
        let headers = resp.headers().clone();
        let retry_after = headers
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let text = resp.text().await.unwrap_or_default();
        Answer {
            status,
            body: serde_json::from_str(&text).unwrap_or(Value::String(text)),
            retry_after,
            headers,
        }
    }
}

pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    pub token: Option<String>,
    /// The device id, for a device's client (its ids must start with it).
    pub device_id: Option<String>,
    /// The server history its last sync answer named, sent back with the cursors as a device does.
    pub history: std::sync::Mutex<Option<String>>,
}

impl Client {
    pub fn new<S: Store>(server: &TestServer<S>, token: Option<&str>) -> Client {
        Client {
            http: reqwest::Client::new(),
            base: server.url(),
            token: token.map(str::to_owned),
            device_id: None,
            history: std::sync::Mutex::new(None),
        }
    }

    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("request");
        let status = resp.status();
        let text = resp.text().await.expect("body");
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::GET, path, None).await
    }
    pub async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }
    pub async fn patch(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::PATCH, path, Some(body)).await
    }
    pub async fn put(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::PUT, path, None).await
    }
    pub async fn delete(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::DELETE, path, None).await
    }

    pub async fn raw(&self, path: &str, body: Vec<u8>, content_type: &str) -> (StatusCode, Value) {
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        let resp = req.send().await.expect("request");
        let status = resp.status();
        (status, resp.json().await.unwrap_or(Value::Null))
    }

    /// An id in this device's own namespace, as a device must choose for the rows it creates.
    pub fn id(&self, local: &str) -> String {
        format!(
            "{}-{local}",
            self.device_id.as_deref().unwrap_or("no-device")
        )
    }

    /// A sync with no cursors, answered with its headers.
    pub async fn raw_sync(&self, mutations: Value) -> Answer {
        let mut req = self
            .http
            .post(format!("{}/api/v1/sync", self.base))
            .json(&json!({"protocol": PROTOCOL_VERSION, "mutations": mutations, "cursors": {}}));
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        Answer::of(req.send().await.expect("request")).await
    }

    pub async fn sync(&self, mutations: Value, cursors: Value) -> (StatusCode, Value) {
        let history = self.history.lock().expect("history").clone();
        let (status, body) = self
            .post(
                "/api/v1/sync",
                json!({"protocol": PROTOCOL_VERSION, "mutations": mutations, "cursors": cursors, "history": history}),
            )
            .await;
        if let Some(h) = body["history"].as_str() {
            *self.history.lock().expect("history") = Some(h.to_owned());
        }
        (status, body)
    }
}

pub fn error_code(body: &Value) -> &str {
    body["error"].as_str().unwrap_or("<none>")
}

/// A server over a fresh database of backend `S`.
pub async fn server<S: TestStore>() -> TestServer<S> {
    TestServer::<S>::fresh(HttpConfig::default())
        .await
        .expect("server")
}

/// Enrol a device for `participant` and return a client with its token.
pub async fn enrolled<S: TestStore>(
    server: &TestServer<S>,
    participant: &str,
    bydel: &str,
) -> Client {
    let code = server.code(participant, bydel).await;
    let (status, body) = Client::new(server, None)
        .post(
            "/api/v1/enrol",
            json!({"code": code, "device_name": "test phone"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    Client {
        device_id: body["device_id"].as_str().map(str::to_owned),
        ..Client::new(server, body["token"].as_str())
    }
}

/// Every scope version and live row count: what "nothing changed" compares.
pub async fn fingerprint<S: Store>(
    server: &TestServer<S>,
    scopes: &[&str],
) -> Vec<(String, u64, usize)> {
    let scopes: Vec<String> = scopes.iter().map(|s| s.to_string()).collect();
    server
        .store
        .read(move |tx: &mut dyn Tx| {
            let mut out = Vec::new();
            for s in &scopes {
                let v = tx.scope_version(s)?;
                let n = tx.changes_since(s, 0, 100_000)?.len();
                out.push((s.clone(), v, n));
            }
            Ok::<_, StoreError>(out)
        })
        .await
        .expect("fingerprint")
}

pub fn event_json(start_in_hours: i64) -> Value {
    let start = Utc::now() + Duration::hours(start_in_hours);
    json!({
        "kind": "event", "event_kind": "meeting", "status": "scheduled",
        "title": {"text": "Oppfølgingssamtale", "lang": "nb"},
        "starts_at": start, "ends_at": start + Duration::hours(1),
        "place": {"text": "Nav Grorud", "lang": "nb"}
    })
}

/// Create a participant with a plan, an event, a recognition case and a message in `bydel`.
pub async fn participant_with_plan(cw: &Client, name: &str) -> (String, Value) {
    let (status, p) = cw
        .post(
            "/api/v1/participants",
            json!({"name": name, "settled_on": "2026-06-08", "preferred_language": "ti"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{p}");
    let pid = p["id"].as_str().expect("id").to_owned();
    let records = format!("/api/v1/participants/{pid}/records");
    let (_, goal) = cw.post(&records, json!({"kind": "goal", "goal_kind": "delmaal", "status": "active", "title": {"text": "Lage CV"}})).await;
    let (status, activity) = cw.post(&records, json!({"kind": "activity", "goal_id": goal["id"], "activity_type": "job_search", "status": "planned", "owner": "participant", "agreed": true, "title": {"text": "Skriv CV"}})).await;
    assert_eq!(status, StatusCode::CREATED, "{activity}");
    let (_, event) = cw.post(&records, event_json(48)).await;
    let (_, case) = cw.post(&records, json!({"kind": "recognition_case", "credential": {"text": "Bachelor i sykepleie"}, "route": "regulated_profession", "status": "draft"})).await;
    let (status, doc) = cw.post(&records, json!({"kind": "required_document", "case_id": case["id"], "document_kind": "translation", "status": "missing"})).await;
    assert_eq!(status, StatusCode::CREATED, "{doc}");
    let (_, message) = cw.post(&records, json!({"kind": "message", "author": "caseworker", "body": {"text": "Hei!"}, "sent_at": Utc::now()})).await;
    let ids = json!({"goal": goal["id"], "activity": activity["id"], "event": event["id"], "case": case["id"], "document": doc["id"], "message": message["id"]});
    (pid, ids)
}
