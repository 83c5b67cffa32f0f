//! The three-way meeting (trekantsamtale) as the school's teacher takes part in it: the meetings
//! of their members that name them, the next steps agreed there, and the school's part of the
//! agenda, which the teacher writes and the participant and caseworker read.
//!
//! A meeting's parties carry a role and a name only, so a teacher is matched by their account's
//! name among the parties with the teacher role, and must also teach a course the participant is
//! a member of. Anything else answers "not found", as if the meeting did not exist.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use veikart_protocol::{
    Activity, ActivityStatus, Event, EventKind, EventStatus, Owner, PartyRole, Row, RowKind, Text,
};

use super::attendance::{Member, teaches_member};
use super::error::{DomainError, DomainResult};
use super::validate;
use crate::store::{Caseworker, Role, StoredRow, Tx};

/// A next step of a meeting, as all three parties see it.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub title: Text,
    pub owner: Owner,
    pub due: Option<NaiveDate>,
    pub status: ActivityStatus,
}

/// A three-way meeting of a member that the teacher takes part in: when, where, with whom, the
/// school's part of the agenda and the next steps agreed.
#[derive(Debug, Clone, Serialize)]
pub struct ClassMeeting {
    pub id: String,
    pub participant: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: Option<Text>,
    pub room: Option<String>,
    pub school_part: Option<Text>,
    pub steps: Vec<Step>,
}

fn names_teacher(e: &Event, cw: &Caseworker) -> bool {
    e.event_kind == EventKind::Trekantsamtale
        && e.status == EventStatus::Scheduled
        && e.parties
            .iter()
            .any(|p| p.role == PartyRole::Teacher && p.name.as_deref() == Some(cw.name.as_str()))
}

/// The members' three-way meetings (not cancelled) whose parties name this teacher, earliest
/// first, each with its next steps.
pub(super) fn meetings_of(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    members: &[Member],
) -> DomainResult<Vec<ClassMeeting>> {
    let mut out = Vec::new();
    for m in members {
        // Only the two kinds a meeting needs: a teacher's page never reads a member's messages,
        // recognition or anything else of theirs.
        let events: Vec<Event> = tx
            .participant_rows(&m.participant_id, Some(RowKind::Event))?
            .into_iter()
            .filter_map(|s| match s.row {
                Some(Row::Event(e)) if names_teacher(&e, cw) => Some(e),
                _ => None,
            })
            .collect();
        if events.is_empty() {
            continue;
        }
        let activities: Vec<Activity> = tx
            .participant_rows(&m.participant_id, Some(RowKind::Activity))?
            .into_iter()
            .filter_map(|s| match s.row {
                Some(Row::Activity(a)) if a.from_event_id.is_some() => Some(a),
                _ => None,
            })
            .collect();
        for e in events {
            let mut steps: Vec<Step> = activities
                .iter()
                .filter(|a| a.from_event_id.as_deref() == Some(e.id.as_str()))
                .map(|a| Step {
                    title: a.title.clone(),
                    owner: a.owner,
                    due: a.due,
                    status: a.status,
                })
                .collect();
            steps.sort_by_key(|s| s.due);
            out.push(ClassMeeting {
                id: e.id,
                participant: m.name.clone(),
                starts_at: e.starts_at,
                ends_at: e.ends_at,
                place: e.place,
                room: e.room,
                school_part: e.school_part,
                steps,
            });
        }
    }
    out.sort_by_key(|m| m.starts_at);
    Ok(out)
}

/// The teacher writes (or, with `None`, clears) the school's part of a meeting's agenda. Anyone
/// but a teacher named among its parties who teaches the participant gets "not found".
pub fn set_school_part(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    event_id: &str,
    text: Option<String>,
) -> DomainResult<()> {
    if cw.role != Role::Teacher {
        return Err(DomainError::not_found());
    }
    let Some(StoredRow {
        row: Some(Row::Event(mut e)),
        placement,
        ..
    }) = tx.row(event_id)?
    else {
        return Err(DomainError::not_found());
    };
    let Some(pid) = placement.participant_id.clone() else {
        return Err(DomainError::not_found());
    };
    if !names_teacher(&e, cw) || !teaches_member(tx, cw, &pid)? {
        return Err(DomainError::not_found());
    }
    e.school_part = text.map(Text::nb);
    let row = Row::Event(e);
    validate::row(&row).map_err(DomainError::invalid_value)?;
    tx.put_row(&placement, &row, &format!("caseworker:{}", cw.id))?;
    tx.audit(
        &format!("caseworker:{}", cw.id),
        "set_school_part",
        event_id,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use veikart_protocol::Party;

    fn teacher(name: &str) -> Caseworker {
        Caseworker {
            id: "t1".into(),
            bydel_id: "grorud".into(),
            name: name.into(),
            email: "t1@vo.test".into(),
            role: Role::Teacher,
            school_id: Some("vo".into()),
        }
    }

    fn meeting(kind: EventKind, status: EventStatus, parties: Vec<Party>) -> Event {
        serde_json::from_value::<Event>(serde_json::json!({
            "id": "m", "event_kind": "trekantsamtale", "starts_at": "2026-11-20T09:00:00Z",
            "ends_at": "2026-11-20T10:00:00Z", "status": "scheduled"}))
        .map(|e| Event {
            event_kind: kind,
            status,
            parties,
            ..e
        })
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn party(role: PartyRole, name: &str) -> Party {
        Party {
            role,
            name: Some(name.into()),
        }
    }

    #[test]
    fn a_teacher_is_a_party_by_role_and_name_of_a_scheduled_three_way_meeting() {
        let anne = teacher("Anne Solberg");
        let with = |role, name| vec![party(role, name)];
        let tk = EventKind::Trekantsamtale;
        let on = EventStatus::Scheduled;
        assert!(names_teacher(
            &meeting(tk, on, with(PartyRole::Teacher, "Anne Solberg")),
            &anne
        ));
        for e in [
            meeting(tk, on, with(PartyRole::Teacher, "Anne Solbakken")),
            meeting(tk, on, with(PartyRole::Caseworker, "Anne Solberg")),
            meeting(
                tk,
                EventStatus::Cancelled,
                with(PartyRole::Teacher, "Anne Solberg"),
            ),
            meeting(
                EventKind::Meeting,
                on,
                with(PartyRole::Teacher, "Anne Solberg"),
            ),
        ] {
            assert!(!names_teacher(&e, &anne), "{e:?}");
        }
    }
}
