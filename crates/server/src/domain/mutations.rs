//! How a device's mutation applies, under the server's own rules. A mutation may touch only its own
//! participant's rows and only the fields a participant owns; anything else is rejected with a code,
//! never applied in part.

use veikart_protocol::{
    Activity, ActivityStatus, AgendaItem, Answer, Author, DocumentStatus, EventKind, EventStatus,
    Message, MutationOp, MutationOutcome, Owner, RejectCode, Row, RowKind, Text,
};

use super::pages;

use super::placement::{Home, placement};
use super::{validate, wording};
use crate::store::{StoreResult, StoredRow, Tx, WordingProposal};

/// The device a mutation came from, as authenticated.
#[derive(Debug, Clone)]
pub struct DeviceCtx {
    pub device_id: String,
    pub participant_id: String,
    pub bydel_id: String,
}

impl DeviceCtx {
    fn home(&self) -> Home {
        Home::Participant {
            id: self.participant_id.clone(),
            bydel_id: self.bydel_id.clone(),
        }
    }

    pub(super) fn source(&self) -> String {
        format!("device:{}", self.device_id)
    }
}

pub(super) fn reject(code: RejectCode, message: impl Into<String>) -> MutationOutcome {
    MutationOutcome::Rejected {
        code,
        message: message.into(),
    }
}

