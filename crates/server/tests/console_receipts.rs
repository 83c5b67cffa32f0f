//! Receipts and answers to proposals through the console: opening a participant's page marks what
//! they sent as seen only for the staff of their bydel (another bydel's caseworker or leader is
//! refused and marks nothing; a municipality admin is refused and marks nothing), and a proposal is
//! declined with a reason or commented on.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use reqwest::StatusCode;
use serde_json::json;
use veikart_protocol::{
    ActivityStatus, ActivityType, MutationOp, MutationOutcome, ProposalOutcome, Response, Row,
};
use veikart_server::domain::mutations::{self, DeviceCtx};
use veikart_server::domain::placement::Home;
use veikart_server::store::{Role, Store, StoreError, Tx};
use veikart_server::testing::TestServer;

use common::*;

const PID: &str = "p-grorud";

/// A participant of Grorud with a meeting, who answered it, asked a question for its agenda and
/// proposed two activities from their phone.
async fn participant_who_sent_things(server: &TestServer) {
    server.participant("grorud", PID, "Semhar Tesfay").await;
    let meeting: Row = serde_json::from_value(json!({
        "kind": "event", "id": "ev1", "event_kind": "meeting",
        "starts_at": "2031-09-04T07:00:00Z", "ends_at": "2031-09-04T08:00:00Z", "status": "scheduled"
    }))
    .unwrap();
    server
        .put(
            Home::Participant {
                id: PID.into(),
                bydel_id: "grorud".into(),
            },
            meeting,
        )
        .await;
    let ctx = DeviceCtx {
        device_id: "dev".into(),
        participant_id: PID.into(),
        bydel_id: "grorud".into(),
    };
    let propose = |id: &str, title: &str| MutationOp::ProposeActivity {
        activity_id: id.into(),
        goal_id: None,
        activity_type: ActivityType::Course,
        title: title.into(),
        description: None,
        due: None,
    };
    let ops = [
        MutationOp::AnswerEvent {
            event_id: "ev1".into(),
            response: Response::CantCome,
            reason: Some("Syk".into()),
        },
        MutationOp::AddAgendaItem {
            item_id: "dev-q1".into(),
            event_id: "ev1".into(),
            text: "Kan jeg få flere timer?".into(),
        },
        propose("dev-a1", "Truckførerkurs"),
        propose("dev-a2", "Svømmekurs"),
    ];
    let (outcomes, _) = server
        .store
        .write(move |tx: &mut dyn Tx| {
            ops.iter()
                .map(|op| mutations::apply(tx, &ctx, op))
                .collect::<Result<Vec<_>, StoreError>>()
        })
        .await
        .unwrap();
    assert!(outcomes.iter().all(|o| *o == MutationOutcome::Applied));
}

