//! Participants' wording proposals in the console: a bydel's leader and admin see their own
//! bydel's, per language and text, and download them as a patch; only an admin sees and exports
//! every bydel's; a caseworker sees none. No participant is named. Views and downloads are audited.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::Utc;
use reqwest::StatusCode;
use veikart_server::store::{Role, Store, Tx, WordingProposal};
use veikart_server::testing::TestServer;

use common::*;

async fn propose(
    server: &TestServer,
    n: u32,
    bydel: &str,
    pid: &str,
    lang: &str,
    key: &str,
    text: &str,
) {
    let p = WordingProposal {
        id: format!("dev-{pid}-{n}"),
        bydel_id: bydel.into(),
        participant_id: pid.into(),
        device_id: format!("dev-{pid}"),
        language: lang.into(),
        key: key.into(),
        text: text.into(),
        comment: (n == 1).then(|| "Dette er flertall".into()),
        created_at: Utc::now(),
    };
    server
        .store
        .write(move |tx: &mut dyn Tx| tx.insert_wording_proposal(&p))
        .await
        .unwrap();
}

async fn signed_in(server: &TestServer, bydel: &str, role: Role) -> Browser {
    let (cw, _) = server.bydel_with_caseworker(bydel, role).await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(server);
    assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
    b
}

#[tokio::test]
async fn each_bydel_sees_its_own_proposals_and_only_an_admin_sees_every_bydels() {
    let server = server().await;
    server
        .participant("grorud", "p-semhar", "Semhar Tesfay")
        .await;
    server.participant("grorud", "p-yonas", "Yonas Haile").await;
    server
        .participant("ostensjo", "p-olena", "Olena Kovalenko")
        .await;
    propose(&server, 1, "grorud", "p-semhar", "ti", "msg-send", "ስደድ").await;
    propose(&server, 2, "grorud", "p-yonas", "ti", "msg-send", "ስደድ").await;
    propose(
        &server,
        3,
        "grorud",
        "p-yonas",
        "ti",
        "sync-pending",
        "ለውጢ ይጽበ",
    )
    .await;
    propose(
        &server,
        4,
        "ostensjo",
        "p-olena",
        "uk",
        "nav-me",
        "Мій профіль",
    )
    .await;

    let mut leader = signed_in(&server, "grorud", Role::Leader).await;
    let (status, page) = leader.get("/console/wording").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("id=\"wording-ti-msg-send\""),
        "per language and text"
    );
    assert!(
        page.contains("ስደድ</td><td class=\"num\">2</td>"),
        "the text with its count"
    );
    assert!(page.contains("Dette er flertall"), "the comment");
    assert!(page.contains("Ikke kontrollert av en med språket som morsmål ennå."));
    assert!(
        page.contains("<dd lang=\"en\" class=\"body\">Send</dd>"),
        "the English beside it"
    );
    for other in ["Мій профіль", "nav-me", "wording-uk"] {
        assert!(!page.contains(other), "another bydel's proposal: {other}");
    }
    for name in ["Semhar", "Yonas", "p-semhar", "p-yonas", "dev-p-"] {
        assert!(!page.contains(name), "names no one: {name}");
    }
    let (status, patch, headers) = leader.get_full("/console/wording.patch").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/x-diff")),
        "{headers:?}"
    );
    assert!(
        headers
            .get("content-disposition")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("attachment; filename=\"veikart-wording-grorud-")),
        "{headers:?}"
    );
    assert!(
        patch.starts_with("# Veikart: deltakernes forslag"),
        "{patch}"
    );
    assert!(patch.contains("+++ b/locales/ti/app.ftl") && patch.contains("\n+msg-send = ስደድ\n"));
    assert!(patch.contains("+# Foreslått av deltakere (1 av 1): ለውጢ ይጽበ\n"));
    assert!(!patch.contains("locales/uk/app.ftl") && !patch.contains("Мій профіль"));
    assert!(!patch.contains("p-semhar") && !patch.contains("Semhar"));
    let (status, only_uk) = leader.get("/console/wording.patch?lang=uk").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !only_uk.contains("diff --git"),
        "no Ukrainian proposals in Grorud"
    );
    assert_eq!(
        leader.get("/console/wording.patch?lang=xx").await.0,
        StatusCode::BAD_REQUEST
    );
    for page in ["/console/wording/bydeler", "/console/wording/bydeler.patch"] {
        assert_eq!(leader.get(page).await.0, StatusCode::FORBIDDEN, "{page}");
    }

    let mut caseworker = signed_in(&server, "grorud", Role::Caseworker).await;
    for page in [
        "/console/wording",
        "/console/wording.patch",
        "/console/wording/bydeler",
        "/console/wording/bydeler.patch",
    ] {
        let (status, body) = caseworker.get(page).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{page}");
        assert!(!body.contains("ስደድ"));
    }

    // Østensjø's admin: their own bydel's on the bydel's page, every bydel's on the project's.
    let mut admin = signed_in(&server, "ostensjo", Role::Admin).await;
    let (_, own) = admin.get("/console/wording").await;
    assert!(own.contains("Мій профіль") && !own.contains("ስደድ"));
    let (status, all) = admin.get("/console/wording/bydeler").await;
    assert_eq!(status, StatusCode::OK);
    assert!(all.contains("Мій профіль") && all.contains("ስደድ</td><td class=\"num\">2</td>"));
    let (status, all_patch) = admin.get("/console/wording/bydeler.patch").await;
    assert_eq!(status, StatusCode::OK);
    assert!(all_patch.contains("+msg-send = ስደድ") && all_patch.contains("+nav-me = Мій профіль"));
    let (_, audit) = admin.get("/console/audit").await;
    for action in ["view_wording", "export_wording"] {
        assert!(audit.contains(action), "{action} audited");
    }
}
