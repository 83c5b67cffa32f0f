//! The `veikart` CLI's database on disk: private to its owner, and encrypted like the app's with
//! `--encrypt` (the token and the participant's data must not lie in a world-readable plain file).

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

fn veikart(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_veikart"))
        .arg("--db")
        .arg(db)
        .args(args)
        // No keystore in tests: the key goes to a file next to the database.
        .env("VEIKART_KEY_STORAGE", "file")
        .env_remove("VEIKART_ENCRYPT")
        .output()
        .expect("run veikart")
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_database_is_private_and_plain_only_without_encrypt() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("device.sqlite");
    let out = veikart(&db, &["status"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(mode(&db), 0o600);
    // A plain SQLite file starts with its magic header.
    let head = std::fs::read(&db).unwrap();
    assert!(head.starts_with(b"SQLite format 3"));
}

#[test]
fn encrypt_keeps_the_database_unreadable_without_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("semhar.sqlite");
    let out = veikart(&db, &["--encrypt", "status"]);
    assert!(out.status.success(), "{out:?}");
    let key = dir.path().join("semhar.sqlite.key");
    assert_eq!(mode(&key), 0o600);
    assert_eq!(mode(&db), 0o600);
    let bytes = std::fs::read(&db).unwrap();
    assert!(
        !bytes.starts_with(b"SQLite format 3"),
        "an encrypted file has no plain header"
    );
    // With the key file next to it, the database opens without the flag.
    let out = veikart(&db, &["status"]);
    assert!(out.status.success(), "{out:?}");
    // Without the key it does not open, and says what to do.
    std::fs::remove_file(&key).unwrap();
    let out = veikart(&db, &["status"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--encrypt"), "{err}");
}
