//! The key that encrypts the device database. It lives in the operating system's keystore where
//! there is one; on a bare Linux box, in CI, or where the keystore refuses, in a key file readable
//! only by the user. The settings screen says which.

use std::io::Write;
use std::path::Path;

use rand::Rng;
use serde::Serialize;

const SERVICE: &str = "no.oslo.veikart";
const ACCOUNT: &str = "database-key";
const KEY_FILE: &str = "database.key";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyStorage {
    Keystore,
    File,
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read or write the key file: {0}")]
    Io(#[from] std::io::Error),
    #[error("the stored key is damaged")]
    Damaged,
    #[error("the keystore does not answer; try again when the desktop session is unlocked")]
    KeystoreUnavailable,
}

fn encode(key: &[u8; 32]) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

fn decode(s: &str) -> Option<[u8; 32]> {
    let s = s.trim();
    if s.len() != 64 {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(key)
}

fn new_key() -> [u8; 32] {
    rand::rng().random()
}

/// The database key and where it is kept. A key already in a file stays there (the database was
/// encrypted with it); otherwise the keystore is tried first. A keystore that does not answer right
/// now is an error when a database already exists: a new key would make that database, with its
/// unsent changes, unreadable.
pub fn database_key(
    data_dir: &Path,
    allow_keystore: bool,
) -> Result<([u8; 32], KeyStorage), KeyError> {
    let file = data_dir.join(KEY_FILE);
    if file.exists() {
        let key = decode(&std::fs::read_to_string(&file)?).ok_or(KeyError::Damaged)?;
        return Ok((key, KeyStorage::File));
    }
    let database_exists = data_dir.join("device.sqlite").exists();
    if allow_keystore {
        match from_keystore() {
            Lookup::Found(key) => return Ok((key, KeyStorage::Keystore)),
            Lookup::Unavailable if database_exists => return Err(KeyError::KeystoreUnavailable),
            Lookup::Unavailable => {}
        }
    }
    std::fs::create_dir_all(data_dir)?;
    let key = new_key();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(&file)?;
    f.write_all(encode(&key).as_bytes())?;
    f.sync_all()?;
    Ok((key, KeyStorage::File))
}

enum Lookup {
    /// The keystore holds the key (or now holds a new one).
    Found([u8; 32]),
    /// No keystore here, or it did not answer.
    Unavailable,
}

#[cfg(any(
    target_os = "linux",
    target_os = "macos",
    target_os = "ios",
    target_os = "windows"
))]
fn from_keystore() -> Lookup {
    let Ok(entry) = keyring::Entry::new(SERVICE, ACCOUNT) else {
        return Lookup::Unavailable;
    };
    match entry.get_password() {
        Ok(s) => decode(&s).map_or(Lookup::Unavailable, Lookup::Found),
        Err(keyring::Error::NoEntry) => {
            let key = new_key();
            if entry.set_password(&encode(&key)).is_err() {
                return Lookup::Unavailable;
            }
            // Some stores accept a write they cannot give back: trust only what reads back.
            match entry.get_password() {
                Ok(back) if decode(&back) == Some(key) => Lookup::Found(key),
                _ => Lookup::Unavailable,
            }
        }
        Err(e) => {
            tracing::info!(error = %e, "no usable keystore");
            Lookup::Unavailable
        }
    }
}

#[cfg(not(any(
    target_os = "linux",
    target_os = "macos",
    target_os = "ios",
    target_os = "windows"
)))]
fn from_keystore() -> Lookup {
    Lookup::Unavailable
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_file_is_created_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let (key, storage) = database_key(dir.path(), false).unwrap();
        assert_eq!(storage, KeyStorage::File);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(
            database_key(dir.path(), true).unwrap(),
            (key, KeyStorage::File)
        );
    }

    #[test]
    fn a_damaged_key_file_is_an_error_not_a_new_key() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(KEY_FILE), "zz").unwrap();
        assert!(matches!(
            database_key(dir.path(), false),
            Err(KeyError::Damaged)
        ));
        assert_eq!(decode(&encode(&[9u8; 32])), Some([9u8; 32]));
    }
}

#[cfg(all(test, target_os = "linux"))]
mod keystore_tests {
    use super::*;

    /// With a Secret Service on the session bus the key lives there, not in a file, and a second
    /// start finds the same key. `cargo xtask test` runs this under gnome-keyring.
    #[test]
    #[ignore = "needs a Secret Service on the session bus: run by cargo xtask test"]
    fn the_platform_keystore_holds_the_key_when_there_is_one() {
        let dir = tempfile::tempdir().unwrap();
        let (key, storage) = database_key(dir.path(), true).unwrap();
        assert_eq!(storage, KeyStorage::Keystore);
        assert!(!dir.path().join(KEY_FILE).exists());
        assert_eq!(
            database_key(dir.path(), true).unwrap(),
            (key, KeyStorage::Keystore)
        );
        if let Ok(entry) = keyring::Entry::new(SERVICE, ACCOUNT) {
            let _ = entry.delete_credential();
        }
    }
}

#[cfg(test)]
mod database_tests {
    use super::*;

    /// With a database but neither a key file nor a keystore that answers, no new key is made:
    /// that would make the database and its unsent changes unreadable.
    #[test]
    fn an_existing_database_is_never_given_a_new_key_by_accident() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("device.sqlite"), b"encrypted").unwrap();
        // On a box without a Secret Service the keystore is unavailable.
        if matches!(from_keystore(), Lookup::Unavailable) {
            assert!(matches!(
                database_key(dir.path(), true),
                Err(KeyError::KeystoreUnavailable)
            ));
            assert!(!dir.path().join(KEY_FILE).exists());
        }
        // Told not to use a keystore, the file is the only place: a new key there is expected.
        assert_eq!(database_key(dir.path(), false).unwrap().1, KeyStorage::File);
    }
}
