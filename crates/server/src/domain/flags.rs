//! Who is falling behind: the flags on a participant's row in the console. A pure function of the
//! participant's rows and today's date (Europe/Oslo), so each rule is tested without a database.
//! It decides nothing about who may see what; the caller has already confined the rows to a bydel.

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::Serialize;
use veikart_protocol::{
    Activity, ActivityStatus, ActivityType, Author, Message, Profile, RecognitionCase,
    RecognitionStatus,
};

/// Integreringsloven § 12: the programme starts within three months of settlement.
pub const PROGRAMME_LIMIT_MONTHS: u32 = 3;
/// Warn this many weeks after settlement, before the limit passes.
pub const PROGRAMME_WARN_WEEKS: i64 = 10;
/// A device not seen for this many days is flagged.
pub const DEVICE_STALE_DAYS: i64 = 14;
/// Placement limit when the bydel has not chosen one.
pub const DEFAULT_PLACEMENT_MONTHS: u32 = 3;

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
}

impl Flag {
    pub fn severity(&self) -> Severity {
        match self {
            Flag::ProgrammeLate { severity, .. } => *severity,
            Flag::NoRecognitionApplication | Flag::NoPlacement { .. } => Severity::Overdue,
            Flag::UnreadMessages { .. } => Severity::Info,
            Flag::NoDevice | Flag::DeviceNotSeen { .. } => Severity::Warning,
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
        }
    }
}

/// What the flags look at, for one participant.
pub struct FlagInput<'a> {
    pub profile: &'a Profile,
    pub activities: &'a [&'a Activity],
    pub cases: &'a [&'a RecognitionCase],
    pub messages: &'a [&'a Message],
    /// (last seen, created, revoked?) of each device the participant enrolled.
    pub devices: &'a [DeviceSeen],
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    pub placement_months: u32,
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
            messages: &[],
            devices,
            today,
            now,
            placement_months: 6,
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
}
