//! The absence rules: which classified absences keep the benefit as they stand, which need a
//! doctor's note, and how much child's-illness leave is left. Pure: no storage, no clock.
//!
//! The numbers are a bydel's settings ([`Rules`]); their defaults come from the regulations as
//! IMDi explains them (integreringsforskriften chapter 3, § 5 for own illness; docs/console.md,
//! "Attendance and absence", says which paragraph each default rests on and which could not be
//! checked). A day is a calendar date in Oslo on which the participant missed at least one session;
//! two sessions missed on one day are one day.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use veikart_protocol::AbsenceKind;

/// A bydel's absence rules. Every field is a setting; the defaults are the regulations'.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rules {
    /// Longest run of working days one self-certification covers (default 3).
    pub self_cert_max_days: u32,
    /// Self-certified runs allowed in the 12 months up to a day (default 4).
    pub self_cert_per_12_months: u32,
    /// Weeks in the programme before self-certification may be used for own illness (default 8).
    pub self_cert_after_weeks: u32,
    /// Calendar days after a self-certified absence within which a new one joins it: it is the
    /// same period, for its length and for the count in 12 months (default 16; 0 joins none).
    pub self_cert_rejoin_days: u32,
    /// Days of leave for a sick child in 12 months (default 10; 15 with more than two children,
    /// 20/30 for a sole carer: the caseworker raises it per participant, not yet here).
    pub child_days_per_12_months: u32,
    /// Longest run of a child's illness without a doctor's note (default 3).
    pub child_max_days_without_note: u32,
    /// Hours absent without valid reason in a month past which the monthly figures flag a
    /// participant. Not from the regulations: the bydel's own threshold (default 10).
    pub flag_hours_per_month: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            self_cert_max_days: 3,
            self_cert_per_12_months: 4,
            self_cert_after_weeks: 8,
            self_cert_rejoin_days: 16,
            child_days_per_12_months: 10,
            child_max_days_without_note: 3,
            flag_hours_per_month: 10,
        }
    }
}

impl Rules {
    /// A bydel's stored rules, or the defaults (a missing or unreadable setting is the default).
    pub fn from_setting(json: Option<&str>) -> Rules {
        json.and_then(|j| serde_json::from_str(j).ok())
            .unwrap_or_default()
    }
}

/// One classified absence day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub kind: AbsenceKind,
    /// A doctor's note for this day has arrived.
    pub doctors_note: bool,
}

/// What the rules make of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Valid absence: the benefit is kept.
    Approved,
    /// Valid only with a doctor's note, and none has arrived.
    NeedsDoctorsNote,
    /// Without valid reason: counts toward the reduction (integreringsloven § 21).
    NoValidReason,
}

/// Whether `b` follows `a` with no working day between (Friday → Monday is consecutive).
fn next_working_day(a: NaiveDate, b: NaiveDate) -> bool {
    let mut d = a + Duration::days(1);
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        d += Duration::days(1);
    }
    d == b
}

/// The runs of consecutive working days among `dates` (sorted, distinct), as index ranges.
fn runs(dates: &[NaiveDate]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=dates.len() {
        if i == dates.len() || !next_working_day(dates[i - 1], dates[i]) {
            out.push((start, i));
            start = i;
        }
    }
    out.into_iter().filter(|(a, b)| a < b).collect()
}

/// Runs joined into periods: a run that starts within `rejoin` calendar days after the last day
/// of the one before belongs to the same period. Index ranges over the same `dates`.
fn periods(dates: &[NaiveDate], runs: &[(usize, usize)], rejoin: u32) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(a, b) in runs {
        match out.last_mut() {
            Some((_, end))
                if rejoin > 0 && (dates[a] - dates[*end - 1]).num_days() <= i64::from(rejoin) =>
            {
                *end = b;
            }
            _ => out.push((a, b)),
        }
    }
    out
}

fn twelve_months_before(date: NaiveDate) -> NaiveDate {
    date.checked_sub_months(Months::new(12)).unwrap_or(date)
}

