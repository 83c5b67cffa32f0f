//! Roles and tenancy in the console: every route with every role against another bydel's data,
//! the pages each role may see, and the reports per role.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use veikart_server::console::ROUTES;
use veikart_server::store::{Role, Store, Tx};

use common::*;

#[tokio::test]
async fn no_role_of_one_bydel_gets_anything_of_another_by_any_console_route() {
    let server = server().await;
    let theirs = bydel_with_data(&server, "grorud", "Semhar Tesfay").await;
    let before = server
        .store
        .read(|tx: &mut dyn Tx| tx.scope_version(&format!("p:{}", "p-grorud")))
        .await
        .unwrap();
    for role in [Role::Caseworker, Role::Leader, Role::Admin] {
        let (cw, _) = server.bydel_with_caseworker("ostensjo", role).await;
        server.set_password(&cw.id, PASSWORD).await;
        server
            .participant(
                "ostensjo",
                &format!("p-own-{}", role.as_str()),
                "Egen Deltaker",
            )
            .await;
        let mut b = Browser::new(&server);
        assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
        for (method, pattern) in ROUTES {
            if pattern.ends_with("sign-out") || pattern.ends_with("sign-in") {
                continue;
            }
            let path = pattern
                .replace("{id}", &id_for(pattern, &theirs))
                .replace("{lang}", "en");
            let fields = every_field();
            let (status, body) = if *method == "GET" {
                b.get(&path).await
            } else {
                let (s, body, _) = b.post(&path, &fields, true).await;
                (s, body)
            };
            assert!(
                !body.contains("Semhar") && !body.contains("Norsk A2"),
                "{role:?} {method} {path} showed another bydel's data"
            );
            if pattern.contains("{id}") {
                assert!(
                    status == StatusCode::NOT_FOUND || status == StatusCode::FORBIDDEN,
                    "{role:?} {method} {path} answered {status}"
                );
            } else {
                assert!(
                    status.as_u16() < 500,
                    "{role:?} {method} {path} answered {status}"
                );
            }
        }
    }
    let after = server
        .store
        .read(|tx: &mut dyn Tx| tx.scope_version("p:p-grorud"))
        .await
        .unwrap();
    assert_eq!(before, after, "another bydel's participant was changed");
}

#[tokio::test]
async fn roles_gate_reports_audit_and_admin_and_views_are_audited() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    let (admin, _) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    server.set_password(&cw.id, PASSWORD).await;
    server.set_password(&admin.id, PASSWORD).await;
    server.participant("ostensjo", "p1", "Ahmad Karimi").await;
    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;
    for page in [
        "/console/reports",
        "/console/reports.csv",
        "/console/reports/bydeler",
        "/console/reports/bydeler.csv",
        "/console/audit",
        "/console/admin",
    ] {
        assert_eq!(b.get(page).await.0, StatusCode::FORBIDDEN, "{page}");
    }
    assert_eq!(b.get("/console/participants/p1").await.0, StatusCode::OK);
    let mut a = Browser::new(&server);
    a.sign_in(&admin.email, PASSWORD).await;
    let (status, body) = a.get("/console/audit").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("view_participant") && body.contains(&cw.name));
    assert!(
        !body.contains("Ahmad"),
        "the audit log names ids, not people"
    );
}

