//! The device: one participant's local store plus the way to its server. Every participant action
//! goes to the outbox at once (and shows at once); `sync` sends it when the network allows.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, NaiveDate, Utc};
use veikart_protocol::{
    ActivityStatus, ActivityType, DocumentStatus, ErrorCode, MutationOp, Response, Row,
};

use crate::error::{ClientError, ClientErrorCode, Result};
use crate::overlay::{self, Laid};
use crate::screens::{self, Inputs};
use crate::store::{Enrolment, LocalStore};
use crate::views::*;

pub struct Device {
    store: Mutex<LocalStore>,
    pub(crate) http: reqwest::Client,
    /// Held through a whole sync and through sign-out, so a sync answer can never land in a store
    /// that was wiped while it was on the network, and two syncs never interleave.
    pub(crate) sync_lock: tokio::sync::Mutex<()>,
    /// Held through an upload pass of the pages (`pages_upload`): one pass at a time.
    pub(crate) upload_lock: tokio::sync::Mutex<()>,
}

impl Device {
    /// Open a device store; with `key`, the file is encrypted at rest (SQLCipher).
    pub fn open(path: &Path, key: Option<&[u8; 32]>) -> Result<Self> {
        Self::with_store(LocalStore::open(path, key)?)
    }

    pub fn in_memory() -> Result<Self> {
        Self::with_store(LocalStore::open_in_memory()?)
    }

    fn with_store(store: LocalStore) -> Result<Self> {
        let http = reqwest::Client::builder()
            .connect_timeout(std::time::Duration::from_secs(10))
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .map_err(ClientError::Offline)?;
        Ok(Device {
            store: Mutex::new(store),
            http,
            sync_lock: tokio::sync::Mutex::new(()),
            upload_lock: tokio::sync::Mutex::new(()),
        })
    }

