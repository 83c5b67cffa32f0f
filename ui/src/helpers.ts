// Pure decisions behind the screens (no DOM, no IPC), so they are unit-tested.
import { addDays, daysBetween, mondayOf, osloDate } from './format';
import type {
  ActivityStatus, ActivityView, CaseView, DocumentView, EventView, PageView, RecognitionRoute, SyncStatus, Text,
} from './types';

export type SyncState = 'offline' | 'online' | 'error' | 'never';

/** What the sync bar says: the truth of the last attempt, never a guess. */
export function syncState(s: SyncStatus): SyncState {
  if (s.last_error === 'offline') return 'offline';
  if (s.last_error) return 'error';
  if (!s.last_synced_at) return 'never';
  return 'online';
}

/** The translation of a caseworker's text into the reader's language, if one was added. */
export function translationFor(text: Text, lang: string): string | undefined {
  if (sameLanguage(text.lang, lang)) return undefined;
  const tr = text.translations ?? {};
  const alias = lang === 'prs' ? ['prs', 'fa-AF', 'fa'] : [lang];
  for (const key of alias) if (tr[key]) return tr[key];
  const base = Object.keys(tr).find((k) => k.split('-')[0] === lang);
  return base ? tr[base] : undefined;
}

export function sameLanguage(a: string, b: string): boolean {
  const norm = (x: string) => {
    const base = x.toLowerCase().split('-')[0]!;
    return base === 'no' || base === 'nn' ? 'nb' : base === 'fa' ? 'prs' : base;
  };
  return norm(a) === norm(b);
}

