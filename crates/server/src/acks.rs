//! What the devices said they hold: the cursors a device syncs with are the scope versions it has
//! applied. They are noted here on every sync, answered from memory or not, and written down in
//! one transaction with the devices seen (`App::flush_seen`), so a quiet sync needs no write and a
//! device's acknowledgement costs one write per change it received. The console counts from them
//! how many devices a change has reached (`domain::reach`).
//!
//! What was written is remembered per device, so the same cursor is not written again; that memory
//! is bounded, and forgetting it costs only writes that change nothing (a version is only raised).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, MutexGuard};

#[derive(Default)]
struct Inner {
    /// (device, scope) → version, to be written.
    pending: BTreeMap<(String, String), u64>,
    /// device → scope → version written.
    written: HashMap<String, BTreeMap<String, u64>>,
}

pub struct Acks {
    inner: Mutex<Inner>,
    max_devices: usize,
}

impl Acks {
    pub fn new(max_devices: usize) -> Self {
        Acks {
            inner: Mutex::new(Inner::default()),
            max_devices,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic elsewhere while holding the lock leaves nothing half-done here worth refusing.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The device synced holding `cursors`.
    pub fn note(&self, device_id: &str, cursors: &BTreeMap<String, u64>) {
        let mut inner = self.lock();
        for (scope, &version) in cursors {
            let written = inner
                .written
                .get(device_id)
                .and_then(|w| w.get(scope))
                .copied();
            if written.is_some_and(|w| w >= version) {
                continue;
            }
            let v = inner
                .pending
                .entry((device_id.to_owned(), scope.clone()))
                .or_insert(0);
            *v = (*v).max(version);
        }
    }

    /// What to write now: (device, scope, version). Taken as written; see [`Acks::forget`].
    pub fn take(&self) -> Vec<(String, String, u64)> {
        let mut inner = self.lock();
        let pending = std::mem::take(&mut inner.pending);
        if inner.written.len() > self.max_devices {
            inner.written.clear();
        }
        pending
            .into_iter()
            .map(|((device, scope), version)| {
                inner
                    .written
                    .entry(device.clone())
                    .or_default()
                    .insert(scope.clone(), version);
                (device, scope, version)
            })
            .collect()
    }

    /// A write of what was taken failed: forget what was written, so the devices' next syncs
    /// note it again.
    pub fn forget(&self) {
        self.lock().written.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cursors(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
        pairs.iter().map(|(s, v)| ((*s).to_owned(), *v)).collect()
    }

    #[test]
    fn a_cursor_is_written_once_and_only_when_it_moved() {
        let acks = Acks::new(10);
        acks.note("d1", &cursors(&[("p:a", 3), ("c:x", 7)]));
        acks.note("d1", &cursors(&[("p:a", 2)]));
        assert_eq!(
            acks.take(),
            vec![
                ("d1".into(), "c:x".into(), 7),
                ("d1".into(), "p:a".into(), 3)
            ]
        );
        // The same cursors again, and lower ones: nothing to write.
        acks.note("d1", &cursors(&[("p:a", 3), ("c:x", 5)]));
        assert!(acks.take().is_empty());
        acks.note("d1", &cursors(&[("p:a", 4)]));
        assert_eq!(acks.take(), vec![("d1".into(), "p:a".into(), 4)]);
        // After a failed write, noted again.
        acks.forget();
        acks.note("d1", &cursors(&[("p:a", 4)]));
        assert_eq!(acks.take(), vec![("d1".into(), "p:a".into(), 4)]);
    }
}
