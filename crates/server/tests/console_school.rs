//! Voksenopplæringen as a party (issue 10), through the console on both backends: a teacher sees
//! only the classes they teach and, of the members, only names, attendance and "can't come"; the
//! class list saves into each participant's own scope (which reaches their device and no other);
//! each bydel classifies only its own participants' absences; the month's figures and the payroll
//! CSV on a seeded month whose answer is worked out by hand. Every rule is attacked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod api_support;
mod common;

use api_support::{TestStore, enrolled, on_both_backends};
use common::{Browser, PASSWORD};
use reqwest::StatusCode;
use serde_json::json;
use veikart_protocol::{AbsenceKind, Attendance, AttendanceMark, Row};
use veikart_server::console::ROUTES;
use veikart_server::domain::placement::Home;
use veikart_server::store::{Role, Store, StoredRow, Tx};
use veikart_server::testing::TestServer;

const SECRET: &str = "HEMMELIG";

fn p_home(bydel: &str, id: &str) -> Home {
    Home::Participant {
        id: id.into(),
        bydel_id: bydel.into(),
    }
}

fn row(v: serde_json::Value) -> Row {
    serde_json::from_value(v).unwrap()
}

/// Two bydeler, a participant in each (p-o in Østensjø, p-g in Grorud) and p-x in Grorud; the
/// school's course c1 (taught by t1) has p-o and p-g, course c2 (taught by t2) has p-x. p-o has a
/// goal and a message the teacher must never see; p-g said "can't come" to session s1.
async fn school<S: Store>(server: &TestServer<S>) {
    server
        .store
        .write(|tx: &mut dyn Tx| {
            for b in ["ostensjo", "grorud", "st-hanshaugen"] {
                tx.insert_bydel(b, b)?;
            }
            Ok::<_, veikart_server::store::StoreError>(())
        })
        .await
        .unwrap();
    for (bydel, id, name) in [
        ("ostensjo", "p-o", "Ahmad Rahimi"),
        ("grorud", "p-g", "Semhar Tesfay"),
        ("grorud", "p-x", "Yonas Kidane"),
    ] {
        server.participant(bydel, id, name).await;
    }
    server.teacher("vo", "t1", "grorud", PASSWORD).await;
    server.teacher("vo", "t2", "grorud", PASSWORD).await;
    for (course, teacher, name) in [
        ("c1", "t1", "Norsk A2 Rosenhof"),
        ("c2", "t2", "Norsk B1 Rosenhof"),
    ] {
        let home = Home::Course {
            id: course.into(),
            bydel_id: "st-hanshaugen".into(),
        };
        server
            .put(
                home.clone(),
                row(json!({"kind": "course", "id": course, "name": {"text": name}, "provider": "VO",
                    "starts_on": "2026-08-17", "ends_on": "2026-12-18", "school_id": "vo", "teacher_ids": [teacher]})),
            )
            .await;
        let session = if course == "c1" { "s1" } else { "s2" };
        server
            .put(
                home,
                row(json!({"kind": "event", "id": session, "event_kind": "class_session", "course_id": course,
                    "starts_at": "2026-11-05T11:30:00Z", "ends_at": "2026-11-05T14:00:00Z", "status": "scheduled"})),
            )
            .await;
    }
    for (bydel, pid, course) in [
        ("ostensjo", "p-o", "c1"),
        ("grorud", "p-g", "c1"),
        ("grorud", "p-x", "c2"),
    ] {
        server
            .put(
                p_home(bydel, pid),
                row(json!({"kind": "course_membership", "id": format!("member:{course}:{pid}"), "course_id": course})),
            )
            .await;
    }
    server
        .put(
            p_home("ostensjo", "p-o"),
            row(
                json!({"kind": "goal", "id": "g-o", "goal_kind": "delmaal", "status": "active",
                "title": {"text": format!("{SECRET} plan")}}),
            ),
        )
        .await;
    server
        .put(
            p_home("ostensjo", "p-o"),
            row(json!({"kind": "message", "id": "m-o", "author": "participant", "sent_at": "2026-11-01T08:00:00Z",
                "body": {"text": format!("{SECRET} melding")}})),
        )
        .await;
    // Ahmad's three-way meetings: one with t1 (whose agenda is the bydel's), one with t2.
    for (id, teacher, room) in [("tk1", "Lærer t1", "R-77"), ("tk2", "Lærer t2", "R-88")] {
        server
            .put(
                p_home("ostensjo", "p-o"),
                row(json!({"kind": "event", "id": id, "event_kind": "trekantsamtale", "status": "scheduled",
                    "starts_at": "2026-11-20T09:00:00Z", "ends_at": "2026-11-20T10:00:00Z", "room": room,
                    "agenda": {"text": format!("{SECRET} agenda")},
                    "parties": [{"role": "teacher", "name": teacher}, {"role": "caseworker", "name": "Kari"}]})),
            )
            .await;
    }
    server
        .put(
            p_home("grorud", "p-g"),
            row(json!({"kind": "answer", "id": "answer:p-g:s1", "event_id": "s1", "response": "cant_come",
                "reason": "Sykt barn", "answered_at": "2026-11-04T18:00:00Z"})),
        )
        .await;
}

