//! Building each screen's view model from the laid rows. Pure functions of (rows, outbox marks,
//! rejections, now), so every screen is tested without I/O.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Oslo;
use veikart_protocol::{
    ActivityStatus, AgendaItem, Author, DocumentStatus, Event, EventStatus, Owner, Profile, Row,
};

use crate::overlay::Laid;
use crate::views::*;

/// What the screens are built from.
pub struct Inputs<'a> {
    pub laid: &'a Laid,
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
        ActivityView {
            activity: a.clone(),
            mine: a.owner == Owner::Participant,
            local: self.local(&a.id),
        }
    }

    fn event_view(&self, e: &Event) -> EventView {
        let answer = self
            .laid
            .iter()
            .find_map(|r| match r {
                Row::Answer(a) if a.event_id == e.id => Some(a.clone()),
                _ => None,
            })
            .map(|a| AnswerView {
                local: self.local(&a.id),
                answer: a,
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
            rejected: self.rejected(&e.id),
        }
    }

    fn agenda_view(&self, i: &AgendaItem) -> AgendaItemView {
        AgendaItemView {
            id: i.id.clone(),
            text: i.text.clone(),
            added_at: i.added_at,
            local: self.local(&i.id),
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
                Row::Message(m) => Some(MessageView {
                    local: self.local(&m.id),
                    message: m.clone(),
                }),
                _ => None,
            })
            .collect();
        out.sort_by(|a, b| {
            (a.message.sent_at, &a.message.id).cmp(&(b.message.sent_at, &b.message.id))
        });
        out
    }
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
    TodayView {
        profile: inputs.profile(),
        next_events: next
            .into_iter()
            .take(5)
            .map(|e| inputs.event_view(e))
            .collect(),
        activities_due: due,
        unread_messages: unread.len(),
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
    for r in inputs.laid.iter() {
        if let Row::Activity(a) = r {
            let view = inputs.activity_view(a);
            match goals
                .iter_mut()
                .find(|g| Some(&g.goal.id) == a.goal_id.as_ref())
            {
                Some(g) => g.activities.push(view),
                None => other.push(view),
            }
        }
    }
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
        other_activities: other,
        courses,
    }
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
                    Row::RequiredDocument(d) if d.case_id == case.id => Some(DocumentView {
                        local: inputs.local(&d.id),
                        document: d.clone(),
                    }),
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
    use veikart_protocol::{EventKind, Text};

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
    fn schedule_days_are_oslo_days() {
        // 23:30 UTC on 30 November is 00:30 on 1 December in Oslo.
        let t = Utc.with_ymd_and_hms(2026, 11, 30, 23, 30, 0).unwrap();
        let laid = lay(vec![event("e", t, EventStatus::Scheduled)], &[], "p");
        let inputs = Inputs {
            laid: &laid,
            rejections: &[],
            participant_id: "p",
            now: t,
        };
        let nov = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let dec = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert!(schedule(&inputs, nov, nov).events.is_empty());
        assert_eq!(schedule(&inputs, dec, dec).events.len(), 1);
    }
}