#[tokio::test]
async fn a_leader_sees_their_bydel_and_every_bydel_with_small_counts_hidden() {
    let server = server().await;
    let (leader, _) = server.bydel_with_caseworker("ostensjo", Role::Leader).await;
    let (admin, _) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    for cw in [&leader, &admin] {
        server.set_password(&cw.id, PASSWORD).await;
    }
    // Østensjø: two settled in Q1 2025 (one started after 50 days, one not yet), one outside.
    settled(
        &server,
        "ostensjo",
        "o1",
        "2025-01-10",
        Some("2025-03-01"),
        true,
    )
    .await;
    settled(&server, "ostensjo", "o2", "2025-02-01", None, false).await;
    settled(
        &server,
        "ostensjo",
        "o3",
        "2024-12-31",
        Some("2025-01-05"),
        false,
    )
    .await;
    // Grorud: one settled in the period, started late (120 days).
    settled(
        &server,
        "grorud",
        "g1",
        "2025-03-01",
        Some("2025-06-29"),
        false,
    )
    .await;
    let q = "?from=2025-01-01&to=2025-03-31";

    let mut l = Browser::new(&server);
    l.sign_in(&leader.email, PASSWORD).await;
    let (status, body) = l.get(&format!("/console/reports{q}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("1 av 2") && body.contains("50 dager"),
        "{body}"
    );
    assert!(!body.contains("Navn "), "the report names no one");
    let (status, csv) = l.get(&format!("/console/reports.csv{q}")).await;
    assert_eq!(status, StatusCode::OK);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(
        lines[1].starts_with("ostensjo,ostensjo,2025-01-01,2025-03-31,2,1,1,1,50,1,0,,0,,0"),
        "{csv}"
    );
    // The leader sees every bydel side by side too, with the same small counts hidden.
    let (status, csv) = l.get(&format!("/console/reports/bydeler.csv{q}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        csv.lines()
            .any(|l| l.starts_with("grorud,grorud,2025-01-01,2025-03-31,<5,<5,")),
        "{csv}"
    );
    // A wrong period is shown again with the problem next to the field.
    let (status, body) = l
        .get("/console/reports?from=2025-03-01&to=2025-01-01")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"to-error\"") && body.contains("aria-invalid=\"true\""));
    assert_eq!(
        l.get("/console/reports.csv?from=x&to=y").await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let mut a = Browser::new(&server);
    a.sign_in(&admin.email, PASSWORD).await;
    let (status, csv) = a.get(&format!("/console/reports/bydeler.csv{q}")).await;
    assert_eq!(status, StatusCode::OK);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    // Across bydeler, counts from 1 to 4 could point at a person: "<5", and their medians go.
    assert!(
        lines[1].starts_with("grorud,grorud,2025-01-01,2025-03-31,<5,<5,0,0,,"),
        "{csv}"
    );
    assert!(lines[2].starts_with("ostensjo,"), "{csv}");
    let (status, body) = a.get(&format!("/console/reports/bydeler{q}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("færre enn 5"), "{body}");
    assert!(
        !body.contains("120 dager") && !body.contains("50 dager"),
        "a median of one person is shown: {body}"
    );
    // Every view and download is audited.
    let (_, audit) = a.get("/console/audit").await;
    assert!(audit.contains("view_reports") && audit.contains("export_reports"));
}

/// Every console route that takes a row's id accepts only its own kind of row: a document route
/// never changes an activity, a case route never a document, and so on. Walks `ROUTES`, so a new
/// route is covered without touching this test.
#[tokio::test]
async fn each_id_route_accepts_only_its_own_kind_of_row() {
    let server = server().await;
    let ours = bydel_with_data(&server, "ostensjo", "Ahmad Karimi").await;
    let course_id = ours.iter().find(|(k, _)| *k == "course").unwrap().1.clone();
    let versions = || {
        let scopes = ["p:p-ostensjo".to_owned(), format!("c:{course_id}")];
        server.store.read(move |tx: &mut dyn Tx| {
            scopes
                .iter()
                .map(|s| tx.scope_version(s))
                .collect::<Result<Vec<_>, _>>()
        })
    };
    let before = versions().await.unwrap();
    let mut b = Browser::new(&server);
    assert_eq!(
        b.sign_in("admin@ostensjo.test", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let mut tried = 0;
    // The routes a bydel's admin may use; a teacher's (their classes and class lists) are tried
    // the same way in console_school.rs.
    let admins = |m: &str, p: &str| {
        matches!(
            veikart_server::console::access::rule(m, p),
            Some(veikart_server::console::access::Access::Roles(r)) if r.contains(&Role::Admin)
        )
    };
    for (method, pattern) in ROUTES
        .iter()
        .filter(|(m, p)| p.contains("{id}") && admins(m, p))
    {
        let own = id_for(pattern, &ours);
        for (kind, id) in ours.iter().filter(|(_, id)| *id != own) {
            let path = pattern.replace("{id}", id);
            let (status, body) = if *method == "GET" {
                b.get(&path).await
            } else {
                let (s, body, _) = b.post(&path, &every_field(), true).await;
                (s, body)
            };
            assert_eq!(
                status,
                StatusCode::NOT_FOUND,
                "{method} {path} with the id of a {kind}: {body}"
            );
            tried += 1;
        }
    }
    assert!(tried > 100, "{tried}");
    assert_eq!(versions().await.unwrap(), before, "a row was changed");
    let device = ours.iter().find(|(k, _)| *k == "device").unwrap().1.clone();
    let revoked = server
        .store
        .read(move |tx: &mut dyn Tx| tx.device(&device))
        .await
        .unwrap()
        .and_then(|d| d.revoked_at);
    assert_eq!(revoked, None, "the device was revoked");
}
