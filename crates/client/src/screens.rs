//! Building each screen's view model from the laid rows. Pure functions of (rows, outbox marks,
//! rejections, now), so every screen is tested without I/O.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Oslo;
use veikart_protocol::{
    Activity, ActivityStatus, AgendaItem, Author, DocumentStatus, Event, EventStatus, Message,
    Owner, Profile, RecognitionStatus, RequiredDocument, Row, VerdictCode,
};

use crate::overlay::Laid;
use crate::pages::{HeldPage, PageProgress};
use crate::views::*;

/// What the screens are built from.
pub struct Inputs<'a> {
    pub laid: &'a Laid,
    /// The pages this device holds (their bytes stay in the store).
    pub pages: &'a [HeldPage],
    pub rejections: &'a [Rejection],
    pub participant_id: &'a str,
    pub now: DateTime<Utc>,
}

impl Inputs<'_> {
    fn local(&self, id: &str) -> Local {
        Local {
            pending: self.laid.pending.contains(id),
            rejected: self.rejected(id),
        }
    }

    fn rejected(&self, id: &str) -> Option<Rejection> {
        self.rejections
            .iter()
            .find(|r| r.target_id.as_deref() == Some(id))
            .cloned()
    }

    fn profile(&self) -> Option<Profile> {
        match self.laid.rows.get(self.participant_id) {
            Some(Row::Profile(p)) => Some(p.clone()),
            _ => None,
        }
    }

    fn activity_view(&self, a: &veikart_protocol::Activity) -> ActivityView {
        let from_meeting = a
            .from_event_id
            .as_ref()
            .and_then(|id| match self.laid.rows.get(id) {
                Some(Row::Event(e)) => Some(MeetingRef {
                    event_id: e.id.clone(),
                    event_kind: e.event_kind,
                    starts_at: e.starts_at,
                }),
                _ => None,
            });
        let local = self.local(&a.id);
        ActivityView {
            activity: a.clone(),
            mine: a.owner == Owner::Participant,
            receipt: activity_receipt(a, local.pending),
            from_meeting,
            local,
        }
    }

    /// The next steps agreed in a meeting: the ones still to do first, then by due date.
    fn steps_of(&self, event_id: &str) -> Vec<ActivityView> {
        let mut steps: Vec<ActivityView> = self
            .laid
            .iter()
            .filter_map(|r| match r {
                Row::Activity(a) if a.from_event_id.as_deref() == Some(event_id) => {
                    Some(self.activity_view(a))
                }
                _ => None,
            })
            .collect();
        steps.sort_by_key(step_order);
        steps
    }

    fn event_view(&self, e: &Event) -> EventView {
        let answer = self
            .laid
            .iter()
            .find_map(|r| match r {
                Row::Answer(a) if a.event_id == e.id => Some(a.clone()),
                _ => None,
            })
            .map(|a| {
                let local = self.local(&a.id);
                AnswerView {
                    receipt: Receipt::of(local.pending, a.seen.as_ref()),
                    local,
                    answer: a,
                }
            });
        let mut agenda_items: Vec<AgendaItemView> = self
            .laid
            .iter()
            .filter_map(|r| match r {
                Row::AgendaItem(i) if i.event_id == e.id => Some(self.agenda_view(i)),
                _ => None,
            })
            .collect();
        agenda_items.sort_by_key(|i| i.added_at);
        let course_name = e
            .course_id
            .as_ref()
            .and_then(|c| match self.laid.rows.get(c) {
                Some(Row::Course(c)) => Some(c.name.clone()),
                _ => None,
            });
        EventView {
            event: e.clone(),
            course_name,
            answer,
            agenda_items,
            steps: self.steps_of(&e.id),
            rejected: self.rejected(&e.id),
        }
    }

    fn agenda_view(&self, i: &AgendaItem) -> AgendaItemView {
        let local = self.local(&i.id);
        AgendaItemView {
            id: i.id.clone(),
            text: i.text.clone(),
            added_at: i.added_at,
            receipt: Receipt::of(local.pending, i.seen.as_ref()),
            local,
        }
    }

    fn events(&self) -> impl Iterator<Item = &Event> {
        self.laid.iter().filter_map(|r| match r {
            Row::Event(e) => Some(e),
            _ => None,
        })
    }

    fn message_views(&self) -> Vec<MessageView> {
        let mut out: Vec<MessageView> = self
            .laid
            .iter()
            .filter_map(|r| match r {
                Row::Message(m) => {
                    let local = self.local(&m.id);
                    Some(MessageView {
                        receipt: message_receipt(m, local.pending),
                        local,
                        message: m.clone(),
                    })
                }
                _ => None,
            })
            .collect();
        out.sort_by(|a, b| {
            (a.message.sent_at, &a.message.id).cmp(&(b.message.sent_at, &b.message.id))
        });
        out
    }
}

