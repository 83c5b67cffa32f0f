//! How many of the devices a change concerns hold it: "reached 14 of 16 devices". A scope's latest
//! change is at the scope's version; a device holds it once it has synced with a cursor of that
//! scope at that version or later (kept by `acks` and `Tx::ack_scope`). The devices concerned are
//! the live (unrevoked) devices of the participants given: the participant of a participant's
//! scope, the members of a course. The caller has checked the caseworker may see them.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::error::DomainResult;
use crate::store::Tx;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reach {
    /// Devices that hold the scope's latest change.
    pub reached: usize,
    /// Live devices of the participants.
    pub devices: usize,
    /// The scope's version: its latest change (0 when nothing was ever written to it).
    pub version: u64,
}

pub fn reach(tx: &mut dyn Tx, scope: &str, participants: &[String]) -> DomainResult<Reach> {
    let mut devices = BTreeSet::new();
    for p in participants {
        for d in tx.devices_of(p)? {
            if d.revoked_at.is_none() {
                devices.insert(d.id);
            }
        }
    }
    let version = tx.scope_version(scope)?;
    let acks: HashMap<String, u64> = tx.scope_acks(scope)?.into_iter().collect();
    let reached = devices
        .iter()
        .filter(|d| acks.get(*d).is_some_and(|v| *v >= version))
        .count();
    Ok(Reach {
        reached,
        devices: devices.len(),
        version,
    })
}
