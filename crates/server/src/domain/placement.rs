//! Where a row lives: its scope (who follows it) and the columns the server filters on.

use veikart_protocol::{Row, Scope};

use crate::store::Placement;

/// The home a new row is created in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Home {
    Participant { id: String, bydel_id: String },
    Course { id: String, bydel_id: String },
    Bydel { id: String },
}

impl Home {
    pub fn scope(&self) -> Scope {
        match self {
            Home::Participant { id, .. } => Scope::Participant(id.clone()),
            Home::Course { id, .. } => Scope::Course(id.clone()),
            Home::Bydel { id } => Scope::Bydel(id.clone()),
        }
    }

    pub fn bydel_id(&self) -> &str {
        match self {
            Home::Participant { bydel_id, .. } | Home::Course { bydel_id, .. } => bydel_id,
            Home::Bydel { id } => id,
        }
    }
}

/// Which kind of home a row belongs in. A class session lives in its course; guidance in its bydel;
/// everything else in the participant's own scope.
pub fn home_kind(row: &Row) -> HomeKind {
    match row {
        Row::Course(_) => HomeKind::Course,
        Row::Event(e) if e.course_id.is_some() => HomeKind::Course,
        Row::Guidance(_) => HomeKind::Bydel,
        _ => HomeKind::Participant,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeKind {
    Participant,
    Course,
    Bydel,
}

pub fn parent_id(row: &Row) -> Option<String> {
    match row {
        Row::Activity(a) => a.goal_id.clone(),
        Row::RequiredDocument(d) => Some(d.case_id.clone()),
        Row::Event(e) => e.course_id.clone().or_else(|| e.activity_id.clone()),
        Row::Answer(a) => Some(a.event_id.clone()),
        Row::Attendance(a) => Some(a.event_id.clone()),
        Row::AgendaItem(a) => Some(a.event_id.clone()),
        Row::CourseMembership(m) => Some(m.course_id.clone()),
        Row::DocumentPage(p) => Some(p.document_id.clone()),
        _ => None,
    }
}

pub fn placement(row: &Row, home: &Home) -> Placement {
    Placement {
        scope: home.scope().key(),
        bydel_id: home.bydel_id().to_owned(),
        participant_id: match home {
            Home::Participant { id, .. } => Some(id.clone()),
            _ => None,
        },
        parent_id: parent_id(row),
    }
}
