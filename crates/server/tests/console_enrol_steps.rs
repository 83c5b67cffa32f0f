//! The code sheet (issue 13 item 7) and a meeting's next steps in the plan (item 8), through the
//! console as a caseworker uses them, on both backends: the sheet in the participant's language
//! with the Norwegian beside it and a link that names the server; steps that land in the plan, that
//! the participant's device marks done when they are theirs and only then; and who may do either.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;
mod common;

use api_support::{TestStore, enrolled, on_both_backends};
use common::{Browser, PASSWORD};
use reqwest::StatusCode;
use serde_json::{Value, json};
use veikart_protocol::{Profile, Row};
use veikart_server::HttpConfig;
use veikart_server::domain::placement::Home;
use veikart_server::store::{Role, Store, Tx};
use veikart_server::testing::TestServer;

/// A participant of `bydel` who reads `lang`.
async fn participant<S: Store>(server: &TestServer<S>, bydel: &str, id: &str, lang: &str) {
    let profile = Profile {
        bydel_id: bydel.into(),
        bydel_name: bydel.into(),
        preferred_language: lang.into(),
        ..Profile::new(
            id,
            "Semhar Tesfay",
            chrono::NaiveDate::from_ymd_opt(2026, 6, 8).unwrap(),
        )
    };
    server.put(home(bydel, id), Row::Profile(profile)).await;
}

fn home(bydel: &str, id: &str) -> Home {
    Home::Participant {
        id: id.into(),
        bydel_id: bydel.into(),
    }
}

/// A past meeting of participant `pid`.
async fn meeting<S: Store>(server: &TestServer<S>, bydel: &str, pid: &str, id: &str) {
    let row: Row = serde_json::from_value(json!({
        "kind": "event", "id": id, "event_kind": "meeting", "status": "scheduled",
        "title": {"text": "Oppfølgingssamtale", "lang": "nb"},
        "starts_at": "2026-08-10T08:00:00Z", "ends_at": "2026-08-10T09:00:00Z"
    }))
    .unwrap();
    server.put(home(bydel, pid), row).await;
}

async fn signed_in<S: Store>(server: &TestServer<S>, bydel: &str, role: Role) -> Browser {
    let (cw, _) = server.bydel_with_caseworker(bydel, role).await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(server);
    assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
    b
}

/// The participant's activities as stored.
async fn activities<S: Store>(server: &TestServer<S>, pid: &str) -> Vec<Value> {
    let pid = pid.to_owned();
    server
        .store
        .read(move |tx: &mut dyn Tx| tx.participant_rows(&pid, None))
        .await
        .unwrap()
        .into_iter()
        .filter_map(|r| match r.row {
            Some(row @ Row::Activity(_)) => Some(serde_json::to_value(row).unwrap()),
            _ => None,
        })
        .collect()
}

