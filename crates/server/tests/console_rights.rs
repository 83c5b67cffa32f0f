//! The participant's rights in the console (export, erasure on request) and the retention job run
//! from the command line: who may, what goes, what the reports keep, and what the audit log says.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use reqwest::StatusCode;
use veikart_protocol::{Profile, Row};
use veikart_server::domain::placement::Home;
use veikart_server::store::{Role, Store, Tx};
use veikart_server::testing::TestServer;

use common::*;

/// Everything stored about a participant: a row (live or tombstone), devices, codes.
async fn traces(server: &TestServer, id: &str) -> (bool, usize, usize) {
    let id = id.to_owned();
    server
        .store
        .read(move |tx: &mut dyn Tx| {
            Ok::<_, veikart_server::store::StoreError>((
                tx.row(&id)?.is_some(),
                tx.devices_of(&id)?.len(),
                tx.codes_of(&id)?.len(),
            ))
        })
        .await
        .unwrap()
}

async fn audit_about(server: &TestServer, id: &str) -> Vec<(String, String)> {
    let id = id.to_owned();
    server
        .store
        .read(move |tx: &mut dyn Tx| tx.audit_entries_about(&[id]))
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.actor, e.action))
        .collect()
}

/// A participant settled in 2026 whose programme ended on `ended`.
async fn leaver(server: &TestServer, bydel: &str, id: &str, ended: Option<NaiveDate>) {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let profile = Profile {
        bydel_id: bydel.into(),
        bydel_name: bydel.into(),
        programme_start: Some(day("2024-03-01")),
        programme_end: ended,
        recognition_relevant: true,
        ..Profile::new(id, format!("Navn {id}"), day("2024-01-10"))
    };
    server
        .put(
            Home::Participant {
                id: id.into(),
                bydel_id: bydel.into(),
            },
            Row::Profile(profile),
        )
        .await;
}

const REPORT_2024: &str = "/console/reports.csv?from=2024-01-01&to=2024-12-31";

