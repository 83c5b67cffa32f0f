// A fake Rust side for browser tests and `npm run dev`: the commands of docs/ui-contract.md over an
// in-memory store, with an outbox that an "online" sync applies or rejects, like the real client.
import { mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import { addDays, osloDate } from '../../src/format';
import type {
  ActivityStatus, ActivityView, CaseView, ClientErrorCode, DocumentVerdict, DocumentView, EventView, MessageView, PackState,
  PageType, PageView, ProposalOutcome, Receipt, RejectCode, Rejection, Seen, Settings, SyncStatus, VerdictCode,
} from '../../src/types';
import { PERSONAS, type Persona, type PersonaName } from './personas';

export interface MockConfig {
  persona?: PersonaName;
  language?: string | null;
  enrolled?: boolean;
  online?: boolean;
  textScale?: number;
  /** Right-to-left and U+202E text from the caseworker (bidiPersona): the bidi browser test. */
  bidi?: boolean;
  /** The device has a camera scanner (a phone), and what it reads when asked to scan. */
  canScan?: boolean;
  scanned?: string;
  /** Every sync fails with this code (e.g. `unavailable`, the server's 503) and keeps the outbox. */
  syncError?: ClientErrorCode | null;
}

/**
 * Text that would reorder the line around it if the UI did not isolate it: an Arabic caseworker
 * name, a Hebrew name, and strings starting with U+202E (RIGHT-TO-LEFT OVERRIDE).
 */
export const BIDI = {
  author: 'محمد يوهانسن',
  message: '\u202EHusk pass og vitnemål i morgen',
  activity: '\u202Eשרה לוי: Bestille time hos fastlegen',
  room: '\u202E214, 2. etasje',
  roomArabic: 'قاعة ٢١٤',
} as const;

/** Semhar with the BIDI strings in a caseworker message, an activity title and two rooms. */
export function bidiPersona(base: Persona): Persona {
  const p = structuredClone(base);
  for (const m of p.messages) {
    if (m.author !== 'caseworker') continue;
    m.author_name = BIDI.author;
  }
  const last = p.messages.filter((m) => m.author === 'caseworker').at(-1);
  if (last) last.body = { text: BIDI.message, lang: 'he' };
  const due = p.activities.find((a) => a.id === 'a-s4') ?? p.activities[0];
  if (due) due.title = { text: BIDI.activity, lang: 'he' };
  const [first, ...rest] = p.events.filter((e) => e.room);
  if (first) first.room = BIDI.room;
  for (const e of rest) e.room = BIDI.roomArabic;
  if (p.profile.caseworker_name) p.profile.caseworker_name = BIDI.author;
  for (const e of p.events) for (const party of e.parties) if (party.role === 'caseworker') party.name = BIDI.author;
  return p;
}

interface Pending {
  seq: number;
  op: string;
  target: string | null;
  undo: () => void;
  commit?: () => void;
}

type Args = Record<string, unknown>;

/** A page of a required document as the mock keeps it: the row, and what the device holds of it. */
interface MockPage {
  id: string;
  document_id: string;
  index: number;
  content_type: PageType;
  size: number;
  created_at: string;
  /** The server has every byte (the row's `received`). */
  received: boolean;
  /** Bytes sent so far (the progress bar). */
  uploaded: number;
  thumbnail: string | null;
}

/** The content type from the first bytes, as crates/client/src/pages.rs reads it. */
function sniff(b: Uint8Array): PageType | null {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'application/pdf';
  return null;
}

export function installMock(config: MockConfig = {}): void {
  const name = config.persona ?? 'semhar';
  const fresh = (): Persona => (config.bidi ? bidiPersona(PERSONAS[name]) : structuredClone(PERSONAS[name]));
  let p: Persona = fresh();
  const settings: Settings = {
    language: config.language === undefined ? 'nb' : config.language,
    textScale: config.textScale ?? 1,
    reminderMinutes: 60,
    keyStorage: 'keystore',
  };
  let online = config.online ?? p.sync.last_error !== 'offline';
  p.sync.enrolled = config.enrolled ?? true;
  let outbox: Pending[] = [];
  /** Wording proposals made (they change nothing the participant sees). */
  let proposals: { id: string; language: string; key: string; text: string; comment: string | null }[] = [];
  let seq = 0;
  let rejectNext: RejectCode | null = null;
  let syncError: ClientErrorCode | null = config.syncError ?? null;
  /** Commands that throw `{ code }` the next time they are called (the device's own errors …). */
  const failNext = new Map<string, string>();
  const flags = new Map<string, { pending?: boolean; rejected?: Rejection }>();
  const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++seq}`;
  let pages: MockPage[] = [];
  /** Commands the tests look for (e.g. what a page was kept as). */
  const calls: string[] = [];
  /** The caseworker's verdicts, by document. */
  const verdicts = new Map<string, DocumentVerdict>();

  const flag = (id: string) => ({ pending: flags.get(id)?.pending ?? false, ...(flags.get(id)?.rejected ? { rejected: flags.get(id)!.rejected } : {}) });
  const status = (): SyncStatus => ({ ...p.sync, pending: outbox.length, rejected: [...p.sync.rejected] });

  function enqueue(op: string, target: string | null, undo: () => void, commit?: () => void): void {
    const s = ++seq;
    outbox.push({ seq: s, op, target, undo, commit });
    if (target) flags.set(target, { pending: true });
    void emit('data-changed', { source: 'local' });
    void emit('sync-status', status());
  }

  function sync(): SyncStatus {
    const at = new Date().toISOString();
    p.sync.last_attempt_at = at;
    if (!online) {
      p.sync.last_error = 'offline';
      return status();
    }
    if (syncError) {
      // Like the real client on a 503 (`unavailable`) or a failing disk: nothing is sent, the outbox
      // stays as it is, and the status says why.
      p.sync.last_error = syncError;
      void emit('sync-status', status());
      return status();
    }
    for (const m of outbox) {
      if (rejectNext) {
        m.undo();
        const r: Rejection = { id: m.seq, seq: m.seq, op: m.op, target_id: m.target, code: rejectNext, message: `mock: ${rejectNext}`, at };
        p.sync.rejected.unshift(r);
        if (m.target) flags.set(m.target, { pending: false, rejected: r });
        rejectNext = null;
      } else {
        m.commit?.();
        if (m.target) flags.delete(m.target);
      }
    }
    outbox = [];
    delete p.sync.last_error;
    p.sync.last_synced_at = at;
    void emit('data-changed', { source: 'sync' });
    void emit('sync-status', status());
    return status();
  }

  /** As crates/client/src/screens.rs decides it: waiting on the phone, sent, or seen (by whom). */
  const receiptOf = (pending: boolean, seen?: Seen | null): Receipt =>
    pending ? { state: 'waiting' } : seen ? { state: 'seen', by: seen.by, at: seen.at } : { state: 'sent' };
  const activityReceipt = (a: Persona['activities'][number], pending: boolean): Receipt | undefined => {
    if (a.owner !== 'participant') return undefined;
    const open = !a.agreed && a.status === 'proposed' && !a.response;
    return pending || a.seen || open ? receiptOf(pending, a.seen) : undefined;
  };
  /** The meeting a next step was agreed in, as the client names it (screens.rs). */
  const meetingOf = (a: Persona['activities'][number]) => {
    const e = a.from_event_id ? p.events.find((x) => x.id === a.from_event_id) : undefined;
    return e ? { from_meeting: { event_id: e.id, event_kind: e.event_kind, starts_at: e.starts_at } } : {};
  };
  const activityView = (a: Persona['activities'][number]): ActivityView => {
    const f = flag(a.id);
    const receipt = activityReceipt(a, f.pending);
    return { ...a, ...meetingOf(a), ...f, ...(receipt ? { receipt } : {}) };
  };
  const done = (a: ActivityView) => a.status === 'done' || a.status === 'cancelled';
  const stepOrder = (a: ActivityView, b: ActivityView) =>
    Number(done(a)) - Number(done(b)) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id);

  function eventView(e: Persona['events'][number]): EventView {
    const course = p.courses.find((c) => c.id === e.course_id);
    const answer = p.answers.find((a) => a.event_id === e.id);
    const fl = flags.get(e.id);
    return {
      ...e,
      ...(course ? { course_name: course.name } : {}),
      ...(answer ? { answer: { ...answer, pending: fl?.pending ?? false, receipt: receiptOf(fl?.pending ?? false, answer.seen), ...(fl?.rejected ? { rejected: fl.rejected } : {}) } } : {}),
      agenda_items: p.agenda.filter((q) => q.event_id === e.id)
        .map(({ event_id: _e, seen, ...q }) => ({ ...q, ...flag(q.id), receipt: receiptOf(flag(q.id).pending, seen) })),
      steps: p.activities.filter((a) => a.from_event_id === e.id).map(activityView).sort(stepOrder),
      ...(fl?.rejected && !answer ? { rejected: fl.rejected } : {}),
    };
  }

  /** As crates/client/src/screens.rs decides it (page_views, pack_state). */
  function pageViews(documentId: string, accepted: boolean): PageView[] {
    return pages.filter((x) => x.document_id === documentId).sort((a, b) => a.index - b.index).map((x) => {
      const pending = flags.get(x.id)?.pending ?? false;
      const state = x.received ? 'sent' : x.uploaded > 0 && !pending ? 'sending' : 'on_device';
      const percent = state === 'sent' ? 100 : state === 'sending' ? Math.min(99, Math.floor((x.uploaded * 100) / x.size)) : 0;
      return {
        id: x.id, index: x.index, content_type: x.content_type, size: x.size, state, percent,
        ...(x.thumbnail ? { thumbnail: x.thumbnail } : {}), removable: !accepted,
      };
    });
  }
  function packOf(documentId: string, views: PageView[]): PackState {
    const v = verdicts.get(documentId);
    if (v && !pages.some((x) => x.document_id === documentId && x.created_at > v.at)) return 'judged';
    if (!views.length) return 'no_pages';
    if (views.some((x) => x.state === 'sending')) return 'sending';
    return views.every((x) => x.state === 'sent') ? 'in_review' : 'on_device';
  }
  const decided = (c: Persona['cases'][number]) => ['decided_full', 'decided_partial', 'rejected'].includes(c.status);

  function caseView(c: Persona['cases'][number]): CaseView {
    const documents = p.documents.filter((d) => d.case_id === c.id).map((d): DocumentView => {
      const f = flag(d.id);
      const verdict = verdicts.get(d.id);
      const accepted = verdict?.code === 'accepted';
      const views = pageViews(d.id, accepted);
      const pack = packOf(d.id, views);
      return {
        ...d, ...f, ...(f.pending || d.status === 'ready' ? { receipt: receiptOf(f.pending, d.seen) } : {}),
        ...(pack === 'judged' && verdict ? { verdict } : {}),
        pages: views, pack, can_add_pages: !accepted && !decided(c),
      };
    });
    return { ...c, documents, missing: documents.filter((d) => d.status === 'missing').length };
  }

  const messageView = (m: Persona['messages'][number]): MessageView => {
    const f = flag(m.id);
    if (m.author !== 'participant') return { ...m, ...f };
    const receipt: Receipt = f.pending ? { state: 'waiting' } : m.read_at
      ? { state: 'seen', ...(m.seen ? { by: m.seen.by } : {}), at: m.read_at } : { state: 'sent' };
    return { ...m, ...f, receipt };
  };
  const unread = () => p.messages.filter((m) => m.author === 'caseworker' && !m.read_at);

  const commands: Record<string, (a: Args) => unknown> = {
    rendered: () => null,
    settings: () => ({ ...settings }),
    sync_status: () => status(),
    today: () => {
      const now = Date.now();
      const today = osloDate(new Date(now));
      return {
        profile: p.profile,
        next_events: p.events.filter((e) => e.status === 'scheduled' && Date.parse(e.ends_at) > now)
          .sort((a, b) => a.starts_at.localeCompare(b.starts_at)).slice(0, 5).map(eventView),
        activities_due: p.activities.filter((a) => a.due && a.due <= addDays(today, 14) && a.status !== 'done' && a.status !== 'cancelled')
          .sort((a, b) => a.due!.localeCompare(b.due!)).map(activityView),
        unread_messages: unread().length,
        // As the client counts them: a decided case asks for nothing more.
        documents_missing: p.documents.filter((d) => d.status === 'missing'
          && !p.cases.some((c) => c.id === d.case_id && ['decided_full', 'decided_partial', 'rejected'].includes(c.status))).length,
        unread: unread().slice(-3).map(messageView),
        sync: status(),
      };
    },
    plan: () => ({
      profile: p.profile,
      goals: p.goals.map((g) => ({ ...g, activities: p.activities.filter((a) => a.goal_id === g.id).map(activityView) })),
      next_steps: p.activities.filter((a) => !a.goal_id && a.from_event_id).map(activityView).sort(stepOrder),
      other_activities: p.activities.filter((a) => !a.goal_id && !a.from_event_id).map(activityView),
      courses: p.courses,
      attendance: p.attendance ?? { month: '', courses: [], absences: [] },
    }),
    schedule: ({ from, to }) => ({
      from, to,
      events: p.events.filter((e) => { const d = osloDate(e.starts_at); return d >= (from as string) && d <= (to as string); })
        .sort((a, b) => a.starts_at.localeCompare(b.starts_at)).map(eventView),
    }),
    recognition: () => ({ cases: p.cases.map(caseView) }),
    messages: () => ({ messages: p.messages.map(messageView), unread: unread().length }),

    set_activity_status: ({ activityId, status: s }) => {
      const a = p.activities.find((x) => x.id === activityId);
      if (!a) throw { code: 'not_found', message: 'no such activity' };
      const before = a.status;
      const seenBefore = a.seen;
      a.status = s as ActivityStatus;
      a.seen = null;
      enqueue('set_activity_status', a.id, () => { a.status = before; a.seen = seenBefore; });
    },
    propose_activity: ({ title, description, activityType, goalId, due }) => {
      const id = newId('a');
      p.activities.push({
        id, goal_id: (goalId as string) ?? null, activity_type: activityType as never, status: 'proposed', owner: 'participant',
        agreed: false, title: { text: title as string, lang: settings.language ?? 'nb' },
        description: description ? { text: description as string, lang: settings.language ?? 'nb' } : null,
        due: (due as string) ?? null, starts_on: null, ends_on: null, place: null, mine: true,
      });
      enqueue('propose_activity', id, () => (p.activities = p.activities.filter((x) => x.id !== id)));
    },
    answer_event: ({ eventId, response, reason }) => {
      const e = p.events.find((x) => x.id === eventId);
      if (!e) throw { code: 'not_found', message: 'no such event' };
      const before = p.answers.find((a) => a.event_id === eventId);
      p.answers = p.answers.filter((a) => a.event_id !== eventId);
      p.answers.push({ id: `answer:${eventId}`, event_id: eventId as string, response: response as never, reason: (reason as string) ?? null, answered_at: new Date().toISOString() });
      enqueue('answer_event', eventId as string, () => {
        p.answers = p.answers.filter((a) => a.event_id !== eventId);
        if (before) p.answers.push(before);
      });
    },
    add_agenda_item: ({ eventId, text }) => {
      const id = newId('q');
      p.agenda.push({ id, event_id: eventId as string, text: { text: text as string, lang: settings.language ?? 'nb' }, added_at: new Date().toISOString(), pending: false });
      enqueue('add_agenda_item', id, () => (p.agenda = p.agenda.filter((q) => q.id !== id)));
    },
    mark_document_ready: ({ documentId }) => {
      const d = p.documents.find((x) => x.id === documentId);
      if (!d) throw { code: 'not_found', message: 'no such document' };
      const before = d.status;
      const seenBefore = d.seen;
      d.status = 'ready';
      d.seen = null;
      enqueue('mark_document_ready', d.id, () => { d.status = before; d.seen = seenBefore; });
    },
    add_document_page: ({ bytes, headers }) => {
      const b = bytes as Uint8Array;
      const h = (headers ?? {}) as Record<string, string>;
      const documentId = h['Veikart-Document'];
      const d = p.documents.find((x) => x.id === documentId);
      if (!d) throw { code: 'invalid_value', message: 'no such document' };
      const type = sniff(b);
      if (!type) throw { code: 'invalid_value', message: 'not a photo or a PDF' };
      if (verdicts.get(d.id)?.code === 'accepted') throw { code: 'invalid_value', message: 'accepted' };
      const id = newId('pg');
      const index = Math.max(-1, ...pages.filter((x) => x.document_id === d.id).map((x) => x.index)) + 1;
      pages.push({
        id, document_id: d.id, index, content_type: type, size: b.length, created_at: new Date().toISOString(),
        received: false, uploaded: 0, thumbnail: h['Veikart-Thumbnail'] ?? null,
      });
      calls.push(`add_document_page:${d.id}:${type}:${b.length}`);
      enqueue('add_document_page', id, () => (pages = pages.filter((x) => x.id !== id)));
      return id;
    },
    remove_document_page: ({ pageId }) => {
      const page = pages.find((x) => x.id === pageId);
      if (!page) throw { code: 'invalid_value', message: 'no such page' };
      if (verdicts.get(page.document_id)?.code === 'accepted') throw { code: 'invalid_value', message: 'accepted' };
      pages = pages.filter((x) => x.id !== pageId);
      enqueue('remove_document_page', null, () => pages.push(page));
    },
    send_message: ({ body }) => {
      const id = newId('m');
      p.messages.push({ id, author: 'participant', author_name: p.profile.name, body: { text: body as string, lang: settings.language ?? 'nb' }, sent_at: new Date().toISOString(), read_at: null });
      enqueue('send_message', id, () => (p.messages = p.messages.filter((m) => m.id !== id)));
    },
    propose_wording: ({ language, key, text, comment }) => {
      const id = newId('w');
      proposals.push({ id, language: language as string, key: key as string, text: text as string, comment: (comment as string) ?? null });
      enqueue('propose_wording', id, () => (proposals = proposals.filter((x) => x.id !== id)));
      return id;
    },
    mark_messages_read: () => {
      const ids = unread().map((m) => m.id);
      for (const m of unread()) m.read_at = new Date().toISOString();
      if (ids.length) enqueue('mark_messages_read', null, () => {});
    },
    dismiss_rejection: ({ id }) => {
      p.sync.rejected = p.sync.rejected.filter((r) => r.id !== id);
      for (const [k, v] of flags) if (v.rejected?.id === id) flags.delete(k);
    },
    set_settings: (a) => {
      if (typeof a.language === 'string') settings.language = a.language;
      if (typeof a.textScale === 'number') settings.textScale = a.textScale;
      if (typeof a.reminderMinutes === 'number') settings.reminderMinutes = a.reminderMinutes;
    },
    can_scan: () => config.canScan ?? false,
    'plugin:barcode-scanner|request_permissions': () => ({ camera: 'granted' }),
    'plugin:barcode-scanner|scan': () => ({ content: config.scanned ?? '', format: 'QR_CODE' }),
    enrol: ({ serverUrl, code }) => {
      if (!online) throw { code: 'offline', message: 'offline' };
      if (code === 'USED-1') throw { code: 'code_used', message: 'used' };
      // The tests' short codes (K7Q-4TZ) and the server's own (ABCD-EFGH-JKMN).
      if (!/^([A-Z0-9]{3}-?[A-Z0-9]{3}|[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})$/.test(code as string)) throw { code: 'code_invalid', message: 'invalid' };
      p.sync.enrolled = true;
      p.sync.server_url = serverUrl as string;
      sync();
    },
    sync_now: () => sync(),
    export_data: () => JSON.stringify({ profile: p.profile, goals: p.goals, activities: p.activities, events: p.events, cases: p.cases, documents: p.documents, messages: p.messages }, null, 2),
    export_ics: () => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Veikart//mock//NB', ...p.events.flatMap((e) => [
      'BEGIN:VEVENT', `UID:${e.id}@veikart`, `DTSTART:${e.starts_at.replace(/[-:]/g, '')}`, `DTEND:${e.ends_at.replace(/[-:]/g, '')}`,
      `SUMMARY:${e.title?.text ?? e.event_kind}`, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n'),
    sign_out: () => {
      p = fresh();
      pages = [];
      verdicts.clear();
      p.sync.enrolled = false;
      outbox = [];
      flags.clear();
      settings.language = null;
      void emit('wiped');
    },
  };

  mockIPC((cmd, args) => {
    const failure = failNext.get(cmd);
    if (failure) {
      failNext.delete(cmd);
      throw { code: failure, message: `mock: ${failure}` };
    }
    const fn = commands[cmd];
    if (!fn) throw { code: 'internal', message: `mock: unknown command ${cmd}` };
    return fn((args ?? {}) as Args);
  }, { shouldMockEvents: true });
  // The mock drops invoke's options; a page's document and thumbnail travel in its headers, and
  // its bytes are the raw body. Hand both to the command as the shell gets them.
  const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: (c: string, a: unknown, o?: { headers?: unknown }) => Promise<unknown> } }).__TAURI_INTERNALS__;
  const mocked = internals.invoke;
  internals.invoke = (cmd, args, options) =>
    cmd === 'add_document_page' ? mocked(cmd, { bytes: args, headers: options?.headers ?? {} }) : mocked(cmd, args, options);

  (window as unknown as { __veikartMock: unknown }).__veikartMock = {
    setOnline(v: boolean) { online = v; },
    rejectNext(code: RejectCode) { rejectNext = code; },
    /** Every sync from now on fails with `code` (null: syncs work again). */
    failSync(code: ClientErrorCode | null) { syncError = code; },
    /** The next call of `command` throws `{ code }`, e.g. failNext('set_activity_status', 'local_storage'). */
    failNext(command: string, code: string) { failNext.set(command, code); },
    sync: () => sync(),
    /** A message from the caseworker arrives, as a sync would bring it (e.g. from a newer server). */
    receive(m: Persona['messages'][number]) {
      p.messages.push(m);
      void emit('data-changed', { source: 'sync' });
    },
    proposals: () => proposals.map((x) => ({ ...x })),
    /**
     * The caseworker opens the participant's page (the server marks what was sent as seen by
     * them), and the next sync brings it: what is still in the outbox stays waiting.
     */
    seenBy(name: string) {
      const at = new Date().toISOString();
      const mark = <T extends { id: string; seen?: Seen | null }>(x: T) => {
        if (!x.seen && !flags.get(x.id)?.pending) x.seen = { by: name, at };
      };
      p.answers.forEach((a) => { if (!flags.get(a.event_id)?.pending && !a.seen) a.seen = { by: name, at }; });
      p.agenda.forEach(mark);
      p.activities.filter((a) => a.owner === 'participant').forEach(mark);
      p.documents.filter((d) => d.status === 'ready').forEach(mark);
      void emit('data-changed', { source: 'sync' });
    },
    /** The caseworker answers a proposal (the console's agree, decline or comment). */
    respond(id: string, outcome: ProposalOutcome, comment: string | null, by: string) {
      const a = p.activities.find((x) => x.id === id);
      if (!a) return;
      const at = new Date().toISOString();
      a.response = { outcome, by, at, ...(comment ? { comment: { text: comment, lang: 'nb' } } : {}) };
      a.seen ??= { by, at };
      if (outcome === 'agreed') { a.agreed = true; a.status = 'planned'; }
      if (outcome === 'declined') a.status = 'cancelled';
      void emit('data-changed', { source: 'sync' });
    },
    outbox: () => outbox.map(({ seq: s, op, target }) => ({ seq: s, op, target })),
    calls,
    /** The upload engine reports progress on a page the last sync confirmed (`sent` of its bytes). */
    progress(pageId: string, sent: number) {
      const page = pages.find((x) => x.id === pageId);
      if (!page) return;
      page.uploaded = sent;
      void emit('page-progress', { page_id: pageId, sent, total: page.size });
    },
    /** Every byte of every confirmed page arrived; the next sync brings the rows saying so. */
    uploadAll() {
      for (const x of pages) if (!flags.get(x.id)?.pending) { x.uploaded = x.size; x.received = true; }
      void emit('data-changed', { source: 'sync' });
    },
    /** The caseworker's verdict on a document, as the next sync brings it. */
    verdict(documentId: string, code: VerdictCode, note: string | null = null) {
      verdicts.set(documentId, { code, ...(note ? { note } : {}), at: new Date(Date.now() + 1000).toISOString() });
      void emit('data-changed', { source: 'sync' });
    },
    pages: () => pages.map((x) => ({ ...x })),
    BIDI,
  };
}
