//! Caseworker passwords: argon2id with a random salt, stored as a PHC string. Hashing and
//! verification run on a blocking thread (they are slow on purpose), at most [`PARALLEL_HASHES`] at
//! a time: each takes about 19 MiB, and a burst of sign-ins must not take the server's memory. A new
//! password always ends the account's other sessions (`set`), whoever sets it.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::Rng;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::store::{StoreResult, Tx};

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("a password needs at least {MIN_LEN} characters")]
    TooShort,
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

pub const MIN_LEN: usize = 12;

/// Hashes computed at once in this process; the rest wait their turn.
pub const PARALLEL_HASHES: usize = 2;

static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(PARALLEL_HASHES);

/// Verifications run so far, and the most that ran at once: what a burst of sign-ins cost.
static VERIFIED: AtomicU64 = AtomicU64::new(0);
static RUNNING: AtomicU64 = AtomicU64::new(0);
static PEAK: AtomicU64 = AtomicU64::new(0);

/// (password checks so far, the most that ran at the same time) in this process.
pub fn verification_counts() -> (u64, u64) {
    (
        VERIFIED.load(Ordering::Relaxed),
        PEAK.load(Ordering::Relaxed),
    )
}

/// [`verify`] on a blocking thread, waiting for a hashing slot first.
pub async fn verify_bounded(password: String, stored: Option<String>) -> bool {
    let Ok(_permit) = HASHING.acquire().await else {
        return false;
    };
    tokio::task::spawn_blocking(move || verify(&password, stored.as_deref()))
        .await
        .unwrap_or(false)
}

/// [`hash`] on a blocking thread, waiting for a hashing slot first.
pub async fn hash_bounded(password: String) -> Result<String, PasswordError> {
    let _permit = HASHING
        .acquire()
        .await
        .map_err(|e| PasswordError::Hash(e.to_string()))?;
    tokio::task::spawn_blocking(move || hash(&password))
        .await
        .map_err(|e| PasswordError::Hash(e.to_string()))?
}

pub fn hash(password: &str) -> Result<String, PasswordError> {
    if password.chars().count() < MIN_LEN {
        return Err(PasswordError::TooShort);
    }
    let bytes: [u8; 16] = rand::rng().random();
    let salt = SaltString::encode_b64(&bytes).map_err(|e| PasswordError::Hash(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PasswordError::Hash(e.to_string()))
}

/// Store a new password hash for a caseworker and end every session of theirs but `keep` (the
/// token hash of the session it was set from, if any): whoever knew the old password must not
/// stay signed in with it. Returns how many sessions ended.
pub fn set(
    tx: &mut dyn Tx,
    caseworker_id: &str,
    hash: &str,
    keep: Option<&str>,
) -> StoreResult<usize> {
    tx.set_password_hash(caseworker_id, hash)?;
    tx.delete_sessions_of(caseworker_id, keep)
}

/// True if `password` matches `stored`. With no stored hash a dummy hash is checked, so an unknown
/// address costs as much time as a known one.
pub fn verify(password: &str, stored: Option<&str>) -> bool {
    VERIFIED.fetch_add(1, Ordering::Relaxed);
    let running = RUNNING.fetch_add(1, Ordering::Relaxed) + 1;
    PEAK.fetch_max(running, Ordering::Relaxed);
    let ok = verify_hash(password, stored);
    RUNNING.fetch_sub(1, Ordering::Relaxed);
    ok
}

fn verify_hash(password: &str, stored: Option<&str>) -> bool {
    const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Qn4wV0bJ2j1c9yyLkEVBuCpGH2oEGk5cV+o1xBWpOlo";
    let Ok(parsed) = PasswordHash::new(stored.unwrap_or(DUMMY)) else {
        return false;
    };
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
        && stored.is_some()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn argon2id_round_trip() {
        let h = hash("korrekt hest batteri").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("korrekt hest batteri", Some(&h)));
        assert!(!verify("feil passord her", Some(&h)));
        assert!(!verify("korrekt hest batteri", None));
        assert!(matches!(hash("kort"), Err(PasswordError::TooShort)));
    }
}