    pub(crate) fn store(&self) -> Result<MutexGuard<'_, LocalStore>> {
        self.store
            .lock()
            .map_err(|_| ClientError::Corrupt("local store lock poisoned".into()))
    }

    pub fn enrolment(&self) -> Result<Option<Enrolment>> {
        self.store()?.enrolment()
    }

    /// Sign-outs the server has not been told of yet.
    pub fn pending_revocations(&self) -> Result<usize> {
        Ok(self.store()?.revocations()?.len())
    }

    fn participant_id(&self) -> Result<String> {
        Ok(self
            .enrolment()?
            .ok_or(ClientError::NotEnrolled)?
            .participant_id)
    }

    pub(crate) fn laid(&self) -> Result<(Laid, Vec<Rejection>, String)> {
        let pid = self.participant_id()?;
        let store = self.store()?;
        let laid = overlay::lay(store.rows()?, &store.outbox()?, &pid);
        Ok((laid, store.rejections()?, pid))
    }

    fn with_inputs<T>(&self, now: DateTime<Utc>, f: impl FnOnce(&Inputs<'_>) -> T) -> Result<T> {
        let (laid, rejections, pid) = self.laid()?;
        let pages = self.store()?.pages()?;
        Ok(f(&Inputs {
            laid: &laid,
            pages: &pages,
            rejections: &rejections,
            participant_id: &pid,
            now,
        }))
    }

    pub fn sync_status(&self) -> Result<SyncStatus> {
        let store = self.store()?;
        let enrolment = store.enrolment()?;
        let time = |k: &str| -> Result<Option<DateTime<Utc>>> {
            Ok(store
                .setting(k)?
                .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
                .map(|t| t.with_timezone(&Utc)))
        };
        Ok(SyncStatus {
            enrolled: enrolment.is_some(),
            server_url: enrolment.map(|e| e.server_url),
            last_synced_at: time("last_synced_at")?,
            last_attempt_at: time("last_attempt_at")?,
            // A code no longer spelt so (stored by another version) still says the sync failed.
            last_error: store.setting("last_error")?.map(|code| {
                ClientErrorCode::parse(&code)
                    .unwrap_or(ClientErrorCode::Server(ErrorCode::Internal))
            }),
            pending: store.outbox()?.len(),
            rejected: store.rejections()?,
        })
    }

    pub fn today(&self, now: DateTime<Utc>) -> Result<TodayView> {
        let sync = self.sync_status()?;
        self.with_inputs(now, |i| screens::today(i, sync))
    }

    pub fn plan(&self) -> Result<PlanView> {
        self.with_inputs(Utc::now(), screens::plan)
    }

    pub fn schedule(&self, from: NaiveDate, to: NaiveDate) -> Result<ScheduleView> {
        if to < from || (to - from).num_days() > 366 {
            return Err(ClientError::Invalid(
                "choose a range of at most a year".into(),
            ));
        }
        self.with_inputs(Utc::now(), |i| screens::schedule(i, from, to))
    }

    pub fn recognition(&self) -> Result<RecognitionView> {
        self.with_inputs(Utc::now(), screens::recognition)
    }

    pub fn messages(&self) -> Result<MessagesView> {
        self.with_inputs(Utc::now(), screens::messages)
    }

    /// The server's rows as last synced, with scope and version (for support and tests).
    pub fn versioned_rows(&self) -> Result<Vec<(String, u64, Row)>> {
        self.store()?.versioned_rows()
    }

    pub fn cursors(&self) -> Result<std::collections::BTreeMap<String, u64>> {
        self.store()?.cursors()
    }

    /// Every row the device holds (as the participant sees it), for "export my data".
    pub fn export(&self) -> Result<Vec<Row>> {
        Ok(self.laid()?.0.rows.into_values().collect())
    }

    fn enqueue(&self, op: MutationOp) -> Result<u64> {
        self.participant_id()?;
        let seq = self.store()?.enqueue(&op, Utc::now())?;
        tracing::debug!(seq, op = op.name(), "queued");
        Ok(seq)
    }

    pub(crate) fn laid_row(&self, id: &str) -> Result<Option<Row>> {
        Ok(self.laid()?.0.rows.remove(id))
    }

    pub fn set_activity_status(&self, activity_id: &str, status: ActivityStatus) -> Result<u64> {
        let expected = match self.laid_row(activity_id)? {
            Some(Row::Activity(a)) => a.status,
            _ => return Err(ClientError::Invalid("no such activity".into())),
        };
        self.enqueue(MutationOp::SetActivityStatus {
            activity_id: activity_id.to_owned(),
            status,
            expected,
        })
    }

    pub(crate) fn new_row_id(&self) -> Result<String> {
        let enrolment = self.enrolment()?.ok_or(ClientError::NotEnrolled)?;
        Ok(new_id(&enrolment.device_id))
    }

    pub fn propose_activity(
        &self,
        title: &str,
        description: Option<&str>,
        activity_type: ActivityType,
        goal_id: Option<&str>,
        due: Option<NaiveDate>,
    ) -> Result<String> {
        let title = non_empty("title", title, 200)?;
        let id = self.new_row_id()?;
        self.enqueue(MutationOp::ProposeActivity {
            activity_id: id.clone(),
            goal_id: goal_id.map(str::to_owned),
            activity_type,
            title,
            description: description
                .map(|d| non_empty("description", d, 4000))
                .transpose()?,
            due,
        })?;
        Ok(id)
    }

    pub fn answer_event(
        &self,
        event_id: &str,
        response: Response,
        reason: Option<&str>,
    ) -> Result<u64> {
        let reason = reason
            .filter(|r| !r.trim().is_empty())
            .map(|r| non_empty("reason", r, 500))
            .transpose()?;
        self.enqueue(MutationOp::AnswerEvent {
            event_id: event_id.to_owned(),
            response,
            reason,
        })
    }

    pub fn add_agenda_item(&self, event_id: &str, text: &str) -> Result<String> {
        let text = non_empty("question", text, 500)?;
        let id = self.new_row_id()?;
        self.enqueue(MutationOp::AddAgendaItem {
            item_id: id.clone(),
            event_id: event_id.to_owned(),
            text,
        })?;
        Ok(id)
    }

    pub fn mark_document_ready(&self, document_id: &str) -> Result<u64> {
        let expected = match self.laid_row(document_id)? {
            Some(Row::RequiredDocument(d)) => d.status,
            _ => return Err(ClientError::Invalid("no such document".into())),
        };
        if expected != DocumentStatus::Missing {
            return Err(ClientError::Invalid("this document is not missing".into()));
        }
        self.enqueue(MutationOp::MarkDocumentReady {
            document_id: document_id.to_owned(),
            expected,
        })
    }

    pub fn send_message(&self, body: &str) -> Result<String> {
        let body = non_empty("message", body, 4000)?;
        let id = self.new_row_id()?;
        self.enqueue(MutationOp::SendMessage {
            message_id: id.clone(),
            body,
        })?;
        Ok(id)
    }

    /// Say that one of the app's texts (`key` in `locales/<language>/app.ftl`) is wrong or unclear,
    /// and propose a better one. Queued like any change; the server checks the language and key.
    pub fn propose_wording(
        &self,
        language: &str,
        key: &str,
        text: &str,
        comment: Option<&str>,
    ) -> Result<String> {
        let text = non_empty("text", text, veikart_protocol::limits::MAX_WORDING)?;
        let comment = comment
            .filter(|c| !c.trim().is_empty())
            .map(|c| non_empty("comment", c, veikart_protocol::limits::MAX_REASON))
            .transpose()?;
        if language.trim().is_empty() || key.trim().is_empty() {
            return Err(ClientError::Invalid("which text is it?".into()));
        }
        let id = self.new_row_id()?;
        self.enqueue(MutationOp::ProposeWording {
            proposal_id: id.clone(),
            language: language.to_owned(),
            key: key.to_owned(),
            text,
            comment,
        })?;
        Ok(id)
    }

    /// Mark every unread message from the caseworker as read. Returns how many.
    pub fn mark_messages_read(&self) -> Result<usize> {
        let unread: Vec<String> = self
            .messages()?
            .messages
            .into_iter()
            .filter(|m| {
                m.message.author == veikart_protocol::Author::Caseworker
                    && m.message.read_at.is_none()
            })
            .map(|m| m.message.id)
            .collect();
        // The server takes a bounded list per mutation: a long-unread inbox goes in several.
        for chunk in unread.chunks(veikart_protocol::MAX_READ_IDS) {
            self.enqueue(MutationOp::MarkMessagesRead {
                message_ids: chunk.to_vec(),
            })?;
        }
        Ok(unread.len())
    }

    pub fn set_preferred_language(&self, language: &str) -> Result<()> {
        self.store()?.set_setting("language", language)?;
        if self.enrolment()?.is_some() {
            self.enqueue(MutationOp::SetPreferredLanguage {
                language: language.to_owned(),
            })?;
        }
        Ok(())
    }

    pub fn dismiss_rejection(&self, id: u64) -> Result<bool> {
        self.store()?.dismiss_rejection(id)
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.store()?.setting(key)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.store()?.set_setting(key, value)
    }

    /// Sign out: wait for a sync under way, delete everything on the device, and tell the server
    /// to stop accepting this device's token — now if it can be reached, else at the next chance
    /// ([`Device::flush_revocations`]). Returns whether the server has been told.
    pub async fn sign_out(&self) -> Result<bool> {
        let guard = self.sync_lock.lock().await;
        match self.enrolment()? {
            Some(enrolment) => self.store()?.wipe_for_sign_out(&enrolment)?,
            None => self.store()?.wipe()?,
        }
        tracing::info!("device signed out and wiped");
        drop(guard);
        Ok(self.flush_revocations().await? == 0)
    }

    /// Delete everything on the device. Callers outside a sync use [`Device::sign_out`].
    pub(crate) fn wipe(&self) -> Result<()> {
        self.store()?.wipe()?;
        tracing::info!("device data wiped");
        Ok(())
    }
}

