//! Caseworker passwords: argon2id with a random salt, stored as a PHC string. Verification runs on
//! a blocking thread (it is slow on purpose). A new password always ends the account's other
//! sessions (`set`), whoever sets it.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::Rng;

use crate::store::{StoreResult, Tx};

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("a password needs at least {MIN_LEN} characters")]
    TooShort,
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

pub const MIN_LEN: usize = 12;

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
