//! Laying the pending mutations over the server's rows: what the participant sees at once, offline,
//! until the server's answer replaces it. Pure: the same rows and outbox always give the same view.
//! It predicts the server's rules where it can (only own activities move; a cancelled event takes no
//! answer), and the server's answer is the truth when it cannot.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use veikart_protocol::{
    Activity, ActivityStatus, AgendaItem, Answer, Author, DocumentPage, DocumentStatus, Message,
    MutationOp, Owner, Row, Text,
};

use crate::outbox::Pending;

/// The rows as the participant should see them, and which of them a pending change touched.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Laid {
    pub rows: BTreeMap<String, Row>,
    pub pending: BTreeSet<String>,
}

impl Laid {
    pub fn iter(&self) -> impl Iterator<Item = &Row> {
        self.rows.values()
    }
}

pub fn lay(rows: Vec<Row>, outbox: &[Pending], participant_id: &str) -> Laid {
    let mut laid = Laid {
        rows: rows.into_iter().map(|r| (r.id().to_owned(), r)).collect(),
        pending: BTreeSet::new(),
    };
    let lang = match laid.rows.get(participant_id) {
        Some(Row::Profile(p)) => p.preferred_language.clone(),
        _ => "nb".to_owned(),
    };
    for p in outbox {
        apply(&mut laid, &p.op, p.created_at, participant_id, &lang);
    }
    laid
}

fn mark(laid: &mut Laid, id: &str) {
    laid.pending.insert(id.to_owned());
}

