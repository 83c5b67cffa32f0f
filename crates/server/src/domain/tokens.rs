//! Secrets: device and caseworker tokens, enrolment codes. Only hashes are stored. Tokens carry 256
//! random bits, so a fast hash (SHA-256) is enough; passwords (console) use argon2id elsewhere.

use rand::Rng;
use sha2::{Digest, Sha256};

/// Letters and digits a person can type without confusing them (no I, O, 0, 1).
const CODE_ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
pub const CODE_LOOKUP_LEN: usize = 4;
pub const CODE_SECRET_LEN: usize = 8;

pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    data_encoding::BASE64URL_NOPAD.encode(&bytes)
}

pub fn hash(secret: &str) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(secret.as_bytes()))
}

/// A new enrolment code as (lookup, secret). The lookup finds the code; the secret (40 bits) proves
/// it. Shown to people as `ABCD-EFGH-JKMN`.
pub fn new_code() -> (String, String) {
    let mut rng = rand::rng();
    let mut pick = |n: usize| -> String {
        (0..n)
            .map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char)
            .collect()
    };
    (pick(CODE_LOOKUP_LEN), pick(CODE_SECRET_LEN))
}

pub fn display_code(lookup: &str, secret: &str) -> String {
    format!("{lookup}-{}-{}", &secret[..4], &secret[4..])
}

/// Split what a person typed into (lookup, secret): case and separators do not matter.
pub fn parse_code(typed: &str) -> Option<(String, String)> {
    let cleaned: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if cleaned.len() != CODE_LOOKUP_LEN + CODE_SECRET_LEN
        || !cleaned.bytes().all(|b| CODE_ALPHABET.contains(&b))
    {
        return None;
    }
    let (lookup, secret) = cleaned.split_at(CODE_LOOKUP_LEN);
    Some((lookup.to_owned(), secret.to_owned()))
}

/// Compare two hashes without leaking where they differ through timing.
pub fn same_hash(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_what_people_type() {
        for _ in 0..100 {
            let (lookup, secret) = new_code();
            let shown = display_code(&lookup, &secret);
            assert_eq!(
                parse_code(&shown.to_lowercase().replace('-', " ")),
                Some((lookup, secret))
            );
        }
    }

    #[test]
    fn garbage_codes_are_refused() {
        assert_eq!(parse_code(""), None);
        assert_eq!(parse_code("ABCD-EFGH-JKM"), None);
        assert_eq!(parse_code("ABCD-EFGH-JKMO"), None); // O is not in the alphabet
        assert_eq!(parse_code("ABCD-EFGH-JKMNP"), None);
    }

    #[test]
    fn tokens_differ_and_hashes_compare() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert!(same_hash(&hash(&a), &hash(&a)));
        assert!(!same_hash(&hash(&a), &hash(&b)));
    }
}
