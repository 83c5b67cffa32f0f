//! The shell's commands through Tauri's IPC with the mock runtime (no window), against the real
//! server on a loopback port: enrol, read each view, act offline, sync, sign out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets,
};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};
use veikart_server::HttpConfig;
use veikart_server::store::{Role, Store};
use veikart_server::testing::TestServer;

fn invoke(webview: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // On Linux the app's own origin is tauri://localhost; anything else is "remote".
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

#[test]
fn enrol_read_act_and_sign_out_through_ipc() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (server, code, pid) = rt.block_on(async {
        let server = TestServer::start(HttpConfig::default()).await.unwrap();
        let (_, _token) = server
            .bydel_with_caseworker("grorud", Role::Caseworker)
            .await;
        server
            .participant("grorud", "semhar", "Semhar Tesfay")
            .await;
        let code = server.code("semhar", "grorud").await;
        (server, code, "semhar".to_string())
    });

    let data = tempfile::tempdir().unwrap();
    let app = veikart_app::configure(mock_builder())
        .build(mock_context(noop_assets()))
        .unwrap();
    let state = // No keystore in a test: the key goes to a file in the temp dir.
    veikart_app::start(app.handle(), data.path().to_path_buf(), false).unwrap();
    assert_eq!(state.key_storage, veikart_app::keystore::KeyStorage::File);
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();

    let status = invoke(&webview, "sync_status", json!({})).unwrap();
    assert_eq!(status["enrolled"], false);
    invoke(
        &webview,
        "set_settings",
        json!({"language": "ti", "reminderMinutes": 30}),
    )
    .unwrap();
    let err = invoke(
        &webview,
        "enrol",
        json!({"serverUrl": server.url(), "code": "AAAA-BBBB-CCCC"}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "code_invalid", "{err}");
    invoke(
        &webview,
        "enrol",
        json!({"serverUrl": server.url(), "code": code}),
    )
    .unwrap();

    let today = invoke(&webview, "today", json!({})).unwrap();
    assert_eq!(today["profile"]["id"], pid.as_str());
    // The language chosen before enrolment became the profile's (after the next sync).
    let settings = invoke(&webview, "settings", json!({})).unwrap();
    assert_eq!(
        (
            settings["language"].as_str(),
            settings["reminderMinutes"].as_i64()
        ),
        (Some("ti"), Some(30))
    );
    assert_eq!(settings["keyStorage"], "file");
    for (cmd, args) in [
        ("plan", json!({})),
        ("recognition", json!({})),
        ("messages", json!({})),
        (
            "schedule",
            json!({"from": "2026-11-01", "to": "2026-12-31"}),
        ),
    ] {
        invoke(&webview, cmd, args).unwrap_or_else(|e| panic!("{cmd}: {e}"));
    }
    let err = invoke(
        &webview,
        "schedule",
        json!({"from": "2026-12-31", "to": "2026-01-01"}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "invalid_value");

    // A message written now shows at once as waiting, then goes at the next sync. Every change
    // kicks the background loop, which would send it before the test looks: stop the loop, and
    // let a sync already under way finish (syncs take one lock); sync_now starts the loop again.
    state.stop_sync();
    rt.block_on(state.device.sync()).unwrap();
    invoke(&webview, "send_message", json!({"body": "ሰላም"})).unwrap();
    let messages = invoke(&webview, "messages", json!({})).unwrap();
    let last = messages["messages"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (last["pending"].as_bool(), last["body"]["lang"].as_str()),
        (Some(true), Some("ti"))
    );
    // A proposal for a better wording waits with it, and goes with it.
    let id = invoke(
        &webview,
        "propose_wording",
        json!({"language": "ti", "key": "msg-send", "text": "ስደድ", "comment": null}),
    )
    .unwrap();
    assert!(id.as_str().is_some_and(|id| !id.is_empty()));
    assert_eq!(
        invoke(&webview, "sync_status", json!({})).unwrap()["pending"],
        2
    );
    let status = invoke(&webview, "sync_now", json!({})).unwrap();
    assert_eq!(status["pending"], 0, "{status}");
    assert!(
        status["rejected"].as_array().unwrap().is_empty(),
        "{status}"
    );
    let stored = rt
        .block_on(
            server
                .store
                .read(|tx: &mut dyn veikart_server::store::Tx| tx.wording_proposals(None)),
        )
        .unwrap();
    assert_eq!(
        (
            stored.len(),
            stored[0].key.as_str(),
            stored[0].text.as_str()
        ),
        (1, "msg-send", "ስደድ")
    );
    let ics = invoke(&webview, "export_ics", json!({})).unwrap();
    assert!(ics.as_str().unwrap().starts_with("BEGIN:VCALENDAR"));
    let export: Value = serde_json::from_str(
        invoke(&webview, "export_data", json!({}))
            .unwrap()
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert!(
        export["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["body"]["text"] == "ሰላም")
    );

    invoke(&webview, "sign_out", json!({})).unwrap();
    assert_eq!(
        invoke(&webview, "sync_status", json!({})).unwrap()["enrolled"],
        false
    );
    assert_eq!(
        invoke(&webview, "today", json!({})).unwrap_err()["code"],
        "not_enrolled"
    );
    drop(server);
}