/// A participant's proposal carries a receipt until the caseworker answers it, and so does any
/// change of theirs to one of their activities (waiting, then sent, then seen). Caseworker-made
/// activities the participant has not touched carry none: nothing of theirs is on its way.
fn activity_receipt(a: &Activity, pending: bool) -> Option<Receipt> {
    if a.owner != Owner::Participant {
        return None;
    }
    let proposal_open = !a.agreed && a.status == ActivityStatus::Proposed && a.response.is_none();
    (pending || a.seen.is_some() || proposal_open).then(|| Receipt::of(pending, a.seen.as_ref()))
}

/// Only a document the participant marked ready has a receipt: "ready" is what they sent.
fn document_receipt(d: &RequiredDocument, pending: bool) -> Option<Receipt> {
    (pending || d.status == DocumentStatus::Ready).then(|| Receipt::of(pending, d.seen.as_ref()))
}

/// The participant's own message: seen is when the caseworker marked it read.
fn message_receipt(m: &Message, pending: bool) -> Option<Receipt> {
    if m.author != Author::Participant {
        return None;
    }
    Some(match (pending, m.read_at) {
        (true, _) => Receipt::Waiting,
        (false, Some(at)) => Receipt::Seen {
            by: m.seen.as_ref().map(|s| s.by.clone()),
            at,
        },
        (false, None) => Receipt::Sent,
    })
}

/// Steps still to do before those done or cancelled; then by due date (none last).
fn step_order(a: &ActivityView) -> (bool, bool, Option<NaiveDate>, String) {
    (
        matches!(
            a.activity.status,
            ActivityStatus::Done | ActivityStatus::Cancelled
        ),
        a.activity.due.is_none(),
        a.activity.due,
        a.activity.id.clone(),
    )
}

fn is_unread(m: &MessageView) -> bool {
    m.message.author == Author::Caseworker && m.message.read_at.is_none()
}

/// Midnight at the start of `day` in Oslo, as an instant.
pub fn oslo_midnight(day: NaiveDate) -> DateTime<Utc> {
    let naive = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    Oslo.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&naive))
}

pub fn oslo_today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&Oslo).date_naive()
}

pub fn today(inputs: &Inputs<'_>, sync: SyncStatus) -> TodayView {
    let horizon = inputs.now + Duration::days(14);
    let mut next: Vec<&Event> = inputs
        .events()
        .filter(|e| {
            e.status != EventStatus::Cancelled && e.ends_at > inputs.now && e.starts_at < horizon
        })
        .collect();
    next.sort_by_key(|e| e.starts_at);
    let due_by = oslo_today(inputs.now) + Duration::days(14);
    let mut due: Vec<ActivityView> = inputs
        .laid
        .iter()
        .filter_map(|r| match r {
            Row::Activity(a)
                if !matches!(a.status, ActivityStatus::Done | ActivityStatus::Cancelled)
                    && a.due.is_some_and(|d| d <= due_by) =>
            {
                Some(inputs.activity_view(a))
            }
            _ => None,
        })
        .collect();
    due.sort_by_key(|a| a.activity.due);
    let messages = inputs.message_views();
    let unread: Vec<MessageView> = messages.into_iter().filter(is_unread).collect();
    // As Recognition's task list counts them: a decided case asks for nothing more.
    let decided: Vec<&str> = inputs
        .laid
        .iter()
        .filter_map(|r| match r {
            Row::RecognitionCase(c)
                if matches!(
                    c.status,
                    RecognitionStatus::DecidedFull
                        | RecognitionStatus::DecidedPartial
                        | RecognitionStatus::Rejected
                ) =>
            {
                Some(c.id.as_str())
            }
            _ => None,
        })
        .collect();
    let documents_missing = inputs
        .laid
        .iter()
        .filter(|r| {
            matches!(r, Row::RequiredDocument(d)
                if d.status == DocumentStatus::Missing && !decided.contains(&d.case_id.as_str()))
        })
        .count();
    TodayView {
        profile: inputs.profile(),
        next_events: next
            .into_iter()
            .take(5)
            .map(|e| inputs.event_view(e))
            .collect(),
        activities_due: due,
        unread_messages: unread.len(),
        documents_missing,
        unread: unread.into_iter().rev().take(3).collect(),
        sync,
    }
}

