// The JSON the Tauri shell returns: crates/protocol/src/row.rs and crates/client/src/views.rs as
// serde writes them (snake_case enums, flattened structs merged into their parent). Keep in step
// with those files; the enum lists below are also what the translation test walks.

export const LANGUAGES = ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'prs', 'so'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const GOAL_KINDS = ['sluttmaal', 'norskmaal', 'delmaal'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const;
export const ACTIVITY_TYPES = [
  'norwegian_course', 'language_practice', 'work_practice', 'job_search', 'course', 'education',
  'recognition', 'meeting', 'health', 'housing', 'other',
] as const;
export const ACTIVITY_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'cancelled'] as const;
export const OWNERS = ['participant', 'caseworker'] as const;
export const EVENT_KINDS = ['class_session', 'meeting', 'kartlegging', 'trekantsamtale', 'placement_shift'] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export const PARTY_ROLES = ['participant', 'caseworker', 'nav_adviser', 'teacher', 'interpreter', 'employer'] as const;
export const RESPONSES = ['coming', 'cant_come'] as const;
export const RECOGNITION_ROUTES = ['hkdir_general', 'regulated_profession', 'vocational'] as const;
export const RECOGNITION_STATUSES = [
  'not_applied', 'draft', 'submitted', 'documents_missing', 'in_processing', 'decided_full',
  'decided_partial', 'rejected', 'appealed',
] as const;
export const DOCUMENT_KINDS = [
  'diploma', 'transcript', 'translation', 'passport_copy', 'cv', 'employment_certificate',
  'course_description', 'language_certificate', 'other',
] as const;
export const DOCUMENT_STATUSES = ['missing', 'ready', 'received', 'not_needed'] as const;
export const AUTHORS = ['participant', 'caseworker'] as const;
/** RejectCode in crates/protocol/src/mutation.rs: why the server refused one change (reject-*). */
export const REJECT_CODES = [
  'not_found', 'caseworker_owned', 'superseded', 'changed_on_other_device', 'event_cancelled', 'invalid_value',
  'id_taken', 'unsupported_language',
] as const;
/** ErrorCode in crates/protocol/src/error.rs: what the server answers a request with (error-*). */
export const ERROR_CODES = [
  'invalid_body', 'invalid_value', 'payload_too_large', 'unauthorized', 'device_revoked', 'forbidden',
  'not_found', 'conflict', 'code_invalid', 'code_expired', 'code_used', 'code_locked', 'rate_limited',
  'unsupported_protocol', 'internal', 'unavailable',
] as const;
/**
 * The device's own error codes (ClientError::code in crates/client/src/error.rs) besides `offline`
 * and `server_error`: a command can throw them, and each has its own sentence (error-*).
 */
export const CLIENT_ERRORS = ['local_storage', 'local_storage_locked', 'not_enrolled', 'already_enrolled'] as const;
/** Sync error codes (SyncStatus.last_error) besides the ErrorCode ones. */
export const SYNC_ERRORS = ['offline', 'server_error', 'unsupported_protocol', 'device_revoked'] as const;
/**
 * The codes the sync bar has a short text of its own for (sync-error-*); any other code reads as
 * sync-error-internal ("something went wrong").
 */
export const SYNC_ERROR_TEXTS = [...SYNC_ERRORS, 'unauthorized', 'unavailable', 'internal'] as const;
/** Mutation names (Rejection.op). */
export const MUTATION_OPS = [
  'set_activity_status', 'propose_activity', 'answer_event', 'add_agenda_item', 'mark_document_ready',
  'send_message', 'mark_messages_read', 'set_preferred_language', 'propose_wording',
] as const;

