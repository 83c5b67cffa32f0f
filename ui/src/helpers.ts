// Pure decisions behind the screens (no DOM, no IPC), so they are unit-tested.
import { addDays, daysBetween, mondayOf, osloDate } from './format';
import type {
  ActivityStatus, ActivityView, CaseView, DocumentView, EventView, RecognitionRoute, SyncStatus, Text,
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

/** The case's history with its current status last, even if the server has not appended it yet. */
export function timeline(c: CaseView): { status: CaseView['status']; on: string | null; current: boolean }[] {
  const steps = c.history.map((h) => ({ status: h.status, on: h.on as string | null, current: false }));
  const last = steps[steps.length - 1];
  if (!last || last.status !== c.status) steps.push({ status: c.status, on: null, current: true });
  else last.current = true;
  return steps;
}

/** Unread count shown on the Messages tab. */
export function badgeCount(n: number): string {
  return n > 99 ? '99+' : String(n);
}

/** A device-side file name for exports, dated in Oslo. */
export function exportName(kind: 'json' | 'ics', now: Date): string {
  return `veikart-${osloDate(now)}.${kind}`;
}