pub fn plan(inputs: &Inputs<'_>) -> PlanView {
    let mut goals: Vec<GoalView> = inputs
        .laid
        .iter()
        .filter_map(|r| match r {
            Row::Goal(g) => Some(GoalView {
                goal: g.clone(),
                activities: Vec::new(),
            }),
            _ => None,
        })
        .collect();
    goals.sort_by_key(|g| (g.goal.goal_kind as u8, g.goal.target_date));
    let mut other = Vec::new();
    let mut next_steps = Vec::new();
    for r in inputs.laid.iter() {
        if let Row::Activity(a) = r {
            let view = inputs.activity_view(a);
            match goals
                .iter_mut()
                .find(|g| Some(&g.goal.id) == a.goal_id.as_ref())
            {
                Some(g) => g.activities.push(view),
                None if a.from_event_id.is_some() => next_steps.push(view),
                None => other.push(view),
            }
        }
    }
    next_steps.sort_by_key(step_order);
    let order = |a: &ActivityView| {
        (
            a.activity.due.is_none(),
            a.activity.due,
            a.activity.id.clone(),
        )
    };
    for g in &mut goals {
        g.activities.sort_by_key(order);
    }
    other.sort_by_key(order);
    let mut courses: Vec<_> = inputs
        .laid
        .iter()
        .filter_map(|r| match r {
            Row::Course(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    courses.sort_by_key(|c| c.starts_on);
    PlanView {
        profile: inputs.profile(),
        goals,
        next_steps,
        other_activities: other,
        attendance: attendance(inputs, &courses),
        courses,
    }
}

/// This month's attendance per course (Oslo), the month's absences and any older one still
/// waiting for a doctor's note, and the days of child's-illness leave left.
pub fn attendance(inputs: &Inputs<'_>, courses: &[veikart_protocol::Course]) -> AttendanceView {
    use chrono::Datelike;
    use veikart_protocol::{AbsenceKind, AttendanceMark};
    let today = oslo_today(inputs.now);
    let month_of = |d: NaiveDate| (d.year(), d.month());
    let mut rows: Vec<&veikart_protocol::Attendance> = inputs
        .laid
        .iter()
        .filter_map(|r| match r {
            Row::Attendance(a) => Some(a),
            _ => None,
        })
        .collect();
    if rows.is_empty() {
        return AttendanceView::default();
    }
    rows.sort_by_key(|a| std::cmp::Reverse(a.starts_at));
    let mut view = AttendanceView {
        month: format!("{:04}-{:02}", today.year(), today.month()),
        ..AttendanceView::default()
    };
    for a in &rows {
        let this_month = month_of(oslo_today(a.starts_at)) == month_of(today);
        if this_month {
            let i = match view.courses.iter().position(|c| c.course_id == a.course_id) {
                Some(i) => i,
                None => {
                    view.courses.push(CourseAttendance {
                        course_id: a.course_id.clone(),
                        course_name: courses
                            .iter()
                            .find(|c| c.id == a.course_id)
                            .map(|c| c.name.clone()),
                        sessions: 0,
                        present: 0,
                        late: 0,
                        absent: 0,
                    });
                    view.courses.len() - 1
                }
            };
            let c = &mut view.courses[i];
            c.sessions += 1;
            match a.mark {
                AttendanceMark::Present => c.present += 1,
                AttendanceMark::Late => c.late += 1,
                AttendanceMark::Absent => c.absent += 1,
            }
        }
        if let Some(status) = AbsenceStatus::of(a.mark, a.absence, a.document_missing)
            && (this_month || status == AbsenceStatus::NeedsDocument)
        {
            view.absences.push(AbsenceView {
                event_id: a.event_id.clone(),
                course_id: a.course_id.clone(),
                starts_at: a.starts_at,
                ends_at: a.ends_at,
                kind: a.absence,
                status,
            });
        }
    }
    view.courses.sort_by(|a, b| a.course_id.cmp(&b.course_id));
    // The newest row carries the bydel's allowance as it is now.
    view.child_days_left = rows
        .iter()
        .find_map(|a| a.child_days_allowed)
        .map(|allowed| {
            let since = today
                .checked_sub_months(chrono::Months::new(12))
                .unwrap_or(today);
            let used: std::collections::BTreeSet<NaiveDate> = rows
                .iter()
                .filter(|a| {
                    a.mark == AttendanceMark::Absent && a.absence == Some(AbsenceKind::ChildIllness)
                })
                .map(|a| oslo_today(a.starts_at))
                .filter(|d| *d > since && *d <= today)
                .collect();
            allowed.saturating_sub(used.len() as u32)
        });
    view
}

/// Events from the start of `from` to the end of `to`, Oslo days, cancelled ones included (the
/// participant must see that a class was cancelled).
pub fn schedule(inputs: &Inputs<'_>, from: NaiveDate, to: NaiveDate) -> ScheduleView {
    let start = oslo_midnight(from);
    let end = oslo_midnight(to + Duration::days(1));
    let mut events: Vec<&Event> = inputs
        .events()
        .filter(|e| e.ends_at > start && e.starts_at < end)
        .collect();
    events.sort_by_key(|e| (e.starts_at, e.id.clone()));
    ScheduleView {
        from,
        to,
        events: events.into_iter().map(|e| inputs.event_view(e)).collect(),
    }
}

pub fn recognition(inputs: &Inputs<'_>) -> RecognitionView {
    let mut cases: Vec<CaseView> = inputs
        .laid
        .iter()
        .filter_map(|r| match r {
            Row::RecognitionCase(c) => Some(c.clone()),
            _ => None,
        })
        .map(|case| {
            let mut documents: Vec<DocumentView> = inputs
                .laid
                .iter()
                .filter_map(|r| match r {
                    Row::RequiredDocument(d) if d.case_id == case.id => {
                        let local = inputs.local(&d.id);
                        let accepted = d
                            .verdict
                            .as_ref()
                            .is_some_and(|v| v.code == VerdictCode::Accepted);
                        let pages = page_views(inputs, &d.id, accepted);
                        let mut document = d.clone();
                        let pack = pack_state(&document, &pages, inputs);
                        if pack != PackState::Judged {
                            // A verdict about pages since replaced is not shown any more.
                            document.verdict = None;
                        }
                        Some(DocumentView {
                            receipt: document_receipt(d, local.pending),
                            local,
                            can_add_pages: !accepted && !case_decided(case.status),
                            pages,
                            pack,
                            document,
                        })
                    }
                    _ => None,
                })
                .collect();
            documents.sort_by_key(|d| {
                (
                    d.document.status != DocumentStatus::Missing,
                    d.document.id.clone(),
                )
            });
            let missing = documents
                .iter()
                .filter(|d| d.document.status == DocumentStatus::Missing)
                .count();
            CaseView {
                case,
                documents,
                missing,
            }
        })
        .collect();
    cases.sort_by(|a, b| a.case.id.cmp(&b.case.id));
    RecognitionView { cases }
}

fn case_decided(status: RecognitionStatus) -> bool {
    matches!(
        status,
        RecognitionStatus::DecidedFull
            | RecognitionStatus::DecidedPartial
            | RecognitionStatus::Rejected
    )
}

/// A document's pages: the rows (the server's, and those queued here) with what this device
/// holds of them (thumbnail, bytes sent, refusal).
fn page_views(inputs: &Inputs<'_>, document_id: &str, accepted: bool) -> Vec<PageView> {
    let mut pages: Vec<(DateTime<Utc>, PageView)> = inputs
        .laid
        .iter()
        .filter_map(|r| match r {
            Row::DocumentPage(p) if p.document_id == document_id => Some(p),
            _ => None,
        })
        .map(|p| {
            let held = inputs.pages.iter().find(|h| h.id == p.id);
            let state = match held {
                _ if p.received => PageState::Sent,
                Some(h) if h.refused => PageState::Refused,
                Some(h) if h.uploaded > 0 && !inputs.laid.pending.contains(&p.id) => {
                    PageState::Sending
                }
                Some(_) => PageState::OnDevice,
                None => PageState::OtherDevice,
            };
            let percent = match state {
                PageState::Sent => 100,
                PageState::Sending => PageProgress::percent(held.map_or(0, |h| h.uploaded), p.size),
                _ => 0,
            };
            let view = PageView {
                id: p.id.clone(),
                index: p.index,
                content_type: p.content_type,
                size: p.size,
                state,
                percent,
                thumbnail: held.and_then(|h| h.thumbnail.clone()),
                removable: !accepted,
            };
            (p.created_at, view)
        })
        .collect();
    pages.sort_by(|a, b| (a.1.index, a.0, &a.1.id).cmp(&(b.1.index, b.0, &b.1.id)));
    pages.into_iter().map(|(_, v)| v).collect()
}

/// The document's pages as a whole. A verdict counts while no page came after it (a new page
/// makes the document wait for review again; the server clears the verdict once it has it).
fn pack_state(d: &RequiredDocument, pages: &[PageView], inputs: &Inputs<'_>) -> PackState {
    if let Some(v) = &d.verdict {
        let newer = inputs.laid.iter().any(
            |r| matches!(r, Row::DocumentPage(p) if p.document_id == d.id && p.created_at > v.at),
        );
        if !newer {
            return PackState::Judged;
        }
    }
    if pages.is_empty() {
        PackState::NoPages
    } else if pages.iter().any(|p| p.state == PageState::Sending) {
        PackState::Sending
    } else if pages.iter().all(|p| p.state == PageState::Sent) {
        PackState::InReview
    } else {
        PackState::OnDevice
    }
}

pub fn messages(inputs: &Inputs<'_>) -> MessagesView {
    let messages = inputs.message_views();
    let unread = messages.iter().filter(|m| is_unread(m)).count();
    MessagesView { messages, unread }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::overlay::lay;
    use chrono::TimeZone;
    use veikart_protocol::{EventKind, Seen, Text};

    fn event(id: &str, start: DateTime<Utc>, status: EventStatus) -> Row {
        Row::Event(Event {
            id: id.into(),
            event_kind: EventKind::Meeting,
            course_id: None,
            activity_id: None,
            title: Some(Text::nb("Møte")),
            starts_at: start,
            ends_at: start + Duration::hours(1),
            place: None,
            room: None,
            bring: None,
            parties: vec![],
            status,
            agenda: None,
            next_steps: None,
            school_part: None,
            previous: None,
        })
    }

    #[test]
    fn today_shows_upcoming_uncancelled_events_soonest_first() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 8, 0, 0).unwrap();
        let rows = vec![
            event("later", now + Duration::days(2), EventStatus::Scheduled),
            event("soon", now + Duration::hours(2), EventStatus::Scheduled),
            event("past", now - Duration::days(1), EventStatus::Scheduled),
            event(
                "cancelled",
                now + Duration::hours(3),
                EventStatus::Cancelled,
            ),
            event("far", now + Duration::days(40), EventStatus::Scheduled),
        ];
        let laid = lay(rows, &[], "p");
        let inputs = Inputs {
            laid: &laid,
            pages: &[],
            rejections: &[],
            participant_id: "p",
            now,
        };
        let view = today(&inputs, SyncStatus::default());
        let ids: Vec<_> = view
            .next_events
            .iter()
            .map(|e| e.event.id.as_str())
            .collect();
        assert_eq!(ids, vec!["soon", "later"]);
    }

    #[test]
    fn today_counts_the_documents_still_missing() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 8, 0, 0).unwrap();
        let doc = |id: &str, status| {
            Row::RequiredDocument(veikart_protocol::RequiredDocument {
                id: id.into(),
                case_id: if id == "z" { "decided" } else { "case" }.into(),
                document_kind: veikart_protocol::DocumentKind::Translation,
                status,
                note: None,
                seen: None,
                verdict: None,
            })
        };
        let rows = vec![
            doc("a", DocumentStatus::Missing),
            doc("b", DocumentStatus::Missing),
            doc("c", DocumentStatus::Ready),
            doc("d", DocumentStatus::Received),
            doc("e", DocumentStatus::NotNeeded),
            // Missing in a case already decided: nothing more to get.
            doc("z", DocumentStatus::Missing),
            Row::RecognitionCase(veikart_protocol::RecognitionCase {
                id: "decided".into(),
                credential: Text::nb("Bachelor"),
                country: None,
                level: None,
                route: veikart_protocol::RecognitionRoute::HkdirGeneral,
                authority: None,
                status: RecognitionStatus::DecidedFull,
                case_number: None,
                history: vec![],
                sent: None,
            }),
        ];
        let laid = lay(rows, &[], "p");
        let inputs = Inputs {
            laid: &laid,
            pages: &[],
            rejections: &[],
            participant_id: "p",
            now,
        };
        assert_eq!(today(&inputs, SyncStatus::default()).documents_missing, 2);
    }

    #[test]
    fn schedule_days_are_oslo_days() {
        // 23:30 UTC on 30 November is 00:30 on 1 December in Oslo.
        let t = Utc.with_ymd_and_hms(2026, 11, 30, 23, 30, 0).unwrap();
        let laid = lay(vec![event("e", t, EventStatus::Scheduled)], &[], "p");
        let inputs = Inputs {
            laid: &laid,
            pages: &[],
            rejections: &[],
            participant_id: "p",
            now: t,
        };
        let nov = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let dec = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert!(schedule(&inputs, nov, nov).events.is_empty());
        assert_eq!(schedule(&inputs, dec, dec).events.len(), 1);
    }

    fn inputs_at(laid: &Laid, now: DateTime<Utc>) -> Inputs<'_> {
        Inputs {
            laid,
            pages: &[],
            rejections: &[],
            participant_id: "p",
            now,
        }
    }

    fn answer(seen: Option<Seen>) -> Row {
        Row::Answer(veikart_protocol::Answer {
            id: veikart_protocol::Answer::id_for("p", "e"),
            event_id: "e".into(),
            response: veikart_protocol::Response::CantCome,
            reason: Some("Syk".into()),
            answered_at: Utc.with_ymd_and_hms(2026, 11, 27, 7, 0, 0).unwrap(),
            seen,
        })
    }

    fn kari() -> Seen {
        Seen {
            by: "Kari".into(),
            at: Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
        }
    }

    fn answer_receipt(rows: Vec<Row>, outbox: &[crate::outbox::Pending]) -> Receipt {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 8, 0, 0).unwrap();
        let laid = lay(rows, outbox, "p");
        let view = schedule(
            &inputs_at(&laid, now),
            oslo_today(now),
            oslo_today(now) + Duration::days(7),
        );
        view.events[0]
            .answer
            .as_ref()
            .map(|a| a.receipt.clone())
            .expect("an answer")
    }

    #[test]
    fn an_answer_is_waiting_then_sent_then_seen_by_a_first_name() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 8, 0, 0).unwrap();
        let e = event("e", now + Duration::hours(3), EventStatus::Scheduled);
        let waiting = crate::outbox::Pending {
            seq: 1,
            op: veikart_protocol::MutationOp::AnswerEvent {
                event_id: "e".into(),
                response: veikart_protocol::Response::Coming,
                reason: None,
            },
            created_at: now,
        };
        assert_eq!(
            answer_receipt(vec![e.clone()], std::slice::from_ref(&waiting)),
            Receipt::Waiting
        );
        assert_eq!(
            answer_receipt(vec![e.clone(), answer(None)], &[]),
            Receipt::Sent
        );
        assert_eq!(
            answer_receipt(vec![e.clone(), answer(Some(kari()))], &[]),
            Receipt::Seen {
                by: Some("Kari".into()),
                at: kari().at
            }
        );
        // A new answer over a seen one waits again: it is a new thing to see.
        assert_eq!(
            answer_receipt(vec![e, answer(Some(kari()))], &[waiting]),
            Receipt::Waiting
        );
    }

    fn proposal(seen: Option<Seen>, response: Option<veikart_protocol::ProposalResponse>) -> Row {
        Row::Activity(Activity {
            id: "dev-1".into(),
            goal_id: None,
            activity_type: veikart_protocol::ActivityType::Recognition,
            status: if matches!(&response, Some(r) if r.outcome == veikart_protocol::ProposalOutcome::Declined)
            {
                ActivityStatus::Cancelled
            } else {
                ActivityStatus::Proposed
            },
            owner: Owner::Participant,
            agreed: false,
            title: Text::nb("Søke godkjenning"),
            description: None,
            due: None,
            starts_on: None,
            ends_on: None,
            place: None,
            from_event_id: None,
            seen,
            response,
        })
    }

    fn attended(
        event: &str,
        day: u32,
        mark: veikart_protocol::AttendanceMark,
        absence: Option<veikart_protocol::AbsenceKind>,
        document_missing: bool,
    ) -> Row {
        let starts_at = Utc.with_ymd_and_hms(2026, 11, day, 11, 30, 0).unwrap();
        Row::Attendance(veikart_protocol::Attendance {
            id: format!("attendance:p:{event}"),
            event_id: event.into(),
            course_id: "c1".into(),
            starts_at,
            ends_at: starts_at + Duration::minutes(150),
            mark,
            late_minutes: (mark == veikart_protocol::AttendanceMark::Late).then_some(10),
            absence,
            doctors_note: false,
            document_missing,
            child_days_allowed: Some(10),
            recorded_at: starts_at,
        })
    }

    /// Semhar's November: present twice, late once, a sick child on two days (one waiting for a
    /// doctor's note), one absence without valid reason and one not yet assessed; and an
    /// October absence still waiting for a note.
    #[test]
    fn attendance_this_month_says_what_is_approved_and_what_needs_a_document() {
        use veikart_protocol::{AbsenceKind::*, AttendanceMark::*};
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 8, 0, 0).unwrap();
        let mut october = attended("o1", 1, Absent, Some(OwnIllnessSelfCertified), true);
        if let Row::Attendance(a) = &mut october {
            a.starts_at = Utc.with_ymd_and_hms(2026, 10, 20, 11, 30, 0).unwrap();
            a.ends_at = a.starts_at + Duration::minutes(150);
        }
        let rows = vec![
            attended("n1", 2, Present, None, false),
            attended("n2", 3, Late, None, false),
            attended("n3", 5, Absent, Some(ChildIllness), false),
            attended("n4", 6, Absent, Some(ChildIllness), true),
            attended("n5", 9, Absent, Some(NoValidReason), false),
            attended("n6", 10, Absent, None, false),
            attended("n7", 12, Present, None, false),
            october,
        ];
        let laid = lay(rows, &[], "p");
        let v = plan(&inputs_at(&laid, now)).attendance;
        assert_eq!(v.month, "2026-11");
        assert_eq!(v.courses.len(), 1);
        let c = &v.courses[0];
        assert_eq!((c.sessions, c.present, c.late, c.absent), (7, 2, 1, 4));
        let statuses: Vec<(&str, AbsenceStatus)> = v
            .absences
            .iter()
            .map(|a| (a.event_id.as_str(), a.status))
            .collect();
        assert_eq!(
            statuses,
            [
                ("n6", AbsenceStatus::NotAssessed),
                ("n5", AbsenceStatus::NoValidReason),
                ("n4", AbsenceStatus::NeedsDocument),
                ("n3", AbsenceStatus::Approved),
                ("o1", AbsenceStatus::NeedsDocument),
            ]
        );
        assert_eq!(v.child_days_left, Some(8));
    }

    #[test]
    fn no_attendance_no_section() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 8, 0, 0).unwrap();
        let laid = lay(vec![], &[], "p");
        assert_eq!(
            plan(&inputs_at(&laid, now)).attendance,
            AttendanceView::default()
        );
    }

    fn plan_receipt(row: Row) -> Option<Receipt> {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 8, 0, 0).unwrap();
        let laid = lay(vec![row], &[], "p");
        plan(&inputs_at(&laid, now)).other_activities[0]
            .receipt
            .clone()
    }

    #[test]
    fn a_proposal_shows_sent_then_seen_and_its_answer_replaces_the_receipt_line_data() {
        assert_eq!(plan_receipt(proposal(None, None)), Some(Receipt::Sent));
        assert!(matches!(
            plan_receipt(proposal(Some(kari()), None)),
            Some(Receipt::Seen { by: Some(ref b), .. }) if b == "Kari"
        ));
        let declined = veikart_protocol::ProposalResponse {
            outcome: veikart_protocol::ProposalOutcome::Declined,
            comment: Some(Text::nb("Vi tar det etter norskkurset")),
            by: "Kari".into(),
            at: kari().at,
        };
        // Answered: the receipt stays (seen), and the view carries the response for the card.
        assert!(matches!(
            plan_receipt(proposal(Some(kari()), Some(declined))),
            Some(Receipt::Seen { .. })
        ));
    }

    #[test]
    fn a_caseworkers_activity_and_a_missing_document_carry_no_receipt() {
        let mut row = proposal(None, None);
        if let Row::Activity(a) = &mut row {
            a.owner = Owner::Caseworker;
            a.agreed = true;
            a.status = ActivityStatus::Planned;
        }
        assert_eq!(plan_receipt(row), None);
        let d = |status, seen| veikart_protocol::RequiredDocument {
            id: "d".into(),
            case_id: "c".into(),
            document_kind: veikart_protocol::DocumentKind::Diploma,
            status,
            note: None,
            seen,
            verdict: None,
        };
        assert_eq!(
            document_receipt(&d(DocumentStatus::Missing, None), false),
            None
        );
        assert_eq!(
            document_receipt(&d(DocumentStatus::Missing, None), true),
            Some(Receipt::Waiting)
        );
        assert_eq!(
            document_receipt(&d(DocumentStatus::Ready, None), false),
            Some(Receipt::Sent)
        );
        assert!(matches!(
            document_receipt(&d(DocumentStatus::Ready, Some(kari())), false),
            Some(Receipt::Seen { .. })
        ));
    }

    #[test]
    fn a_participants_message_is_seen_when_read_and_a_caseworkers_has_no_receipt() {
        let m = |author, read_at, seen| Message {
            id: "m".into(),
            author,
            author_name: None,
            body: Text::nb("Hei"),
            sent_at: kari().at,
            read_at,
            template: None,
            seen,
        };
        assert_eq!(
            message_receipt(&m(Author::Participant, None, None), true),
            Some(Receipt::Waiting)
        );
        assert_eq!(
            message_receipt(&m(Author::Participant, None, None), false),
            Some(Receipt::Sent)
        );
        // Read by an older server that wrote no name: seen, without one.
        assert_eq!(
            message_receipt(&m(Author::Participant, Some(kari().at), None), false),
            Some(Receipt::Seen {
                by: None,
                at: kari().at
            })
        );
        assert_eq!(
            message_receipt(
                &m(Author::Participant, Some(kari().at), Some(kari())),
                false
            ),
            Some(Receipt::Seen {
                by: Some("Kari".into()),
                at: kari().at
            })
        );
        assert_eq!(
            message_receipt(&m(Author::Caseworker, None, None), false),
            None
        );
    }
}