#[tokio::test]
async fn an_admin_exports_everything_about_a_participant_and_it_is_audited() {
    let server = server().await;
    let ids = bydel_with_data(&server, "ostensjo", "Ahmad Karimi").await;
    let pid = id_for("/console/participants", &ids);
    let admin = id_for("/console/admin", &ids);
    let mut b = Browser::new(&server);
    b.sign_in("admin@ostensjo.test", PASSWORD).await;
    // The participant's page offers it to an admin.
    let (_, page) = b.get(&format!("/console/participants/{pid}")).await;
    assert!(page.contains(&format!("/console/participants/{pid}/export.json")));

    let (status, json, headers) = b
        .get_full(&format!("/console/participants/{pid}/export.json"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains(&format!("veikart-{pid}.json"))
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["profile"]["name"], "Ahmad Karimi");
    let kinds: Vec<&str> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["kind"].as_str())
        .collect();
    for kind in ["activity", "event", "recognition_case", "required_document"] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    assert_eq!(v["devices"][0]["name"], "phone");
    assert_eq!(v["enrolment_codes"].as_array().unwrap().len(), 1);
    assert_eq!(v["retention_months"], 12);
    // The access log lists changes to their rows (by row id) as well as views (by their id).
    let actions: Vec<&str> = v["access_log"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    for action in [
        "put_activity",
        "put_recognition_case",
        "issue_enrolment_code",
    ] {
        assert!(
            actions.contains(&action),
            "{action} missing from {actions:?}"
        );
    }
    // No secrets: no token or code hashes, no code lookups.
    for secret in ["hash", "token", "lookup"] {
        assert!(!json.contains(secret), "the export holds a {secret}");
    }

    let (status, html) = b.get(&format!("/console/participants/{pid}/export")).await;
    assert_eq!(status, StatusCode::OK);
    for shown in [
        "Ahmad Karimi",
        "Forslag",
        "phone",
        "Bachelor",
        "export_participant",
    ] {
        assert!(html.contains(shown), "the page does not show {shown}");
    }
    // Both exports are in the audit log: by the admin, about the participant's id.
    let audit = audit_about(&server, &pid).await;
    let exports = audit
        .iter()
        .filter(|(actor, action)| {
            action == "export_participant" && *actor == format!("caseworker:{admin}")
        })
        .count();
    assert_eq!(exports, 2);
}

#[tokio::test]
async fn only_an_admin_of_the_participants_bydel_exports_or_erases() {
    let server = server().await;
    let ids = bydel_with_data(&server, "grorud", "Semhar Tesfay").await;
    let pid = id_for("/console/participants", &ids);
    let mut attackers = Vec::new();
    for (bydel, role) in [
        ("grorud", Role::Caseworker),
        ("grorud", Role::Leader),
        ("ostensjo", Role::Caseworker),
        ("ostensjo", Role::Leader),
        ("ostensjo", Role::Admin),
    ] {
        let (cw, _) = server.bydel_with_caseworker(bydel, role).await;
        server.set_password(&cw.id, PASSWORD).await;
        attackers.push((bydel, role, cw));
    }
    for (bydel, role, cw) in &attackers {
        let mut b = Browser::new(&server);
        assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
        let (_, page) = b.get(&format!("/console/participants/{pid}")).await;
        assert!(
            !page.contains("/export.json"),
            "{bydel} {role:?} is offered the export"
        );
        for path in ["/export", "/export.json", "/erase"] {
            let (status, body) = b.get(&format!("/console/participants/{pid}{path}")).await;
            assert!(
                status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND,
                "{bydel} {role:?} GET {path}: {status}"
            );
            assert!(!body.contains("Semhar"), "{bydel} {role:?} GET {path}");
        }
        // With the form filled in and the session's own CSRF token.
        let (status, body, _) = b
            .post(
                &format!("/console/participants/{pid}/erase"),
                &[("confirm", "1")],
                true,
            )
            .await;
        assert!(
            status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND,
            "{bydel} {role:?} erase: {status}"
        );
        assert!(!body.contains("Semhar"));
        // Nor may they set the retention period (a leader or caseworker), or they set their own
        // bydel's only (an admin).
        let (status, _, _) = b
            .post(
                "/console/admin/retention",
                &[("retention_months", "1")],
                true,
            )
            .await;
        let expected = if *role == Role::Admin {
            StatusCode::SEE_OTHER
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(status, expected, "{bydel} {role:?} retention");
    }
    // Grorud's own admin, without the CSRF token, and without ticking the box: refused too.
    let mut admin = Browser::new(&server);
    admin.sign_in("admin@grorud.test", PASSWORD).await;
    let (status, _, _) = admin
        .post(
            &format!("/console/participants/{pid}/erase"),
            &[("confirm", "1")],
            false,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "no CSRF token");
    let (status, body, _) = admin
        .post(&format!("/console/participants/{pid}/erase"), &[], true)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("aria-invalid=\"true\""));
    assert_eq!(traces(&server, &pid).await, (true, 1, 1), "nothing erased");
    let months = server
        .store
        .read(|tx: &mut dyn Tx| {
            Ok::<_, veikart_server::store::StoreError>((
                tx.retention_months("grorud")?,
                tx.retention_months("ostensjo")?,
            ))
        })
        .await
        .unwrap();
    assert_eq!(
        months,
        (None, Some(1)),
        "only the admin's own bydel changed"
    );
    // No one but the admins of Grorud exported or erased anything.
    let audit = audit_about(&server, &pid).await;
    assert!(
        !audit
            .iter()
            .any(|(_, a)| a == "export_participant" || a == "erase_participant"),
        "{audit:?}"
    );
}

#[tokio::test]
async fn an_admin_erases_a_participant_after_confirming_and_the_reports_keep_their_numbers() {
    let server = server().await;
    let ids = bydel_with_data(&server, "grorud", "Semhar Tesfay").await;
    let pid = id_for("/console/participants", &ids);
    let admin_id = id_for("/console/admin", &ids);
    leaver(&server, "grorud", "p-erased", None).await;
    leaver(&server, "grorud", "p-stays", None).await;
    let code = server.code("p-erased", "grorud").await;
    assert!(!code.is_empty());
    let mut b = Browser::new(&server);
    b.sign_in("admin@grorud.test", PASSWORD).await;
    let (_, before) = b.get(REPORT_2024).await;
    assert!(before.contains(",2,"), "two settled in 2024: {before}");

    let (status, page) = b.get("/console/participants/p-erased/erase").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Navn p-erased") && page.contains("type=\"checkbox\""));
    let (status, _, headers) = b
        .post(
            "/console/participants/p-erased/erase",
            &[("confirm", "1")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/console/participants?erased=1");
    let (_, list) = b.get("/console/participants?erased=1").await;
    assert!(list.contains("role=\"status\"") && !list.contains("Navn p-erased"));
    assert_eq!(traces(&server, "p-erased").await, (false, 0, 0));
    let (status, _) = b.get("/console/participants/p-erased").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The others are untouched; the reports count the same.
    assert_eq!(traces(&server, "p-stays").await, (true, 0, 0));
    assert_eq!(traces(&server, &pid).await, (true, 1, 1));
    let (_, after) = b.get(REPORT_2024).await;
    assert_eq!(after, before);
    // Erasing again finds no one.
    let (status, _, _) = b
        .post(
            "/console/participants/p-erased/erase",
            &[("confirm", "1")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let audit = audit_about(&server, "p-erased").await;
    assert!(audit.contains(&(format!("caseworker:{admin_id}"), "erase_participant".into())));
}

#[tokio::test]
async fn the_retention_job_runs_from_the_command_line() {
    let server = server().await;
    let (admin, _) = server.bydel_with_caseworker("grorud", Role::Admin).await;
    server.set_password(&admin.id, PASSWORD).await;
    let long_ago = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
    leaver(&server, "grorud", "p-done", Some(long_ago)).await;
    leaver(&server, "grorud", "p-current", None).await;
    server.code("p-done", "grorud").await;
    let mut b = Browser::new(&server);
    b.sign_in(&admin.email, PASSWORD).await;
    let (_, before) = b.get(REPORT_2024).await;
    assert!(before.contains(",2,"), "two settled in 2024: {before}");

    let run = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_veikart-server"))
            .args(["--database", &server.database_url, "retention"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let printed = run();
    assert!(
        printed.contains("participants deleted after their retention period: 1"),
        "{printed}"
    );
    assert!(printed.contains("1 enrolment codes"), "{printed}");
    assert!(!printed.contains("Navn"), "names printed: {printed}");
    assert_eq!(traces(&server, "p-done").await, (false, 0, 0));
    assert!(traces(&server, "p-current").await.0);
    let (_, after) = b.get(REPORT_2024).await;
    assert_eq!(after, before);
    // Again: nothing left to do.
    assert!(run().contains("participants deleted after their retention period: 0"));
    let audit = audit_about(&server, "p-done").await;
    assert!(audit.contains(&("retention".into(), "retention_delete".into())));
}
