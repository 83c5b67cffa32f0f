//! Console forms that are not valid come back with what was typed and the problem next to the
//! field.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use serde_json::json;
use veikart_server::store::{Role, Store, Tx};

use common::*;

#[tokio::test]
async fn invalid_forms_come_back_with_the_problem_next_to_the_field() {
    let server = server().await;
    let (cw, token) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(&server);
    b.sign_in(&cw.email, PASSWORD).await;

    let (status, body, _) = b
        .post(
            "/console/participants",
            &[
                ("name", "  "),
                ("settled_on", "2026-02-31"),
                ("preferred_language", "uk"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains("id=\"participant-name-error\"") && body.contains("Fyll ut dette feltet.")
    );
    assert!(
        body.contains("id=\"participant-settled_on-error\"")
            && body.contains("Ikke en gyldig dato.")
    );
    assert!(
        body.contains("value=\"2026-02-31\""),
        "what was typed is kept"
    );
    assert!(body.contains("<option value=\"uk\" selected>"));

    // A course session moved to end before it starts.
    let http = reqwest::Client::new();
    let api = |path: &str| format!("{}/api/v1{path}", server.url());
    let course: serde_json::Value = http
        .post(api("/courses"))
        .bearer_auth(&token)
        .json(&json!({"name": {"text": "Norsk B1"}, "provider": "VO", "starts_on": "2026-08-17", "ends_on": "2026-12-18"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let course_id = course["id"].as_str().unwrap();
    let session: serde_json::Value = http
        .post(api(&format!("/courses/{course_id}/sessions")))
        .bearer_auth(&token)
        .json(&json!({"kind": "event", "event_kind": "class_session", "starts_at": "2026-09-01T07:00:00Z", "ends_at": "2026-09-01T09:00:00Z", "status": "scheduled"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let sid = session["id"].as_str().unwrap();
    b.get(&format!("/console/courses/{course_id}")).await;
    let (status, body, _) = b
        .post(
            &format!("/console/sessions/{sid}/move"),
            &[
                ("date", "2026-09-03"),
                ("start", "11:00"),
                ("end", "10:00"),
                ("room", "Rom 9"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains(&format!("id=\"move-{sid}-end-error\"")));
    assert!(body.contains("Slutten må være etter starten."));
    assert!(body.contains("value=\"Rom 9\"") && body.contains("<details open>"));
    let (status, body, _) = b
        .post(
            &format!("/console/sessions/{sid}/move"),
            &[("date", ""), ("start", "25:00"), ("end", "10:00")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains(&format!("id=\"move-{sid}-date-error\""))
            && body.contains(&format!("id=\"move-{sid}-start-error\""))
    );
    // Nothing was moved.
    let (_, page) = b.get(&format!("/console/courses/{course_id}")).await;
    assert!(page.contains("01.09.2026") && !page.contains("03.09.2026"));
}

/// One form sent with mistakes: where, what, which fields must come back marked, and which of the
/// typed values must come back as typed.
struct Mistake {
    path: String,
    fields: Vec<(&'static str, String)>,
    marked: Vec<String>,
    kept: Vec<String>,
}

fn mistake(
    path: String,
    fields: &[(&'static str, &str)],
    marked: &[String],
    kept: &[&str],
) -> Mistake {
    Mistake {
        path,
        fields: fields.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        marked: marked.to_vec(),
        kept: kept.iter().map(|s| s.to_string()).collect(),
    }
}

/// Every console form, sent with a person's mistakes (blank, too long, a bidirectional override,
/// only invisible characters, a wrong code, a year out of range, an end before its start, a time
/// the clocks skip, a date outside the course …), comes back 422 with what was typed and a message
/// at each wrong field — never the generic error page — and nothing is changed.
#[tokio::test]
async fn every_form_shows_its_errors_at_the_field_and_keeps_what_was_typed() {
    let server = server().await;
    let ours = bydel_with_data(&server, "ostensjo", "Ahmad Karimi").await;
    let id = |kind: &str| ours.iter().find(|(k, _)| *k == kind).unwrap().1.clone();
    let (pid, course, session) = (id("participant"), id("course"), id("session"));
    let (event, case, doc, cw) = (id("event"), id("case"), id("document"), id("caseworker"));
    let versions = || {
        let scopes = [format!("p:{pid}"), format!("c:{course}")];
        server.store.read(move |tx: &mut dyn Tx| {
            scopes
                .iter()
                .map(|s| tx.scope_version(s))
                .collect::<Result<Vec<_>, _>>()
        })
    };
    let staff = || {
        server
            .store
            .read(|tx: &mut dyn Tx| tx.caseworkers_in("ostensjo"))
    };
    let before = (versions().await.unwrap(), staff().await.unwrap().len());
    let long = |n: usize| "x".repeat(n);
    let (long101, long201, long4001) = (long(101), long(201), long(4001));
    let m = |prefix: &str, fields: &[&str]| -> Vec<String> {
        fields.iter().map(|f| format!("{prefix}-{f}")).collect()
    };
    let p = |rest: &str| format!("/console/participants/{pid}{rest}");
    let mistakes = vec![
        mistake(
            "/console/participants".into(),
            &[
                ("name", "\u{202E}Ahmad"),
                ("settled_on", "1999-01-01"),
                ("preferred_language", "xx"),
            ],
            &m("participant", &["name", "settled_on", "preferred_language"]),
            &["1999-01-01"],
        ),
        mistake(
            p("/profile"),
            &[
                ("name", &long201),
                ("settled_on", "2026-01-10"),
                ("programme_start", "2026-03-01"),
                ("programme_end", "2026-02-01"),
                ("sluttmaal", "\u{200B}\u{200E}"),
            ],
            &m("profile", &["name", "programme_end", "sluttmaal"]),
            &["2026-03-01", "2026-02-01"],
        ),
        mistake(
            p("/goals"),
            &[
                ("goal_kind", "bogus"),
                ("title", " "),
                ("target_date", "2026-02-30"),
            ],
            &m("goal", &["goal_kind", "title", "target_date"]),
            &["2026-02-30"],
        ),
        mistake(
            p("/activities"),
            &[
                ("activity_type", "other"),
                ("title", "\u{FEFF}"),
                ("starts_on", "2026-05-01"),
                ("ends_on", "2026-04-01"),
                ("place", &long201),
                ("description", "Praksis i barnehage"),
            ],
            &m("activity", &["title", "ends_on", "place"]),
            &["Praksis i barnehage", "2026-05-01"],
        ),
        // Passes the form's checks, refused when stored: a goal that is not this participant's.
        mistake(
            p("/activities"),
            &[
                ("goal_id", "g-gone"),
                ("activity_type", "other"),
                ("title", "Språkpraksis"),
            ],
            &m("activity", &["goal_id"]),
            &["Språkpraksis", "Endringen ble ikke lagret"],
        ),
        mistake(
            p("/events"),
            &[
                ("event_kind", "trekantsamtale"),
                ("title", "Oppfølging"),
                ("date", "2026-09-15"),
                ("start", "11:00"),
                ("end", "10:00"),
                ("nav_adviser", "\u{2067}Kari"),
                ("room", "Rom\u{0}2"),
            ],
            &m("event", &["end", "nav_adviser", "room"]),
            &["Oppfølging", "2026-09-15"],
        ),
        mistake(
            p("/events"),
            &[
                ("event_kind", "meeting"),
                ("date", "2027-03-28"),
                ("start", "02:15"),
                ("end", "02:45"),
            ],
            &m("event", &["start", "end"]),
            &["2027-03-28", "02:15"],
        ),
        mistake(
            p("/events"),
            &[
                ("event_kind", "party"),
                ("date", "2101-01-01"),
                ("start", "9"),
                ("end", ""),
            ],
            &m("event", &["event_kind", "date", "start", "end"]),
            &["2101-01-01"],
        ),
        mistake(
            format!("/console/events/{event}/next-steps"),
            &[("agenda", &long4001), ("next_steps", "Søke jobb")],
            &m(&format!("next-steps-{event}"), &["agenda"]),
            &["Søke jobb"],
        ),
        mistake(
            p("/cases"),
            &[
                ("credential", ""),
                ("country", &long101),
                ("level", "\u{202D}Bachelor"),
                ("authority", "\u{3164}"),
                ("route", "bogus"),
            ],
            &m(
                "case",
                &["credential", "country", "level", "authority", "route"],
            ),
            &[],
        ),
        mistake(
            format!("/console/cases/{case}"),
            &[("status", "bogus"), ("case_number", &long(65))],
            &m(&format!("case-status-{case}"), &["status", "case_number"]),
            &[],
        ),
        mistake(
            format!("/console/cases/{case}/documents"),
            &[("document_kind", "bogus"), ("note", "\u{2066}x")],
            &m(&format!("document-{case}"), &["document_kind", "note"]),
            &[],
        ),
        mistake(
            format!("/console/documents/{doc}"),
            &[("status", "lost")],
            &m(&format!("document-status-{doc}"), &["status"]),
            &[],
        ),
        mistake(
            p("/messages"),
            &[("body", "\u{200B}")],
            &m("message", &["body"]),
            &[],
        ),
        mistake(
            "/console/courses".into(),
            &[
                ("name", ""),
                ("level", &long101),
                ("starts_on", "2026-08-17"),
                ("ends_on", "2026-08-01"),
                ("provider", "Voksenopplæringen Grorud"),
            ],
            &m("course", &["name", "level", "ends_on"]),
            &["Voksenopplæringen Grorud"],
        ),
        mistake(
            format!("/console/courses/{course}/members"),
            &[("participant_id", "p-nobody")],
            &m("member", &["participant_id"]),
            &[],
        ),
        mistake(
            format!("/console/courses/{course}/term"),
            &[
                ("from", "2026-08-01"),
                ("to", "2027-01-31"),
                ("start", "10:00"),
                ("end", "09:00"),
                ("room", "Rom 7"),
            ],
            &m("term", &["from", "to", "end", "days"]),
            &["Rom 7", "2027-01-31"],
        ),
        mistake(
            format!("/console/sessions/{session}/move"),
            &[
                ("date", "2027-03-28"),
                ("start", "09:00"),
                ("end", "10:00"),
                ("room", "\u{202E}Rom"),
                ("place", "Sentrum"),
            ],
            &m(&format!("move-{session}"), &["date", "room"]),
            &["2027-03-28", "Sentrum"],
        ),
        mistake(
            "/console/admin/caseworkers".into(),
            &[
                ("name", "\u{202B}Kari"),
                ("email", "kari.example.no"),
                ("role", "chief"),
                ("password", "kort"),
            ],
            &m("caseworker", &["name", "email", "role", "password"]),
            &["kari.example.no"],
        ),
        mistake(
            "/console/admin/caseworkers".into(),
            &[
                ("name", "Kari Nordmann"),
                ("email", "ADMIN@ostensjo.test"),
                ("role", "leader"),
                ("password", "et langt nok passord"),
            ],
            &m("caseworker", &["email"]),
            &["Kari Nordmann", "admin@ostensjo.test"],
        ),
        mistake(
            format!("/console/admin/caseworkers/{cw}/password"),
            &[("password", "kort")],
            &m(&format!("password-{cw}"), &["password"]),
            &[],
        ),
        mistake(
            "/console/admin/settings".into(),
            &[("placement_months", "37"), ("three_way_weeks", "10")],
            &m("settings", &["placement_months"]),
            &["37"],
        ),
        mistake(
            "/console/admin/retention".into(),
            &[("retention_months", "121")],
            &m("retention", &["retention_months"]),
            &["121"],
        ),
        mistake(
            p("/erase"),
            &[("confirm", "")],
            &m(&format!("erase-{pid}"), &["confirm"]),
            &[],
        ),
    ];

    let mut b = Browser::new(&server);
    b.sign_in("admin@ostensjo.test", PASSWORD).await;
    for t in &mistakes {
        let fields: Vec<(&str, &str)> = t.fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, body, _) = b.post(&t.path, &fields, true).await;
        let what = format!("{} {:?}", t.path, t.marked);
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{what}: {body}");
        assert!(
            !body.contains("Noe i skjemaet er ugyldig"),
            "{what}: the generic page"
        );
        assert!(
            body.contains("id=\"form-errors\""),
            "{what}: no notice at the top"
        );
        for field in &t.marked {
            let at = body
                .find(&format!(" id=\"{field}\""))
                .unwrap_or_else(|| panic!("{what}: no field {field}"));
            let tag = &body[at..at + body[at..].find('>').unwrap()];
            assert!(
                // A group of checkboxes is described by its problem; it cannot be "invalid".
                (tag.contains("aria-invalid=\"true\"")
                    || body[..at].ends_with("<fieldset class=\"wide\""))
                    && tag.contains(&format!("aria-describedby=\"{field}-error\""))
                    && body.contains(&format!("id=\"{field}-error\"")),
                "{what}: {field} is not marked: {tag}"
            );
        }
        for value in &t.kept {
            assert!(
                body.contains(value.as_str()),
                "{what}: {value} was not kept"
            );
        }
        // No field but the wrong ones is marked.
        let marked = body.matches("class=\"field-error\"").count();
        assert_eq!(marked, t.marked.len(), "{what}: {marked} fields marked");
    }
    assert_eq!(
        (versions().await.unwrap(), staff().await.unwrap().len()),
        before,
        "nothing was changed"
    );
}

/// `veikart-server add-caseworker` checks the e-mail and the name as the admin page does.
#[tokio::test]
async fn add_caseworker_refuses_an_email_without_at_and_an_overridden_name() {
    let server = server().await;
    for (email, name) in [
        ("kari.example.no", "Kari Nordmann"),
        ("kari@example.no", "\u{202E}Kari"),
        ("kari@example.no", "\u{200B}"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_veikart-server"))
            .args(["--database", &server.database_url, "add-caseworker"])
            .args(["--email", email, "--name", name, "--bydel", "ostensjo"])
            .env("VEIKART_PASSWORD", "korrekt hest batteri")
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        assert!(!out.status.success(), "{email} {name:?}");
    }
    let staff = server
        .store
        .read(|tx: &mut dyn Tx| tx.caseworkers_in("ostensjo"))
        .await
        .unwrap();
    assert!(staff.is_empty(), "{staff:?}");
}
