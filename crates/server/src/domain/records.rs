//! What a caseworker may do through the API: keep participants, their plans, schedules, recognition
//! cases and messages, and courses with sessions and members. Every write is confined to the
//! caseworker's bydel; another bydel's rows answer "not found", so their existence is not revealed.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use veikart_protocol::{
    Activity, ActivityStatus, Author, Course, CourseMembership, DocumentStatus, Event, EventKind,
    EventStatus, Profile, RecognitionCase, Row, RowKind, StatusChange, Text,
};

use super::error::{DomainError, DomainResult};
use super::placement::{Home, HomeKind, home_kind, placement};
use super::receipts;
use super::templates;
use super::timetable::SessionDraft;
use super::validate;
use crate::store::{Caseworker, Device, Placement, Role, StoreResult, StoredRow, Tx};

/// The date in Oslo: a status change at 00:30 belongs to that day, not the UTC day before.
fn oslo_today(now: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
    now.with_timezone(&chrono_tz::Europe::Oslo).date_naive()
}

fn actor(cw: &Caseworker) -> String {
    format!("caseworker:{}", cw.id)
}

fn new_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// A participant's profile, if they belong to the caseworker's bydel. Only a bydel's staff follow
/// participants: a teacher (whose account is kept in some bydel) and the municipality admin get
/// "not found" whatever the id.
pub fn participant(tx: &mut dyn Tx, cw: &Caseworker, id: &str) -> DomainResult<Profile> {
    if !cw.role.is_bydel_staff() {
        return Err(DomainError::not_found());
    }
    match tx.row(id)? {
        Some(StoredRow {
            row: Some(Row::Profile(p)),
            placement,
            ..
        }) if placement.bydel_id == cw.bydel_id => Ok(p),
        _ => Err(DomainError::not_found()),
    }
}

fn participant_home(p: &Profile) -> Home {
    Home::Participant {
        id: p.id.clone(),
        bydel_id: p.bydel_id.clone(),
    }
}

fn store(tx: &mut dyn Tx, cw: &Caseworker, row: &Row, home: &Home) -> DomainResult<u64> {
    validate::row(row).map_err(DomainError::invalid_value)?;
    let version = tx.put_row(&placement(row, home), row, &actor(cw))?;
    tx.audit(
        &actor(cw),
        &format!("put_{}", row.kind().as_str()),
        row.id(),
    )?;
    Ok(version)
}

/// Every participant of a bydel, unsorted and not audited (callers audit what they show).
pub fn bydel_profiles(tx: &mut dyn Tx, bydel_id: &str) -> StoreResult<Vec<Profile>> {
    Ok(tx
        .bydel_rows(bydel_id, RowKind::Profile)?
        .into_iter()
        .filter_map(|s| match s.row {
            Some(Row::Profile(p)) => Some(p),
            _ => None,
        })
        .collect())
}

pub fn list_participants(tx: &mut dyn Tx, cw: &Caseworker) -> DomainResult<Vec<Profile>> {
    let mut out = bydel_profiles(tx, &cw.bydel_id)?;
    out.sort_by(|a, b| a.name.cmp(&b.name));
    tx.audit(&actor(cw), "list_participants", &cw.bydel_id)?;
    Ok(out)
}

pub fn create_participant(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    mut p: Profile,
) -> DomainResult<Profile> {
    p.id = new_id();
    p.bydel_id = cw.bydel_id.clone();
    p.bydel_name = tx.bydel_name(&cw.bydel_id)?.unwrap_or_default();
    if p.caseworker_id.is_none() {
        p.caseworker_id = Some(cw.id.clone());
        p.caseworker_name = Some(cw.name.clone());
    }
    store(tx, cw, &Row::Profile(p.clone()), &participant_home(&p))?;
    Ok(p)
}

