//! Who is falling behind: the flags on a participant's row in the console. A pure function of the
//! participant's rows and today's date (Europe/Oslo), so each rule is tested without a database.
//! It decides nothing about who may see what; the caller has already confined the rows to a bydel.

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::Serialize;
use veikart_protocol::{
    Activity, ActivityStatus, ActivityType, Author, Event, EventKind, EventStatus, Message,
    Profile, RecognitionCase, RecognitionStatus, RequiredDocument,
};

use super::term::Term;

/// Integreringsloven § 12: the programme starts within three months of settlement.
pub const PROGRAMME_LIMIT_MONTHS: u32 = 3;
/// Warn this many weeks after settlement, before the limit passes.
pub const PROGRAMME_WARN_WEEKS: i64 = 10;
/// A device not seen for this many days is flagged.
pub const DEVICE_STALE_DAYS: i64 = 14;
/// Placement limit when the bydel has not chosen one.
pub const DEFAULT_PLACEMENT_MONTHS: u32 = 3;
/// Weeks into a term without a three-way meeting before the flag shows, when the bydel has not
/// chosen: the bydel's own choice, not a rule from the regulations (docs/console.md).
pub const DEFAULT_THREE_WAY_WEEKS: u32 = 10;
/// A term is 26 weeks; a setting past it would never flag.
pub const MAX_THREE_WAY_WEEKS: u32 = 26;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Overdue,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "code")]
pub enum Flag {
    /// No programme decided and started in time; `days` since settlement.
    ProgrammeLate {
        severity: Severity,
        days: i64,
    },
    /// The plan says recognition is relevant and no application has gone in.
    NoRecognitionApplication,
    /// No language or work placement `months` after programme start (or settlement).
    NoPlacement {
        months: u32,
    },
    UnreadMessages {
        count: usize,
    },
    NoDevice,
    DeviceNotSeen {
        days: i64,
    },
    /// The audit's finding (issue 9): every document of a case's pack accepted `days` ago, and the
    /// pack not yet sent to HK-dir, past the bydel's limit.
    PackNotSent {
        days: i64,
    },
    /// The audit's finding on trekantsamtaler (issue 10): in the programme, `weeks` or more into
    /// this term (or into the programme, if it started later), and no three-way meeting held or
    /// booked in the term.
    NoThreeWayMeeting {
        weeks: u32,
    },
}

impl Flag {
    pub fn severity(&self) -> Severity {
        match self {
            Flag::ProgrammeLate { severity, .. } => *severity,
            Flag::NoRecognitionApplication | Flag::NoPlacement { .. } => Severity::Overdue,
            Flag::UnreadMessages { .. } => Severity::Info,
            Flag::NoDevice | Flag::DeviceNotSeen { .. } | Flag::NoThreeWayMeeting { .. } => {
                Severity::Warning
            }
            Flag::PackNotSent { .. } => Severity::Overdue,
        }
    }

    /// A stable code for filtering and for the Fluent key `flag-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            Flag::ProgrammeLate { .. } => "programme-late",
            Flag::NoRecognitionApplication => "no-recognition",
            Flag::NoPlacement { .. } => "no-placement",
            Flag::UnreadMessages { .. } => "unread",
            Flag::NoDevice => "no-device",
            Flag::DeviceNotSeen { .. } => "device-stale",
            Flag::PackNotSent { .. } => "pack-not-sent",
            Flag::NoThreeWayMeeting { .. } => "no-three-way",
        }
    }
}

/// What the flags look at, for one participant.
pub struct FlagInput<'a> {
    pub profile: &'a Profile,
    pub activities: &'a [&'a Activity],
    pub cases: &'a [&'a RecognitionCase],
    /// The required documents of those cases.
    pub documents: &'a [&'a RequiredDocument],
    pub messages: &'a [&'a Message],
    /// The participant's appointments (only their three-way meetings count here).
    pub events: &'a [&'a Event],
    /// (last seen, created, revoked?) of each device the participant enrolled.
    pub devices: &'a [DeviceSeen],
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    pub placement_months: u32,
    /// Days a complete pack may wait to be sent (the bydel's setting).
    pub pack_send_days: u32,
    /// Weeks into a term before a missing three-way meeting is flagged (the bydel's setting).
    pub three_way_weeks: u32,
}

