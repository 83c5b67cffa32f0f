//! The console's message templates: each form with its fields and the Norwegian text it sends,
//! the preview (nothing stored), mistakes at their fields, the message sent and what the
//! participant's device receives, and another bydel's participant out of reach.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use veikart_protocol::{Profile, Row, RowKind, TemplateValue};
use veikart_server::domain::placement::Home;
use veikart_server::store::{Role, Store, Tx};
use veikart_server::testing::TestServer;

use common::*;

/// A participant of `bydel` who reads the app in Tigrinya.
async fn tigrinya_reader(server: &TestServer, bydel: &str, id: &str) {
    let profile = Profile {
        bydel_id: bydel.into(),
        bydel_name: bydel.into(),
        preferred_language: "ti".into(),
        ..Profile::new(
            id,
            "Semhar Tesfay",
            chrono::NaiveDate::from_ymd_opt(2026, 6, 8).unwrap(),
        )
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

async fn version(server: &TestServer, pid: &str) -> u64 {
    let scope = format!("p:{pid}");
    server
        .store
        .read(move |tx: &mut dyn Tx| tx.scope_version(&scope))
        .await
        .unwrap()
}

async fn messages(server: &TestServer, pid: &str) -> Vec<veikart_protocol::Message> {
    let pid = pid.to_owned();
    server
        .store
        .read(move |tx: &mut dyn Tx| tx.participant_rows(&pid, Some(RowKind::Message)))
        .await
        .unwrap()
        .into_iter()
        .filter_map(|s| match s.row {
            Some(Row::Message(m)) => Some(m),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn a_template_is_previewed_corrected_and_sent_in_norwegian_with_its_values() {
    let server = server().await;
    let (cw, _) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    tigrinya_reader(&server, "grorud", "p1").await;
    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;

    let (status, page) = b.get("/console/participants/p1").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches("name=\"template\" value=").count(), 8);
    assert!(
        page.contains("Deltakerens språk: Tigrinja."),
        "the language is named"
    );
    assert!(
        page.contains("Ta med dette til møtet vårt ([tidspunkt]):\n– [dokumenter]"),
        "the Norwegian text with a place for each value"
    );
    assert!(page.contains("id=\"template-bring_documents-documents_passport_copy\""));

    let path = "/console/participants/p1/messages/template";
    let before = version(&server, "p1").await;
    // Mistakes: no date, a time that is not one, no document. Each at its field; the rest kept.
    let (status, body, _) = b
        .post(
            path,
            &[
                ("template", "bring_documents"),
                ("at_date", ""),
                ("at_time", "9.00"),
                ("note", "Kom ti minutter før."),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["at_date", "at_time", "documents"] {
        assert!(
            body.contains(&format!("id=\"template-bring_documents-{field}-error\"")),
            "{field}"
        );
    }
    assert!(body.contains("Velg minst ett dokument."));
    assert!(
        body.contains("Kom ti minutter før.</textarea>"),
        "the note is kept"
    );
    assert!(body.contains("<details open><summary>Ta med dokumenter til et møte"));
    // The hour the clocks skip in spring is named, not moved.
    let (status, body, _) = b
        .post(
            path,
            &[
                ("template", "meeting_moved"),
                ("at_date", "2027-03-28"),
                ("at_time", "02:30"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"template-meeting_moved-at_time-error\""));
    assert!(body.contains("Dette klokkeslettet finnes ikke"));

    let filled = [
        ("template", "bring_documents"),
        ("at_date", "2026-08-18"),
        ("at_time", "09:00"),
        ("documents_passport_copy", "1"),
        ("documents_diploma", "1"),
        ("note", "Kom ti minutter før."),
    ];
    let mut preview = filled.to_vec();
    preview.push(("preview", "1"));
    let (status, body, _) = b.post(path, &preview, true).await;
    assert_eq!(status, StatusCode::OK, "a preview is not an error");
    assert!(body.contains("id=\"template-bring_documents-preview\""));
    let i = body.find("template-bring_documents-preview").unwrap_or(0);
    // Documents in the order of the form's list.
    assert!(
        body.contains(
            "Ta med dette til møtet vårt (tirsdag 18. august kl. 09:00):\n– Vitnemål\n– Kopi av pass\n\nKom ti minutter før."
        ),
        "{}",
        &body[i..i + 600]
    );
    assert!(!body.contains("id=\"form-errors\""), "no error notice");
    assert_eq!(
        version(&server, "p1").await,
        before,
        "a preview stores nothing"
    );
    assert!(messages(&server, "p1").await.is_empty());

    let (status, _, headers) = b.post(path, &filled, true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        headers.get("location").and_then(|v| v.to_str().ok()),
        Some("/console/participants/p1#messages")
    );
    let sent = messages(&server, "p1").await;
    assert_eq!(sent.len(), 1);
    let t = sent[0].template.clone().unwrap();
    assert_eq!(t.key, "bring_documents");
    assert_eq!(
        t.params["at"],
        TemplateValue::DateTime("2026-08-18T07:00:00Z".parse().unwrap()),
        "09:00 in Oslo"
    );
    assert_eq!(t.note.as_deref(), Some("Kom ti minutter før."));
    assert!(
        sent[0]
            .body
            .text
            .starts_with("Ta med dette til møtet vårt (tirsdag")
    );
    assert_eq!(sent[0].author_name.as_deref(), Some(cw.name.as_str()));
    let (_, page) = b.get("/console/participants/p1").await;
    assert!(page.contains("Fra malen «Ta med dokumenter til et møte». Deltakeren leser den på sitt eget språk (Tigrinja)."));

    // A template without values: sent as it is. One the console does not have: refused.
    let (status, _, _) = b.post(path, &[("template", "please_call")], true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(messages(&server, "p1").await.len(), 2);
    let (status, _, _) = b.post(path, &[("template", "send_money")], true).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(messages(&server, "p1").await.len(), 2);
}

/// Another bydel's caseworker, leader or admin cannot send a template message to a participant
/// or preview one (the page would name them): not found, nothing stored.
#[tokio::test]
async fn another_bydel_cannot_send_or_preview_a_template_message() {
    let server = server().await;
    tigrinya_reader(&server, "grorud", "p-grorud").await;
    let before = version(&server, "p-grorud").await;
    for role in [Role::Caseworker, Role::Leader, Role::Admin] {
        let (cw, _) = server.bydel_with_caseworker("ostensjo", role).await;
        server.set_password(&cw.id, PASSWORD).await;
        let mut b = Browser::new(&server);
        b.sign_in(&cw.email, PASSWORD).await;
        for extra in [None, Some(("preview", "1"))] {
            let mut fields = vec![("template", "please_call"), ("note", "Hei")];
            fields.extend(extra);
            let (status, body, _) = b
                .post(
                    "/console/participants/p-grorud/messages/template",
                    &fields,
                    true,
                )
                .await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{role:?}");
            assert!(!body.contains("Semhar"));
        }
    }
    assert_eq!(version(&server, "p-grorud").await, before);
}