async fn the_code_sheet_is_in_the_participants_language_with_norwegian_beside<S: TestStore>() {
    let server = api_support::server::<S>().await;
    let mut kari = signed_in(&server, "grorud", Role::Caseworker).await;
    participant(&server, "grorud", "p-ti", "ti").await;
    participant(&server, "grorud", "p-ar", "ar").await;
    participant(&server, "grorud", "p-nb", "nb").await;

    let (status, page, _) = kari
        .post("/console/participants/p-ti/codes", &[], true)
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains(r#"<h2 id="sheet-title" lang="ti" dir="ltr">Veikart ምስ ተሌፎንኩም ኣራኽቡ</h2>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<p class="sheet-nb-title" lang="nb">Koble Veikart til telefonen din</p>"#)
    );
    assert!(
        page.contains("ነቲ ኮድ ስካን ግበርዎ"),
        "the scan step names the app's own button"
    );
    assert!(
        page.contains("Velg «Skann koden»"),
        "and the Norwegian beside it"
    );
    // The link names this server and carries the code shown, in its fragment.
    let code = between(&page, r#"id="enrolment-code" dir="ltr">"#, "<");
    let link = between(&page, r#"id="enrolment-link" dir="ltr">"#, "<");
    // (The page escapes "/" as &#x2f;, which a browser shows as "/".)
    assert_eq!(
        link.replace("&#x2f;", "/"),
        format!("{}/enrol#{code}", server.url())
    );
    assert!(page.contains("<svg"), "the QR code");
    // Its Ge'ez prints on a PC without a font for it: the console serves one (OFL), and no other file.
    let font = reqwest::get(format!(
        "{}/console/fonts/noto-sans-ethiopic.woff2",
        server.url()
    ))
    .await
    .unwrap();
    assert_eq!(font.headers()["content-type"], "font/woff2");
    assert!(font.bytes().await.unwrap().starts_with(b"wOF2"));
    let other = reqwest::get(format!("{}/console/fonts/..%2Fstyle.css", server.url()))
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);

    let (_, page, _) = kari
        .post("/console/participants/p-ar/codes", &[], true)
        .await;
    assert!(
        page.contains(r#"<h2 id="sheet-title" lang="ar" dir="rtl">اربط Veikart بهاتفك</h2>"#),
        "{page}"
    );
    assert!(page.contains(r#"<div class="sheet-col" lang="ar" dir="rtl">"#));
    assert!(page.contains(r#"<div class="sheet-col" lang="nb" dir="ltr">"#));

    // A participant who reads Norwegian gets the Norwegian once.
    let (_, page, _) = kari
        .post("/console/participants/p-nb/codes", &[], true)
        .await;
    assert!(
        page.contains(r#"<h2 id="sheet-title" lang="nb">Koble Veikart til telefonen din</h2>"#)
    );
    assert_eq!(
        page.matches(r#"class="sheet-col""#).count(),
        1,
        "one column"
    );
}

/// A phone's camera app opens the link in a browser: the page says in every language to scan the
/// code in Veikart, and sends nothing anywhere.
/// Behind a proxy the console may be opened at an internal name; with `--public-url` set, the
/// printed link names the address phones reach, whatever the browser's Host header said.
async fn the_code_sheet_names_the_configured_public_address<S: TestStore>() {
    let server = TestServer::<S>::fresh(HttpConfig {
        public_url: Some("https://veikart.oslo.example/".into()),
        ..HttpConfig::default()
    })
    .await
    .expect("server");
    let mut kari = signed_in(&server, "grorud", Role::Caseworker).await;
    participant(&server, "grorud", "p-so", "so").await;
    let (status, page, _) = kari
        .post("/console/participants/p-so/codes", &[], true)
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let code = between(&page, r#"id="enrolment-code" dir="ltr">"#, "<");
    let link = between(&page, r#"id="enrolment-link" dir="ltr">"#, "<");
    assert_eq!(
        link.replace("&#x2f;", "/"),
        format!("https://veikart.oslo.example/enrol#{code}")
    );
    assert!(
        !page.contains(&server.url()),
        "the address the console was opened at"
    );
}

async fn the_link_opened_in_a_browser_says_to_use_the_app<S: TestStore>() {
    let server = api_support::server::<S>().await;
    let resp = reqwest::get(format!("{}/enrol", server.url()))
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let csp = resp.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    let page = resp.text().await.unwrap();
    assert!(
        page.contains(r#"<section lang="ti" dir="ltr"><h2>Veikart ምስ ተሌፎንኩም ኣራኽቡ</h2>"#),
        "{page}"
    );
    assert!(page.contains(r#"<section lang="ar" dir="rtl">"#));
    assert!(page.contains(r#"<section lang="fa-AF" dir="rtl">"#));
    assert!(!page.contains("<script") && !page.contains("<img"));
}

/// The sheet shows a new code: another bydel's caseworker gets nothing (not even a code that
/// would not work), a municipality admin is refused the route.
async fn only_the_participants_bydel_issues_a_code_sheet<S: TestStore>() {
    let server = api_support::server::<S>().await;
    participant(&server, "grorud", "p1", "ti").await;
    let codes_before = count_codes(&server).await;
    let mut other = signed_in(&server, "ostensjo", Role::Caseworker).await;
    let (status, page, _) = other
        .post("/console/participants/p1/codes", &[], true)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        !page.contains("enrolment-code") && !page.contains("Semhar"),
        "{page}"
    );
    let mut leader = signed_in(&server, "ostensjo", Role::Leader).await;
    let (status, _, _) = leader
        .post("/console/participants/p1/codes", &[], true)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let mut city = signed_in(&server, "oslo", Role::MunicipalityAdmin).await;
    let (status, _, _) = city.post("/console/participants/p1/codes", &[], true).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(count_codes(&server).await, codes_before, "no code issued");
    // Its own bydel's caseworker does get one.
    let mut kari = signed_in(&server, "grorud", Role::Caseworker).await;
    let (status, _, _) = kari.post("/console/participants/p1/codes", &[], true).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(count_codes(&server).await, codes_before + 1);
}

async fn count_codes<S: Store>(server: &TestServer<S>) -> usize {
    server
        .store
        .read(|tx: &mut dyn Tx| tx.codes_of("p1"))
        .await
        .unwrap()
        .len()
}

async fn a_meetings_steps_land_in_the_plan_and_the_participant_marks_theirs_done<S: TestStore>() {
    let server = api_support::server::<S>().await;
    participant(&server, "grorud", "p1", "ti").await;
    meeting(&server, "grorud", "p1", "e1").await;
    let mut kari = signed_in(&server, "grorud", Role::Caseworker).await;
    kari.get("/console/participants/p1").await;
    let (status, _, headers) = kari
        .post(
            "/console/events/e1/steps",
            &[
                ("title", "Åpne bankkonto"),
                ("owner", "participant"),
                ("due", "2026-08-31"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/console/participants/p1#schedule");
    kari.post(
        "/console/events/e1/steps",
        &[
            ("title", "Bestille tolk"),
            ("owner", "caseworker"),
            ("due", ""),
        ],
        true,
    )
    .await;
    let steps = activities(&server, "p1").await;
    assert_eq!(steps.len(), 2, "{steps:?}");
    let mine = steps.iter().find(|a| a["owner"] == "participant").unwrap();
    assert_eq!(mine["from_event_id"], "e1");
    assert_eq!(mine["status"], "planned");
    assert_eq!(mine["agreed"], true);
    assert_eq!(mine["due"], "2026-08-31");
    assert_eq!(mine["title"]["text"], "Åpne bankkonto");
    let nav = steps.iter().find(|a| a["owner"] == "caseworker").unwrap();

    // The meeting's card lists them, each with who does it and where it stands.
    let (_, page) = kari.get("/console/participants/p1").await;
    assert!(
        page.contains(
            "<bdi>Åpne bankkonto</bdi> – Deltakeren, frist 31.08.2026 · <strong>planlagt</strong>"
        ),
        "{}",
        between(&page, "class=\"plain steps\"", "</ul>")
    );
    assert!(page.contains("<bdi>Bestille tolk</bdi> – NAV (veileder) · <strong>planlagt</strong>"));

    // The device receives them and marks its own done; the caseworker's it may not.
    let phone = enrolled(&server, "p1", "grorud").await;
    let (_, body) = phone.sync(json!([]), json!({})).await;
    let got: Vec<&Value> = body["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["row"]["from_event_id"] == "e1")
        .collect();
    assert_eq!(got.len(), 2, "{body}");
    let set = |seq: u64, id: &Value| json!([{"seq": seq, "op": "set_activity_status", "activity_id": id, "status": "done", "expected": "planned"}]);
    let (_, body) = phone
        .sync(set(1, &mine["id"]), body["cursors"].clone())
        .await;
    assert_eq!(body["results"][0]["outcome"], "applied", "{body}");
    let (_, body) = phone
        .sync(set(2, &nav["id"]), body["cursors"].clone())
        .await;
    assert_eq!(body["results"][0]["code"], "caseworker_owned", "{body}");
    let (_, page) = kari.get("/console/participants/p1").await;
    assert!(
        page.contains(
            "<bdi>Åpne bankkonto</bdi> – Deltakeren, frist 31.08.2026 · <strong>fullført</strong>"
        ),
        "{}",
        between(&page, "class=\"plain steps\"", "</ul>")
    );
}

/// What is wrong with the form comes back with it; nothing is stored.
async fn a_step_needs_a_title_and_a_known_owner<S: TestStore>() {
    let server = api_support::server::<S>().await;
    participant(&server, "grorud", "p1", "nb").await;
    meeting(&server, "grorud", "p1", "e1").await;
    let mut kari = signed_in(&server, "grorud", Role::Caseworker).await;
    kari.get("/console/participants/p1").await;
    let (status, page, _) = kari
        .post(
            "/console/events/e1/steps",
            &[("title", " "), ("owner", "participant")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(r#"id="step-e1-title-error""#), "{page}");
    let (status, _, _) = kari
        .post(
            "/console/events/e1/steps",
            &[("title", "Søke jobb"), ("owner", "employer")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(activities(&server, "p1").await.is_empty());
}

/// Another bydel's caseworker or leader cannot add a step to a meeting (it is not found), a
/// municipality admin may not use the route; and through the API a step cannot name another
/// participant's meeting.
async fn only_the_bydel_adds_steps_and_only_to_the_participants_own_meetings<S: TestStore>() {
    let server = api_support::server::<S>().await;
    participant(&server, "grorud", "p1", "nb").await;
    participant(&server, "grorud", "p2", "nb").await;
    meeting(&server, "grorud", "p1", "e1").await;
    let form = [("title", "Søke jobb"), ("owner", "participant")];
    for role in [Role::Caseworker, Role::Leader, Role::Admin] {
        let mut other = signed_in(&server, "ostensjo", role).await;
        let (status, _, _) = other.post("/console/events/e1/steps", &form, true).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{role:?}");
    }
    let mut city = signed_in(&server, "oslo", Role::MunicipalityAdmin).await;
    let (status, _, _) = city.post("/console/events/e1/steps", &form, true).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(activities(&server, "p1").await.is_empty());

    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let api = api_support::Client::new(&server, Some(&token));
    let step = json!({"kind": "activity", "activity_type": "other", "status": "planned", "owner": "participant",
        "agreed": true, "title": {"text": "Søke jobb"}, "from_event_id": "e1"});
    let (status, body) = api
        .post("/api/v1/participants/p2/records", step.clone())
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(activities(&server, "p2").await.is_empty());
    let (status, body) = api.post("/api/v1/participants/p1/records", step).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let at = page.find(start).map(|i| i + start.len()).unwrap_or(0);
    let rest = &page[at..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

on_both_backends!(
    the_code_sheet_is_in_the_participants_language_with_norwegian_beside,
    the_code_sheet_names_the_configured_public_address,
    the_link_opened_in_a_browser_says_to_use_the_app,
    only_the_participants_bydel_issues_a_code_sheet,
    a_meetings_steps_land_in_the_plan_and_the_participant_marks_theirs_done,
    a_step_needs_a_title_and_a_known_owner,
    only_the_bydel_adds_steps_and_only_to_the_participants_own_meetings,
);
