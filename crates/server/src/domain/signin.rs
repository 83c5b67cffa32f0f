//! The sign-in lock: five wrong passwords for one e-mail address lock sign-in for that address for
//! a while. The rule is pure, so it is tested without a clock or a database.
//!
//! Every attempt is counted as a failure *before* the password is checked, in the same transaction
//! that checks the lock, and the count is cleared only when the password was right. Counting after
//! the check let parallel guesses all pass a lock that none of them had raised yet.

use chrono::{DateTime, Duration, Utc};

use crate::store::{SigninFailures, StoreResult, Tx};

/// Claim one sign-in attempt for `email`: `false` if the address is locked (nothing is counted),
/// else the attempt is counted as a failure until [`succeeded`] clears it.
pub fn claim_attempt(tx: &mut dyn Tx, email: &str) -> StoreResult<bool> {
    let now = tx.now();
    let current = tx.signin_failures(email)?;
    if is_locked(&current, now) {
        return Ok(false);
    }
    tx.set_signin_failures(email, &after_failure(&current, now))?;
    Ok(true)
}

/// The password was right: the address starts again with no failures.
pub fn succeeded(tx: &mut dyn Tx, email: &str) -> StoreResult<()> {
    tx.set_signin_failures(email, &SigninFailures::default())
}

/// Whether a claimed attempt that failed has now locked the address.
pub fn locked_now(tx: &mut dyn Tx, email: &str) -> StoreResult<bool> {
    let now = tx.now();
    Ok(is_locked(&tx.signin_failures(email)?, now))
}

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