/// The verdict on each day of `days` (any order; the answer is in the same order), given when the
/// participant's programme started.
pub fn assess(rules: &Rules, programme_start: Option<NaiveDate>, days: &[Day]) -> Vec<Verdict> {
    let mut verdicts = vec![Verdict::Approved; days.len()];
    // Own illness on self-certification, and a child's illness: by runs of days.
    for kind in [
        AbsenceKind::OwnIllnessSelfCertified,
        AbsenceKind::ChildIllness,
    ] {
        let dates: Vec<NaiveDate> = days
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| d.date)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut needs_note: BTreeSet<NaiveDate> = BTreeSet::new();
        // Own illness is counted by periods: a new self-certification soon after the last one
        // continues it (IMDi: "sick again within 16 calendar days … the previous period counts").
        let all_runs = match kind {
            AbsenceKind::OwnIllnessSelfCertified => {
                periods(&dates, &runs(&dates), rules.self_cert_rejoin_days)
            }
            _ => runs(&dates),
        };
        for (n, &(a, b)) in all_runs.iter().enumerate() {
            for (i, &date) in dates[a..b].iter().enumerate() {
                let needs = match kind {
                    AbsenceKind::OwnIllnessSelfCertified => {
                        let too_early = match programme_start {
                            Some(start) => {
                                date < start
                                    + Duration::weeks(i64::from(rules.self_cert_after_weeks))
                            }
                            None => true,
                        };
                        let too_long = i as u32 >= rules.self_cert_max_days;
                        // This run and the runs before it that began in the 12 months up to it.
                        let since = twelve_months_before(dates[a]);
                        let runs_in_year = all_runs[..=n]
                            .iter()
                            .filter(|&&(s, _)| dates[s] > since)
                            .count() as u32;
                        too_early || too_long || runs_in_year > rules.self_cert_per_12_months
                    }
                    _ => {
                        let too_long = i as u32 >= rules.child_max_days_without_note;
                        let since = twelve_months_before(date);
                        let used = dates.iter().filter(|&&d| d > since && d <= date).count();
                        too_long || used as u32 > rules.child_days_per_12_months
                    }
                };
                if needs {
                    needs_note.insert(date);
                }
            }
        }
        for (v, d) in verdicts.iter_mut().zip(days) {
            if d.kind == kind && needs_note.contains(&d.date) && !d.doctors_note {
                *v = Verdict::NeedsDoctorsNote;
            }
        }
    }
    for (v, d) in verdicts.iter_mut().zip(days) {
        if d.kind == AbsenceKind::NoValidReason {
            *v = Verdict::NoValidReason;
        }
    }
    verdicts
}