#[derive(Debug, Clone, Copy)]
pub struct DeviceSeen {
    pub created_at: DateTime<Utc>,
    pub last_seen_at: Option<DateTime<Utc>>,
    pub revoked: bool,
}

pub fn flags(input: &FlagInput<'_>) -> Vec<Flag> {
    let mut out = Vec::new();
    if let Some(f) = programme_flag(input.profile, input.today) {
        out.push(f);
    }
    if input.profile.recognition_relevant && !input.cases.iter().any(|c| applied(c.status)) {
        out.push(Flag::NoRecognitionApplication);
    }
    if let Some(f) = placement_flag(input) {
        out.push(f);
    }
    if let Some(f) = pack_flag(input) {
        out.push(f);
    }
    if let Some(f) = three_way_flag(input) {
        out.push(f);
    }
    let unread = input
        .messages
        .iter()
        .filter(|m| m.author == Author::Participant && m.read_at.is_none())
        .count();
    if unread > 0 {
        out.push(Flag::UnreadMessages { count: unread });
    }
    let live: Vec<&DeviceSeen> = input.devices.iter().filter(|d| !d.revoked).collect();
    if live.is_empty() {
        out.push(Flag::NoDevice);
    } else {
        let newest = live
            .iter()
            .map(|d| d.last_seen_at.unwrap_or(d.created_at))
            .max()
            .unwrap_or(input.now);
        let days = (input.now - newest).num_days();
        if days >= DEVICE_STALE_DAYS {
            out.push(Flag::DeviceNotSeen { days });
        }
    }
    out
}

/// Applied means the application has left the participant's hands.
fn applied(status: RecognitionStatus) -> bool {
    !matches!(
        status,
        RecognitionStatus::NotApplied | RecognitionStatus::Draft
    )
}

/// Where a participant stands against integreringsloven § 12, once the flag's rule says they
/// are falling behind: the day the three months run out (`limit`), the days from today to it
/// (zero or less once overdue) and how serious it is. The today page counts down with it, the
/// participants list flags with it, so the two never disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ProgrammeDeadline {
    pub limit: NaiveDate,
    pub days_left: i64,
    pub days_since_settled: i64,
    pub severity: Severity,
}

/// The programme is in order once it is decided and its start lies within the limit (or it has
/// started at all). Otherwise warn from ten weeks, and mark overdue from three months.
pub fn programme_deadline(p: &Profile, today: NaiveDate) -> Option<ProgrammeDeadline> {
    let limit = p
        .settled_on
        .checked_add_months(Months::new(PROGRAMME_LIMIT_MONTHS))?;
    let in_order = p.programme_decided_on.is_some()
        && p.programme_start.is_some_and(|s| s <= limit || s <= today);
    if in_order {
        return None;
    }
    let days = (today - p.settled_on).num_days();
    let severity = if today >= limit {
        Severity::Overdue
    } else if days >= PROGRAMME_WARN_WEEKS * 7 {
        Severity::Warning
    } else {
        return None;
    };
    Some(ProgrammeDeadline {
        limit,
        days_left: (limit - today).num_days(),
        days_since_settled: days,
        severity,
    })
}

fn programme_flag(p: &Profile, today: NaiveDate) -> Option<Flag> {
    programme_deadline(p, today).map(|d| Flag::ProgrammeLate {
        severity: d.severity,
        days: d.days_since_settled,
    })
}

/// The longest any complete, unsent pack of the participant has waited, if past the limit.
fn pack_flag(input: &FlagInput<'_>) -> Option<Flag> {
    input
        .cases
        .iter()
        .filter(|c| c.sent.is_none())
        .filter_map(|c| {
            let docs: Vec<&RequiredDocument> = input
                .documents
                .iter()
                .copied()
                .filter(|d| d.case_id == c.id)
                .collect();
            crate::domain::pages::pack_complete_at(&docs)
        })
        .map(|complete| (input.now - complete).num_days())
        .filter(|days| *days >= i64::from(input.pack_send_days))
        .max()
        .map(|days| Flag::PackNotSent { days })
}