fn apply(laid: &mut Laid, op: &MutationOp, at: DateTime<Utc>, participant_id: &str, lang: &str) {
    match op {
        // Nothing the participant sees changes: the proposal goes to the translators.
        MutationOp::ProposeWording { .. } => {}
        MutationOp::SetActivityStatus {
            activity_id,
            status,
            ..
        } => {
            if let Some(Row::Activity(a)) = laid.rows.get_mut(activity_id)
                && a.owner == Owner::Participant
            {
                a.status = *status;
                mark(laid, activity_id);
            }
        }
        MutationOp::ProposeActivity {
            activity_id,
            goal_id,
            activity_type,
            title,
            description,
            due,
        } => {
            laid.rows.insert(
                activity_id.clone(),
                Row::Activity(Activity {
                    id: activity_id.clone(),
                    goal_id: goal_id.clone(),
                    activity_type: *activity_type,
                    status: ActivityStatus::Proposed,
                    owner: Owner::Participant,
                    agreed: false,
                    title: Text::written_in(title.clone(), lang),
                    description: description
                        .as_ref()
                        .map(|d| Text::written_in(d.clone(), lang)),
                    due: *due,
                    starts_on: None,
                    ends_on: None,
                    place: None,
                    seen: None,
                    response: None,
                    from_event_id: None,
                }),
            );
            mark(laid, activity_id);
        }
        MutationOp::AnswerEvent {
            event_id,
            response,
            reason,
        } => {
            let id = Answer::id_for(participant_id, event_id);
            laid.rows.insert(
                id.clone(),
                Row::Answer(Answer {
                    id: id.clone(),
                    event_id: event_id.clone(),
                    response: *response,
                    reason: reason.clone(),
                    answered_at: at,
                    seen: None,
                }),
            );
            mark(laid, &id);
        }
        MutationOp::AddAgendaItem {
            item_id,
            event_id,
            text,
        } => {
            laid.rows.insert(
                item_id.clone(),
                Row::AgendaItem(AgendaItem {
                    id: item_id.clone(),
                    event_id: event_id.clone(),
                    text: Text::written_in(text.clone(), lang),
                    added_at: at,
                    seen: None,
                }),
            );
            mark(laid, item_id);
        }
        MutationOp::MarkDocumentReady { document_id, .. } => {
            if let Some(Row::RequiredDocument(d)) = laid.rows.get_mut(document_id)
                && d.status == DocumentStatus::Missing
            {
                d.status = DocumentStatus::Ready;
                mark(laid, document_id);
            }
        }
        MutationOp::SendMessage { message_id, body } => {
            laid.rows.insert(
                message_id.clone(),
                Row::Message(Message {
                    id: message_id.clone(),
                    author: Author::Participant,
                    author_name: None,
                    body: Text::written_in(body.clone(), lang),
                    sent_at: at,
                    read_at: None,
                    template: None,
                    seen: None,
                }),
            );
            mark(laid, message_id);
        }
        MutationOp::MarkMessagesRead { message_ids } => {
            for id in message_ids {
                if let Some(Row::Message(m)) = laid.rows.get_mut(id)
                    && m.read_at.is_none()
                {
                    m.read_at = Some(at);
                }
            }
        }
        MutationOp::SetPreferredLanguage { language } => {
            if let Some(Row::Profile(p)) = laid.rows.get_mut(participant_id) {
                p.preferred_language = language.clone();
            }
        }
        MutationOp::AddDocumentPage {
            page_id,
            document_id,
            index,
            content_type,
            size,
            sha256,
        } => {
            laid.rows.insert(
                page_id.clone(),
                Row::DocumentPage(DocumentPage {
                    id: page_id.clone(),
                    document_id: document_id.clone(),
                    index: *index,
                    content_type: *content_type,
                    size: *size,
                    sha256: sha256.clone(),
                    received: false,
                    created_at: at,
                }),
            );
            mark(laid, page_id);
        }
        MutationOp::RemoveDocumentPage { page_id } => {
            laid.rows.remove(page_id);
            laid.pending.remove(page_id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use veikart_protocol::ActivityType;

    fn activity(id: &str, owner: Owner, status: ActivityStatus) -> Row {
        Row::Activity(Activity {
            id: id.into(),
            goal_id: None,
            activity_type: ActivityType::JobSearch,
            status,
            owner,
            agreed: true,
            title: Text::nb("CV"),
            description: None,
            due: None,
            starts_on: None,
            ends_on: None,
            place: None,
            seen: None,
            response: None,
            from_event_id: None,
        })
    }

    fn pending(seq: u64, op: MutationOp) -> Pending {
        Pending {
            seq,
            op,
            created_at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }

    #[test]
    fn own_activity_moves_and_is_marked_pending_but_a_caseworkers_does_not() {
        let rows = vec![
            activity("mine", Owner::Participant, ActivityStatus::Planned),
            activity("theirs", Owner::Caseworker, ActivityStatus::Planned),
        ];
        let op = |id: &str| MutationOp::SetActivityStatus {
            activity_id: id.into(),
            status: ActivityStatus::Done,
            expected: ActivityStatus::Planned,
        };
        let laid = lay(
            rows,
            &[pending(1, op("mine")), pending(2, op("theirs"))],
            "p",
        );
        assert!(matches!(&laid.rows["mine"], Row::Activity(a) if a.status == ActivityStatus::Done));
        assert!(
            matches!(&laid.rows["theirs"], Row::Activity(a) if a.status == ActivityStatus::Planned)
        );
        assert_eq!(laid.pending.iter().collect::<Vec<_>>(), vec!["mine"]);
    }

    fn status() -> impl Strategy<Value = ActivityStatus> {
        prop_oneof![
            Just(ActivityStatus::Proposed),
            Just(ActivityStatus::InProgress),
            Just(ActivityStatus::Done),
        ]
    }

    proptest! {
        /// With an empty outbox the view is exactly the server's rows; with any outbox, rows the
        /// outbox does not name are untouched and the last status set wins.
        #[test]
        fn the_last_pending_status_wins_and_nothing_else_changes(
            statuses in proptest::collection::vec(status(), 0..10),
        ) {
            let rows = vec![
                activity("a", Owner::Participant, ActivityStatus::Planned),
                activity("b", Owner::Participant, ActivityStatus::Planned),
            ];
            let plain = lay(rows.clone(), &[], "p");
            prop_assert!(plain.pending.is_empty());
            prop_assert_eq!(plain.rows.len(), 2);
            let outbox: Vec<Pending> = statuses.iter().enumerate().map(|(i, s)| pending(i as u64 + 1,
                MutationOp::SetActivityStatus { activity_id: "a".into(), status: *s, expected: ActivityStatus::Planned })).collect();
            let laid = lay(rows, &outbox, "p");
            let expected = statuses.last().copied().unwrap_or(ActivityStatus::Planned);
            prop_assert!(matches!(&laid.rows["a"], Row::Activity(a) if a.status == expected));
            prop_assert_eq!(&laid.rows["b"], &plain.rows["b"]);
            prop_assert_eq!(laid.pending.contains("a"), !statuses.is_empty());
        }
    }
}