/// An id for a row this device creates, in the device's own namespace (the server refuses others).
fn new_id(device_id: &str) -> String {
    format!("{device_id}-{}", uuid::Uuid::new_v4().simple())
}

fn non_empty(field: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ClientError::Invalid(format!("{field} is empty")));
    }
    if value.chars().count() > max {
        return Err(ClientError::Invalid(format!(
            "{field} is longer than {max} characters"
        )));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use veikart_protocol::{Author, Change, Message, SyncResponse, Text};

    fn enrolled_with_unread(n: usize) -> Device {
        let device = Device::in_memory().unwrap();
        let mut store = device.store().unwrap();
        store
            .save_enrolment(&crate::store::Enrolment {
                server_url: "https://veikart.test".into(),
                token: "t".into(),
                device_id: "d1".into(),
                participant_id: "p1".into(),
            })
            .unwrap();
        let changes = (0..n)
            .map(|k| Change {
                scope: "p:p1".into(),
                version: k as u64 + 1,
                id: format!("m{k}"),
                row: Some(Row::Message(Message {
                    id: format!("m{k}"),
                    author: Author::Caseworker,
                    author_name: None,
                    body: Text::written_in("Hei", "nb"),
                    sent_at: Utc::now(),
                    read_at: None,
                    template: None,
                    seen: None,
                })),
            })
            .collect();
        let resp = SyncResponse {
            results: vec![],
            last_seq: 0,
            log_gap: false,
            changes,
            cursors: [("p:p1".to_owned(), n as u64)].into(),
            dropped: vec![],
            more: false,
            history: None,
            server_time: Utc::now(),
        };
        store.apply_response(&resp, &[], Utc::now()).unwrap();
        drop(store);
        device
    }

    /// A message from a template reaches the screens as the server sent it, through the device's
    /// store: the UI renders it in the participant's language from the key and typed values. A
    /// newer server's key or value type is kept as it came (the UI then shows the Norwegian body),
    /// so an update of the app shows it translated without a new sync.
    #[test]
    fn a_template_message_reaches_the_screens_with_every_value_as_sent() {
        let device = enrolled_with_unread(0);
        let template = serde_json::json!({
            "key": "bring_documents",
            "params": {
                "at": {"type": "date_time", "value": "2026-08-18T07:00:00Z"},
                "documents": {"type": "document_kinds", "value": ["passport_copy", "diploma"]}
            },
            "note": "Kom ti minutter før."
        });
        let newer = serde_json::json!({
            "key": "bring_family",
            "params": {"who": {"type": "relation", "value": "spouse"}}
        });
        let resp: SyncResponse = serde_json::from_value(serde_json::json!({
            "results": [], "last_seq": 0, "more": false, "server_time": "2026-08-17T08:00:00Z",
            "cursors": {"p:p1": 2},
            "changes": [
                {"scope": "p:p1", "version": 1, "id": "m1", "row": {
                    "kind": "message", "id": "m1", "author": "caseworker", "author_name": "Kari",
                    "body": {"text": "Ta med dette til møtet vårt (tirsdag 18. august kl. 09:00):\n– Kopi av pass\n– Vitnemål\n\nKom ti minutter før.", "lang": "nb"},
                    "sent_at": "2026-08-17T08:00:00Z", "template": template}},
                {"scope": "p:p1", "version": 2, "id": "m2", "row": {
                    "kind": "message", "id": "m2", "author": "caseworker",
                    "body": {"text": "Ta med familien.", "lang": "nb"},
                    "sent_at": "2026-08-17T08:01:00Z", "template": newer}}
            ]
        }))
        .unwrap();
        device
            .store()
            .unwrap()
            .apply_response(&resp, &[], Utc::now())
            .unwrap();
        let view = serde_json::to_value(device.messages().unwrap()).unwrap();
        assert_eq!(view["messages"][0]["template"], template);
        assert_eq!(view["messages"][1]["template"], newer, "kept as it came");
        assert_eq!(view["unread"], 2);
        let today = serde_json::to_value(device.today(Utc::now()).unwrap()).unwrap();
        assert_eq!(today["unread"][1]["template"], template, "newest first");
    }

    /// A wording proposal waits in the outbox like any change, in the device's own id space, and
    /// changes nothing the participant sees.
    #[test]
    fn a_wording_proposal_is_queued_offline_and_changes_no_screen() {
        let device = enrolled_with_unread(2);
        let before = serde_json::to_value(device.messages().unwrap()).unwrap();
        let id = device
            .propose_wording("ti", "msg-send", "  ስደድ ", Some("  "))
            .unwrap();
        assert!(id.starts_with("d1-"));
        let outbox = device.store().unwrap().outbox().unwrap();
        assert_eq!(outbox.len(), 1);
        assert_eq!(
            outbox[0].op,
            MutationOp::ProposeWording {
                proposal_id: id,
                language: "ti".into(),
                key: "msg-send".into(),
                text: "ስደድ".into(),
                comment: None,
            }
        );
        assert_eq!(device.sync_status().unwrap().pending, 1);
        assert_eq!(
            serde_json::to_value(device.messages().unwrap()).unwrap(),
            before
        );
        for (text, comment) in [("   ", None), ("ok", Some("x".repeat(501).as_str()))] {
            assert!(matches!(
                device.propose_wording("ti", "msg-send", text, comment),
                Err(ClientError::Invalid(_))
            ));
        }
        assert!(device.propose_wording("", "msg-send", "ok", None).is_err());
        assert_eq!(device.store().unwrap().outbox().unwrap().len(), 1);
    }

    /// More unread messages than the server takes in one mutation go in several.
    #[test]
    fn a_long_unread_inbox_is_marked_read_in_parts_the_server_takes() {
        let n = veikart_protocol::MAX_READ_IDS * 2 + 1;
        let device = enrolled_with_unread(n);
        assert_eq!(device.mark_messages_read().unwrap(), n);
        let outbox = device.store().unwrap().outbox().unwrap();
        let sizes: Vec<usize> = outbox
            .iter()
            .map(|p| match &p.op {
                MutationOp::MarkMessagesRead { message_ids } => message_ids.len(),
                _ => 0,
            })
            .collect();
        assert_eq!(sizes, vec![1000, 1000, 1]);
    }

    /// The last sync's failure is stored as its code and read back as the same code; one that no
    /// code is spelt like any more still says the sync failed.
    #[test]
    fn the_last_sync_error_reads_back_as_its_code() {
        let device = Device::in_memory().unwrap();
        assert_eq!(device.sync_status().unwrap().last_error, None);
        let offline = ClientErrorCode::Device(crate::DeviceErrorCode::Offline);
        device
            .set_setting("last_error", &offline.to_string())
            .unwrap();
        assert_eq!(device.sync_status().unwrap().last_error, Some(offline));
        device.set_setting("last_error", "disk_on_fire").unwrap();
        assert_eq!(
            device.sync_status().unwrap().last_error,
            Some(ClientErrorCode::Server(ErrorCode::Internal))
        );
    }
}
