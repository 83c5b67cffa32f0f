//! What an instance knows without asking the database: each scope's current version, and the
//! devices that synced here (their scopes and mutation log position). With it, a sync that has
//! nothing to send and nothing to receive (most of them: a phone asks every few minutes) is
//! answered from memory.
//!
//! Every fact here comes from the database and is kept current by the [`Notice`]s of every write,
//! this instance's own (handed back by the store) and other instances' (the store's feed). It may
//! only ever be behind, never ahead, and behind only until the notice arrives, which also pokes the
//! devices concerned: a device answered "nothing new" from a stale entry is told to sync again.
//!
//! The one race: a fact read from the database, then a notice about it, then the fact stored here
//! would keep the older fact. So every notice moves a generation counter, a reader takes a
//! [`Ticket`] before it reads, and what it learnt is kept only if no notice came in between.
//!
//! While other instances' notices cannot be heard (before the listener is up, and while its
//! connection is cut), the cache is suspended: it forgets everything and learns nothing.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};

use crate::domain::device_sync::Known;
use crate::store::{Device, Notice};

/// The generation of notices a database read started at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket(u64);

pub struct SyncCache {
    inner: RwLock<Inner>,
    max_devices: usize,
    /// Syncs answered from memory, and those that went to the database.
    quiet: AtomicU64,
    loud: AtomicU64,
}

#[derive(Default)]
struct Inner {
    generation: u64,
    versions: HashMap<String, u64>,
    devices: HashMap<String, KnownDevice>,
    /// Token hash → device id.
    by_token: HashMap<String, String>,
    /// Devices seen since `last_seen_at` was last written.
    seen: HashSet<String>,
    suspended: bool,
}

impl Inner {
    fn forget(&mut self) {
        self.generation += 1;
        self.versions.clear();
        self.devices.clear();
        self.by_token.clear();
    }
}

struct KnownDevice {
    device: Device,
    token_hash: String,
    /// The device's scopes, as of the version of its participant scope they were read at (course
    /// membership lives there).
    scopes: Option<(Vec<String>, u64)>,
}

