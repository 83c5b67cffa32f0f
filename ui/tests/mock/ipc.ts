// A fake Rust side for browser tests and `npm run dev`: the commands of docs/ui-contract.md over an
// in-memory store, with an outbox that an "online" sync applies or rejects, like the real client.
import { mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import { addDays, osloDate } from '../../src/format';
import type {
  ActivityStatus, ActivityView, CaseView, ClientErrorCode, EventView, MessageView, RejectCode, Rejection, Settings,
  SyncStatus,
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

  const activityView = (a: Persona['activities'][number]): ActivityView => ({ ...a, ...flag(a.id) });

  function eventView(e: Persona['events'][number]): EventView {
    const course = p.courses.find((c) => c.id === e.course_id);
    const answer = p.answers.find((a) => a.event_id === e.id);
    const fl = flags.get(e.id);
    return {
      ...e,
      ...(course ? { course_name: course.name } : {}),
      ...(answer ? { answer: { ...answer, pending: fl?.pending ?? false, ...(fl?.rejected ? { rejected: fl.rejected } : {}) } } : {}),
      agenda_items: p.agenda.filter((q) => q.event_id === e.id).map(({ event_id: _e, ...q }) => ({ ...q, ...flag(q.id) })),
      ...(fl?.rejected && !answer ? { rejected: fl.rejected } : {}),
    };
  }

  function caseView(c: Persona['cases'][number]): CaseView {
    const documents = p.documents.filter((d) => d.case_id === c.id).map((d) => ({ ...d, ...flag(d.id) }));
    return { ...c, documents, missing: documents.filter((d) => d.status === 'missing').length };
  }

  const messageView = (m: Persona['messages'][number]): MessageView => ({ ...m, ...flag(m.id) });
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
        unread: unread().slice(-3).map(messageView),
        sync: status(),
      };
    },
    plan: () => ({
      profile: p.profile,
      goals: p.goals.map((g) => ({ ...g, activities: p.activities.filter((a) => a.goal_id === g.id).map(activityView) })),
      other_activities: p.activities.filter((a) => !a.goal_id).map(activityView),
      courses: p.courses,
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
      a.status = s as ActivityStatus;
      enqueue('set_activity_status', a.id, () => (a.status = before));
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
      d.status = 'ready';
      enqueue('mark_document_ready', d.id, () => (d.status = before));
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
    enrol: ({ serverUrl, code }) => {
      if (!online) throw { code: 'offline', message: 'offline' };
      if (code === 'USED-1') throw { code: 'code_used', message: 'used' };
      if (!/^[A-Z0-9]{3}-?[A-Z0-9]{3}$/.test(code as string)) throw { code: 'code_invalid', message: 'invalid' };
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
    outbox: () => outbox.map(({ seq: s, op, target }) => ({ seq: s, op, target })),
    calls: [] as string[],
    BIDI,
  };
}