/// Days of child's-illness leave left on `today`: the allowance less the distinct days of a
/// child's illness in the 12 months up to today (never below zero).
pub fn child_days_left(rules: &Rules, days: &[Day], today: NaiveDate) -> u32 {
    let since = twelve_months_before(today);
    let used: BTreeSet<NaiveDate> = days
        .iter()
        .filter(|d| d.kind == AbsenceKind::ChildIllness && d.date > since && d.date <= today)
        .map(|d| d.date)
        .collect();
    rules
        .child_days_per_12_months
        .saturating_sub(used.len() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn day(s: &str, kind: AbsenceKind) -> Day {
        Day {
            date: d(s),
            kind,
            doctors_note: false,
        }
    }

    const SELF: AbsenceKind = AbsenceKind::OwnIllnessSelfCertified;
    const CHILD: AbsenceKind = AbsenceKind::ChildIllness;
    use Verdict::*;

    /// Long enough in the programme for self-certification.
    fn started() -> Option<NaiveDate> {
        Some(d("2026-01-05"))
    }

    #[test]
    fn the_defaults_are_the_regulations() {
        let r = Rules::default();
        assert_eq!(
            (
                r.self_cert_max_days,
                r.self_cert_per_12_months,
                r.self_cert_after_weeks,
                r.child_days_per_12_months,
                r.child_max_days_without_note,
                r.self_cert_rejoin_days
            ),
            (3, 4, 8, 10, 3, 16)
        );
        assert_eq!(Rules::from_setting(None), r);
        assert_eq!(Rules::from_setting(Some("not json")), r);
        let chosen = Rules::from_setting(Some(r#"{"flag_hours_per_month": 6}"#));
        assert_eq!(chosen.flag_hours_per_month, 6);
        assert_eq!(
            chosen.self_cert_max_days, 3,
            "an unset field keeps its default"
        );
    }

    #[test]
    fn self_certification_covers_three_working_days_and_the_fourth_needs_a_note() {
        // Thursday, Friday, Monday, Tuesday: one run over a weekend.
        let days = [
            day("2026-10-01", SELF),
            day("2026-10-02", SELF),
            day("2026-10-05", SELF),
            day("2026-10-06", SELF),
        ];
        assert_eq!(
            assess(&Rules::default(), started(), &days),
            [Approved, Approved, Approved, NeedsDoctorsNote]
        );
    }

    /// IMDi: sick again within 16 calendar days of the last self-certification, and the last
    /// period counts with it. Two days, then two more nine days later, make one period of four
    /// (the fourth needs a note); seventeen days after that, a new period begins.
    #[test]
    fn sick_again_within_sixteen_days_continues_the_period() {
        let days = [
            day("2026-10-05", SELF),
            day("2026-10-06", SELF),
            day("2026-10-15", SELF),
            day("2026-10-16", SELF),
            day("2026-11-02", SELF),
        ];
        assert_eq!(
            assess(&Rules::default(), started(), &days),
            [Approved, Approved, Approved, NeedsDoctorsNote, Approved]
        );
        let no_joining = Rules {
            self_cert_rejoin_days: 0,
            ..Rules::default()
        };
        assert_eq!(assess(&no_joining, started(), &days), [Approved; 5]);
    }

    /// A run that joins the last period is not a new self-certification: four periods, then a day
    /// nine days after the fourth, is not the fifth in twelve months. Without joining it is.
    #[test]
    fn a_joined_run_is_not_a_new_self_certification() {
        let days = [
            day("2026-02-02", SELF),
            day("2026-03-02", SELF),
            day("2026-04-01", SELF),
            day("2026-05-04", SELF),
            day("2026-05-13", SELF),
        ];
        let long_ago = Some(d("2025-09-01"));
        assert_eq!(assess(&Rules::default(), long_ago, &days), [Approved; 5]);
        let no_joining = Rules {
            self_cert_rejoin_days: 0,
            ..Rules::default()
        };
        assert_eq!(
            assess(&no_joining, long_ago, &days),
            [Approved, Approved, Approved, Approved, NeedsDoctorsNote]
        );
    }

    #[test]
    fn a_doctors_note_approves_what_needs_one() {
        let mut days = vec![
            day("2026-10-01", SELF),
            day("2026-10-02", SELF),
            day("2026-10-05", SELF),
            day("2026-10-06", SELF),
        ];
        days[3].doctors_note = true;
        assert_eq!(assess(&Rules::default(), started(), &days), [Approved; 4]);
    }

    #[test]
    fn the_fifth_self_certification_in_twelve_months_needs_a_note() {
        let days = [
            day("2026-02-02", SELF),
            day("2026-04-01", SELF),
            day("2026-06-01", SELF),
            day("2026-08-03", SELF),
            day("2026-10-01", SELF),
            // Twelve months after the second: four in the window again.
            day("2027-04-02", SELF),
        ];
        assert_eq!(
            assess(&Rules::default(), Some(d("2025-09-01")), &days),
            [
                Approved,
                Approved,
                Approved,
                Approved,
                NeedsDoctorsNote,
                Approved
            ]
        );
    }

    #[test]
    fn no_self_certification_in_the_first_eight_weeks_or_without_a_start() {
        let days = [day("2026-02-27", SELF), day("2026-03-02", SELF)];
        // The programme started 5 January: eight weeks end on 2 March.
        assert_eq!(
            assess(&Rules::default(), started(), &days),
            [NeedsDoctorsNote, Approved]
        );
        assert_eq!(
            assess(&Rules::default(), None, &days[1..]),
            [NeedsDoctorsNote]
        );
    }

    #[test]
    fn a_childs_illness_counts_from_the_first_day_and_needs_a_note_after_three() {
        // Child's illness needs no eight weeks in the programme.
        let days = [
            day("2026-01-06", CHILD),
            day("2026-01-07", CHILD),
            day("2026-01-08", CHILD),
            day("2026-01-09", CHILD),
        ];
        assert_eq!(
            assess(&Rules::default(), started(), &days),
            [Approved, Approved, Approved, NeedsDoctorsNote]
        );
    }

    #[test]
    fn the_eleventh_day_of_a_childs_illness_in_twelve_months_needs_a_note() {
        let dates = [
            "2026-01-12",
            "2026-02-09",
            "2026-03-09",
            "2026-04-13",
            "2026-05-11",
            "2026-06-08",
            "2026-08-10",
            "2026-09-07",
            "2026-10-12",
            "2026-11-09",
            "2026-12-07",
        ];
        let days: Vec<Day> = dates.iter().map(|s| day(s, CHILD)).collect();
        let v = assess(&Rules::default(), started(), &days);
        assert_eq!(v[..10], [Approved; 10]);
        assert_eq!(v[10], NeedsDoctorsNote);
        assert_eq!(
            child_days_left(&Rules::default(), &days, d("2026-12-31")),
            0
        );
        assert_eq!(
            child_days_left(&Rules::default(), &days, d("2026-11-30")),
            0
        );
        assert_eq!(
            child_days_left(&Rules::default(), &days[..3], d("2026-03-31")),
            7
        );
        // A year later the early days have left the window.
        assert_eq!(
            child_days_left(&Rules::default(), &days, d("2027-06-30")),
            5
        );
    }

    #[test]
    fn a_bydel_may_allow_more_child_days() {
        let rules = Rules {
            child_days_per_12_months: 15,
            ..Rules::default()
        };
        let days = [day("2026-03-02", CHILD)];
        assert_eq!(child_days_left(&rules, &days, d("2026-03-02")), 14);
    }

    #[test]
    fn two_sessions_on_one_day_are_one_day() {
        let days = [
            day("2026-10-01", SELF),
            day("2026-10-01", SELF),
            day("2026-10-02", SELF),
            day("2026-10-05", SELF),
        ];
        assert_eq!(assess(&Rules::default(), started(), &days), [Approved; 4]);
    }

    #[test]
    fn without_valid_reason_is_never_approved_and_leave_always_is() {
        let days = [
            day("2026-10-01", AbsenceKind::NoValidReason),
            day("2026-10-02", AbsenceKind::WelfareLeave),
            day("2026-10-05", AbsenceKind::HolyDay),
            day("2026-10-06", AbsenceKind::OtherApprovedLeave),
            day("2026-10-07", AbsenceKind::OwnIllnessDoctorsNote),
        ];
        assert_eq!(
            assess(&Rules::default(), None, &days),
            [NoValidReason, Approved, Approved, Approved, Approved]
        );
    }
}
