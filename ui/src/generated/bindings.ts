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

export type Owner = "participant" | "caseworker" | "school";
export const OWNERS = ["participant", "caseworker", "school"] as const satisfies readonly Owner[];

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

export type ProposalOutcome = "agreed" | "declined" | "commented";
export const PROPOSAL_OUTCOMES = ["agreed", "declined", "commented"] as const satisfies readonly ProposalOutcome[];

/**
 * The caseworker's classification of an absence (integreringsforskriften chapter 3): valid,
 * with its kind, or without valid reason (which reduces the benefit, integreringsloven § 21).
 */
export type AbsenceKind = "own_illness_self_certified" | "own_illness_doctors_note" | "child_illness" | "welfare_leave" | "holy_day" | "other_approved_leave" | "no_valid_reason";
export const ABSENCE_KINDS = ["own_illness_self_certified", "own_illness_doctors_note", "child_illness", "welfare_leave", "holy_day", "other_approved_leave", "no_valid_reason"] as const satisfies readonly AbsenceKind[];

/**
 * Where an absence stands, as the participant sees it.
 */
export type AbsenceStatus = "not_assessed" | "approved" | "needs_document" | "no_valid_reason";
export const ABSENCE_STATUSES = ["not_assessed", "approved", "needs_document", "no_valid_reason"] as const satisfies readonly AbsenceStatus[];

/**
 * Accepted, or why not: each rejection tells the participant what to do next.
 */
export type VerdictCode = "accepted" | "unreadable" | "wrong_document" | "needs_authorised_translation" | "needs_original";
export const VERDICT_CODES = ["accepted", "unreadable", "wrong_document", "needs_authorised_translation", "needs_original"] as const satisfies readonly VerdictCode[];

/**
 * Why the server discarded a page's bytes once they had all arrived.
 */
export type PageRejectReason = "hash_mismatch" | "wrong_content_type" | "not_allowed";
export const PAGE_REJECT_REASONS = ["hash_mismatch", "wrong_content_type", "not_allowed"] as const satisfies readonly PageRejectReason[];

/**
 * Why the server refused a mutation. The device shows it, translated, next to what it was about.
 */
export type RejectCode = "not_found" | "caseworker_owned" | "superseded" | "changed_on_other_device" | "event_cancelled" | "invalid_value" | "id_taken" | "unsupported_language" | "document_accepted" | "too_large";
export const REJECT_CODES = ["not_found", "caseworker_owned", "superseded", "changed_on_other_device", "event_cancelled", "invalid_value", "id_taken", "unsupported_language", "document_accepted", "too_large"] as const satisfies readonly RejectCode[];

export type ErrorCode = "invalid_body" | "invalid_value" | "payload_too_large" | "unauthorized" | "device_revoked" | "forbidden" | "not_found" | "conflict" | "code_invalid" | "code_expired" | "code_used" | "code_locked" | "rate_limited" | "unsupported_protocol" | "internal" | "unavailable" | "offset_mismatch" | "page_rejected";
export const ERROR_CODES = ["invalid_body", "invalid_value", "payload_too_large", "unauthorized", "device_revoked", "forbidden", "not_found", "conflict", "code_invalid", "code_expired", "code_used", "code_locked", "rate_limited", "unsupported_protocol", "internal", "unavailable", "offset_mismatch", "page_rejected"] as const satisfies readonly ErrorCode[];

/**
 * What went wrong on the device's side of the network; the server's own reasons are [`ErrorCode`]s.
 */
export type DeviceErrorCode = "local_storage" | "local_storage_locked" | "not_enrolled" | "already_enrolled" | "offline" | "server_error";
export const DEVICE_ERROR_CODES = ["local_storage", "local_storage_locked", "not_enrolled", "already_enrolled", "offline", "server_error"] as const satisfies readonly DeviceErrorCode[];

/**
 * Where one page stands.
 */