/// Apply one mutation in the current transaction. Storage errors abort the whole sync (and its
/// transaction); rule violations become a rejected outcome.
pub fn apply(tx: &mut dyn Tx, ctx: &DeviceCtx, op: &MutationOp) -> StoreResult<MutationOutcome> {
    match op {
        MutationOp::SetActivityStatus {
            activity_id,
            status,
            expected,
        } => set_activity_status(tx, ctx, activity_id, *status, *expected),
        MutationOp::ProposeActivity {
            activity_id,
            goal_id,
            activity_type,
            title,
            description,
            due,
        } => {
            if let Err(e) = validate::device_chosen_id(activity_id, &ctx.device_id)
                .and_then(|()| validate::text("title", title, validate::MAX_TITLE))
                .and_then(|()| match description {
                    Some(d) => validate::text("description", d, validate::MAX_BODY),
                    None => Ok(()),
                })
            {
                return Ok(reject(RejectCode::InvalidValue, e));
            }
            if let Some(goal_id) = goal_id
                && own_row(tx, ctx, goal_id, RowKind::Goal)?.is_none()
            {
                return Ok(reject(RejectCode::NotFound, "no such goal"));
            }
            if tx.row(activity_id)?.is_some() {
                return Ok(reject(RejectCode::IdTaken, "that id is taken"));
            }
            let lang = preferred_language(tx, ctx)?;
            let row = Row::Activity(Activity {
                id: activity_id.clone(),
                goal_id: goal_id.clone(),
                activity_type: *activity_type,
                status: ActivityStatus::Proposed,
                owner: Owner::Participant,
                agreed: false,
                title: Text::written_in(title.clone(), &lang),
                description: description
                    .as_ref()
                    .map(|d| Text::written_in(d.clone(), &lang)),
                due: *due,
                starts_on: None,
                ends_on: None,
                place: None,
                seen: None,
                response: None,
                from_event_id: None,
            });
            put(tx, ctx, &row)
        }
        MutationOp::AnswerEvent {
            event_id,
            response,
            reason,
        } => {
            if let Some(reason) = reason
                && let Err(e) = validate::text("reason", reason, validate::MAX_REASON)
            {
                return Ok(reject(RejectCode::InvalidValue, e));
            }
            let event = match visible_event(tx, ctx, event_id)? {
                Ok(event) => event,
                Err(outcome) => return Ok(outcome),
            };
            if event.status == EventStatus::Cancelled {
                return Ok(reject(
                    RejectCode::EventCancelled,
                    "the event was cancelled",
                ));
            }
            let row = Row::Answer(Answer {
                id: Answer::id_for(&ctx.participant_id, event_id),
                event_id: event_id.clone(),
                response: *response,
                reason: reason.clone(),
                answered_at: tx.now(),
                seen: None,
            });
            put(tx, ctx, &row)
        }
        MutationOp::AddAgendaItem {
            item_id,
            event_id,
            text,
        } => {
            if let Err(e) = validate::device_chosen_id(item_id, &ctx.device_id)
                .and_then(|()| validate::text("text", text, validate::MAX_REASON))
            {
                return Ok(reject(RejectCode::InvalidValue, e));
            }
            let event = match visible_event(tx, ctx, event_id)? {
                Ok(event) => event,
                Err(outcome) => return Ok(outcome),
            };
            if event.event_kind == EventKind::ClassSession {
                return Ok(reject(
                    RejectCode::InvalidValue,
                    "class sessions have no agenda",
                ));
            }
            if event.status == EventStatus::Cancelled {
                return Ok(reject(
                    RejectCode::EventCancelled,
                    "the event was cancelled",
                ));
            }
            if tx.row(item_id)?.is_some() {
                return Ok(reject(RejectCode::IdTaken, "that id is taken"));
            }
            let lang = preferred_language(tx, ctx)?;
            let row = Row::AgendaItem(AgendaItem {
                id: item_id.clone(),
                event_id: event_id.clone(),
                text: Text::written_in(text.clone(), &lang),
                added_at: tx.now(),
                seen: None,
            });
            put(tx, ctx, &row)
        }
        MutationOp::MarkDocumentReady {
            document_id,
            expected,
        } => {
            let Some((stored, Row::RequiredDocument(mut doc))) =
                own_row(tx, ctx, document_id, RowKind::RequiredDocument)?
            else {
                return Ok(reject(RejectCode::NotFound, "no such document"));
            };
            if doc.status == DocumentStatus::Ready {
                return Ok(MutationOutcome::Applied);
            }
            if doc.status != *expected || doc.status != DocumentStatus::Missing {
                return Ok(superseded(&stored, "document"));
            }
            doc.status = DocumentStatus::Ready;
            // A new "ready" is a new thing for the caseworker to see.
            doc.seen = None;
            put(tx, ctx, &Row::RequiredDocument(doc))
        }
        MutationOp::SendMessage { message_id, body } => {
            if let Err(e) = validate::device_chosen_id(message_id, &ctx.device_id)
                .and_then(|()| validate::text("body", body, validate::MAX_BODY))
            {
                return Ok(reject(RejectCode::InvalidValue, e));
            }
            if tx.row(message_id)?.is_some() {
                return Ok(reject(RejectCode::IdTaken, "that id is taken"));
            }
            let lang = preferred_language(tx, ctx)?;
            let row = Row::Message(Message {
                id: message_id.clone(),
                author: Author::Participant,
                author_name: None,
                body: Text::written_in(body.clone(), &lang),
                sent_at: tx.now(),
                read_at: None,
                template: None,
                seen: None,
            });
            put(tx, ctx, &row)
        }
        MutationOp::MarkMessagesRead { message_ids } => {
            if message_ids.len() > veikart_protocol::MAX_READ_IDS {
                return Ok(reject(RejectCode::InvalidValue, "too many ids"));
            }
            let mut unread = Vec::new();
            for id in message_ids {
                match own_row(tx, ctx, id, RowKind::Message)? {
                    Some((_, Row::Message(m))) if m.author == Author::Caseworker => {
                        if m.read_at.is_none() {
                            unread.push(m);
                        }
                    }
                    _ => return Ok(reject(RejectCode::NotFound, "no such message")),
                }
            }
            for mut m in unread {
                m.read_at = Some(tx.now());
                put(tx, ctx, &Row::Message(m))?;
            }
            Ok(MutationOutcome::Applied)
        }
        MutationOp::ProposeWording {
            proposal_id,
            language,
            key,
            text,
            comment,
        } => {
            if let Err(e) = validate::device_chosen_id(proposal_id, &ctx.device_id)
                .and_then(|()| validate::text("text", text, veikart_protocol::limits::MAX_WORDING))
                .and_then(|()| match comment {
                    Some(c) => validate::text("comment", c, validate::MAX_REASON),
                    None => Ok(()),
                })
            {
                return Ok(reject(RejectCode::InvalidValue, e));
            }
            if !super::LANGUAGES.contains(&language.as_str()) {
                return Ok(reject(
                    RejectCode::UnsupportedLanguage,
                    "the app is not translated into that language",
                ));
            }
            if !wording::is_key(key) {
                return Ok(reject(RejectCode::NotFound, "no such text in the app"));
            }
            // Under the participant, bydel and device of the token that sent it (the operation
            // names none): a device proposes only as itself.
            let inserted = tx.insert_wording_proposal(&WordingProposal {
                id: proposal_id.clone(),
                bydel_id: ctx.bydel_id.clone(),
                participant_id: ctx.participant_id.clone(),
                device_id: ctx.device_id.clone(),
                language: language.clone(),
                key: key.clone(),
                text: text.trim().to_owned(),
                comment: comment.as_ref().map(|c| c.trim().to_owned()),
                created_at: tx.now(),
            })?;
            Ok(if inserted {
                MutationOutcome::Applied
            } else {
                reject(RejectCode::IdTaken, "that id is taken")
            })
        }
        MutationOp::AddDocumentPage {
            page_id,
            document_id,
            index,
            content_type,
            size,
            sha256,
        } => pages::add(
            tx,
            ctx,
            &pages::NewPage {
                page_id,
                document_id,
                index: *index,
                content_type: *content_type,
                size: *size,
                sha256,
            },
        ),
        MutationOp::RemoveDocumentPage { page_id } => pages::remove(tx, ctx, page_id),
        MutationOp::SetPreferredLanguage { language } => {
            if !super::LANGUAGES.contains(&language.as_str()) {
                return Ok(reject(
                    RejectCode::UnsupportedLanguage,
                    "the app is not translated into that language",
                ));
            }
            let Some((_, Row::Profile(mut profile))) =
                own_row(tx, ctx, &ctx.participant_id, RowKind::Profile)?
            else {
                return Ok(reject(RejectCode::NotFound, "no profile"));
            };
            if profile.preferred_language == *language {
                return Ok(MutationOutcome::Applied);
            }
            profile.preferred_language = language.clone();
            put(tx, ctx, &Row::Profile(profile))
        }
    }
}