async fn signed_in<S: Store>(server: &TestServer<S>, email: &str) -> Browser {
    let mut b = Browser::new(server);
    assert_eq!(b.sign_in(email, PASSWORD).await, StatusCode::SEE_OTHER);
    b
}

async fn staff<S: Store>(server: &TestServer<S>, bydel: &str, role: Role) -> Browser {
    let (cw, _) = server.bydel_with_caseworker(bydel, role).await;
    server.set_password(&cw.id, PASSWORD).await;
    signed_in(server, &cw.email).await
}

async fn stored<S: Store>(server: &TestServer<S>, id: &str) -> Option<StoredRow> {
    let id = id.to_owned();
    server
        .store
        .read(move |tx: &mut dyn Tx| tx.row(&id))
        .await
        .unwrap()
}

async fn attendance<S: Store>(
    server: &TestServer<S>,
    id: &str,
) -> Option<(String, String, Attendance)> {
    stored(server, id).await.and_then(|s| match s.row {
        Some(Row::Attendance(a)) => Some((s.placement.scope, s.placement.bydel_id, a)),
        _ => None,
    })
}

async fn a_teacher_sees_only_their_classes_and_members_names<S: TestStore>() {
    let server = api_support::server::<S>().await;
    school(&server).await;
    let mut t1 = signed_in(&server, "t1@vo.test").await;
    let (status, page) = t1.get("/console/classes").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Norsk A2 Rosenhof"), "{page}");
    assert!(
        !page.contains("Norsk B1 Rosenhof"),
        "another teacher's class"
    );
    let (status, page) = t1.get("/console/classes/c1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Ahmad Rahimi") && page.contains("Semhar Tesfay"));
    assert!(!page.contains("Yonas") && !page.contains(SECRET));
    // The three-way meeting t1 takes part in, without its agenda; not t2's.
    assert!(page.contains("R-77") && !page.contains("R-88"), "{page}");
    // Every other route: nothing of a bydel's, and never the plan or a message.
    for (method, pattern) in ROUTES {
        if pattern.ends_with("sign-out") || pattern.ends_with("sign-in") || pattern.contains("/sso")
        {
            continue;
        }
        let path = pattern
            .replace("/classes/{id}", "/classes/c2")
            .replace("/sessions/{id}", "/sessions/s2")
            .replace("/attendance/{id}", "/attendance/attendance:p-g:s1")
            .replace("{id}", "p-o")
            .replace("{lang}", "en");
        let (status, body) = if *method == "GET" {
            t1.get(&path).await
        } else {
            let (s, body, _) = t1
                .post(
                    &path,
                    &[("mark-p-x", "present"), ("kind", "no_valid_reason")],
                    true,
                )
                .await;
            (s, body)
        };
        assert!(
            !body.contains(SECRET),
            "{method} {path} showed a participant's plan or messages"
        );
        assert!(
            !body.contains("Yonas"),
            "{method} {path} showed another class's member"
        );
        // The list of the courses a teacher keeps (with the form for a new one) is theirs.
        let open = [
            "/console",
            "/console/classes",
            "/console/courses",
            "/console/language/{lang}",
            "/console/style.css",
            "/console/fonts/{name}",
        ];
        if !open.contains(pattern) {
            assert!(
                status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND,
                "teacher {method} {path} answered {status}"
            );
        }
    }
    assert!(attendance(&server, "attendance:p-x:s2").await.is_none());
    // Each of the teacher's routes takes only its own kind of id: a session for a class, a course,
    // a participant or an answer for a session, all of their own class, answer "not found".
    for path in [
        "/console/classes/s1",
        "/console/classes/p-o",
        "/console/sessions/c1/attendance",
        "/console/sessions/p-g/attendance",
        "/console/sessions/answer:p-g:s1/attendance",
    ] {
        let (status, _) = t1.get(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        if path.starts_with("/console/sessions/") {
            let (status, _, _) = t1.post(path, &[("mark-p-g", "present")], true).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "POST {path}");
        }
    }
    assert!(attendance(&server, "attendance:p-g:s1").await.is_none());
    // The caseworker API is the bydel's: a teacher's token is refused.
    let token = "teacher-token-that-is-long-enough-0123456789";
    let hash = veikart_server::domain::tokens::hash(token);
    server
        .store
        .write(move |tx: &mut dyn Tx| tx.set_caseworker_token("t1", &hash))
        .await
        .unwrap();
    let api = api_support::Client::new(&server, Some(token));
    let (status, _) = api.get("/api/v1/participants/p-o").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