/// Only for someone in the programme today (started, not ended). A meeting booked later in the
/// term counts: the caseworker has acted.
fn three_way_flag(input: &FlagInput<'_>) -> Option<Flag> {
    let p = input.profile;
    let start = p.programme_start.filter(|s| *s <= input.today)?;
    let term = Term::of(input.today);
    if p.programme_end.is_some_and(|end| end < input.today) {
        return None;
    }
    let counted_from = start.max(term.from);
    let due = counted_from + chrono::Duration::weeks(i64::from(input.three_way_weeks));
    if input.today < due {
        return None;
    }
    let has = input.events.iter().any(|e| {
        e.event_kind == EventKind::Trekantsamtale
            && e.status != EventStatus::Cancelled
            && term.contains(
                e.starts_at
                    .with_timezone(&chrono_tz::Europe::Oslo)
                    .date_naive(),
            )
    });
    (!has).then_some(Flag::NoThreeWayMeeting {
        weeks: input.three_way_weeks,
    })
}

fn placement_flag(input: &FlagInput<'_>) -> Option<Flag> {
    let from = input
        .profile
        .programme_start
        .unwrap_or(input.profile.settled_on);
    let due = from.checked_add_months(Months::new(input.placement_months))?;
    if input.today < due {
        return None;
    }
    let has = input.activities.iter().any(|a| {
        matches!(
            a.activity_type,
            ActivityType::LanguagePractice | ActivityType::WorkPractice
        ) && a.status != ActivityStatus::Cancelled
            && a.starts_on.is_some_and(|s| s <= input.today)
    });
    (!has).then_some(Flag::NoPlacement {
        months: input.placement_months,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::{Duration, TimeZone};
    use veikart_protocol::{Owner, Text};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn profile(settled: NaiveDate) -> Profile {
        Profile {
            bydel_id: "b".into(),
            bydel_name: "b".into(),
            ..Profile::new("p", "P", settled)
        }
    }

    fn run(p: &Profile, today: NaiveDate, acts: &[&Activity], devices: &[DeviceSeen]) -> Vec<Flag> {
        let now = Utc.from_utc_datetime(&today.and_hms_opt(10, 0, 0).unwrap());
        flags(&FlagInput {
            profile: p,
            activities: acts,
            cases: &[],
            documents: &[],
            messages: &[],
            events: &[],
            devices,
            today,
            now,
            placement_months: 6,
            pack_send_days: 14,
            three_way_weeks: 10,
        })
    }

    fn seen(now: NaiveDate, days_ago: i64) -> DeviceSeen {
        let t =
            Utc.from_utc_datetime(&now.and_hms_opt(9, 0, 0).unwrap()) - Duration::days(days_ago);
        DeviceSeen {
            created_at: t,
            last_seen_at: Some(t),
            revoked: false,
        }
    }

    #[test]
    fn programme_warns_from_ten_weeks_and_is_overdue_at_three_months() {
        let settled = day(2026, 1, 5);
        let p = profile(settled);
        let d = [seen(day(2026, 3, 1), 0)];
        let at = |today| run(&p, today, &[], &d);
        assert!(
            !at(settled + Duration::days(69))
                .iter()
                .any(|f| f.code() == "programme-late")
        );
        assert!(
            at(settled + Duration::days(70)).contains(&Flag::ProgrammeLate {
                severity: Severity::Warning,
                days: 70
            })
        );
        assert!(at(day(2026, 4, 5)).iter().any(|f| matches!(
            f,
            Flag::ProgrammeLate {
                severity: Severity::Overdue,
                ..
            }
        )));
        let mut decided = profile(settled);
        decided.programme_decided_on = Some(day(2026, 2, 1));
        decided.programme_start = Some(day(2026, 3, 1));
        assert!(
            !run(&decided, day(2026, 5, 1), &[], &d)
                .iter()
                .any(|f| f.code() == "programme-late")
        );
        // Decided, but to start after the limit, and not started yet: still late.
        decided.programme_start = Some(day(2026, 6, 1));
        assert!(
            run(&decided, day(2026, 5, 1), &[], &d)
                .iter()
                .any(|f| f.code() == "programme-late")
        );
    }

    #[test]
    fn placement_and_devices() {
        let mut p = profile(day(2025, 1, 1));
        p.programme_decided_on = Some(day(2025, 2, 1));
        p.programme_start = Some(day(2025, 2, 1));
        let today = day(2025, 9, 1);
        assert!(run(&p, today, &[], &[]).contains(&Flag::NoPlacement { months: 6 }));
        assert!(run(&p, today, &[], &[]).contains(&Flag::NoDevice));
        let practice = Activity {
            id: "a".into(),
            goal_id: None,
            activity_type: ActivityType::LanguagePractice,
            status: ActivityStatus::InProgress,
            owner: Owner::Caseworker,
            agreed: true,
            title: Text::nb("Språkpraksis"),
            description: None,
            due: None,
            starts_on: Some(day(2025, 5, 1)),
            ends_on: None,
            place: None,
            seen: None,
            response: None,
            from_event_id: None,
        };
        let flags = run(&p, today, &[&practice], &[seen(today, 15)]);
        assert!(!flags.iter().any(|f| f.code() == "no-placement"));
        assert!(flags.contains(&Flag::DeviceNotSeen { days: 15 }));
        assert!(
            run(&p, today, &[], &[seen(today, 13)])
                .iter()
                .all(|f| f.code() != "device-stale")
        );
    }

    #[test]
    fn a_complete_pack_not_sent_is_flagged_after_the_bydels_days() {
        use veikart_protocol::{
            DocumentKind, DocumentStatus, DocumentVerdict, RecognitionRoute, SentToAuthority,
            VerdictCode,
        };
        let p = profile(day(2025, 1, 1));
        let accepted_on = Utc.from_utc_datetime(&day(2026, 3, 2).and_hms_opt(9, 0, 0).unwrap());
        let doc = |id: &str, verdict: Option<VerdictCode>, status| RequiredDocument {
            id: id.into(),
            case_id: "c".into(),
            document_kind: DocumentKind::Diploma,
            status,
            note: None,
            seen: None,
            verdict: verdict.map(|code| DocumentVerdict {
                code,
                note: None,
                at: accepted_on,
            }),
        };
        let mut case = RecognitionCase {
            id: "c".into(),
            credential: Text::nb("Bachelor"),
            country: None,
            level: None,
            route: RecognitionRoute::HkdirGeneral,
            authority: None,
            status: RecognitionStatus::Draft,
            case_number: None,
            history: Vec::new(),
            sent: None,
        };
        let accepted = doc("d1", Some(VerdictCode::Accepted), DocumentStatus::Received);
        let not_needed = doc("d2", None, DocumentStatus::NotNeeded);
        let unreadable = doc("d3", Some(VerdictCode::Unreadable), DocumentStatus::Missing);
        let at = |today: NaiveDate, case: &RecognitionCase, docs: &[&RequiredDocument]| {
            let now = Utc.from_utc_datetime(&today.and_hms_opt(10, 0, 0).unwrap());
            flags(&FlagInput {
                profile: &p,
                activities: &[],
                cases: &[case],
                documents: docs,
                messages: &[],
                events: &[],
                devices: &[],
                today,
                now,
                placement_months: 600,
                pack_send_days: 14,
                three_way_weeks: 10,
            })
            .into_iter()
            .find(|f| f.code() == "pack-not-sent")
        };
        assert_eq!(at(day(2026, 3, 15), &case, &[&accepted, &not_needed]), None);
        assert_eq!(
            at(day(2026, 3, 16), &case, &[&accepted, &not_needed]),
            Some(Flag::PackNotSent { days: 14 })
        );
        // A document still to redo: the pack is not complete.
        assert_eq!(at(day(2026, 4, 1), &case, &[&accepted, &unreadable]), None);
        // No documents at all is no pack.
        assert_eq!(at(day(2026, 4, 1), &case, &[]), None);
        case.sent = Some(SentToAuthority {
            on: day(2026, 3, 20),
            reference: "HK-1".into(),
        });
        assert_eq!(at(day(2026, 4, 1), &case, &[&accepted]), None);
    }

    fn meeting(id: &str, at: DateTime<Utc>, kind: EventKind, status: EventStatus) -> Event {
        Event {
            id: id.into(),
            event_kind: kind,
            course_id: None,
            activity_id: None,
            title: None,
            starts_at: at,
            ends_at: at + Duration::hours(1),
            place: None,
            room: None,
            bring: None,
            parties: Vec::new(),
            status,
            agenda: None,
            next_steps: None,
            school_part: None,
            previous: None,
        }
    }

    #[test]
    fn no_three_way_meeting_is_flagged_weeks_into_the_term_for_those_in_the_programme() {
        let mut p = profile(day(2025, 10, 1));
        p.programme_decided_on = Some(day(2025, 11, 1));
        p.programme_start = Some(day(2025, 11, 3));
        let at = |p: &Profile, today: NaiveDate, events: &[&Event], weeks: u32| {
            let now = Utc.from_utc_datetime(&today.and_hms_opt(10, 0, 0).unwrap());
            flags(&FlagInput {
                profile: p,
                activities: &[],
                cases: &[],
                documents: &[],
                messages: &[],
                events,
                devices: &[],
                today,
                now,
                placement_months: 600,
                pack_send_days: 14,
                three_way_weeks: weeks,
            })
            .into_iter()
            .find(|f| f.code() == "no-three-way")
        };
        // Spring 2026 starts 1 January; ten weeks in is 12 March.
        assert_eq!(at(&p, day(2026, 3, 11), &[], 10), None);
        assert_eq!(
            at(&p, day(2026, 3, 12), &[], 10),
            Some(Flag::NoThreeWayMeeting { weeks: 10 })
        );
        assert_eq!(at(&p, day(2026, 3, 12), &[], 11), None);
        // Held this term, or booked later in it: no flag. Last term's, or cancelled, or another
        // kind of meeting: still flagged. Oslo's date decides (23:30 UTC on 31 Dec is 1 Jan).
        let kept = |at_: DateTime<Utc>| {
            meeting("m", at_, EventKind::Trekantsamtale, EventStatus::Scheduled)
        };
        let held = kept(Utc.with_ymd_and_hms(2026, 2, 2, 9, 0, 0).unwrap());
        let booked = kept(Utc.with_ymd_and_hms(2026, 6, 29, 9, 0, 0).unwrap());
        let new_year = kept(Utc.with_ymd_and_hms(2025, 12, 31, 23, 30, 0).unwrap());
        let last_term = kept(Utc.with_ymd_and_hms(2025, 12, 1, 9, 0, 0).unwrap());
        let cancelled = meeting(
            "c",
            Utc.with_ymd_and_hms(2026, 2, 2, 9, 0, 0).unwrap(),
            EventKind::Trekantsamtale,
            EventStatus::Cancelled,
        );
        let other = meeting(
            "o",
            Utc.with_ymd_and_hms(2026, 2, 2, 9, 0, 0).unwrap(),
            EventKind::Meeting,
            EventStatus::Scheduled,
        );
        let today = day(2026, 4, 1);
        for e in [&held, &booked, &new_year] {
            assert_eq!(at(&p, today, &[e], 10), None, "{:?}", e.starts_at);
        }
        for e in [&last_term, &cancelled, &other] {
            assert!(at(&p, today, &[e], 10).is_some(), "{}", e.id);
        }
        // Counted from the programme start when it began within the term.
        let mut late = p.clone();
        late.programme_start = Some(day(2026, 3, 2));
        assert_eq!(at(&late, day(2026, 5, 10), &[], 10), None);
        assert!(at(&late, day(2026, 5, 11), &[], 10).is_some());
        // Not in the programme: not started, starting later, or ended.
        let mut waiting = p.clone();
        waiting.programme_start = None;
        assert_eq!(at(&waiting, today, &[], 10), None);
        waiting.programme_start = Some(day(2026, 5, 1));
        assert_eq!(at(&waiting, today, &[], 10), None);
        let mut ended = p.clone();
        ended.programme_end = Some(day(2026, 3, 31));
        assert_eq!(at(&ended, today, &[], 10), None);
    }
}
