// The app's state and its one render loop: a screen is a function of this state.
import { errorCode } from './api';
import { errorKey } from './errors';
import { DateFormatter } from './format';
import { loadFontsFor } from './fonts';
import { I18n, applyToDocument, forgetLanguagesBut, isLang, languagesFor, loadI18n } from './i18n';
import type { Lang, Settings, SyncStatus } from './types';

export type Route = 'today' | 'plan' | 'schedule' | 'recognition' | 'messages' | 'me';
export const ROUTES: Route[] = ['today', 'plan', 'schedule', 'recognition', 'messages', 'me'];
/** The menu's tabs: five at most, so each label fits a phone's width unbroken; Me sits in the top bar. */
export const TABS: Route[] = ['today', 'plan', 'schedule', 'recognition', 'messages'];

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

export const state = {
  /** No messages until start() has loaded the participant's language (setLanguage). */
  i18n: new I18n('en', { empty: true }),
  fmt: new DateFormatter('en', () => ''),
  settings: null as Settings | null,
  sync: { enrolled: false, pending: 0, rejected: [] } as SyncStatus,
  route: 'today' as Route,
  /** The screen's data as last read, keyed by route. */
  data: {} as Partial<Record<Route, unknown>>,
  loading: false,
  loadError: null as string | null,
  unread: 0,
  toasts: [] as Toast[],
  /** First run: language chosen but not yet enrolled. */
  firstRunStep: 'language' as 'language' | 'enrol',
  focusMain: false,
};

let renderFn: () => void = () => {};
export function setRenderer(fn: () => void): void {
  renderFn = fn;
}
export function rerender(): void {
  renderFn();
}

/**
 * The app's texts the screen shows, by message id, as the participant reads them: filled while the
 * screen is drawn, so "Is a text wrong or unclear?" can list exactly what is on it.
 */
export const shown = new Map<string, string>();
let recording = false;

/** Start (clearing what was recorded) or stop recording the texts a draw uses. */
export function recordShown(on: boolean): void {
  if (on) shown.clear();
  recording = on;
}

/** Note a text as shown. Date patterns are not texts a participant reads as such: their words are. */
export function noteShown(id: string, text: string): void {
  if (!recording || shown.has(id) || id.startsWith('cal-pattern-')) return;
  const plain = text.replace(/[\u2068\u2069]/g, '').trim();
  if (plain) shown.set(id, plain);
}

export function t(id: string, args?: Parameters<I18n['t']>[1]): string {
  const text = state.i18n.t(id, args);
  noteShown(id, text);
  return text;
}

let languageSeq = 0;
/**
 * Switch to a language: load its messages (and the fallback's) and its script's font, then apply
 * it. Resolves false when a later call has chosen another language meanwhile (that one applies).
 */
export async function setLanguage(lang: string): Promise<boolean> {
  const l: Lang = isLang(lang) ? lang : 'en';
  const seq = ++languageSeq;
  const [i18n] = await Promise.all([loadI18n(l), loadFontsFor(l)]);
  if (seq !== languageSeq) return false;
  state.i18n = i18n;
  state.fmt = new DateFormatter(l, (id, args) => t(id, args));
  applyToDocument(state.i18n);
  forgetLanguagesBut(languagesFor(l));
  return true;
}

export function applyTextScale(scale: number): void {
  const s = [1, 1.25, 1.5, 2].includes(scale) ? scale : 1;
  document.documentElement.style.fontSize = `${s * 100}%`;
  document.documentElement.classList.toggle('large-text', s >= 1.5);
}

let toastSeq = 0;
/**
 * A short message in the status region (read out by screen readers). A confirmation goes after 6 s;
 * an error stays until it is dismissed or a newer error takes its place, so nobody has to read it in
 * a hurry (WCAG 2.2.1).
 */
export function toast(text: string, kind: Toast['kind'] = 'info'): void {
  const id = ++toastSeq;
  state.toasts = [...state.toasts.filter((x) => kind !== 'error' || x.kind !== 'error'), { id, text, kind }];
  rerender();
  if (kind === 'info') setTimeout(() => dismissToast(id), 6000);
}

export function dismissToast(id: number): void {
  state.toasts = state.toasts.filter((x) => x.id !== id);
  rerender();
}

/** The current time; tests fix it with the browser clock. */
export function now(): Date {
  return new Date();
}

/** Guess a language from the browser for the language picker's heading only. */
export function guessLanguage(): Lang {
  for (const l of navigator.languages ?? [navigator.language]) {
    const base = (l ?? '').toLowerCase().split('-')[0];
    const mapped = base === 'no' || base === 'nn' ? 'nb' : base === 'fa' ? 'prs' : base;
    if (isLang(mapped)) return mapped;
  }
  return 'en';
}

let reloadFn: () => Promise<void> = async () => {};
export function setReloader(fn: () => Promise<void>): void {
  reloadFn = fn;
}
/** Re-read the current screen and the sync status. */
export function reload(): Promise<void> {
  return reloadFn();
}

/** Tell the participant, in their language, why a command failed. */
export function reportError(e: unknown): void {
  const code = errorCode(e);
  toast(t(errorKey(state.i18n, code)), 'error');
}

/** Run an action, then re-read the screen (the shell also sends data-changed). */
export async function act(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    reportError(e);
  }
  await reload();
}
