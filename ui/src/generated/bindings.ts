// Generated from the Rust types by ts-rs (crates/client/src/ts.rs): do not edit.
// `cargo xtask ts` writes it again; `cargo test -p veikart-client` fails while it is out of date.

// The languages of the participant app (veikart_protocol::LANGUAGES).

export const LANGUAGES = ["nb", "en", "uk", "ru", "ar", "ti", "prs", "so"] as const;
export type Lang = (typeof LANGUAGES)[number];

// Codes the UI translates, each with the list of its values.

export type GoalKind = "sluttmaal" | "norskmaal" | "delmaal";
export const GOAL_KINDS = ["sluttmaal", "norskmaal", "delmaal"] as const satisfies readonly GoalKind[];

export type GoalStatus = "active" | "achieved" | "dropped";
export const GOAL_STATUSES = ["active", "achieved", "dropped"] as const satisfies readonly GoalStatus[];

export type ActivityType = "norwegian_course" | "language_practice" | "work_practice" | "job_search" | "course" | "education" | "recognition" | "meeting" | "health" | "housing" | "other";
export const ACTIVITY_TYPES = ["norwegian_course", "language_practice", "work_practice", "job_search", "course", "education", "recognition", "meeting", "health", "housing", "other"] as const satisfies readonly ActivityType[];

/**
 * NAV's activity model: proposed, planned, in progress, done, cancelled.
 */
export type ActivityStatus = "proposed" | "planned" | "in_progress" | "done" | "cancelled";
export const ACTIVITY_STATUSES = ["proposed", "planned", "in_progress", "done", "cancelled"] as const satisfies readonly ActivityStatus[];

export type Owner = "participant" | "caseworker";
export const OWNERS = ["participant", "caseworker"] as const satisfies readonly Owner[];

export type EventKind = "class_session" | "meeting" | "kartlegging" | "trekantsamtale" | "placement_shift";
export const EVENT_KINDS = ["class_session", "meeting", "kartlegging", "trekantsamtale", "placement_shift"] as const satisfies readonly EventKind[];

export type EventStatus = "scheduled" | "cancelled";
export const EVENT_STATUSES = ["scheduled", "cancelled"] as const satisfies readonly EventStatus[];

export type PartyRole = "participant" | "caseworker" | "nav_adviser" | "teacher" | "interpreter" | "employer";
export const PARTY_ROLES = ["participant", "caseworker", "nav_adviser", "teacher", "interpreter", "employer"] as const satisfies readonly PartyRole[];

export type Response = "coming" | "cant_come";
export const RESPONSES = ["coming", "cant_come"] as const satisfies readonly Response[];

export type RecognitionRoute = "hkdir_general" | "regulated_profession" | "vocational";
export const RECOGNITION_ROUTES = ["hkdir_general", "regulated_profession", "vocational"] as const satisfies readonly RecognitionRoute[];

export type RecognitionStatus = "not_applied" | "draft" | "submitted" | "documents_missing" | "in_processing" | "decided_full" | "decided_partial" | "rejected" | "appealed";
export const RECOGNITION_STATUSES = ["not_applied", "draft", "submitted", "documents_missing", "in_processing", "decided_full", "decided_partial", "rejected", "appealed"] as const satisfies readonly RecognitionStatus[];

export type DocumentKind = "diploma" | "transcript" | "translation" | "passport_copy" | "cv" | "employment_certificate" | "course_description" | "language_certificate" | "other";
export const DOCUMENT_KINDS = ["diploma", "transcript", "translation", "passport_copy", "cv", "employment_certificate", "course_description", "language_certificate", "other"] as const satisfies readonly DocumentKind[];

export type DocumentStatus = "missing" | "ready" | "received" | "not_needed";
export const DOCUMENT_STATUSES = ["missing", "ready", "received", "not_needed"] as const satisfies readonly DocumentStatus[];

export type Author = "participant" | "caseworker";
export const AUTHORS = ["participant", "caseworker"] as const satisfies readonly Author[];

/**
 * Why the server refused a mutation. The device shows it, translated, next to what it was about.
 */
export type RejectCode = "not_found" | "caseworker_owned" | "superseded" | "changed_on_other_device" | "event_cancelled" | "invalid_value" | "id_taken" | "unsupported_language";
export const REJECT_CODES = ["not_found", "caseworker_owned", "superseded", "changed_on_other_device", "event_cancelled", "invalid_value", "id_taken", "unsupported_language"] as const satisfies readonly RejectCode[];

