//! The sign-in lock: five wrong passwords for one e-mail address lock sign-in for that address for
//! a while. Pure, so the rule is tested without a clock or a database.

use chrono::{DateTime, Duration, Utc};

use crate::store::SigninFailures;

pub const MAX_FAILURES: u32 = 5;
pub const LOCK_MINUTES: i64 = 15;

pub fn is_locked(f: &SigninFailures, now: DateTime<Utc>) -> bool {
    f.locked_until.is_some_and(|t| t > now)
}

/// The record after one more wrong password.
pub fn after_failure(f: &SigninFailures, now: DateTime<Utc>) -> SigninFailures {
    // A lock that has run out starts the count again.
    let failures = if f.locked_until.is_some_and(|t| t <= now) {
        1
    } else {
        f.failures.saturating_add(1)
    };
    SigninFailures {
        failures,
        locked_until: (failures >= MAX_FAILURES).then(|| now + Duration::minutes(LOCK_MINUTES)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_lock_for_a_while() {
        let now = Utc::now();
        let mut f = SigninFailures::default();
        for _ in 0..4 {
            f = after_failure(&f, now);
            assert!(!is_locked(&f, now));
        }
        f = after_failure(&f, now);
        assert!(is_locked(&f, now));
        assert!(is_locked(&f, now + Duration::minutes(14)));
        assert!(!is_locked(&f, now + Duration::minutes(16)));
        let again = after_failure(&f, now + Duration::minutes(16));
        assert_eq!(again.failures, 1);
    }
}