/// Who has seen each of the four things the participant sent (answer, question, two proposals).
async fn seen(server: &TestServer) -> Vec<Option<String>> {
    let ids = [
        veikart_protocol::Answer::id_for(PID, "ev1"),
        "dev-q1".to_owned(),
        "dev-a1".to_owned(),
        "dev-a2".to_owned(),
    ];
    server
        .store
        .read(move |tx: &mut dyn Tx| {
            ids.iter()
                .map(|id| {
                    Ok(match tx.row(id)?.and_then(|s| s.row) {
                        Some(Row::Answer(a)) => a.seen.map(|s| s.by),
                        Some(Row::AgendaItem(a)) => a.seen.map(|s| s.by),
                        Some(Row::Activity(a)) => a.seen.map(|s| s.by),
                        _ => None,
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()
        })
        .await
        .unwrap()
}

async fn version(server: &TestServer) -> u64 {
    server
        .store
        .read(|tx: &mut dyn Tx| tx.scope_version(&format!("p:{PID}")))
        .await
        .unwrap()
}

async fn signed_in(server: &TestServer, bydel: &str, role: Role) -> Browser {
    let (cw, _) = server.bydel_with_caseworker(bydel, role).await;
    server.set_password(&cw.id, PASSWORD).await;
    let mut b = Browser::new(server);
    assert_eq!(b.sign_in(&cw.email, PASSWORD).await, StatusCode::SEE_OTHER);
    b
}

#[tokio::test]
async fn only_the_participants_caseworkers_mark_what_they_sent_as_seen() {
    let server = server().await;
    participant_who_sent_things(&server).await;
    let page = format!("/console/participants/{PID}");
    let before = version(&server).await;

    // Another bydel's caseworker and leader: refused, and nothing is marked.
    for role in [Role::Caseworker, Role::Leader] {
        let mut other = signed_in(&server, "ostensjo", role).await;
        let (status, body) = other.get(&page).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{role:?}");
        assert!(!body.contains("Semhar"));
    }
    // The municipality admin sees no participant at all.
    let mut muni = signed_in(&server, "oslo", Role::MunicipalityAdmin).await;
    assert_eq!(muni.get(&page).await.0, StatusCode::FORBIDDEN);
    // A municipality admin whose account is kept in the participant's bydel: refused as well.
    let (kept_here, _) = server
        .bydel_with_caseworker("grorud", Role::MunicipalityAdmin)
        .await;
    server.set_password(&kept_here.id, PASSWORD).await;
    let mut m = Browser::new(&server);
    m.sign_in(&kept_here.email, PASSWORD).await;
    assert_eq!(m.get(&page).await.0, StatusCode::FORBIDDEN);
    assert_eq!(seen(&server).await, vec![None; 4]);
    assert_eq!(version(&server).await, before, "nothing was written");

    // Their caseworker opens it: everything is seen by the first name, and the scope moves so
    // the phone learns it at its next sync.
    let mut cw = signed_in(&server, "grorud", Role::Caseworker).await;
    assert_eq!(cw.get(&page).await.0, StatusCode::OK);
    assert_eq!(seen(&server).await, vec![Some("Saksbehandler".into()); 4]);
    let after = version(&server).await;
    assert!(after > before);
    // Opening it again writes nothing.
    assert_eq!(cw.get(&page).await.0, StatusCode::OK);
    assert_eq!(version(&server).await, after);
}

#[tokio::test]
async fn a_leader_and_the_bydel_admin_mark_seen_too() {
    for role in [Role::Leader, Role::Admin] {
        let server = server().await;
        participant_who_sent_things(&server).await;
        let mut b = signed_in(&server, "grorud", role).await;
        let (status, _) = b.get(&format!("/console/participants/{PID}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            seen(&server).await,
            vec![Some("Saksbehandler".into()); 4],
            "{role:?}"
        );
    }
}

async fn activity(server: &TestServer, id: &str) -> veikart_protocol::Activity {
    let id = id.to_owned();
    let row = server
        .store
        .read(move |tx: &mut dyn Tx| Ok::<_, StoreError>(tx.row(&id)?.and_then(|s| s.row)))
        .await
        .unwrap();
    match row {
        Some(Row::Activity(a)) => a,
        other => panic!("not an activity: {other:?}"),
    }
}

#[tokio::test]
async fn a_proposal_is_commented_on_or_declined_with_a_reason() {
    let server = server().await;
    participant_who_sent_things(&server).await;
    let mut cw = signed_in(&server, "grorud", Role::Caseworker).await;
    cw.get(&format!("/console/participants/{PID}")).await;

    // A comment needs words: the form comes back with the problem, and nothing changes.
    let (status, body, _) = cw
        .post(
            "/console/activities/dev-a1/comment",
            &[("comment", "  ")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("aria-invalid=\"true\""), "{body}");
    assert!(activity(&server, "dev-a1").await.response.is_none());

    let (status, _, _) = cw
        .post(
            "/console/activities/dev-a1/comment",
            &[("comment", "Hvor holdes kurset?")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let a = activity(&server, "dev-a1").await;
    assert_eq!(a.status, ActivityStatus::Proposed);
    let r = a.response.expect("a response");
    assert_eq!(r.outcome, ProposalOutcome::Commented);
    assert_eq!(r.by, "Saksbehandler");
    assert_eq!(
        r.comment.map(|c| (c.text, c.lang)),
        Some(("Hvor holdes kurset?".to_owned(), "nb".to_owned()))
    );

    // Another bydel's caseworker cannot decline it, nor learn that it exists.
    let before = version(&server).await;
    let mut other = signed_in(&server, "ostensjo", Role::Caseworker).await;
    let (status, _, _) = other
        .post(
            "/console/activities/dev-a2/decline",
            &[("comment", "Nei")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(version(&server).await, before);
    // Nor can the municipality admin.
    let mut muni = signed_in(&server, "oslo", Role::MunicipalityAdmin).await;
    let (status, _, _) = muni
        .post(
            "/console/activities/dev-a2/decline",
            &[("comment", "Nei")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(version(&server).await, before);

    let (status, _, _) = cw
        .post(
            "/console/activities/dev-a2/decline",
            &[("comment", "Ikke nå: først norsk på A2-nivå.")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let a = activity(&server, "dev-a2").await;
    assert_eq!(a.status, ActivityStatus::Cancelled);
    assert!(!a.agreed);
    assert_eq!(
        a.response.map(|r| r.outcome),
        Some(ProposalOutcome::Declined)
    );
    // Declined is final here: it is no longer offered as an open proposal.
    let (status, _, _) = cw
        .post(
            "/console/activities/dev-a2/comment",
            &[("comment", "Likevel?")],
            true,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, body) = cw.get(&format!("/console/participants/{PID}")).await;
    assert!(!body.contains("/console/activities/dev-a2/decline"));
    assert!(body.contains("/console/activities/dev-a1/decline"));

    // Agreeing records the answer too.
    let (status, _, _) = cw.post("/console/activities/dev-a1/agree", &[], true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let a = activity(&server, "dev-a1").await;
    assert!(a.agreed);
    assert_eq!(a.status, ActivityStatus::Planned);
    assert_eq!(a.response.map(|r| r.outcome), Some(ProposalOutcome::Agreed));
}