export type ErrorCode = "invalid_body" | "invalid_value" | "payload_too_large" | "unauthorized" | "device_revoked" | "forbidden" | "not_found" | "conflict" | "code_invalid" | "code_expired" | "code_used" | "code_locked" | "rate_limited" | "unsupported_protocol" | "internal" | "unavailable";
export const ERROR_CODES = ["invalid_body", "invalid_value", "payload_too_large", "unauthorized", "device_revoked", "forbidden", "not_found", "conflict", "code_invalid", "code_expired", "code_used", "code_locked", "rate_limited", "unsupported_protocol", "internal", "unavailable"] as const satisfies readonly ErrorCode[];

/**
 * What went wrong on the device's side of the network; the server's own reasons are [`ErrorCode`]s.
 */
export type DeviceErrorCode = "local_storage" | "local_storage_locked" | "not_enrolled" | "already_enrolled" | "offline" | "server_error";
export const DEVICE_ERROR_CODES = ["local_storage", "local_storage_locked", "not_enrolled", "already_enrolled", "offline", "server_error"] as const satisfies readonly DeviceErrorCode[];

/**
 * The code of a failed command or sync, which the UI translates (`error-<code>`,
 * `sync-error-<code>`): the device's own or the server's. On the wire it is the bare code; the two
 * lists share no code, so it reads back as what it was.
 */
export type ClientErrorCode = DeviceErrorCode | ErrorCode;

// Rows (crates/protocol/src/row.rs).

/**
 * Free text as a person wrote it, with the language it was written in and optional translations
 * (keyed by language tag) that a caseworker added.
 */
export type Text = {
  text: string,
  lang: string,
  translations?: { [key in string]: string },
};

/**
 * The participant as their own device sees them. The id is the participant id. No national
 * identity number is ever kept.
 */
export type Profile = {
  id: string,
  name: string,
  bydel_id: string,
  bydel_name: string,
  preferred_language: string,
  settled_on: string,
  /**
   * When the municipality decided the participant's introduction programme (§ 12).
   */
  programme_decided_on: string | null,
  programme_start: string | null,
  programme_end: string | null,
  sluttmaal: Text | null,
  norskmaal: Text | null,
  caseworker_id: string | null,
  caseworker_name: string | null,
  /**
   * The plan says an application for recognition of education is relevant.
   */
  recognition_relevant: boolean,
};

export type Goal = {
  id: string,
  goal_kind: GoalKind,
  title: Text,
  status: GoalStatus,
  target_date: string | null,
};

export type Activity = {
  id: string,
  goal_id: string | null,
  activity_type: ActivityType,
  status: ActivityStatus,
  /**
   * Who may move it between proposed, in progress and done.
   */
  owner: Owner,
  /**
   * Agreed with the caseworker (a participant's proposal becomes agreed when the caseworker accepts).
   */
  agreed: boolean,
  title: Text,
  description: Text | null,
  due: string | null,
  /**
   * Placements (language or work practice) have a period and a place.
   */
  starts_on: string | null,
  ends_on: string | null,
  place: Text | null,
};

export type Course = {
  id: string,
  name: Text,
  provider: string,
  level: string | null,
  starts_on: string,
  ends_on: string,
};

export type Party = {
  role: PartyRole,
  name: string | null,
};

export type Event = {
  id: string,
  event_kind: EventKind,
  /**
   * Set for class sessions: the course the session belongs to.
   */
  course_id: string | null,
  /**
   * Set for placement shifts: the placement activity.
   */
  activity_id: string | null,
  title: Text | null,
  starts_at: string,
  ends_at: string,
  place: Text | null,
  room: string | null,
  /**
   * What to bring.
   */
  bring: Text | null,
  parties: Array<Party>,
  status: EventStatus,
  /**
   * The caseworker's agenda; participants add questions as [`AgendaItem`]s.
   */
  agenda: Text | null,
  /**
   * The next steps agreed in the meeting, written afterwards.
   */
  next_steps: Text | null,
};

/**
 * A participant's answer to an event. Kept in the participant's scope with the id
 * `answer:<participant id>:<event id>`, so answers to a shared class session stay private.
 */
export type Answer = {
  id: string,
  event_id: string,
  response: Response,
  reason: string | null,
  answered_at: string,
};

export type StatusChange = {
  status: RecognitionStatus,
  on: string,
};

