//! The key that encrypts the device database. It lives in the operating system's keystore where
//! there is one; on a bare Linux box, in CI, or where the keystore refuses, in a key file readable
//! only by the user. The app's settings screen says which; the CLI uses the same with `--encrypt`.

use std::io::Write;
use std::path::Path;

use rand::Rng;
use serde::Serialize;

const SERVICE: &str = "no.oslo.veikart";

/// Which database a key is for: each has its own keystore entry and key file, so the app and the
/// CLI on one machine never share a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyFor<'a> {
    /// The keystore entry's account name.
    pub account: &'a str,
    /// The key file's name, next to the database.
    pub file: &'a str,
    /// The database file's name in the same folder.
    pub database: &'a str,
}

/// The participant app's database (`device.sqlite` in the app's data folder).
pub const APP: KeyFor<'static> = KeyFor {
    account: "database-key",
    file: "database.key",
    database: "device.sqlite",
};

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
    which: KeyFor<'_>,
    allow_keystore: bool,
) -> Result<([u8; 32], KeyStorage), KeyError> {
    let file = data_dir.join(which.file);
    if file.exists() {
        let key = decode(&std::fs::read_to_string(&file)?).ok_or(KeyError::Damaged)?;
        return Ok((key, KeyStorage::File));
    }
    let database_exists = data_dir.join(which.database).exists();
    if allow_keystore {
        match from_keystore(which.account) {
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
fn from_keystore(account: &str) -> Lookup {
    let Ok(entry) = keyring::Entry::new(SERVICE, account) else {
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
fn from_keystore(_account: &str) -> Lookup {
    Lookup::Unavailable
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_key_file_is_created_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let (key, storage) = database_key(dir.path(), APP, false).unwrap();
        assert_eq!(storage, KeyStorage::File);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(APP.file))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(
            database_key(dir.path(), APP, true).unwrap(),
            (key, KeyStorage::File)
        );
    }

    #[test]
    fn a_damaged_key_file_is_an_error_not_a_new_key() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(APP.file), "zz").unwrap();
        assert!(matches!(
            database_key(dir.path(), APP, false),
            Err(KeyError::Damaged)
        ));
        assert_eq!(decode(&encode(&[9u8; 32])), Some([9u8; 32]));
    }
}

#[cfg(all(test, target_os = "linux"))]
mod keystore_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// With a Secret Service on the session bus the key lives there, not in a file, and a second
    /// start finds the same key. `cargo xtask test` runs this under gnome-keyring.
    #[test]
    #[ignore = "needs a Secret Service on the session bus: run by cargo xtask test"]
    fn the_platform_keystore_holds_the_key_when_there_is_one() {
        let dir = tempfile::tempdir().unwrap();
        let (key, storage) = database_key(dir.path(), APP, true).unwrap();
        assert_eq!(storage, KeyStorage::Keystore);
        assert!(!dir.path().join(APP.file).exists());
        assert_eq!(
            database_key(dir.path(), APP, true).unwrap(),
            (key, KeyStorage::Keystore)
        );
        if let Ok(entry) = keyring::Entry::new(SERVICE, APP.account) {
            let _ = entry.delete_credential();
        }
    }
}

#[cfg(test)]
mod database_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// With a database but neither a key file nor a keystore that answers, no new key is made:
    /// that would make the database and its unsent changes unreadable.
    #[test]
    fn an_existing_database_is_never_given_a_new_key_by_accident() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("device.sqlite"), b"encrypted").unwrap();
        // On a box without a Secret Service the keystore is unavailable.
        if matches!(from_keystore(APP.account), Lookup::Unavailable) {
            assert!(matches!(
                database_key(dir.path(), APP, true),
                Err(KeyError::KeystoreUnavailable)
            ));
            assert!(!dir.path().join(APP.file).exists());
        }
        // Told not to use a keystore, the file is the only place: a new key there is expected.
        assert_eq!(
            database_key(dir.path(), APP, false).unwrap().1,
            KeyStorage::File
        );
    }
}