export type GoalKind = (typeof GOAL_KINDS)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type Owner = (typeof OWNERS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type PartyRole = (typeof PARTY_ROLES)[number];
export type Response = (typeof RESPONSES)[number];
export type RecognitionRoute = (typeof RECOGNITION_ROUTES)[number];
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export type Author = (typeof AUTHORS)[number];
export type RejectCode = (typeof REJECT_CODES)[number];
export type ErrorCode = (typeof ERROR_CODES)[number];
export type ClientErrorCode = (typeof CLIENT_ERRORS)[number];
export type SyncErrorCode = (typeof SYNC_ERRORS)[number];

/** RFC 3339 instant, UTC. */
export type Instant = string;
/** YYYY-MM-DD. */
export type NaiveDate = string;

export interface Text {
  text: string;
  lang: string;
  translations?: Record<string, string>;
}

export interface Profile {
  id: string;
  name: string;
  bydel_id: string;
  bydel_name: string;
  preferred_language: string;
  settled_on: NaiveDate;
  programme_decided_on: NaiveDate | null;
  programme_start: NaiveDate | null;
  programme_end: NaiveDate | null;
  sluttmaal: Text | null;
  norskmaal: Text | null;
  caseworker_id: string | null;
  caseworker_name: string | null;
  recognition_relevant: boolean;
}

export interface Rejection {
  /** The device's own key for this refusal (what the participant dismisses). */
  id: number;
  seq: number;
  op: string;
  target_id: string | null;
  code: RejectCode;
  message: string;
  at: Instant;
}

export interface Local {
  pending: boolean;
  rejected?: Rejection;
}

export interface Goal {
  id: string;
  goal_kind: GoalKind;
  title: Text;
  status: GoalStatus;
  target_date: NaiveDate | null;
}

export interface Activity {
  id: string;
  goal_id: string | null;
  activity_type: ActivityType;
  status: ActivityStatus;
  owner: Owner;
  agreed: boolean;
  title: Text;
  description: Text | null;
  due: NaiveDate | null;
  starts_on: NaiveDate | null;
  ends_on: NaiveDate | null;
  place: Text | null;
}

export type ActivityView = Activity & Local & { mine: boolean };
export type GoalView = Goal & { activities: ActivityView[] };

export interface Course {
  id: string;
  name: Text;
  provider: string;
  level: string | null;
  starts_on: NaiveDate;
  ends_on: NaiveDate;
}

export interface PlanView {
  profile: Profile | null;
  goals: GoalView[];
  other_activities: ActivityView[];
  courses: Course[];
}

export interface Party {
  role: PartyRole;
  name: string | null;
}

export interface Event {
  id: string;
  event_kind: EventKind;
  course_id: string | null;
  activity_id: string | null;
  title: Text | null;
  starts_at: Instant;
  ends_at: Instant;
  place: Text | null;
  room: string | null;
  bring: Text | null;
  parties: Party[];
  status: EventStatus;
  agenda: Text | null;
  next_steps: Text | null;
}

export interface Answer {
  id: string;
  event_id: string;
  response: Response;
  reason: string | null;
  answered_at: Instant;
}

export type AnswerView = Answer & Local;

export interface AgendaItemView extends Local {
  id: string;
  text: Text;
  added_at: Instant;
}

export type EventView = Event & {
  course_name?: Text;
  answer?: AnswerView;
  agenda_items: AgendaItemView[];
  rejected?: Rejection;
};

export interface ScheduleView {
  from: NaiveDate;
  to: NaiveDate;
  events: EventView[];
}

export interface StatusChange {
  status: RecognitionStatus;
  on: NaiveDate;
}

export interface RecognitionCase {
  id: string;
  credential: Text;
  country: string | null;
  level: string | null;
  route: RecognitionRoute;
  authority: string | null;
  status: RecognitionStatus;
  case_number: string | null;
  history: StatusChange[];
}

export interface RequiredDocument {
  id: string;
  case_id: string;
  document_kind: DocumentKind;
  status: DocumentStatus;
  note: Text | null;
}

export type DocumentView = RequiredDocument & Local;
export type CaseView = RecognitionCase & { documents: DocumentView[]; missing: number };

export interface RecognitionView {
  cases: CaseView[];
}

export interface Message {
  id: string;
  author: Author;
  author_name: string | null;
  body: Text;
  sent_at: Instant;
  read_at: Instant | null;
  /** Set when the caseworker sent it from a template (crates/protocol/src/template.rs). */
  template?: MessageTemplate | null;
}

export type MessageView = Message & Local;

export interface MessagesView {
  messages: MessageView[];
  unread: number;
}

export interface SyncStatus {
  enrolled: boolean;
  server_url?: string;
  last_synced_at?: Instant;
  last_attempt_at?: Instant;
  last_error?: string;
  pending: number;
  rejected: Rejection[];
}

export interface TodayView {
  profile: Profile | null;
  next_events: EventView[];
  activities_due: ActivityView[];
  unread_messages: number;
  unread: MessageView[];
  sync: SyncStatus;
}

export interface Settings {
  language: string | null;
  textScale: number;
  reminderMinutes: number;
  keyStorage: 'keystore' | 'file';
}

/** What a command throws: `code` is an ErrorCode, a ClientErrorCode, `offline` or `server_error`. */
export interface CommandError {
  code: ErrorCode | ClientErrorCode | 'offline' | 'server_error' | (string & {});
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

/** A template parameter's value with its type (TemplateValue in template.rs). */
export type TemplateValue =
  | { type: 'date_time'; value: Instant }
  | { type: 'date'; value: NaiveDate }
  | { type: 'document_kind'; value: DocumentKind }
  | { type: 'document_kinds'; value: DocumentKind[] };

/** A message from a template: the key, the typed values, and the caseworker's own words (Norwegian). */
export interface MessageTemplate {
  key: string;
  /** A newer server may send a type this app does not know: the message is then shown from its body. */
  params?: Record<string, TemplateValue | { type: string; value?: unknown }>;
  note?: string | null;
}