export type PageState = "on_device" | "sending" | "sent" | "refused" | "other_device";
export const PAGE_STATES = ["on_device", "sending", "sent", "refused", "other_device"] as const satisfies readonly PageState[];

/**
 * A required document's pages as a whole.
 */
export type PackState = "no_pages" | "on_device" | "sending" | "in_review" | "judged";
export const PACK_STATES = ["no_pages", "on_device", "sending", "in_review", "judged"] as const satisfies readonly PackState[];

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
 * That a caseworker of the participant's bydel saw something the participant sent (an answer, an
 * agenda question, a proposal, a document marked ready, a message): the device shows "seen by
 * <first name>". Only the first name travels: the participant knows their caseworker by it.
 */
export type Seen = {
  by: string,
  at: string,
};

/**
 * What the caseworker answered to a participant's proposed activity.
 */
export type ProposalResponse = {
  outcome: ProposalOutcome,
  /**
   * The caseworker's reason or comment, as written (in Norwegian).
   */
  comment?: Text | null,
  /**
   * The caseworker's first name.
   */
  by: string,
  at: string,
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
  /**
   * A next step agreed in this meeting (an [`Event`] of the same participant): the plan says
   * where it came from and the meeting's card lists it. Older devices and servers ignore it.
   */
  from_event_id?: string,
  /**
   * Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
   * cleared when the participant changes it, since that is a new thing to see.
   */
  seen?: Seen | null,
  /**
   * The caseworker's answer to the participant's proposal: agreed, declined or commented on.
   */
  response?: ProposalResponse | null,
};

export type Course = {
  id: string,
  name: Text,
  provider: string,
  level: string | null,
  starts_on: string,
  ends_on: string,
  /**
   * The school that keeps the course (Voksenopplæringen), when it is a school's: its members
   * may come from any bydel. Older devices ignore it.
   */
  school_id?: string,
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
  /**
   * A three-way meeting's part from the school, written by a teacher who is one of its
   * parties: the participant's progress in Norwegian, their attendance. Older devices ignore it.
   */
  school_part?: Text | null,
  /**
   * When, where and in which room it was before a caseworker last moved or changed it (set
   * by the server, never by the writer), so the participant's card and notification can say
   * what changed. Older devices ignore it; older servers leave it out. Boxed: most events
   * never move, and a row is only as large as its largest kind.
   */
  previous?: EventPrevious | null,
};

/**
 * An appointment's time and place before its last change.
 */
export type EventPrevious = {
  starts_at: string,
  room?: string | null,
  place?: Text | null,
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
  /**
   * Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
   * cleared when the participant changes it, since that is a new thing to see.
   */
  seen?: Seen | null,
};

export type StatusChange = {
  status: RecognitionStatus,
  on: string,
};

/**
 * That the bydel sent the application pack to the deciding authority.
 */
export type SentToAuthority = {
  on: string,
  /**
   * The authority's reference (HK-dir's case number) as the caseworker typed it.
   */
  reference: string,
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
  /**
   * The bydel sent the application pack to the authority (HK-dir): when, and the authority's
   * reference. Set from the console, which moves the case to submitted at the same time. Older
   * devices ignore it; a case without it is written as before.
   */
  sent?: SentToAuthority,
};

/**
 * What the caseworker decided about a document's pages.
 */
export type DocumentVerdict = {
  code: VerdictCode,
  /**
   * The caseworker's note, as written (in Norwegian).
   */
  note?: string,
  at: string,
};

export type RequiredDocument = {
  id: string,
  case_id: string,
  document_kind: DocumentKind,
  status: DocumentStatus,
  note: Text | null,
  /**
   * Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
   * set only while the participant's "ready" is what there is to see, and
   * cleared by a new "ready", since that is a new thing to see.
   */
  seen?: Seen | null,
  /**
   * The caseworker's verdict on the pages the participant sent for this document. The server
   * clears it when a new page of the document has been received (the document is waiting for
   * review again). Older devices ignore it.
   */
  verdict?: DocumentVerdict,
};

