//! The term a day lies in, for what the audit asks of three-way meetings ("at least one a term").
//! The introduction programme runs all year, so a term here is the school's half-year as Oslo
//! Voksenopplæring plans it: spring is January to June, autumn July to December. Pure: no clock.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// One half-year, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Term {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Term {
    pub fn of(day: NaiveDate) -> Term {
        let (first, last) = if day.month() <= 6 {
            ((1, 1), (6, 30))
        } else {
            ((7, 1), (12, 31))
        };
        let date = |(m, d): (u32, u32)| NaiveDate::from_ymd_opt(day.year(), m, d).unwrap_or(day);
        Term {
            from: date(first),
            to: date(last),
        }
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn spring_is_january_to_june_and_autumn_july_to_december() {
        let spring = Term::of(day(2026, 6, 30));
        assert_eq!(
            (spring.from, spring.to),
            (day(2026, 1, 1), day(2026, 6, 30))
        );
        assert_eq!(Term::of(day(2026, 1, 1)), spring);
        let autumn = Term::of(day(2026, 7, 1));
        assert_eq!(
            (autumn.from, autumn.to),
            (day(2026, 7, 1), day(2026, 12, 31))
        );
        assert_eq!(Term::of(day(2026, 12, 31)), autumn);
        assert!(autumn.contains(day(2026, 12, 31)) && !autumn.contains(day(2027, 1, 1)));
    }
}
