//! A page of a required document through the shell's IPC, as the UI sends it: the bytes as the
//! raw body (and, as Android's webview sends them, a JSON array of numbers), the document in a
//! header; then synced and uploaded to the real server, whose row comes back `received`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets,
};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};
use veikart_protocol::Row;
use veikart_server::HttpConfig;
use veikart_server::domain::placement::Home;
use veikart_server::store::Role;
use veikart_server::testing::TestServer;

fn invoke_with(
    webview: &WebviewWindow<MockRuntime>,
    cmd: &str,
    body: InvokeBody,
    headers: &[(&'static str, &str)],
) -> Result<Value, Value> {
    let mut map = tauri::http::HeaderMap::new();
    for (k, v) in headers {
        map.insert(*k, v.parse().unwrap());
    }
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body,
            headers: map,
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

fn invoke(webview: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke_with(webview, cmd, InvokeBody::Json(args), &[])
}

fn row(v: Value) -> Row {
    serde_json::from_value(v).unwrap()
}

/// A JPEG-looking page: the magic number, then bytes that tell their place.
fn jpeg(len: usize) -> Vec<u8> {
    let mut b: Vec<u8> = (0..len).map(|i| (i * 13 % 251) as u8).collect();
    b[..4].copy_from_slice(&[0xFF, 0xD8, 0xFF, 0xE0]);
    b
}

#[test]
fn a_page_sent_as_raw_bytes_is_kept_offline_then_uploaded_whole() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (server, code) = rt.block_on(async {
        let server = TestServer::start(HttpConfig::default()).await.unwrap();
        server
            .bydel_with_caseworker("grorud", Role::Caseworker)
            .await;
        server
            .participant("grorud", "semhar", "Semhar Tesfay")
            .await;
        let home = Home::Participant {
            id: "semhar".into(),
            bydel_id: "grorud".into(),
        };
        server
            .put(
                home.clone(),
                row(json!({"kind": "recognition_case", "id": "case-1",
                    "credential": {"text": "Bachelor i sykepleie", "lang": "nb"},
                    "route": "hkdir_general", "status": "draft"})),
            )
            .await;
        server
            .put(
                home,
                row(
                    json!({"kind": "required_document", "id": "doc-1", "case_id": "case-1",
                    "document_kind": "diploma", "status": "missing"}),
                ),
            )
            .await;
        let code = server.code("semhar", "grorud").await;
        (server, code)
    });

    let data = tempfile::tempdir().unwrap();
    let app = veikart_app::configure(mock_builder())
        .build(mock_context(noop_assets()))
        .unwrap();
    let state = veikart_app::start(app.handle(), data.path().to_path_buf(), false).unwrap();
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    invoke(
        &webview,
        "enrol",
        json!({"serverUrl": server.url(), "code": code}),
    )
    .unwrap();
    // The test drives sync and upload itself.
    state.stop_sync();
    rt.block_on(state.device.sync()).unwrap();

    // Three chunks and a bit, as the raw body.
    let photo = jpeg(veikart_protocol::limits::MAX_PAGE_CHUNK * 3 + 77);
    let id = invoke_with(
        &webview,
        "add_document_page",
        InvokeBody::Raw(photo.clone()),
        &[("veikart-document", "doc-1")],
    )
    .unwrap();
    let id = id.as_str().unwrap().to_owned();
    // As Android sends it: a JSON array of numbers.
    let small = jpeg(600);
    let second = invoke_with(
        &webview,
        "add_document_page",
        InvokeBody::Json(json!(small)),
        &[("veikart-document", "doc-1")],
    )
    .unwrap();
    // No document named, or not a picture: refused, nothing kept.
    let err = invoke_with(
        &webview,
        "add_document_page",
        InvokeBody::Raw(photo.clone()),
        &[],
    )
    .unwrap_err();
    assert_eq!(err["code"], "invalid_value", "{err}");
    let err = invoke_with(
        &webview,
        "add_document_page",
        InvokeBody::Raw(b"<html>".to_vec()),
        &[("veikart-document", "doc-1")],
    )
    .unwrap_err();
    assert_eq!(err["code"], "invalid_value", "{err}");

    let view = invoke(&webview, "recognition", json!({})).unwrap();
    let doc = &view["cases"][0]["documents"][0];
    assert_eq!(doc["pages"].as_array().unwrap().len(), 2, "{doc}");
    assert_eq!(doc["pages"][0]["state"], "on_device");
    assert_eq!(doc["pages"][0]["index"], 0);
    assert_eq!(doc["pages"][1]["index"], 1);
    assert_eq!(doc["pack"], "on_device");

    // The second is taken back before it was ever sent.
    invoke(&webview, "remove_document_page", json!({"pageId": second})).unwrap();

    // Online: the sync confirms the add, the upload sends the bytes, the next sync says received.
    rt.block_on(state.device.sync()).unwrap();
    let mut progress = Vec::new();
    let report = rt
        .block_on(
            state
                .device
                .upload_pages(&mut |p: veikart_client::pages::PageProgress| progress.push(p.sent)),
        )
        .unwrap();
    assert_eq!(report.completed, 1, "{report:?}");
    assert_eq!(report.bytes_sent, photo.len() as u64);
    assert_eq!(progress.last(), Some(&(photo.len() as u64)));
    rt.block_on(state.device.sync()).unwrap();
    let view = invoke(&webview, "recognition", json!({})).unwrap();
    let doc = &view["cases"][0]["documents"][0];
    assert_eq!(doc["pages"].as_array().unwrap().len(), 1, "{doc}");
    assert_eq!(doc["pages"][0]["id"], id.as_str());
    assert_eq!(doc["pages"][0]["state"], "sent", "{doc}");
    assert_eq!(doc["pack"], "in_review");
    // The server moved the missing document to ready when the page arrived.
    assert_eq!(doc["status"], "ready", "{doc}");
    // The server has the bytes as they were, once.
    let dir = server.pages_dir.clone().unwrap();
    let stored: Vec<Vec<u8>> = walk(&dir)
        .into_iter()
        .map(|p| std::fs::read(p).unwrap())
        .filter(|b| b.len() == photo.len())
        .collect();
    assert_eq!(stored, vec![photo], "byte-identical, once");

    invoke(&webview, "sign_out", json!({})).unwrap();
    drop(server);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