/**
 * What a page's bytes are. The server checks it against the bytes themselves (their magic
 * numbers) once they have all arrived.
 */
export type PageType = "image/jpeg" | "image/png" | "image/heic" | "application/pdf";

/**
 * One page (a photo, a scan or a PDF) of a required document, as the participant's device added
 * it. The bytes travel separately (`/api/v1/pages/{id}/upload`) and are kept outside the rows;
 * the device chooses the id, which begins with its device id and `-`.
 */
export type DocumentPage = {
  id: string,
  document_id: string,
  /**
   * The page's place in its document, from 0: the pack is put together in this order.
   */
  index: number,
  content_type: PageType,
  /**
   * Bytes, as the device stored it.
   */
  size: number,
  /**
   * The SHA-256 of the bytes, lowercase hex.
   */
  sha256: string,
  /**
   * Set by the server once every byte arrived and the hash and content type matched.
   */
  received: boolean,
  created_at: string,
};

/**
 * Where a page's upload stands: the answer to `GET`, to every accepted `PUT`, and (inside
 * [`UploadConflict`]) to a `PUT` at the wrong offset.
 */
export type UploadState = {
  /**
   * Bytes the server has, from the start of the page: the next `PUT` sends from here.
   */
  received: number,
  /**
   * The page's size as its row declares it.
   */
  size: number,
  /**
   * Every byte arrived and the hash and content type matched (the row's `received`).
   */
  complete: boolean,
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
  /**
   * Who read a participant's message (set with `read_at` when a caseworker marks it read).
   */
  seen?: Seen | null,
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

/**
 * Where something the participant sent stands: still on the phone, at the server, or seen by a
 * caseworker (by first name). The one status line on its card says this.
 */
export type Receipt = { "state": "waiting" } | { "state": "sent" } | { "state": "seen", by?: string, at: string, };

/**
 * Which meeting a next step came from: enough to say "agreed in the meeting on 4 December".
 */
export type MeetingRef = {
  event_id: string,
  event_kind: EventKind,
  starts_at: string,
};

export type ActivityView = {
  /**
   * The participant may move it between proposed, in progress and done.
   */
  mine: boolean,
  /**
   * For the participant's proposal or their change to it: waiting, sent or seen.
   */
  receipt?: Receipt,
  /**
   * The meeting this step was agreed in, when it is one (`from_event_id`) the device has.
   */
  from_meeting?: MeetingRef,
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
   * A next step agreed in this meeting (an [`Event`] of the same participant): the plan says
   * where it came from and the meeting's card lists it. Older devices and servers ignore it.
   */
  from_event_id?: string,
  /**
   * Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
   * cleared when the participant changes it, since that is a new thing to see.
   */
  seen?: Seen | null,
  /**
   * The caseworker's answer to the participant's proposal: agreed, declined or commented on.
   */
  response?: ProposalResponse | null,
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

/**
 * One course's attendance this month.
 */
export type CourseAttendance = {
  course_id: string,
  course_name?: Text,
  /**
   * Sessions with a mark this month.
   */
  sessions: number,
  present: number,
  late: number,
  absent: number,
};

/**
 * One absence: this month's, or an older one still waiting for a doctor's note.
 */
export type AbsenceView = {
  event_id: string,
  course_id: string,
  starts_at: string,
  ends_at: string,
  kind?: AbsenceKind,
  status: AbsenceStatus,
};

export type AttendanceView = {
  /**
   * The month shown (Oslo), `YYYY-MM`; empty when nothing is recorded.
   */
  month: string,
  courses: Array<CourseAttendance>,
  /**
   * Newest first.
   */
  absences: Array<AbsenceView>,
  /**
   * Days of leave for a sick child left in the last 12 months, when the bydel's allowance is
   * known (the server writes it on each attendance row).
   */
  child_days_left?: number,
};

export type PlanView = {
  profile: Profile | null,
  goals: Array<GoalView>,
  /**
   * Next steps agreed in meetings that belong to no goal: the ones still to do first.
   */
  next_steps: Array<ActivityView>,
  /**
   * Activities that belong to no goal (typically the participant's own proposals).
   */
  other_activities: Array<ActivityView>,
  courses: Array<Course>,
  /**
   * Attendance at Voksenopplæringen this month, so a cut in pay never comes as a surprise.
   */
  attendance: AttendanceView,
};

export type AnswerView = {
  receipt: Receipt,
  id: string,
  event_id: string,
  response: Response,
  reason: string | null,
  answered_at: string,
  /**
   * Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
   * cleared when the participant changes it, since that is a new thing to see.
   */
  seen?: Seen | null,
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
  receipt: Receipt,
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
   * The next steps agreed in this meeting, as they stand in the plan.
   */
  steps: Array<ActivityView>,
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
  /**
   * A three-way meeting's part from the school, written by a teacher who is one of its
   * parties: the participant's progress in Norwegian, their attendance. Older devices ignore it.
   */
  school_part?: Text | null,
  /**
   * When, where and in which room it was before a caseworker last moved or changed it (set
   * by the server, never by the writer), so the participant's card and notification can say
   * what changed. Older devices ignore it; older servers leave it out. Boxed: most events
   * never move, and a row is only as large as its largest kind.
   */
  previous?: EventPrevious | null,
};

export type ScheduleView = {
  from: string,
  to: string,
  events: Array<EventView>,
};

export type PageView = {
  id: string,
  /**
   * 0-based order within the document.
   */
  index: number,
  content_type: PageType,
  size: number,
  state: PageState,
  /**
   * Whole percent sent (100 once sent).
   */
  percent: number,
  /**
   * A small image of the page made when it was added (a data URL); none for a PDF or a page
   * added on another device.
   */
  thumbnail?: string,
  /**
   * The participant may remove it (until the caseworker accepts the document).
   */
  removable: boolean,
};

/**
 * Progress of one page's upload, for the UI's progress bar.
 */
export type PageProgress = {
  page_id: string,
  sent: number,
  total: number,
};

export type DocumentView = {
  /**
   * For a document the participant marked ready: waiting, sent or seen.
   */
  receipt?: Receipt,
  /**
   * The pages the participant photographed or chose for it, in order.
   */
  pages: Array<PageView>,
  /**
   * Where the document's pages stand as a whole (the line under its name).
   */
  pack: PackState,
  /**
   * More pages may be added (not accepted yet, the case not decided).
   */
  can_add_pages: boolean,
  id: string,
  case_id: string,
  document_kind: DocumentKind,
  status: DocumentStatus,
  note: Text | null,
  /**
   * Set by the server when a caseworker of the participant's bydel saw it (see [`Seen`]);
   * set only while the participant's "ready" is what there is to see, and
   * cleared by a new "ready", since that is a new thing to see.
   */
  seen?: Seen | null,
  /**
   * The caseworker's verdict on the pages the participant sent for this document. The server
   * clears it when a new page of the document has been received (the document is waiting for
   * review again). Older devices ignore it.
   */
  verdict?: DocumentVerdict,
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
  /**
   * The bydel sent the application pack to the authority (HK-dir): when, and the authority's
   * reference. Set from the console, which moves the case to submitted at the same time. Older
   * devices ignore it; a case without it is written as before.
   */
  sent?: SentToAuthority,
};

export type RecognitionView = {
  cases: Array<CaseView>,
};

export type MessageView = {
  /**
   * For the participant's own message (seen is read): waiting, sent or seen.
   */
  receipt?: Receipt,
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
   * Who read a participant's message (set with `read_at` when a caseworker marks it read).
   */
  seen?: Seen | null,
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
   * Documents the participant still has to get for their recognition cases (not ready, not
   * received): Today says how many and leads to Recognition.
   */
  documents_missing: number,
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