export type RecognitionCase = {
  id: string,
  /**
   * What is to be recognised, e.g. "Bachelor i sykepleie".
   */
  credential: Text,
  country: string | null,
  level: string | null,
  route: RecognitionRoute,
  /**
   * Who decides: HK-dir, Helsedirektoratet, the county …
   */
  authority: string | null,
  status: RecognitionStatus,
  case_number: string | null,
  /**
   * Every status the case has had, oldest first; the server appends on each status change.
   */
  history: Array<StatusChange>,
};

export type RequiredDocument = {
  id: string,
  case_id: string,
  document_kind: DocumentKind,
  status: DocumentStatus,
  note: Text | null,
};

export type Message = {
  id: string,
  author: Author,
  author_name: string | null,
  /**
   * What every device can show. For a message from a template, the server writes it: the
   * template's text in Norwegian, then the caseworker's own words (`template::template_body`).
   */
  body: Text,
  sent_at: string,
  /**
   * When the other side read it.
   */
  read_at: string | null,
  /**
   * Set when a caseworker composed the message from a template: a device that knows the key
   * shows it in the participant's language; one that does not (older apps ignore the field)
   * shows `body`.
   */
  template?: MessageTemplate | null,
};

/**
 * A message made from one of [`MESSAGE_TEMPLATES`].
 */
export type MessageTemplate = {
  /**
   * One of the keys of [`MESSAGE_TEMPLATES`].
   */
  key: string,
  /**
   * The template's parameters by name, each with its type.
   */
  params?: { [key in string]: TemplateValue },
  /**
   * Words the caseworker wrote under the template's text, in Norwegian. They cannot be
   * translated on the device, which marks them as written in Norwegian.
   */
  note?: string | null,
};

/**
 * A parameter's value, with its type, so a device can format it without knowing the template:
 * `{"type": "date_time", "value": "2026-08-18T07:00:00Z"}`.
 */
export type TemplateValue = { "type": "date_time", "value": string } | { "type": "date", "value": string } | { "type": "document_kind", "value": DocumentKind } | { "type": "document_kinds", "value": Array<DocumentKind> } | { type: string, value?: unknown };

// What the commands return (crates/client/src/views.rs).

/**
 * Marks on anything the participant sees: whether a change of theirs is still waiting to be sent,
 * and whether the server refused one (with the reason code the UI translates).
 */
export type Local = {
  /**
   * A change of the participant's is waiting in the outbox.
   */
  pending: boolean,
  /**
   * The server refused the participant's last change to this item.
   */
  rejected?: Rejection,
};

export type Rejection = {
  /**
   * The device's own key for this refusal (what the participant dismisses).
   */
  id: number,
  /**
   * The mutation's sequence number when the server refused it.
   */
  seq: number,
  /**
   * The mutation's name, e.g. `set_activity_status`.
   */
  op: string,
  target_id: string | null,
  code: RejectCode,
  /**
   * The server's message, for support; the UI shows the translated code.
   */
  message: string,
  at: string,
};

export type ActivityView = {
  /**
   * The participant may move it between proposed, in progress and done.
   */
  mine: boolean,
  id: string,
  goal_id: string | null,
  activity_type: ActivityType,
  status: ActivityStatus,
  /**
   * Who may move it between proposed, in progress and done.
   */
  owner: Owner,
  /**
   * Agreed with the caseworker (a participant's proposal becomes agreed when the caseworker accepts).
   */
  agreed: boolean,
  title: Text,
  description: Text | null,
  due: string | null,
  /**
   * Placements (language or work practice) have a period and a place.
   */
  starts_on: string | null,
  ends_on: string | null,
  place: Text | null,
  /**
   * A change of the participant's is waiting in the outbox.
   */
  pending: boolean,
  /**
   * The server refused the participant's last change to this item.
   */
  rejected?: Rejection,
};

export type GoalView = {
  activities: Array<ActivityView>,
  id: string,
  goal_kind: GoalKind,
  title: Text,
  status: GoalStatus,
  target_date: string | null,
};

export type PlanView = {
  profile: Profile | null,
  goals: Array<GoalView>,
  /**
   * Activities that belong to no goal (typically the participant's own proposals).
   */
  other_activities: Array<ActivityView>,
  courses: Array<Course>,
};

