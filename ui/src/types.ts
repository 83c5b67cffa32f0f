// The JSON the Tauri shell returns. The view models, the rows in them, every code the UI translates
// and the languages are generated from the Rust types (src/generated, `cargo xtask ts`), with a
// list of each enum's values that the translation test walks. What is here is the UI's own: the
// settings the shell returns, the shape of a thrown error, and lists of the UI's choosing.

import type { ClientErrorCode } from './generated/bindings';

export * from './generated/bindings';

/**
 * The codes the sync bar has a short text of its own for (sync-error-*), of those a sync can end
 * with (SyncStatus.last_error); any other code reads as sync-error-internal ("something went wrong").
 */
export const SYNC_ERROR_TEXTS = [
  'offline', 'server_error', 'unsupported_protocol', 'device_revoked', 'unauthorized', 'unavailable', 'internal',
] as const satisfies readonly ClientErrorCode[];
/** Mutation names (Rejection.op). */
export const MUTATION_OPS = [
  'set_activity_status', 'propose_activity', 'answer_event', 'add_agenda_item', 'mark_document_ready',
  'send_message', 'mark_messages_read', 'set_preferred_language', 'propose_wording', 'add_document_page',
  'remove_document_page',
] as const;

export interface Settings {
  language: string | null;
  textScale: number;
  reminderMinutes: number;
  keyStorage: 'keystore' | 'file';
}

/** What a command throws (CommandError in src-tauri/src/commands.rs). */
export interface CommandError {
  code: ClientErrorCode;
  /** For support; the UI shows the translated code. */
  message: string;
}

/**
 * The keys of MESSAGE_TEMPLATES in crates/protocol/src/template.rs: each has its text in every
 * language (msg-template-<key>); the translation test walks them.
 */
export const MESSAGE_TEMPLATES = [
  'bring_documents', 'meeting_reminder', 'meeting_moved', 'class_cancelled', 'please_call', 'document_accepted',
  'document_needed', 'programme_starts',
] as const;