async fn the_class_list_shows_cant_come_and_saves_into_each_participants_scope<S: TestStore>() {
    let server = api_support::server::<S>().await;
    school(&server).await;
    let mut t1 = signed_in(&server, "t1@vo.test").await;
    let (status, page) = t1.get("/console/sessions/s1/attendance").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Sykt barn") && page.contains("Kan ikke komme"),
        "{page}"
    );
    // Late without minutes: the list comes back, the line named, nothing saved.
    let (status, page, _) = t1
        .post(
            "/console/sessions/s1/attendance",
            &[("mark-p-o", "late"), ("mark-p-g", "absent")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("aria-invalid") && page.contains("role=\"alert\""));
    assert!(attendance(&server, "attendance:p-g:s1").await.is_none());
    // A participant of another class: refused whole.
    let (status, _, _) = t1
        .post(
            "/console/sessions/s1/attendance",
            &[("mark-p-g", "absent"), ("mark-p-x", "present")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(attendance(&server, "attendance:p-g:s1").await.is_none());
    assert!(attendance(&server, "attendance:p-x:s1").await.is_none());
    // Another teacher's session.
    let mut t2 = signed_in(&server, "t2@vo.test").await;
    let (status, _, _) = t2
        .post(
            "/console/sessions/s1/attendance",
            &[("mark-p-g", "present")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = t1
        .post(
            "/console/sessions/s1/attendance",
            &[
                ("mark-p-o", "late"),
                ("late-p-o", "10"),
                ("mark-p-g", "absent"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (scope, bydel, a) = attendance(&server, "attendance:p-o:s1").await.unwrap();
    assert_eq!((scope.as_str(), bydel.as_str()), ("p:p-o", "ostensjo"));
    assert_eq!((a.mark, a.late_minutes), (AttendanceMark::Late, Some(10)));
    let (scope, bydel, a) = attendance(&server, "attendance:p-g:s1").await.unwrap();
    assert_eq!((scope.as_str(), bydel.as_str()), ("p:p-g", "grorud"));
    assert_eq!(a.mark, AttendanceMark::Absent);
    // It reaches Semhar's device, and not Ahmad's.
    let semhar = enrolled(&server, "p-g", "grorud").await;
    let (_, body) = semhar.sync(json!([]), json!({})).await;
    let text = body.to_string();
    assert!(
        text.contains("attendance:p-g:s1") && !text.contains("attendance:p-o"),
        "{text}"
    );
    let ahmad = enrolled(&server, "p-o", "ostensjo").await;
    let (_, body) = ahmad.sync(json!([]), json!({})).await;
    let text = body.to_string();
    assert!(
        text.contains("attendance:p-o:s1") && !text.contains("attendance:p-g"),
        "{text}"
    );
    // A device cannot write attendance, nor can the caseworker API.
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let api = api_support::Client::new(&server, Some(&token));
    let (status, _) = api
        .patch(
            "/api/v1/records/attendance:p-g:s1",
            json!({"mark": "present"}),
        )
        .await;
    assert!(status.is_client_error(), "{status}");
    let (status, _) = api
        .post(
            "/api/v1/participants/p-g/records",
            json!({"kind": "attendance", "event_id": "s1", "course_id": "c1", "mark": "present",
                "starts_at": "2026-11-05T11:30:00Z", "ends_at": "2026-11-05T14:00:00Z", "recorded_at": "2026-11-05T14:00:00Z"}),
        )
        .await;
    assert!(status.is_client_error(), "{status}");
    assert_eq!(
        attendance(&server, "attendance:p-g:s1")
            .await
            .unwrap()
            .2
            .mark,
        AttendanceMark::Absent
    );
}

async fn each_bydel_classifies_only_its_own_participants_absences<S: TestStore>() {
    let server = api_support::server::<S>().await;
    school(&server).await;
    let mut t1 = signed_in(&server, "t1@vo.test").await;
    t1.post(
        "/console/sessions/s1/attendance",
        &[("mark-p-o", "absent"), ("mark-p-g", "absent")],
        true,
    )
    .await;
    let mut grorud = staff(&server, "grorud", Role::Leader).await;
    let mut ostensjo = staff(&server, "ostensjo", Role::Leader).await;
    let (status, page) = grorud.get("/console/participants/p-g/attendance").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Norsk A2 Rosenhof"), "{page}");
    let (status, _) = grorud.get("/console/participants/p-o/attendance").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The shared course's page shows each bydel only its own members.
    let (status, page) = grorud.get("/console/courses/c1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Semhar") && !page.contains("Ahmad"), "{page}");
    let form = [("kind", "child_illness")];
    let (status, _, _) = ostensjo
        .post(
            "/console/attendance/attendance:p-g:s1/classify",
            &form,
            true,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = t1
        .post(
            "/console/attendance/attendance:p-g:s1/classify",
            &form,
            true,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        attendance(&server, "attendance:p-g:s1")
            .await
            .unwrap()
            .2
            .absence,
        None
    );
    let (status, _, _) = grorud
        .post(
            "/console/attendance/attendance:p-g:s1/classify",
            &form,
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let a = attendance(&server, "attendance:p-g:s1").await.unwrap().2;
    assert_eq!(a.absence, Some(AbsenceKind::ChildIllness));
    assert_eq!(
        attendance(&server, "attendance:p-o:s1")
            .await
            .unwrap()
            .2
            .absence,
        None
    );
    // The teacher marking the absence again keeps the classification; marking present drops it.
    t1.post(
        "/console/sessions/s1/attendance",
        &[("mark-p-g", "absent")],
        true,
    )
    .await;
    assert_eq!(
        attendance(&server, "attendance:p-g:s1")
            .await
            .unwrap()
            .2
            .absence,
        Some(AbsenceKind::ChildIllness)
    );
    t1.post(
        "/console/sessions/s1/attendance",
        &[("mark-p-g", "present")],
        true,
    )
    .await;
    assert_eq!(
        attendance(&server, "attendance:p-g:s1")
            .await
            .unwrap()
            .2
            .absence,
        None
    );
}

/// November 2026 for Semhar (p-g), worked by hand: six sessions of 2½ hours. Present on 2 Nov;
/// absent without valid reason on 3 Nov (150 min); a child's illness from Thursday 5 to Tuesday
/// 10 Nov, four working days (the fourth needs a doctor's note: 150 min); and one session in
/// October without valid reason that does not count.
/// Semhar's (p-g's) sessions of c1 around November 2026, as the caseworker classified them.
async fn seeded_november<S: Store>(server: &TestServer<S>) {
    let sessions = [
        ("o1", "2026-10-29", "absent", Some("no_valid_reason")),
        ("n1", "2026-11-02", "present", None),
        ("n2", "2026-11-03", "absent", Some("no_valid_reason")),
        ("n3", "2026-11-05", "absent", Some("child_illness")),
        ("n4", "2026-11-06", "absent", Some("child_illness")),
        ("n5", "2026-11-09", "absent", Some("child_illness")),
        ("n6", "2026-11-10", "absent", Some("child_illness")),
    ];
    for (event, day, mark, absence) in sessions {
        let mut a = json!({"kind": "attendance", "id": format!("attendance:p-g:{event}"), "event_id": event,
            "course_id": "c1", "mark": mark, "starts_at": format!("{day}T11:30:00Z"),
            "ends_at": format!("{day}T14:00:00Z"), "recorded_at": format!("{day}T14:00:00Z")});
        if let Some(k) = absence {
            a["absence"] = json!(k);
        }
        server.put(p_home("grorud", "p-g"), row(a)).await;
    }
}

async fn the_month_and_its_csv_on_a_seeded_month<S: TestStore>() {
    let server = api_support::server::<S>().await;
    school(&server).await;
    seeded_november(&server).await;
    let mut grorud = staff(&server, "grorud", Role::Caseworker).await;
    let (status, csv) = grorud.get("/console/absence.csv?month=2026-11").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        csv,
        "month,participant_id,name,sessions,hours_no_valid_reason,hours_needing_doctors_note,hours_unclassified,over_threshold,doctors_note_missing\r\n\
         2026-11,p-g,Semhar Tesfay,6,2.5,2.5,0.0,false,true\r\n"
    );
    let (status, page) = grorud.get("/console/absence?month=2026-11").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Semhar Tesfay")
            && page.contains("2,5")
            && page.contains("Mangler legeerklæring")
    );
    // Attendance per course: of six November sessions she came to one.
    assert!(page.contains("1 av 6 (17 %)"), "{page}");
    // Another bydel's payroll sees none of it; a teacher and a wrong month get nothing.
    let mut ostensjo = staff(&server, "ostensjo", Role::Admin).await;
    let (_, csv) = ostensjo.get("/console/absence.csv?month=2026-11").await;
    assert!(!csv.contains("p-g"), "{csv}");
    let mut t1 = signed_in(&server, "t1@vo.test").await;
    let (status, _) = t1.get("/console/absence.csv?month=2026-11").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = grorud.get("/console/absence.csv?month=2026-13").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

async fn row_of<S: Store>(server: &TestServer<S>, id: &str) -> Option<Row> {
    stored(server, id).await.and_then(|s| s.row)
}

/// The school keeps its courses and timetables: a teacher makes a class (the school's, taught by
/// them), gives it a term from a weekly pattern and moves a session of a class they teach. Another
/// teacher, and the staff of the bydel that holds the course, can change none of it; the teacher's
/// course page manages no members and names no participant.
async fn a_teacher_keeps_the_schools_courses_and_timetables<S: TestStore>() {
    let server = api_support::server::<S>().await;
    school(&server).await;
    let mut t1 = signed_in(&server, "t1@vo.test").await;
    let (status, _, headers) = t1
        .post(
            "/console/courses",
            &[
                ("name", "Norsk A1 kveld"),
                ("provider", "Oslo VO Rosenhof"),
                ("starts_on", "2027-01-04"),
                ("ends_on", "2027-06-18"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = headers["location"].to_str().unwrap().to_owned();
    let id = location.rsplit('/').next().unwrap().to_owned();
    let Some(Row::Course(course)) = row_of(&server, &id).await else {
        panic!("no course at {location}");
    };
    assert_eq!(
        (course.school_id.as_deref(), course.teacher_ids.clone()),
        (Some("vo"), vec!["t1".to_owned()])
    );
    let term = |from, to| {
        [
            ("from", from),
            ("to", to),
            ("start", "09:00"),
            ("end", "11:30"),
            ("room", "B12"),
            ("mon", "on"),
            ("wed", "on"),
        ]
    };
    let (status, _, _) = t1
        .post(
            &format!("/console/courses/{id}/term"),
            &term("2027-01-04", "2027-01-15"),
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, classes) = t1.get("/console/classes").await;
    assert!(classes.contains("Norsk A1 kveld"), "{classes}");
    let (status, class) = t1.get(&format!("/console/classes/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(class.matches("/attendance\"").count(), 4, "{class}");
    // A session of a seeded class t1 teaches.
    let moved = [
        ("date", "2026-11-06"),
        ("start", "10:00"),
        ("end", "12:00"),
        ("room", "R-5"),
    ];
    let (status, _, _) = t1.post("/console/sessions/s1/move", &moved, true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let Some(Row::Event(s1)) = row_of(&server, "s1").await else {
        panic!("s1 is gone");
    };
    assert_eq!(s1.room.as_deref(), Some("R-5"));
    // t1's course page keeps the timetable, and no member.
    let (status, page) = t1.get("/console/courses/c1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !page.contains("/members") && !page.contains("/console/participants/"),
        "{page}"
    );
    // Another teacher, and the staff of the bydel that holds the course, get "not found".
    let mut t2 = signed_in(&server, "t2@vo.test").await;
    let mut holder = staff(&server, "st-hanshaugen", Role::Admin).await;
    for who in [&mut t2, &mut holder] {
        let (status, _, _) = who.post("/console/sessions/s1/cancel", &[], true).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _, _) = who
            .post(
                "/console/courses/c1/term",
                &term("2026-11-09", "2026-11-20"),
                true,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    let (status, _) = t2.get("/console/courses/c1").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Nor through the caseworker API, where the holding bydel's staff could patch or delete rows.
    let (_, token) = server
        .bydel_with_caseworker("st-hanshaugen", Role::Caseworker)
        .await;
    let api = api_support::Client::new(&server, Some(&token));
    let (status, _) = api
        .patch("/api/v1/records/s1", json!({"room": "X-1"}))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = api.delete("/api/v1/records/s1").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let Some(Row::Event(s1)) = row_of(&server, "s1").await else {
        panic!("s1 is gone");
    };
    assert_eq!(s1.status, veikart_protocol::EventStatus::Scheduled);
}

/// The report over the seeded quarter: seven sessions of c1 (one in October), Semhar came to
/// one; 2½ hours without valid reason in October and in November each (the fourth day of the
/// child's illness waits for a doctor's note and is not counted). Across bydeler one participant
/// is too few to show.
async fn the_report_shows_attendance_per_course_and_absence_per_month<S: TestStore>() {
    let server = api_support::server::<S>().await;
    school(&server).await;
    seeded_november(&server).await;
    let mut leader = staff(&server, "grorud", Role::Leader).await;
    let (status, page) = leader
        .get("/console/reports?from=2026-10-01&to=2026-12-31")
        .await;
    assert_eq!(status, StatusCode::OK);
    let row = |page: &str, label: &str| {
        let start = page
            .find(label)
            .unwrap_or_else(|| panic!("{label}: {page}"));
        page[start..].split("</tr>").next().unwrap_or("").to_owned()
    };
    assert!(
        row(&page, "Oppmøte, av registrerte").contains("1 av 7 (14 %)"),
        "{page}"
    );
    assert!(
        row(&page, "Timer fravær uten gyldig grunn").contains("5,0 t"),
        "{page}"
    );
    let course = row(&page, "Norsk A2 Rosenhof");
    assert!(
        course.contains(">7<") && course.contains("1 av 7 (14 %)"),
        "{course}"
    );
    for month in ["2026-10", "2026-11"] {
        let line = row(&page, &format!(">{month}</a>"));
        assert!(line.contains("2,5 t") && line.contains(">1<"), "{line}");
    }
    let (_, csv) = leader
        .get("/console/reports.csv?from=2026-10-01&to=2026-12-31")
        .await;
    assert!(
        csv.lines().nth(1).unwrap_or("").ends_with(",1,7,14,5.0,1"),
        "{csv}"
    );
    // Another bydel's report has none of it.
    let mut other = staff(&server, "ostensjo", Role::Leader).await;
    let (_, page) = other
        .get("/console/reports?from=2026-10-01&to=2026-12-31")
        .await;
    assert!(!page.contains("Norsk A2 Rosenhof"), "{page}");
    // Across bydeler (the admin's view), Grorud's one participant is "fewer than 5".
    let mut admin = staff(&server, "grorud", Role::Admin).await;
    let (_, csv) = admin
        .get("/console/reports/bydeler.csv?from=2026-10-01&to=2026-12-31")
        .await;
    let grorud = csv.lines().find(|l| l.starts_with("grorud,")).unwrap_or("");
    assert!(grorud.ends_with(",<5,,,,<5"), "{csv}");
}

/// The bydel's admin changes the absence rules on the admin page, and the month is assessed by
/// them at once: a longer run of a child's illness without a doctor's note, a lower threshold.
/// Nothing is kept from a form with a bad number; another bydel keeps the regulations' defaults;
/// a caseworker may not change them.
async fn a_bydel_admin_changes_the_absence_rules_and_the_month_follows<S: TestStore>() {
    let server = api_support::server::<S>().await;
    school(&server).await;
    seeded_november(&server).await;
    let mut admin = staff(&server, "grorud", Role::Admin).await;
    let (_, page) = admin.get("/console/admin").await;
    assert!(page.contains("Fraværsregler"), "{page}");
    let rules = |child_note: &'static str, hours: &'static str| {
        vec![
            ("self_cert_max_days", "3"),
            ("self_cert_per_12_months", "4"),
            ("self_cert_after_weeks", "8"),
            ("self_cert_rejoin_days", "16"),
            ("child_days_per_12_months", "10"),
            ("child_max_days_without_note", child_note),
            ("flag_hours_per_month", hours),
        ]
    };
    let (status, _, _) = admin
        .post("/console/admin/absence", &rules("4", "2"), true)
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let after = "month,participant_id,name,sessions,hours_no_valid_reason,hours_needing_doctors_note,hours_unclassified,over_threshold,doctors_note_missing\r\n\
         2026-11,p-g,Semhar Tesfay,6,2.5,0.0,0.0,true,false\r\n";
    let (_, csv) = admin.get("/console/absence.csv?month=2026-11").await;
    assert_eq!(csv, after);
    let (_, page) = admin.get("/console/admin").await;
    assert!(
        page.contains("name=\"child_max_days_without_note\" type=\"number\" value=\"4\""),
        "{page}"
    );

    // A bad number marks its field and keeps nothing, not even the good ones.
    let mut bad = rules("1", "201");
    bad[0].1 = "tre";
    let (status, body, _) = admin.post("/console/admin/absence", &bad, true).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Et helt tall fra 0 til 200."), "{body}");
    assert!(body.contains("Et helt tall fra 0 til 31."), "{body}");
    let (_, csv) = admin.get("/console/absence.csv?month=2026-11").await;
    assert_eq!(csv, after);

    // Østensjø's rules are its own; a caseworker and a teacher may not change any.
    let ostensjo = server
        .store
        .read(|tx: &mut dyn Tx| tx.absence_rules("ostensjo"))
        .await
        .unwrap();
    assert_eq!(ostensjo, None);
    let mut caseworker = staff(&server, "grorud", Role::Caseworker).await;
    let (status, _, _) = caseworker
        .post("/console/admin/absence", &rules("9", "9"), true)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let mut t1 = signed_in(&server, "t1@vo.test").await;
    let (status, _, _) = t1
        .post("/console/admin/absence", &rules("9", "9"), true)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, csv) = admin.get("/console/absence.csv?month=2026-11").await;
    assert_eq!(csv, after);
}

/// The three parties of a three-way meeting: the caseworker gives a next step to the school, the
/// teacher named in the meeting sees it on their class page and writes the school's part of the
/// agenda, which the caseworker reads on the participant's page and the participant's phone
/// receives. A teacher not named, or not teaching the participant, and a caseworker, cannot write
/// it; a part too long is refused and keeps nothing.
async fn the_teacher_writes_the_schools_part_and_sees_the_schools_steps<S: TestStore>() {
    let server = api_support::server::<S>().await;
    school(&server).await;
    let mut kari = staff(&server, "ostensjo", Role::Caseworker).await;
    let (status, _, _) = kari
        .post(
            "/console/events/tk1/steps",
            &[
                ("title", "Send vurdering av norsknivå"),
                ("owner", "school"),
                ("due", "2026-12-01"),
            ],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mut t1 = signed_in(&server, "t1@vo.test").await;
    let (_, page) = t1.get("/console/classes/c1").await;
    assert!(
        page.contains("Send vurdering av norsknivå") && page.contains("Voksenopplæringen (skolen)"),
        "{page}"
    );
    assert!(
        !page.contains(SECRET),
        "the meeting's agenda is the bydel's"
    );

    let part = "Ahmad har gått fra A1 til A2 muntlig. Oppmøte 92 % i høst.";
    let (status, _, headers) = t1
        .post(
            "/console/meetings/tk1/school-part",
            &[("school_part", part), ("course", "c1")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/console/classes/c1#meeting-tk1");
    let (_, page) = t1.get("/console/classes/c1").await;
    assert!(page.contains(part), "{page}");
    let (_, page) = kari.get("/console/participants/p-o").await;
    assert!(
        page.contains("Fra Voksenopplæringen") && page.contains(part),
        "{page}"
    );
    let device = enrolled(&server, "p-o", "ostensjo").await;
    let (status, body) = device
        .post(
            "/api/v1/sync",
            json!({"protocol": veikart_protocol::PROTOCOL_VERSION, "mutations": [], "cursors": {}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let tk1 = body["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "tk1")
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(tk1["row"]["school_part"]["text"], part);
    let school_step = body["changes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["row"]["owner"] == "school");
    assert!(school_step, "{body}");

    // Too long: marked, and the part stays as it was.
    let long = "x".repeat(veikart_protocol::limits::MAX_BODY + 1);
    let (status, body, _) = t1
        .post(
            "/console/meetings/tk1/school-part",
            &[("school_part", long.as_str()), ("course", "c1")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("aria-invalid=\"true\""), "{body}");
    // t2 is not named in tk1; in tk2 t2 is named, but Ahmad is not in t2's class.
    let mut t2 = signed_in(&server, "t2@vo.test").await;
    for meeting in ["tk1", "tk2"] {
        let (status, _, _) = t2
            .post(
                &format!("/console/meetings/{meeting}/school-part"),
                &[("school_part", "Feil lærer"), ("course", "c2")],
                true,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{meeting}");
    }
    let (status, _, _) = kari
        .post(
            "/console/meetings/tk1/school-part",
            &[("school_part", "Veilederen"), ("course", "c1")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let kept = server
        .store
        .read(|tx: &mut dyn Tx| tx.row("tk1"))
        .await
        .unwrap()
        .and_then(|s: StoredRow| match s.row {
            Some(Row::Event(e)) => e.school_part.map(|t| t.text),
            _ => None,
        });
    assert_eq!(kept.as_deref(), Some(part));
}

on_both_backends!(
    the_teacher_writes_the_schools_part_and_sees_the_schools_steps,
    a_bydel_admin_changes_the_absence_rules_and_the_month_follows,
    a_teacher_sees_only_their_classes_and_members_names,
    the_class_list_shows_cant_come_and_saves_into_each_participants_scope,
    each_bydel_classifies_only_its_own_participants_absences,
    the_month_and_its_csv_on_a_seeded_month,
    the_report_shows_attendance_per_course_and_absence_per_month,
    a_teacher_keeps_the_schools_courses_and_timetables,
);

/// The demo (JOURNEYS.md): Semhar's "can't come — sick child" for next Thursday's class at the
/// school reaches her teacher's class list and her caseworker's "today" page in Grorud, and not
/// the other teacher's classes.
#[tokio::test]
async fn the_demo_carries_semhars_cant_come_to_her_teacher_and_caseworker() {
    let server = api_support::server::<veikart_server::SqliteStore>().await;
    veikart_server::seed::demo(&server.store).await.unwrap();
    let event = server
        .store
        .read(|tx: &mut dyn Tx| {
            tx.participant_rows("demo-grorud-001", Some(veikart_protocol::RowKind::Answer))
        })
        .await
        .unwrap()
        .into_iter()
        .find_map(|s| match s.row {
            Some(Row::Answer(a))
                if a.reason
                    .as_deref()
                    .is_some_and(|r| r.contains("sick child")) =>
            {
                Some(a.event_id)
            }
            _ => None,
        })
        .expect("Semhar's answer");
    for id in ["cw-school-1", "cw-school-2", "cw-grorud-1"] {
        server.set_password(id, PASSWORD).await;
    }
    let mut anne = signed_in(&server, "anne.solberg@oslovo.oslo.kommune.no").await;
    let (status, page) = anne
        .get(&format!("/console/sessions/{event}/attendance"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Semhar Tesfay") && page.contains("sick child"),
        "{page}"
    );
    // Her class mixes the three bydeler.
    for name in ["Ahmad Rahimi", "Olena Kovalenko"] {
        assert!(page.contains(name), "{name}");
    }
    let mut jonas = signed_in(&server, "jonas.dahl@oslovo.oslo.kommune.no").await;
    let (status, _) = jonas
        .get(&format!("/console/sessions/{event}/attendance"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let mut mohammed = signed_in(&server, "mohammed.johansen@bgr.oslo.kommune.no").await;
    let (status, page) = mohammed.get("/console/today").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Semhar Tesfay") && page.contains("sick child"),
        "{page}"
    );
    // And her attendance, with the sick-child days, is on her caseworker's page.
    let (status, page) = mohammed
        .get("/console/participants/demo-grorud-001/attendance")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Norsk A2, ettermiddag (Rosenhof)"), "{page}");
}