fn set_activity_status(
    tx: &mut dyn Tx,
    ctx: &DeviceCtx,
    activity_id: &str,
    status: ActivityStatus,
    expected: ActivityStatus,
) -> StoreResult<MutationOutcome> {
    if !matches!(
        status,
        ActivityStatus::Proposed | ActivityStatus::InProgress | ActivityStatus::Done
    ) {
        return Ok(reject(
            RejectCode::CaseworkerOwned,
            "only the caseworker plans or cancels activities",
        ));
    }
    let Some((stored, Row::Activity(mut activity))) =
        own_row(tx, ctx, activity_id, RowKind::Activity)?
    else {
        return Ok(reject(RejectCode::NotFound, "no such activity"));
    };
    if activity.owner != Owner::Participant {
        return Ok(reject(
            RejectCode::CaseworkerOwned,
            "this activity is the caseworker's",
        ));
    }
    if activity.status == status {
        return Ok(MutationOutcome::Applied);
    }
    if activity.status != expected {
        return Ok(superseded(&stored, "activity"));
    }
    activity.status = status;
    // The caseworker has not seen this change yet, whatever they saw before.
    activity.seen = None;
    put(tx, ctx, &Row::Activity(activity))
}

/// The row changed since the device saw it: say who changed it, so the participant is not told
/// their caseworker did what their own other phone did.
fn superseded(stored: &StoredRow, what: &str) -> MutationOutcome {
    if stored.updated_by.starts_with("device:") {
        reject(
            RejectCode::ChangedOnOtherDevice,
            format!("this {what} was changed on the participant's other device"),
        )
    } else {
        reject(
            RejectCode::Superseded,
            format!("the caseworker changed this {what}"),
        )
    }
}

pub(super) fn put(tx: &mut dyn Tx, ctx: &DeviceCtx, row: &Row) -> StoreResult<MutationOutcome> {
    if let Err(e) = validate::row(row) {
        return Ok(reject(RejectCode::InvalidValue, e));
    }
    tx.put_row(&placement(row, &ctx.home()), row, &ctx.source())?;
    Ok(MutationOutcome::Applied)
}

/// A live row of this participant, of the given kind. Another participant's row looks the same as
/// a missing one.
pub(super) fn own_row(
    tx: &mut dyn Tx,
    ctx: &DeviceCtx,
    id: &str,
    kind: RowKind,
) -> StoreResult<Option<(StoredRow, Row)>> {
    let Some(stored) = tx.row(id)? else {
        return Ok(None);
    };
    if stored.kind != kind
        || stored.placement.participant_id.as_deref() != Some(ctx.participant_id.as_str())
    {
        return Ok(None);
    }
    Ok(stored.row.clone().map(|row| (stored, row)))
}

/// An event the participant may see: their own, or a session of a course they belong to.
fn visible_event(
    tx: &mut dyn Tx,
    ctx: &DeviceCtx,
    id: &str,
) -> StoreResult<Result<veikart_protocol::Event, MutationOutcome>> {
    let not_found = || Err(reject(RejectCode::NotFound, "no such event"));
    let Some(stored) = tx.row(id)? else {
        return Ok(not_found());
    };
    let Some(Row::Event(event)) = stored.row else {
        return Ok(not_found());
    };
    let visible = match &event.course_id {
        None => stored.placement.participant_id.as_deref() == Some(ctx.participant_id.as_str()),
        Some(course_id) => is_member(tx, &ctx.participant_id, course_id)?,
    };
    Ok(if visible { Ok(event) } else { not_found() })
}

pub fn is_member(tx: &mut dyn Tx, participant_id: &str, course_id: &str) -> StoreResult<bool> {
    Ok(tx
        .participant_rows(participant_id, Some(RowKind::CourseMembership))?
        .iter()
        .any(|m| matches!(&m.row, Some(Row::CourseMembership(m)) if m.course_id == course_id)))
}

fn preferred_language(tx: &mut dyn Tx, ctx: &DeviceCtx) -> StoreResult<String> {
    Ok(match tx.row(&ctx.participant_id)?.and_then(|s| s.row) {
        Some(Row::Profile(p)) => p.preferred_language,
        _ => "nb".to_owned(),
    })
}