/// Everything about one participant, for the caseworker.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ParticipantRecord {
    pub profile: Profile,
    pub rows: Vec<Row>,
    pub devices: Vec<DeviceInfo>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct DeviceInfo {
    pub id: String,
    pub name: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_seen_at: Option<chrono::DateTime<chrono::Utc>>,
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl From<Device> for DeviceInfo {
    fn from(d: Device) -> Self {
        DeviceInfo {
            id: d.id,
            name: d.name,
            created_at: d.created_at,
            last_seen_at: d.last_seen_at,
            revoked_at: d.revoked_at,
        }
    }
}

pub fn participant_record(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    id: &str,
) -> DomainResult<ParticipantRecord> {
    let profile = participant(tx, cw, id)?;
    let rows = tx
        .participant_rows(id, None)?
        .into_iter()
        .filter_map(|s| s.row)
        .filter(|r| !matches!(r, Row::Profile(_)))
        .collect();
    let devices = tx
        .devices_of(id)?
        .into_iter()
        .map(DeviceInfo::from)
        .collect();
    tx.audit(&actor(cw), "view_participant", id)?;
    Ok(ParticipantRecord {
        profile,
        rows,
        devices,
    })
}

/// RFC 7396 JSON merge patch.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        (t, p) => *t = p.clone(),
    }
}

fn patched<T: Serialize + for<'de> Deserialize<'de>>(
    current: &T,
    patch: &Value,
) -> DomainResult<T> {
    if let Value::Object(p) = patch
        && (p.contains_key("id") || p.contains_key("kind"))
    {
        return Err(DomainError::invalid_value("id and kind cannot be changed"));
    }
    let mut value = serde_json::to_value(current)
        .map_err(|e| DomainError::invalid_value(format!("cannot patch: {e}")))?;
    merge_patch(&mut value, patch);
    serde_json::from_value(value).map_err(|e| DomainError::invalid_body(e.to_string()))
}

pub fn patch_participant(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    id: &str,
    patch: &Value,
) -> DomainResult<Profile> {
    let current = participant(tx, cw, id)?;
    let mut next: Profile = patched(&current, patch)?;
    // Where a participant lives is the server's to say.
    next.bydel_id = current.bydel_id.clone();
    next.bydel_name = current.bydel_name.clone();
    store(
        tx,
        cw,
        &Row::Profile(next.clone()),
        &participant_home(&next),
    )?;
    Ok(next)
}

/// Remove a participant: every row becomes a tombstone, every device is revoked, and their
/// proposals for the app's wording are deleted.
pub fn delete_participant(tx: &mut dyn Tx, cw: &Caseworker, id: &str) -> DomainResult<()> {
    participant(tx, cw, id)?;
    for row in tx.participant_rows(id, None)? {
        tx.delete_row(&row.id, &actor(cw))?;
    }
    for d in tx.devices_of(id)? {
        tx.revoke_device(&d.id)?;
    }
    // Their proposals for the app's wording may hold their own words (a comment): they go too.
    tx.delete_wording_proposals_of(id)?;
    tx.audit(&actor(cw), "delete_participant", id)?;
    Ok(())
}