export type AnswerView = {
  id: string,
  event_id: string,
  response: Response,
  reason: string | null,
  answered_at: string,
  /**
   * A change of the participant's is waiting in the outbox.
   */
  pending: boolean,
  /**
   * The server refused the participant's last change to this item.
   */
  rejected?: Rejection,
};

export type AgendaItemView = {
  id: string,
  text: Text,
  added_at: string,
  /**
   * A change of the participant's is waiting in the outbox.
   */
  pending: boolean,
  /**
   * The server refused the participant's last change to this item.
   */
  rejected?: Rejection,
};

export type EventView = {
  /**
   * The course's name, for class sessions.
   */
  course_name?: Text,
  answer?: AnswerView,
  agenda_items: Array<AgendaItemView>,
  /**
   * A rejected answer or agenda question about this event.
   */
  rejected?: Rejection,
  id: string,
  event_kind: EventKind,
  /**
   * Set for class sessions: the course the session belongs to.
   */
  course_id: string | null,
  /**
   * Set for placement shifts: the placement activity.
   */
  activity_id: string | null,
  title: Text | null,
  starts_at: string,
  ends_at: string,
  place: Text | null,
  room: string | null,
  /**
   * What to bring.
   */
  bring: Text | null,
  parties: Array<Party>,
  status: EventStatus,
  /**
   * The caseworker's agenda; participants add questions as [`AgendaItem`]s.
   */
  agenda: Text | null,
  /**
   * The next steps agreed in the meeting, written afterwards.
   */
  next_steps: Text | null,
};

export type ScheduleView = {
  from: string,
  to: string,
  events: Array<EventView>,
};

export type DocumentView = {
  id: string,
  case_id: string,
  document_kind: DocumentKind,
  status: DocumentStatus,
  note: Text | null,
  /**
   * A change of the participant's is waiting in the outbox.
   */
  pending: boolean,
  /**
   * The server refused the participant's last change to this item.
   */
  rejected?: Rejection,
};

export type CaseView = {
  documents: Array<DocumentView>,
  /**
   * Documents still missing (not ready, not received).
   */
  missing: number,
  id: string,
  /**
   * What is to be recognised, e.g. "Bachelor i sykepleie".
   */
  credential: Text,
  country: string | null,
  level: string | null,
  route: RecognitionRoute,
  /**
   * Who decides: HK-dir, Helsedirektoratet, the county …
   */
  authority: string | null,
  status: RecognitionStatus,
  case_number: string | null,
  /**
   * Every status the case has had, oldest first; the server appends on each status change.
   */
  history: Array<StatusChange>,
};

export type RecognitionView = {
  cases: Array<CaseView>,
};

export type MessageView = {
  id: string,
  author: Author,
  author_name: string | null,
  /**
   * What every device can show. For a message from a template, the server writes it: the
   * template's text in Norwegian, then the caseworker's own words (`template::template_body`).
   */
  body: Text,
  sent_at: string,
  /**
   * When the other side read it.
   */
  read_at: string | null,
  /**
   * Set when a caseworker composed the message from a template: a device that knows the key
   * shows it in the participant's language; one that does not (older apps ignore the field)
   * shows `body`.
   */
  template?: MessageTemplate | null,
  /**
   * A change of the participant's is waiting in the outbox.
   */
  pending: boolean,
  /**
   * The server refused the participant's last change to this item.
   */
  rejected?: Rejection,
};

export type MessagesView = {
  /**
   * Oldest first.
   */
  messages: Array<MessageView>,
  /**
   * The caseworker's messages not yet marked read.
   */
  unread: number,
};

export type TodayView = {
  profile: Profile | null,
  /**
   * The next appointments (not cancelled, not over), soonest first.
   */
  next_events: Array<EventView>,
  /**
   * The participant's open activities that are due within two weeks or overdue.
   */
  activities_due: Array<ActivityView>,
  unread_messages: number,
  /**
   * The newest messages from the caseworker not yet read.
   */
  unread: Array<MessageView>,
  sync: SyncStatus,
};

export type SyncStatus = {
  enrolled: boolean,
  server_url?: string,
  last_synced_at?: string,
  last_attempt_at?: string,
  /**
   * The last sync failed: a code (`offline`, `server_error`, `unsupported_protocol` …).
   */
  last_error?: ClientErrorCode,
  /**
   * Changes waiting to be sent.
   */
  pending: number,
  /**
   * Changes the server refused, newest first, until the participant dismisses them.
   */
  rejected: Array<Rejection>,
};

