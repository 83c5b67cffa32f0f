//! The municipality admin: keeps staff accounts in every bydel and reads the reports across
//! bydeler, but reaches no participant's data by any console route or the caseworker API; and a
//! bydel's admin can neither make one nor take over one's account.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use veikart_server::console::ROUTES;
use veikart_server::store::{Role, Store, Tx};

use common::*;

/// The routes a municipality admin may use; every other route must refuse them.
fn theirs(method: &str, pattern: &str) -> bool {
    matches!(
        (method, pattern),
        ("GET", "/console")
            | ("GET", "/console/reports/bydeler")
            | ("GET", "/console/reports/bydeler.csv")
            | ("GET", "/console/wording/bydeler")
            | ("GET", "/console/wording/bydeler.patch")
            | ("GET", "/console/audit")
            | ("GET", "/console/admin")
            | ("POST", "/console/admin/caseworkers")
            | ("POST", "/console/admin/caseworkers/{id}/password")
            | ("POST", "/console/admin/caseworkers/{id}/sso-subject")
    )
}

#[tokio::test]
async fn the_municipality_admin_reaches_no_participant_by_any_route() {
    let server = server().await;
    let data = bydel_with_data(&server, "grorud", "Semhar Tesfay").await;
    let (muni, token) = server
        .bydel_with_caseworker("oslo", Role::MunicipalityAdmin)
        .await;
    server.set_password(&muni.id, PASSWORD).await;
    let before = server
        .store
        .read(|tx: &mut dyn Tx| tx.scope_version("p:p-grorud"))
        .await
        .unwrap();
    let mut b = Browser::new(&server);
    assert_eq!(
        b.sign_in(&muni.email, PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let mut refused = 0;
    for (method, pattern) in ROUTES {
        if pattern.ends_with("sign-out")
            || pattern.ends_with("sign-in")
            || pattern.starts_with("/console/sso")
            || pattern.contains("{lang}")
            || pattern.ends_with("style.css")
            || pattern.starts_with("/console/fonts/")
        {
            continue;
        }
        let path = pattern.replace("{id}", &id_for(pattern, &data));
        let (status, body) = if *method == "GET" {
            b.get(&path).await
        } else {
            let (s, body, _) = b.post(&path, &every_field(), true).await;
            (s, body)
        };
        assert!(
            !body.contains("Semhar") && !body.contains("Norsk A2"),
            "{method} {path} showed a participant's data to the municipality admin"
        );
        if !theirs(method, pattern) {
            assert_eq!(status, StatusCode::FORBIDDEN, "{method} {path}");
            refused += 1;
        } else {
            assert!(status.as_u16() < 500, "{method} {path} answered {status}");
        }
    }
    assert!(refused > 25, "{refused}");
    let after = server
        .store
        .read(|tx: &mut dyn Tx| tx.scope_version("p:p-grorud"))
        .await
        .unwrap();
    assert_eq!(before, after, "a participant was changed");

    // The caseworker API is about participants too.
    let http = reqwest::Client::new();
    for path in [
        "/api/v1/participants",
        "/api/v1/courses",
        "/api/v1/participants/p-grorud",
    ] {
        let r = http
            .get(format!("{}{path}", server.url()))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
        assert!(!r.text().await.unwrap().contains("Semhar"));
    }
}

#[tokio::test]
async fn the_municipality_admin_keeps_staff_in_every_bydel() {
    let server = server().await;
    let (muni, _) = server
        .bydel_with_caseworker("oslo", Role::MunicipalityAdmin)
        .await;
    let (cw, _) = server
        .bydel_with_caseworker("ostensjo", Role::Caseworker)
        .await;
    server.bydel_with_caseworker("grorud", Role::Admin).await;
    server.set_password(&muni.id, PASSWORD).await;
    server.set_password(&cw.id, PASSWORD).await;

    let mut m = Browser::new(&server);
    let (status, _, headers) = {
        m.get("/console/sign-in").await;
        m.post(
            "/console/sign-in",
            &[("email", muni.email.as_str()), ("password", PASSWORD)],
            true,
        )
        .await
    };
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/console/reports/bydeler");
    let (status, page) = m.get("/console/admin").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("caseworker@ostensjo.test") && page.contains("admin@grorud.test"),
        "every bydel's staff are listed: {page}"
    );
    assert!(!page.contains("admin/settings"), "no bydel's settings form");

    // A leader for Grorud, made from the municipality's account.
    let (status, body, _) = m
        .post(
            "/console/admin/caseworkers",
            &[
                ("name", "Leder Grorud"),
                ("email", "leder@grorud.test"),
                ("role", "leader"),
                ("bydel", "grorud"),
                ("password", "et langt nok passord"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let made = server
        .store
        .read(|tx: &mut dyn Tx| {
            let id = tx.caseworker_id_by_email("leder@grorud.test")?.unwrap();
            tx.caseworker(&id)
        })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (made.bydel_id.as_str(), made.role),
        ("grorud", Role::Leader)
    );

    // A bydel that does not exist is refused next to the field.
    let (status, _, _) = m
        .post(
            "/console/admin/caseworkers",
            &[
                ("name", "X"),
                ("email", "x@nowhere.test"),
                ("role", "caseworker"),
                ("bydel", "nowhere"),
                ("password", "et langt nok passord"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // A new password for Østensjø's caseworker works, and the old one no longer does.
    let (status, _, _) = m
        .post(
            &format!("/console/admin/caseworkers/{}/password", cw.id),
            &[("password", "et helt nytt passord")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        Browser::new(&server).sign_in(&cw.email, PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        Browser::new(&server)
            .sign_in(&cw.email, "et helt nytt passord")
            .await,
        StatusCode::SEE_OTHER
    );

    // No bydel's settings and no bydel's own report: those belong to the bydel.
    let (status, _, _) = m
        .post(
            "/console/admin/settings",
            &[("placement_months", "6")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(m.get("/console/reports").await.0, StatusCode::FORBIDDEN);
    assert_eq!(m.get("/console/reports/bydeler").await.0, StatusCode::OK);

    // The audit log shows what was done in every bydel.
    let (status, audit) = m.get("/console/audit").await;
    assert_eq!(status, StatusCode::OK);
    assert!(audit.contains("add_caseworker") && audit.contains("set_password"));
}

#[tokio::test]
async fn a_bydel_admin_can_neither_make_nor_take_over_a_municipality_admin() {
    let server = server().await;
    let (admin, _) = server.bydel_with_caseworker("ostensjo", Role::Admin).await;
    // A municipality admin whose account happens to be kept in the same bydel.
    let (muni, _) = server
        .bydel_with_caseworker("ostensjo", Role::MunicipalityAdmin)
        .await;
    let (other, _) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    for id in [&admin.id, &muni.id, &other.id] {
        server.set_password(id, PASSWORD).await;
    }
    let mut a = Browser::new(&server);
    assert_eq!(
        a.sign_in(&admin.email, PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let (_, page) = a.get("/console/admin").await;
    assert!(
        !page.contains("value=\"municipality_admin\""),
        "a bydel admin is offered the municipality role"
    );
    assert!(
        !page.contains(&format!("caseworkers/{}/password", muni.id)),
        "a bydel admin is offered the municipality admin's password"
    );

    let (status, _, _) = a
        .post(
            "/console/admin/caseworkers",
            &[
                ("name", "Ny Sjef"),
                ("email", "sjef@ostensjo.test"),
                ("role", "municipality_admin"),
                ("password", "et langt nok passord"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // A bydel sent with the form is not theirs to choose: the account lands in their own bydel.
    let (status, _, _) = a
        .post(
            "/console/admin/caseworkers",
            &[
                ("name", "Ny"),
                ("email", "ny@ostensjo.test"),
                ("role", "caseworker"),
                ("bydel", "grorud"),
                ("password", "et langt nok passord"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (made, sjef) = server
        .store
        .read(|tx: &mut dyn Tx| {
            let id = tx.caseworker_id_by_email("ny@ostensjo.test")?.unwrap();
            Ok::<_, veikart_server::store::StoreError>((
                tx.caseworker(&id)?.unwrap(),
                tx.caseworker_id_by_email("sjef@ostensjo.test")?,
            ))
        })
        .await
        .unwrap();
    assert_eq!(made.bydel_id, "ostensjo");
    assert_eq!(sjef, None, "a municipality admin was made by a bydel admin");

    for target in [&muni, &other] {
        let (status, _, _) = a
            .post(
                &format!("/console/admin/caseworkers/{}/password", target.id),
                &[("password", "overtatt av bydelen")],
                true,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{}", target.id);
        assert_eq!(
            Browser::new(&server).sign_in(&target.email, PASSWORD).await,
            StatusCode::SEE_OTHER,
            "{}'s password was changed",
            target.id
        );
    }
}