/// Check that a row's references point at rows of the same participant (or course) and kind.
fn check_refs(tx: &mut dyn Tx, row: &Row, participant_id: Option<&str>) -> DomainResult<()> {
    let mut own = |id: &str, kind: RowKind| -> DomainResult<()> {
        match tx.row(id)? {
            Some(s)
                if s.kind == kind
                    && s.row.is_some()
                    && s.placement.participant_id.as_deref() == participant_id =>
            {
                Ok(())
            }
            _ => Err(DomainError::invalid_value(format!(
                "{} {id} does not exist for this participant",
                kind.as_str()
            ))),
        }
    };
    match row {
        Row::Activity(a) => {
            if let Some(g) = &a.goal_id {
                own(g, RowKind::Goal)?;
            }
            // A next step comes from one of the participant's own meetings.
            if let Some(e) = &a.from_event_id {
                own(e, RowKind::Event)?;
            }
        }
        Row::RequiredDocument(d) => own(&d.case_id, RowKind::RecognitionCase)?,
        Row::Event(e) => {
            if let Some(a) = &e.activity_id {
                own(a, RowKind::Activity)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Create a row in a participant's plan, schedule, recognition case or message thread.
pub fn create_record(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    participant_id: &str,
    mut row: Row,
) -> DomainResult<Row> {
    let p = participant(tx, cw, participant_id)?;
    match &mut row {
        Row::Goal(_) | Row::Activity(_) => {}
        // A verdict is given on pages (the console's review), never with the document.
        Row::RequiredDocument(d) => d.verdict = None,
        Row::Event(e) => {
            if e.course_id.is_some() || e.event_kind == EventKind::ClassSession {
                return Err(DomainError::invalid_value(
                    "class sessions are created under their course",
                ));
            }
            // A new appointment has not moved: what it was before is the server's to say.
            e.previous = None;
        }
        Row::RecognitionCase(c) => {
            // Sent is recorded with its own action (`pages::mark_sent`), which moves the status.
            c.sent = None;
            if c.history.is_empty() {
                c.history.push(StatusChange {
                    status: c.status,
                    on: oslo_today(tx.now()),
                });
            }
        }
        Row::Message(m) => {
            m.author = Author::Caseworker;
            m.author_name = Some(cw.name.clone());
            m.sent_at = tx.now();
            m.read_at = None;
            write_template_body(m)?;
        }
        _ => {
            return Err(DomainError::invalid_value(format!(
                "a caseworker cannot create a {} here",
                row.kind().as_str()
            )));
        }
    }
    row.set_id(new_id());
    check_refs(tx, &row, Some(participant_id))?;
    store(tx, cw, &row, &participant_home(&p))?;
    Ok(row)
}

/// A message from a template gets its body from the server, in Norwegian, whatever was sent: it
/// is what a device that does not know the template shows, and must say what the template says.
fn write_template_body(m: &mut veikart_protocol::Message) -> DomainResult<()> {
    if let Some(t) = &m.template {
        templates::check(t).map_err(|p| DomainError::invalid_value(p.to_string()))?;
        let body = templates::body(t)
            .ok_or_else(|| DomainError::invalid_value("the template's text is missing"))?;
        m.body = Text::nb(body);
    }
    Ok(())
}

/// A live row in the caseworker's bydel (bydel staff only, as [`participant`]).
fn bydel_row(tx: &mut dyn Tx, cw: &Caseworker, id: &str) -> DomainResult<(Placement, Row)> {
    if !cw.role.is_bydel_staff() {
        return Err(DomainError::not_found());
    }
    match tx.row(id)? {
        Some(StoredRow {
            row: Some(row),
            placement,
            ..
        }) if placement.bydel_id == cw.bydel_id => Ok((placement, row)),
        _ => Err(DomainError::not_found()),
    }
}

fn home_of(placement: &Placement, row: &Row) -> Home {
    match (home_kind(row), &placement.participant_id) {
        (HomeKind::Participant, Some(pid)) => Home::Participant {
            id: pid.clone(),
            bydel_id: placement.bydel_id.clone(),
        },
        (HomeKind::Bydel, _) => Home::Bydel {
            id: placement.bydel_id.clone(),
        },
        _ => Home::Course {
            id: placement
                .scope
                .strip_prefix("c:")
                .unwrap_or_default()
                .to_owned(),
            bydel_id: placement.bydel_id.clone(),
        },
    }
}

/// Change a row with a JSON merge patch. Device-written rows (answers, agenda questions,
/// participants' messages) are the participant's and cannot be changed here.
pub fn patch_record(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    id: &str,
    patch: &Value,
) -> DomainResult<Row> {
    let (placement, current) = bydel_row(tx, cw, id)?;
    // A school's course and its timetable are the school's to keep, even where a bydel holds it.
    let course_id = match &current {
        Row::Course(c) => Some(c.id.clone()),
        Row::Event(e) => e.course_id.clone(),
        _ => None,
    };
    if let Some(course_id) = course_id {
        kept_course(tx, cw, &course_id)?;
    }
    patch_stored(tx, cw, placement, current, patch)
}

/// A teacher (or the bydel's staff, for a bydel's own course) moves, changes or cancels one
/// session of a course they keep. Returns the course.
pub fn change_session(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    session_id: &str,
    patch: &Value,
) -> DomainResult<String> {
    let course_id = session_course(tx, cw, session_id)?;
    let Some(StoredRow {
        row: Some(current),
        placement,
        ..
    }) = tx.row(session_id)?
    else {
        return Err(DomainError::not_found());
    };
    patch_stored(tx, cw, placement, current, patch)?;
    Ok(course_id)
}

/// `patch` applied to a row the caller may change.
fn patch_stored(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    placement: Placement,
    current: Row,
    patch: &Value,
) -> DomainResult<Row> {
    if matches!(
        current,
        Row::Profile(_)
            | Row::Answer(_)
            | Row::AgendaItem(_)
            | Row::CourseMembership(_)
            | Row::Attendance(_)
            | Row::DocumentPage(_)
    ) || matches!(&current, Row::Message(m) if m.author == Author::Participant)
    {
        return Err(DomainError::forbidden(format!(
            "a {} cannot be changed here",
            current.kind().as_str()
        )));
    }
    let mut next: Row = patched(&current, patch)?;
    if let (Row::Message(old), Row::Message(new)) = (&current, &mut next) {
        if new.template.is_some() && patch.get("body").is_some() {
            return Err(DomainError::invalid_value(
                "the body of a message from a template is written by the server: change its template or note",
            ));
        }
        // Only the text of the caseworker's own message may change: who wrote it, and when it was
        // sent and read, are facts.
        new.author = old.author;
        new.author_name = old.author_name.clone();
        new.sent_at = old.sent_at;
        new.read_at = old.read_at;
        new.seen = old.seen.clone();
        write_template_body(new)?;
    }
    // Receipts and answers to proposals are the server's to write, never a patch's.
    let now = tx.now();
    match (&current, &mut next) {
        (Row::Activity(old), Row::Activity(new)) => {
            new.seen = old.seen.clone();
            new.response = old.response.clone();
        }
        (Row::RequiredDocument(old), Row::RequiredDocument(new)) => {
            new.seen = old.seen.clone();
            new.verdict = old.verdict.clone();
            // Acting on a document the participant marked ready is seeing it.
            if old.status == DocumentStatus::Ready && new.status != old.status && new.seen.is_none()
            {
                new.seen = Some(receipts::seen_now(cw, now));
            }
        }
        _ => {}
    }
    if let (Row::RecognitionCase(old), Row::RecognitionCase(new)) = (&current, &mut next) {
        new.sent = old.sent.clone();
        record_status_change(old, new, oslo_today(tx.now()));
    }
    // Which school keeps a course and who teaches it is not a bydel's to change: a teacher named
    // here would see the members' attendance.
    if let (Row::Course(old), Row::Course(new)) = (&current, &mut next) {
        new.school_id = old.school_id.clone();
        new.teacher_ids = old.teacher_ids.clone();
    }
    if let (Row::Event(old), Row::Event(new)) = (&current, &mut next) {
        remember_whereabouts(old, new, tx.now());
    }
    if let (Row::Event(old), Row::Event(new)) = (&current, &next)
        && old.course_id != new.course_id
    {
        return Err(DomainError::invalid_value(
            "a session cannot move to another course",
        ));
    }
    check_refs(tx, &next, placement.participant_id.as_deref())?;
    let home = home_of(&placement, &next);
    store(tx, cw, &next, &home)?;
    Ok(next)
}

/// A coming appointment moved or changed (time, room or place) keeps what it was, so the
/// participant's card and notification can say "moved from Tuesday 10:00" or "room B-999, was
/// 203". Any other change keeps what an earlier one recorded; a writer cannot set it.
fn remember_whereabouts(old: &Event, new: &mut Event, now: chrono::DateTime<chrono::Utc>) {
    let before = old.whereabouts();
    new.previous = if before != new.whereabouts() && old.ends_at > now {
        Some(Box::new(before))
    } else {
        old.previous.clone()
    };
}

fn record_status_change(old: &RecognitionCase, new: &mut RecognitionCase, on: chrono::NaiveDate) {
    if old.status != new.status && new.history.last().map(|h| h.status) != Some(new.status) {
        new.history.push(StatusChange {
            status: new.status,
            on,
        });
    }
}

pub fn delete_record(tx: &mut dyn Tx, cw: &Caseworker, id: &str) -> DomainResult<()> {
    let (_, row) = bydel_row(tx, cw, id)?;
    if matches!(row, Row::Profile(_)) {
        return Err(DomainError::forbidden("delete the participant instead"));
    }
    // The teacher's class list is the record of who came; a school's course has members of
    // other bydeler.
    if matches!(row, Row::Attendance(_)) || matches!(&row, Row::Course(c) if c.school_id.is_some())
    {
        return Err(DomainError::forbidden(format!(
            "a {} cannot be deleted here",
            row.kind().as_str()
        )));
    }
    // A session of a school's course is the school's timetable, wherever the course is held.
    if let Row::Event(Event {
        course_id: Some(course_id),
        ..
    }) = &row
    {
        kept_course(tx, cw, course_id)?;
    }
    if let Row::Course(c) = &row {
        for child in tx.child_rows(&c.id, RowKind::Event)? {
            tx.delete_row(&child.id, &actor(cw))?;
        }
        for member in tx.child_rows(&c.id, RowKind::CourseMembership)? {
            tx.delete_row(&member.id, &actor(cw))?;
        }
    }
    // A document's pages go with it (their bytes, with the next retention run).
    if let Row::RequiredDocument(d) = &row {
        for page in tx.child_rows(&d.id, RowKind::DocumentPage)? {
            tx.delete_row(&page.id, &actor(cw))?;
        }
    }
    tx.delete_row(id, &actor(cw))?;
    tx.audit(&actor(cw), &format!("delete_{}", row.kind().as_str()), id)?;
    Ok(())
}

pub fn create_course(tx: &mut dyn Tx, cw: &Caseworker, mut course: Course) -> DomainResult<Course> {
    course.id = new_id();
    if cw.role == Role::Teacher {
        // The school keeps its courses: a teacher's new course is their school's, taught by them,
        // held in the bydel that holds their account (as every school course is held somewhere).
        course.school_id = Some(
            cw.school_id
                .clone()
                .ok_or_else(|| DomainError::forbidden("a teacher belongs to a school"))?,
        );
        course.teacher_ids = vec![cw.id.clone()];
    } else if cw.role.is_bydel_staff() {
        // A bydel's own course: which school keeps a course and who teaches it is not a bydel's
        // to say.
        course.school_id = None;
        course.teacher_ids = Vec::new();
    } else {
        return Err(DomainError::forbidden(
            "only a bydel or a school keeps courses",
        ));
    }
    let home = Home::Course {
        id: course.id.clone(),
        bydel_id: cw.bydel_id.clone(),
    };
    store(tx, cw, &Row::Course(course.clone()), &home)?;
    Ok(course)
}

/// Whether `cw` teaches `course`: a school's course that names them, of their own school.
pub fn teaches(cw: &Caseworker, course: &Course) -> bool {
    cw.role == Role::Teacher
        && course.school_id.is_some()
        && course.school_id == cw.school_id
        && course.teacher_ids.contains(&cw.id)
}

/// Who keeps a course and its timetable (issue 10: "courses and timetables are kept by the
/// school"): a school's course by the teachers it names, a bydel's own course by that bydel's
/// staff. Members are another matter (`member_course`): each bydel adds its own.
fn keeps(cw: &Caseworker, placement: &Placement, course: &Course) -> bool {
    if course.school_id.is_some() {
        teaches(cw, course)
    } else {
        cw.role.is_bydel_staff() && placement.bydel_id == cw.bydel_id
    }
}

/// A course whose timetable `cw` keeps, with where it is held; anyone else gets "not found".
pub fn kept_course(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    id: &str,
) -> DomainResult<(Placement, Course)> {
    match tx.row(id)? {
        Some(StoredRow {
            row: Some(Row::Course(c)),
            placement,
            ..
        }) if keeps(cw, &placement, &c) => Ok((placement, c)),
        _ => Err(DomainError::not_found()),
    }
}

/// A course of the caseworker's bydel, or a school's course (city-wide: its members come from
/// every bydel, and each bydel adds and sees its own).
fn member_course(tx: &mut dyn Tx, cw: &Caseworker, id: &str) -> DomainResult<Course> {
    if !cw.role.is_bydel_staff() {
        return Err(DomainError::not_found());
    }
    match tx.row(id)? {
        Some(StoredRow {
            row: Some(Row::Course(c)),
            placement,
            ..
        }) if placement.bydel_id == cw.bydel_id || c.school_id.is_some() => Ok(c),
        _ => Err(DomainError::not_found()),
    }
}

/// The bydel's own courses and every school's; for a teacher, the courses they teach.
pub fn list_courses(tx: &mut dyn Tx, cw: &Caseworker) -> DomainResult<Vec<Course>> {
    let teacher = cw.role == Role::Teacher;
    if !cw.role.is_bydel_staff() && !teacher {
        return Err(DomainError::not_found());
    }
    let mut out: Vec<Course> = Vec::new();
    for (bydel, _) in tx.bydeler()? {
        let own = bydel == cw.bydel_id;
        for s in tx.bydel_rows(&bydel, RowKind::Course)? {
            if let Some(Row::Course(c)) = s.row
                && (if teacher {
                    teaches(cw, &c)
                } else {
                    own || c.school_id.is_some()
                })
            {
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// The course of a session whose timetable `cw` keeps.
pub fn session_course(tx: &mut dyn Tx, cw: &Caseworker, session_id: &str) -> DomainResult<String> {
    let course_id = match tx.row(session_id)? {
        Some(StoredRow {
            row: Some(Row::Event(e)),
            ..
        }) => e.course_id,
        _ => None,
    }
    .ok_or_else(DomainError::not_found)?;
    kept_course(tx, cw, &course_id)?;
    Ok(course_id)
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct CourseRecord {
    pub course: Course,
    pub sessions: Vec<Row>,
    pub members: Vec<String>,
}

/// A course with its sessions and the members of the caseworker's own bydel (a school's course
/// has members of other bydeler too, which this bydel does not see). A teacher gets the courses
/// they teach, without members: their class page names them, and nothing more of them.
pub fn course_record(tx: &mut dyn Tx, cw: &Caseworker, id: &str) -> DomainResult<CourseRecord> {
    let course = if cw.role == Role::Teacher {
        kept_course(tx, cw, id)?.1
    } else {
        member_course(tx, cw, id)?
    };
    let mut sessions: Vec<Row> = tx
        .child_rows(id, RowKind::Event)?
        .into_iter()
        .filter_map(|s| s.row)
        .collect();
    sessions.sort_by_key(|r| match r {
        Row::Event(e) => e.starts_at,
        _ => chrono::DateTime::<chrono::Utc>::MIN_UTC,
    });
    let members = tx
        .child_rows(id, RowKind::CourseMembership)?
        .into_iter()
        .filter(|s| cw.role.is_bydel_staff() && s.placement.bydel_id == cw.bydel_id)
        .filter_map(|s| s.placement.participant_id)
        .collect();
    Ok(CourseRecord {
        course,
        sessions,
        members,
    })
}

pub fn add_session(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    course_id: &str,
    mut row: Row,
) -> DomainResult<Row> {
    let (held, course) = kept_course(tx, cw, course_id)?;
    let Row::Event(e) = &mut row else {
        return Err(DomainError::invalid_value("a session is an event"));
    };
    e.event_kind = EventKind::ClassSession;
    e.course_id = Some(course.id.clone());
    e.activity_id = None;
    e.previous = None;
    row.set_id(new_id());
    let home = Home::Course {
        id: course.id,
        bydel_id: held.bydel_id,
    };
    store(tx, cw, &row, &home)?;
    Ok(row)
}

fn membership_id(course_id: &str, participant_id: &str) -> String {
    format!("member:{course_id}:{participant_id}")
}

pub fn add_member(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    course_id: &str,
    participant_id: &str,
) -> DomainResult<()> {
    let course = member_course(tx, cw, course_id)?;
    let p = participant(tx, cw, participant_id)?;
    let id = membership_id(&course.id, &p.id);
    if matches!(tx.row(&id)?, Some(s) if s.row.is_some()) {
        return Ok(());
    }
    let row = Row::CourseMembership(CourseMembership {
        id,
        course_id: course.id,
    });
    store(tx, cw, &row, &participant_home(&p))?;
    Ok(())
}

pub fn remove_member(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    course_id: &str,
    participant_id: &str,
) -> DomainResult<()> {
    member_course(tx, cw, course_id)?;
    participant(tx, cw, participant_id)?;
    tx.delete_row(&membership_id(course_id, participant_id), &actor(cw))?;
    tx.audit(&actor(cw), "remove_member", participant_id)?;
    Ok(())
}

pub fn devices(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    participant_id: &str,
) -> DomainResult<Vec<DeviceInfo>> {
    participant(tx, cw, participant_id)?;
    Ok(tx
        .devices_of(participant_id)?
        .into_iter()
        .map(DeviceInfo::from)
        .collect())
}

/// Revoke a device; it wipes itself at its next contact. Returns the participant it belonged to.
pub fn revoke_device(tx: &mut dyn Tx, cw: &Caseworker, device_id: &str) -> DomainResult<String> {
    let device = tx
        .device(device_id)?
        .filter(|d| d.bydel_id == cw.bydel_id)
        .ok_or_else(DomainError::not_found)?;
    tx.revoke_device(device_id)?;
    tx.audit(&actor(cw), "revoke_device", &device.participant_id)?;
    Ok(device.participant_id)
}

/// Agree a participant's proposed activity: it becomes agreed and planned, and the participant's
/// device shows it so at the next sync.
pub fn agree_activity(tx: &mut dyn Tx, cw: &Caseworker, id: &str) -> DomainResult<Activity> {
    let (stored_at, row) = bydel_row(tx, cw, id)?;
    let Row::Activity(mut a) = row else {
        return Err(DomainError::not_found());
    };
    if a.agreed {
        return Ok(a);
    }
    a.agreed = true;
    if a.status == ActivityStatus::Proposed {
        a.status = ActivityStatus::Planned;
    }
    let now = tx.now();
    if a.owner == veikart_protocol::Owner::Participant {
        a.response = Some(receipts::response(
            cw,
            veikart_protocol::ProposalOutcome::Agreed,
            None,
            now,
        ));
        if a.seen.is_none() {
            a.seen = Some(receipts::seen_now(cw, now));
        }
    }
    let row = Row::Activity(a.clone());
    let home = home_of(&stored_at, &row);
    validate::row(&row).map_err(DomainError::invalid_value)?;
    tx.put_row(&placement(&row, &home), &row, &actor(cw))?;
    tx.audit(&actor(cw), "agree_activity", id)?;
    Ok(a)
}

/// Add many sessions to a course in one transaction: all of them or, on any failure, none.
pub fn add_sessions(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    course_id: &str,
    drafts: &[SessionDraft],
) -> DomainResult<usize> {
    let (_, course) = kept_course(tx, cw, course_id)?;
    for d in drafts {
        let row = Row::Event(Event {
            id: String::new(),
            event_kind: EventKind::ClassSession,
            course_id: Some(course.id.clone()),
            activity_id: None,
            title: None,
            starts_at: d.starts_at,
            ends_at: d.ends_at,
            place: d.place.clone().map(Text::nb),
            room: d.room.clone(),
            bring: None,
            parties: Vec::new(),
            status: EventStatus::Scheduled,
            agenda: None,
            next_steps: None,
            school_part: None,
            previous: None,
        });
        add_session(tx, cw, &course.id, row)?;
    }
    Ok(drafts.len())
}

/// The caseworker has read the participant's messages: they show as read on the device.
pub fn mark_messages_read(
    tx: &mut dyn Tx,
    cw: &Caseworker,
    participant_id: &str,
) -> DomainResult<usize> {
    let p = participant(tx, cw, participant_id)?;
    let now = tx.now();
    let mut n = 0;
    for s in tx.participant_rows(participant_id, Some(RowKind::Message))? {
        if let Some(Row::Message(mut m)) = s.row
            && m.author == Author::Participant
            && m.read_at.is_none()
        {
            m.read_at = Some(now);
            m.seen = Some(receipts::seen_now(cw, now));
            store(tx, cw, &Row::Message(m), &participant_home(&p))?;
            n += 1;
        }
    }
    Ok(n)
}

/// Which participant a row of the caseworker's bydel belongs to (for going back to their page).
/// A row of another kind than `kind` is "not found": a route for one kind of row must never
/// change another.
pub fn owner_of(tx: &mut dyn Tx, cw: &Caseworker, id: &str, kind: RowKind) -> DomainResult<String> {
    let (placement, row) = bydel_row(tx, cw, id)?;
    if row.kind() != kind {
        return Err(DomainError::not_found());
    }
    placement.participant_id.ok_or_else(DomainError::not_found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_patch_follows_rfc_7396() {
        let mut doc = json!({"a": "b", "c": {"d": "e", "f": "g"}});
        merge_patch(&mut doc, &json!({"a": "z", "c": {"f": null}}));
        assert_eq!(doc, json!({"a": "z", "c": {"d": "e"}}));
        let mut doc = json!({"list": [1, 2]});
        merge_patch(&mut doc, &json!({"list": [3]}));
        assert_eq!(doc, json!({"list": [3]}));
    }
}