/** The seven dates of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Events grouped by their Oslo date, in date order, each day's events by start time. */
export function groupByDay(events: EventView[]): [string, EventView[]][] {
  const days = new Map<string, EventView[]>();
  for (const e of [...events].sort((a, b) => a.starts_at.localeCompare(b.starts_at))) {
    const d = osloDate(e.starts_at);
    const list = days.get(d) ?? [];
    list.push(e);
    days.set(d, list);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export function weekRange(anyDay: string): { from: string; to: string } {
  const from = mondayOf(anyDay);
  return { from, to: addDays(from, 6) };
}

/** The statuses a participant may move one of their own activities to from where it is. */
export function nextStatuses(a: ActivityView): ActivityStatus[] {
  if (!a.mine || a.status === 'cancelled') return [];
  const out: ActivityStatus[] = [];
  if (a.status !== 'in_progress') out.push('in_progress');
  if (a.status !== 'done') out.push('done');
  return out;
}

/** Whether an answer/agenda question can be given: a scheduled event that has not ended. */
export function canAnswer(e: EventView, now: Date): boolean {
  return e.status === 'scheduled' && Date.parse(e.ends_at) > now.getTime();
}

/**
 * Whether an appointment asks "I'll come / I can't come": meetings with the participant do; a
 * routine class session or placement day is expected and only takes "I can't come".
 */
export function asksToCome(e: EventView): boolean {
  return e.event_kind === 'trekantsamtale' || e.event_kind === 'meeting' || e.event_kind === 'kartlegging';
}

/**
 * A code as it is shown (a room "B-999", a case number): its hyphens do not break, so a line never
 * ends in the middle of it ("B-" above "999"). U+2011 looks and reads as a hyphen.
 */
export function unbroken(code: string): string {
  return code.replace(/-/g, '\u2011');
}

export type EventChange =
  | { kind: 'moved'; from: string }
  | { kind: 'room'; room: string; was: string | null }
  | { kind: 'place'; was: Text };

/**
 * What changed in a coming appointment since the participant was told (the server keeps what it
 * was): its time, its room, its place. Nothing once it is over or cancelled.
 */
export function eventChanges(e: EventView, now: Date): EventChange[] {
  const p = e.previous;
  if (!p || e.status === 'cancelled' || Date.parse(e.ends_at) <= now.getTime()) return [];
  const out: EventChange[] = [];
  if (Date.parse(p.starts_at) !== Date.parse(e.starts_at)) out.push({ kind: 'moved', from: p.starts_at });
  if (e.room && (p.room ?? null) !== e.room) out.push({ kind: 'room', room: e.room, was: p.room ?? null });
  if (p.place && p.place.text !== e.place?.text) out.push({ kind: 'place', was: p.place });
  return out;
}

export function takesAgenda(e: EventView): boolean {
  return e.event_kind === 'trekantsamtale' || e.event_kind === 'meeting' || e.event_kind === 'kartlegging';
}

export function canMarkReady(d: DocumentView): boolean {
  return d.status === 'missing' && !d.pending;
}

export type DueState = 'overdue' | 'today' | 'soon' | 'later';
export function dueState(due: string, today: string): DueState {
  const n = daysBetween(today, due);
  return n < 0 ? 'overdue' : n === 0 ? 'today' : n <= 14 ? 'soon' : 'later';
}

/** The Fluent id of "what happens next" for a recognition case. */
export function recognitionNextKey(c: CaseView): string {
  switch (c.status) {
    case 'not_applied':
    case 'draft':
      return c.missing > 0 ? 'rec-next-collect' : 'rec-next-ready';
    default:
      return `rec-next-${c.status}`;
  }
}

/** The Fluent id of how long the authority usually takes, or null when the case is decided. */
export function recognitionDurationKey(c: CaseView): string | null {
  if (c.status === 'decided_full' || c.status === 'decided_partial' || c.status === 'rejected') return null;
  const byRoute: Record<RecognitionRoute, string> = {
    hkdir_general: 'rec-duration-hkdir_general',
    regulated_profession: 'rec-duration-regulated_profession',
    vocational: 'rec-duration-vocational',
  };
  return byRoute[c.route];
}

export type StepKey = 'gather' | 'send' | 'process' | 'decision' | 'appeal';
export type StepState = 'done' | 'now' | 'ahead';
export interface RecognitionStep {
  step: StepKey;
  state: StepState;
  /** When it was done (or began), from the case's history, if known. */
  on: string | null;
}

/**
 * A case's steps up to the authority's decision, each done, now or ahead: the participant sees where
 * they are and what is still to come. An authority asking for more documents keeps the case in
 * processing (the documents to get are then the participant's tasks).
 */
export function recognitionSteps(c: CaseView): RecognitionStep[] {
  const when = (...statuses: CaseView['status'][]) =>
    [...c.history].reverse().find((h) => statuses.includes(h.status))?.on ?? null;
  const decided = ['decided_full', 'decided_partial', 'rejected', 'appealed'].includes(c.status);
  const sent = decided || ['submitted', 'documents_missing', 'in_processing'].includes(c.status);
  const gathered = sent || c.missing === 0;
  const steps: RecognitionStep[] = [
    { step: 'gather', state: gathered ? 'done' : 'now', on: null },
    { step: 'send', state: sent ? 'done' : gathered ? 'now' : 'ahead', on: sent ? when('submitted') : null },
    { step: 'process', state: decided ? 'done' : sent ? 'now' : 'ahead', on: sent ? when('in_processing', 'documents_missing') : null },
    { step: 'decision', state: decided ? 'done' : 'ahead', on: decided ? when('decided_full', 'decided_partial', 'rejected') : null },
  ];
  if (c.status === 'appealed') steps.push({ step: 'appeal', state: 'now', on: when('appealed') });
  return steps;
}

/**
 * What the participant must do now, across their cases: each document still to get, not yet
 * marked ready. A document whose pages are added and wait to be sent or judged is not one: its
 * card says where they stand, and "get it" would contradict that. Pages judged not good enough
 * make it a task again.
 */
export function recognitionTasks(cases: CaseView[]): { c: CaseView; d: DocumentView }[] {
  const open = (c: CaseView) => !['decided_full', 'decided_partial', 'rejected'].includes(c.status);
  const waiting = (d: DocumentView) => ['on_device', 'sending', 'in_review'].includes(d.pack);
  return cases.filter(open).flatMap((c) => c.documents.filter((d) => d.status === 'missing' && !waiting(d)).map((d) => ({ c, d })));
}

/**
 * The line about a required document's pages as a whole: the caseworker's verdict (with what to do
 * next) while it is about these pages, else where the pages stand.
 */
export function pagesLine(d: DocumentView): { key: string; next: string | null; tone: 'ok' | 'warn' | 'info' } {
  if (d.pack === 'judged' && d.verdict) {
    const code = d.verdict.code;
    return { key: `verdict-${code}`, next: `verdict-next-${code}`, tone: code === 'accepted' ? 'ok' : 'warn' };
  }
  return { key: `page-pack-${d.pack}`, next: null, tone: 'info' };
}

/** What a page's line says, as a Fluent id, and the percent for a page being sent. */
export function pageStateKey(p: PageView): string {
  return `page-state-${p.state}`;
}

/** Unread count shown on the Messages tab. */
export function badgeCount(n: number): string {
  return n > 99 ? '99+' : String(n);
}

/** A device-side file name for exports, dated in Oslo. */
export function exportName(kind: 'json' | 'ics', now: Date): string {
  return `veikart-${osloDate(now)}.${kind}`;
}
