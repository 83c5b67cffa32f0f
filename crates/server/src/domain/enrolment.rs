//! Enrolment: a caseworker issues a one-time code for a participant; a device trades it for a token.
//! Codes expire, work once, and lock after a few wrong tries.

use chrono::{Duration, Utc};
use veikart_protocol::{EnrolRequest, EnrolResponse, ErrorCode, PROTOCOL_VERSION};

use super::error::{DomainError, DomainResult};
use super::tokens;
use super::validate;
use crate::store::{Device, EnrolmentCode, Tx};

pub const MAX_FAILED_TRIES: u32 = 5;
pub const CODE_LIFETIME_HOURS: i64 = 72;

/// A freshly issued code, shown once to the caseworker.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
pub struct IssuedCode {
    pub code: String,
    pub participant_id: String,
    pub expires_at: chrono::DateTime<Utc>,
}

pub fn issue_code(
    tx: &mut dyn Tx,
    participant_id: &str,
    bydel_id: &str,
    issued_by: &str,
) -> DomainResult<IssuedCode> {
    // A lookup collision is astronomically rare but harmless to retry.
    for _ in 0..5 {
        let (lookup, secret) = tokens::new_code();
        if tx.code(&lookup)?.is_some() {
            continue;
        }
        let now = tx.now();
        let code = EnrolmentCode {
            lookup: lookup.clone(),
            secret_hash: tokens::hash(&secret),
            participant_id: participant_id.to_owned(),
            bydel_id: bydel_id.to_owned(),
            created_by: issued_by.to_owned(),
            created_at: now,
            expires_at: now + Duration::hours(CODE_LIFETIME_HOURS),
            used_at: None,
            failed_attempts: 0,
        };
        tx.insert_code(&code)?;
        tx.audit(issued_by, "issue_enrolment_code", participant_id)?;
        return Ok(IssuedCode {
            code: tokens::display_code(&lookup, &secret),
            participant_id: participant_id.to_owned(),
            expires_at: code.expires_at,
        });
    }
    Err(DomainError::conflict(
        "could not find a free code; try again",
    ))
}

fn code_error(code: ErrorCode, message: &str) -> DomainError {
    DomainError::refused(code, message)
}

/// The outcome of an enrolment attempt. A wrong secret must still be *recorded* (the failure count
/// is what locks the code), so it is an `Ok` outcome that the caller commits, not an error that
/// would roll the transaction back.
pub enum Attempt {
    Enrolled(EnrolResponse),
    Refused(DomainError),
}

pub fn enrol(tx: &mut dyn Tx, req: &EnrolRequest) -> DomainResult<Attempt> {
    let name = req.device_name.trim();
    if let Err(e) = validate::text("device_name", name, 100) {
        return Err(DomainError::invalid_value(e));
    }
    let Some((lookup, secret)) = tokens::parse_code(&req.code) else {
        return Ok(Attempt::Refused(code_error(
            ErrorCode::CodeInvalid,
            "that is not a valid code",
        )));
    };
    let Some(code) = tx.code(&lookup)? else {
        return Ok(Attempt::Refused(code_error(
            ErrorCode::CodeInvalid,
            "that is not a valid code",
        )));
    };
    if code.failed_attempts >= MAX_FAILED_TRIES {
        return Ok(Attempt::Refused(code_error(
            ErrorCode::CodeLocked,
            "too many wrong tries; ask your caseworker for a new code",
        )));
    }
    if !tokens::same_hash(&tokens::hash(&secret), &code.secret_hash) {
        tx.record_code_failure(&lookup)?;
        return Ok(Attempt::Refused(code_error(
            ErrorCode::CodeInvalid,
            "that is not a valid code",
        )));
    }
    if code.used_at.is_some() {
        return Ok(Attempt::Refused(code_error(
            ErrorCode::CodeUsed,
            "this code has been used; ask your caseworker for a new one",
        )));
    }
    if code.expires_at <= tx.now() {
        return Ok(Attempt::Refused(code_error(
            ErrorCode::CodeExpired,
            "this code has expired; ask your caseworker for a new one",
        )));
    }
    // A code issued before its participant was deleted opens nothing.
    let participant_exists = matches!(
        tx.row(&code.participant_id)?,
        Some(s) if s.kind == veikart_protocol::RowKind::Profile && s.row.is_some()
    );
    if !participant_exists {
        return Ok(Attempt::Refused(code_error(
            ErrorCode::CodeInvalid,
            "that is not a valid code",
        )));
    }
    tx.mark_code_used(&lookup)?;
    let token = tokens::new_token();
    let device = Device {
        id: uuid::Uuid::new_v4().simple().to_string(),
        participant_id: code.participant_id.clone(),
        bydel_id: code.bydel_id.clone(),
        name: name.to_owned(),
        created_at: tx.now(),
        last_seen_at: Some(tx.now()),
        revoked_at: None,
        last_seq: 0,
    };
    tx.insert_device(&device, &tokens::hash(&token))?;
    tx.audit(
        &format!("device:{}", device.id),
        "enrol",
        &code.participant_id,
    )?;
    Ok(Attempt::Enrolled(EnrolResponse {
        device_id: device.id,
        token,
        participant_id: code.participant_id,
        protocol: PROTOCOL_VERSION,
    }))
}