impl SyncCache {
    /// Keep at most `max_devices` devices (and ten times as many scope versions); past that,
    /// everything is forgotten and learnt again, which costs reads but never correctness.
    pub fn new(max_devices: usize) -> Self {
        SyncCache {
            inner: RwLock::new(Inner::default()),
            max_devices,
            quiet: AtomicU64::new(0),
            loud: AtomicU64::new(0),
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Inner> {
        self.inner.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Inner> {
        self.inner.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Take before reading what [`learn_device`](Self::learn_device) or
    /// [`learn_answer`](Self::learn_answer) will be told.
    pub fn ticket(&self) -> Ticket {
        Ticket(self.read().generation)
    }

    /// A write committed (here or on another instance).
    pub fn observe(&self, notice: &Notice) {
        let mut inner = self.write();
        inner.generation += 1;
        match notice {
            Notice::Scope { scope, version } => {
                let v = inner.versions.entry(scope.clone()).or_insert(0);
                *v = (*v).max(*version);
            }
            Notice::Seq {
                device_id,
                last_seq,
            } => {
                if let Some(known) = inner.devices.get_mut(device_id) {
                    known.device.last_seq = known.device.last_seq.max(*last_seq);
                }
            }
            Notice::Revoked { device_id } => {
                if let Some(known) = inner.devices.remove(device_id) {
                    inner.by_token.remove(&known.token_hash);
                }
            }
        }
    }

    /// Notices are being missed (or may be): forget everything and learn nothing until
    /// [`resume`](Self::resume).
    pub fn suspend(&self) {
        let mut inner = self.write();
        inner.suspended = true;
        inner.forget();
    }

    /// Every notice is heard again.
    pub fn resume(&self) {
        let mut inner = self.write();
        inner.suspended = false;
        inner.forget();
    }

    /// The device this token belongs to, if known and not signed out.
    pub fn device(&self, token_hash: &str) -> Option<Device> {
        let inner = self.read();
        let id = inner.by_token.get(token_hash)?;
        inner.devices.get(id).map(|k| k.device.clone())
    }

    /// Remember a device read from the database with `ticket`.
    pub fn learn_device(&self, ticket: Ticket, token_hash: &str, device: &Device) {
        if device.revoked_at.is_some() {
            return;
        }
        let mut inner = self.write();
        if inner.suspended || inner.generation != ticket.0 {
            return;
        }
        if inner.devices.len() >= self.max_devices
            || inner.versions.len() >= self.max_devices.saturating_mul(10)
        {
            inner.forget();
        }
        inner
            .by_token
            .insert(token_hash.to_owned(), device.id.clone());
        inner.devices.insert(
            device.id.clone(),
            KnownDevice {
                device: device.clone(),
                token_hash: token_hash.to_owned(),
                scopes: None,
            },
        );
    }

    /// Remember a whole sync answer read with `ticket`: its cursors are the versions of the
    /// device's scopes (all of them: the caller passes only answers without `more`).
    pub fn learn_answer(
        &self,
        ticket: Ticket,
        device_id: &str,
        participant_scope: &str,
        cursors: &BTreeMap<String, u64>,
    ) {
        let Some(&participant_version) = cursors.get(participant_scope) else {
            return;
        };
        let mut inner = self.write();
        if inner.suspended || inner.generation != ticket.0 {
            return;
        }
        for (scope, &version) in cursors {
            let v = inner.versions.entry(scope.clone()).or_insert(0);
            *v = (*v).max(version);
        }
        if let Some(known) = inner.devices.get_mut(device_id) {
            known.scopes = Some((cursors.keys().cloned().collect(), participant_version));
        }
    }

    /// What is known of the device for a sync that has something to receive (see
    /// `device_sync::Known`): its scopes if its course membership is unchanged, and its cursors
    /// that are at their scope's version.
    pub fn known(
        &self,
        device_id: &str,
        participant_scope: &str,
        cursors: &BTreeMap<String, u64>,
    ) -> Known {
        let inner = self.read();
        let current = cursors
            .iter()
            .filter(|(scope, cursor)| inner.versions.get(*scope) == Some(*cursor))
            .map(|(scope, _)| scope.clone())
            .collect();
        let scopes = inner
            .devices
            .get(device_id)
            .and_then(|k| k.scopes.as_ref())
            .filter(|(_, pv)| inner.versions.get(participant_scope) == Some(pv))
            .map(|(scopes, _)| scopes.clone());
        Known { scopes, current }
    }

    /// The device's mutation log position if a sync from it with these cursors has nothing to
    /// receive: its cursors name exactly its scopes, each at the version known here.
    pub fn quiet(
        &self,
        device_id: &str,
        participant_scope: &str,
        cursors: &BTreeMap<String, u64>,
    ) -> Option<u64> {
        let answer = self.quiet_answer(device_id, participant_scope, cursors);
        let counter = if answer.is_some() {
            &self.quiet
        } else {
            &self.loud
        };
        counter.fetch_add(1, Ordering::Relaxed);
        answer
    }

    /// Syncs answered from memory and syncs that needed the database, so far.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.quiet.load(Ordering::Relaxed),
            self.loud.load(Ordering::Relaxed),
        )
    }

    fn quiet_answer(
        &self,
        device_id: &str,
        participant_scope: &str,
        cursors: &BTreeMap<String, u64>,
    ) -> Option<u64> {
        let inner = self.read();
        let known = inner.devices.get(device_id)?;
        let (scopes, participant_version) = known.scopes.as_ref()?;
        let current = |scope: &str| inner.versions.get(scope).copied();
        let membership_unchanged = current(participant_scope) == Some(*participant_version);
        let same_scopes =
            scopes.len() == cursors.len() && scopes.iter().all(|s| cursors.contains_key(s));
        let all_current = cursors
            .iter()
            .all(|(scope, &cursor)| current(scope) == Some(cursor));
        (membership_unchanged && same_scopes && all_current).then_some(known.device.last_seq)
    }

    /// The device synced at `at`: remember to write `last_seen_at` if the stored one is older than
    /// `resolution` allows. Returns whether it was stale.
    pub fn saw(&self, device: &Device, at: DateTime<Utc>, resolution: chrono::Duration) -> bool {
        let stale = device
            .last_seen_at
            .is_none_or(|seen| at - seen > resolution);
        if stale {
            let mut inner = self.write();
            if let Some(known) = inner.devices.get_mut(&device.id) {
                known.device.last_seen_at = Some(at);
            }
            inner.seen.insert(device.id.clone());
        }
        stale
    }

    /// The devices seen since the last call, to write their `last_seen_at`.
    pub fn take_seen(&self) -> Vec<String> {
        let mut inner = self.write();
        inner.seen.drain().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn device(id: &str, last_seq: u64) -> Device {
        Device {
            id: id.into(),
            participant_id: "p1".into(),
            bydel_id: "b1".into(),
            name: "phone".into(),
            created_at: Utc::now(),
            last_seen_at: None,
            revoked_at: None,
            last_seq,
        }
    }

    fn cursors(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
        pairs.iter().map(|(s, v)| ((*s).to_owned(), *v)).collect()
    }

    /// A cache that has learnt device d1 and its scopes p:p1 at 3 and b:b1 at 5.
    fn learnt() -> SyncCache {
        let cache = SyncCache::new(100);
        let t = cache.ticket();
        cache.learn_device(t, "hash", &device("d1", 4));
        cache.learn_answer(t, "d1", "p:p1", &cursors(&[("p:p1", 3), ("b:b1", 5)]));
        cache
    }

    #[test]
    fn answers_quietly_only_when_every_cursor_is_current() {
        let cache = learnt();
        let p = "p:p1";
        assert_eq!(
            cache.quiet("d1", p, &cursors(&[("p:p1", 3), ("b:b1", 5)])),
            Some(4)
        );
        assert_eq!(
            cache.quiet("d1", p, &cursors(&[("p:p1", 3), ("b:b1", 4)])),
            None
        );
        // A scope missing or one too many: the device's scope list differs.
        assert_eq!(cache.quiet("d1", p, &cursors(&[("p:p1", 3)])), None);
        let extra = cursors(&[("p:p1", 3), ("b:b1", 5), ("c:x", 0)]);
        assert_eq!(cache.quiet("d1", p, &extra), None);
        assert_eq!(
            cache.quiet("d2", p, &cursors(&[("p:p1", 3), ("b:b1", 5)])),
            None
        );
    }

    #[test]
    fn a_notice_makes_the_old_cursor_stale() {
        let cache = learnt();
        cache.observe(&Notice::Scope {
            scope: "b:b1".into(),
            version: 6,
        });
        let old = cursors(&[("p:p1", 3), ("b:b1", 5)]);
        assert_eq!(cache.quiet("d1", "p:p1", &old), None);
        // A change in the participant's scope may be a new course: the scope list is stale too.
        cache.observe(&Notice::Scope {
            scope: "p:p1".into(),
            version: 4,
        });
        let new = cursors(&[("p:p1", 4), ("b:b1", 6)]);
        assert_eq!(cache.quiet("d1", "p:p1", &new), None);
    }

    #[test]
    fn what_was_read_before_a_notice_is_not_learnt() {
        let cache = SyncCache::new(100);
        let t = cache.ticket();
        // The read saw version 5; the notice of version 6 arrives before the answer is learnt.
        cache.observe(&Notice::Scope {
            scope: "b:b1".into(),
            version: 6,
        });
        cache.learn_device(t, "hash", &device("d1", 4));
        cache.learn_answer(t, "d1", "p:p1", &cursors(&[("p:p1", 3), ("b:b1", 5)]));
        assert_eq!(cache.device("hash"), None);
        assert_eq!(
            cache.quiet("d1", "p:p1", &cursors(&[("p:p1", 3), ("b:b1", 5)])),
            None
        );
    }

    #[test]
    fn versions_never_go_back() {
        let cache = learnt();
        cache.observe(&Notice::Scope {
            scope: "b:b1".into(),
            version: 9,
        });
        cache.observe(&Notice::Scope {
            scope: "b:b1".into(),
            version: 7,
        });
        let t = cache.ticket();
        cache.learn_answer(t, "d1", "p:p1", &cursors(&[("p:p1", 3), ("b:b1", 8)]));
        assert_eq!(
            cache.quiet("d1", "p:p1", &cursors(&[("p:p1", 3), ("b:b1", 9)])),
            Some(4)
        );
    }

    #[test]
    fn sign_out_and_new_mutations_reach_the_known_device() {
        let cache = learnt();
        cache.observe(&Notice::Seq {
            device_id: "d1".into(),
            last_seq: 9,
        });
        assert_eq!(cache.device("hash").map(|d| d.last_seq), Some(9));
        cache.observe(&Notice::Revoked {
            device_id: "d1".into(),
        });
        assert_eq!(cache.device("hash"), None);
        let t = cache.ticket();
        let mut revoked = device("d1", 9);
        revoked.revoked_at = Some(Utc::now());
        cache.learn_device(t, "hash", &revoked);
        assert_eq!(cache.device("hash"), None);
    }

    #[test]
    fn while_suspended_it_forgets_and_learns_nothing() {
        let cache = learnt();
        cache.suspend();
        assert_eq!(cache.device("hash"), None);
        let c = cursors(&[("p:p1", 3), ("b:b1", 5)]);
        assert_eq!(cache.quiet("d1", "p:p1", &c), None);
        let t = cache.ticket();
        cache.learn_device(t, "hash", &device("d1", 4));
        assert_eq!(cache.device("hash"), None);
        cache.resume();
        let t = cache.ticket();
        cache.learn_device(t, "hash", &device("d1", 4));
        assert!(cache.device("hash").is_some());
    }

    #[test]
    fn known_names_current_cursors_and_scopes_while_membership_holds() {
        let cache = learnt();
        cache.observe(&Notice::Scope {
            scope: "b:b1".into(),
            version: 6,
        });
        let known = cache.known("d1", "p:p1", &cursors(&[("p:p1", 3), ("b:b1", 5)]));
        assert_eq!(known.current.into_iter().collect::<Vec<_>>(), ["p:p1"]);
        assert_eq!(
            known.scopes,
            Some(vec!["b:b1".to_owned(), "p:p1".to_owned()])
        );
        cache.observe(&Notice::Scope {
            scope: "p:p1".into(),
            version: 4,
        });
        let known = cache.known("d1", "p:p1", &cursors(&[("p:p1", 3), ("b:b1", 5)]));
        assert!(known.current.is_empty());
        assert_eq!(
            known.scopes, None,
            "a new course may have come with the change"
        );
    }

    #[test]
    fn stays_within_its_size() {
        let cache = SyncCache::new(2);
        for i in 0..5 {
            let t = cache.ticket();
            cache.learn_device(t, &format!("h{i}"), &device(&format!("d{i}"), 0));
        }
        assert!(cache.read().devices.len() <= 2);
        assert!(cache.device("h4").is_some());
    }

    #[test]
    fn last_seen_is_written_once_per_resolution() {
        let cache = learnt();
        let now = Utc::now();
        let minute = chrono::Duration::seconds(60);
        let d = device("d1", 4);
        assert!(cache.saw(&d, now, minute));
        let known = cache.device("hash").expect("known");
        assert!(!cache.saw(&known, now + chrono::Duration::seconds(30), minute));
        assert_eq!(cache.take_seen(), vec!["d1".to_owned()]);
        assert!(cache.take_seen().is_empty());
    }
}
