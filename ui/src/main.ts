// Start-up, routing and the frame around every screen (skip link, sync bar, navigation).
import './styles.css';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { api, onDataChanged, onPageProgress, onSyncStatus, onWiped } from './api';
import {
  ROUTES, TABS, type Route, applyTextScale, dismissToast, guessLanguage, recordShown, rerender, setLanguage, setReloader, setRenderer, state, t,
} from './app';
import { loadErrorKey } from './errors';
import { badgeCount } from './helpers';
import { icon } from './icons';
import type { MessagesView, PlanView, RecognitionView, ScheduleView, TodayView } from './types';
import { syncBar } from './view';
import { enrolScreen, languageScreen, wiped } from './screens/firstrun';
import { meScreen } from './screens/me';
import { messagesScreen } from './screens/messages';
import { planScreen } from './screens/plan';
import { pageProgress, recognitionScreen } from './screens/recognition';
import { scheduleRange, scheduleScreen } from './screens/schedule';
import { todayScreen } from './screens/today';
import { wordingEntry } from './screens/wording';

const root = document.getElementById('app')!;

function routeFromHash(): Route {
  const r = location.hash.replace(/^#\/?/, '').split('/')[0] as Route;
  return ROUTES.includes(r) ? r : 'today';
}

async function loadRoute(route: Route): Promise<void> {
  switch (route) {
    case 'today': {
      const v = await api.today();
      state.sync = v.sync;
      state.unread = v.unread_messages;
      state.data.today = v;
      break;
    }
    case 'plan':
      state.data.plan = await api.plan();
      break;
    case 'schedule': {
      const { from, to } = scheduleRange();
      state.data.schedule = await api.schedule(from, to);
      break;
    }
    case 'recognition':
      state.data.recognition = await api.recognition();
      break;
    case 'messages': {
      const v = await api.messages();
      state.data.messages = v;
      if (v.unread > 0) {
        await api.markMessagesRead();
        state.unread = 0;
      }
      break;
    }
    case 'me':
      state.settings = await api.settings();
      break;
  }
  if (route !== 'today') state.sync = await api.syncStatus();
}

let loadSeq = 0;
async function reload(): Promise<void> {
  const seq = ++loadSeq;
  const route = state.route;
  if (!state.sync.enrolled) {
    rerender();
    return;
  }
  try {
    await loadRoute(route);
    state.loadError = null;
  } catch (e) {
    state.loadError = (e as { code?: string })?.code ?? 'internal';
  }
  if (seq === loadSeq) rerender();
}

function screen(): TemplateResult {
  const d = state.data;
  if (state.loadError) return html`<h1 tabindex="-1">${t(`nav-${state.route}`)}</h1><p class="error" role="alert">${t(loadErrorKey(state.i18n, state.loadError))}</p>`;
  switch (state.route) {
    case 'today':
      return d.today ? todayScreen(d.today as TodayView) : loading();
    case 'plan':
      return d.plan ? planScreen(d.plan as PlanView) : loading();
    case 'schedule':
      return d.schedule ? scheduleScreen(d.schedule as ScheduleView) : loading();
    case 'recognition':
      return d.recognition ? recognitionScreen(d.recognition as RecognitionView) : loading();
    case 'messages':
      return d.messages ? messagesScreen(d.messages as MessagesView) : loading();
    case 'me':
      return state.settings ? meScreen() : loading();
  }
}

function loading(): TemplateResult {
  return html`<h1 tabindex="-1">${t(`nav-${state.route}`)}</h1><p class="empty">${t('loading')}</p>`;
}

function nav(): TemplateResult {
  return html`<nav class="main-nav" aria-label=${t('nav-label')}>
    <ul>${TABS.map(
      (r) => html`<li><a href="#/${r}" aria-current=${state.route === r ? 'page' : nothing}>
        ${icon(r)}<span class="nav-label">${t(`nav-${r}`)}</span>
        ${r === 'messages' && state.unread > 0
          ? html`<span class="badge" aria-label=${t('nav-unread', { count: state.unread })}>${badgeCount(state.unread)}</span>`
          : nothing}
      </a></li>`,
    )}</ul>
  </nav>`;
}

function toasts(): TemplateResult {
  return html`<div class="toasts" role="status" aria-live="polite">${state.toasts.map(
    (x) => html`<p class="toast ${x.kind}" data-toast=${x.id}><span>${x.text}</span>${x.kind === 'error'
      ? html`<button type="button" class="small" @click=${() => dismissToast(x.id)}>${t('rejected-dismiss')}</button>`
      : nothing}</p>`,
  )}</div>`;
}

/** The window's title: the screen, then the app (WCAG 2.4.2). */
function title(): string {
  const screen = !state.settings?.language
    ? t('first-choose-language')
    : !state.sync.enrolled
      ? t('enrol-title')
      : t(`nav-${state.route}`);
  return [screen, t('app-name')].join(' – ');
}

function view(): TemplateResult {
  if (!state.settings?.language) return html`${languageScreen()}${toasts()}`;
  if (!state.sync.enrolled) return html`${enrolScreen()}${toasts()}`;
  // The screen's own texts first: they lead the list of texts a participant can say are unclear.
  const content = screen();
  const wording = wordingEntry();
  return html`
    <a class="skip-link" href="#main" @click=${skipToMain}>${t('skip-to-content')}</a>
    <header class="top">
      <div class="top-row">
        <p class="brand">${t('app-name')}</p>
        <a class="me-link" href="#/me" aria-current=${state.route === 'me' ? 'page' : nothing}>${icon('me')}<span>${t('nav-me')}</span></a>
      </div>
      ${syncBar()}
    </header>
    <div class="layout">
      ${nav()}
      <main id="main" tabindex="-1">${content}${wording}</main>
    </div>
    ${toasts()}`;
}

function skipToMain(e: Event): void {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * Keep what the focus moves to clear of the sticky header at the top and the sticky menu, compose
 * box and messages at the bottom: the page's scroll-padding follows their heights (they wrap at large text
 * and in long languages).
 */
function padForStickies(): void {
  let top = 0;
  let bottom = 0;
  for (const el of document.querySelectorAll<HTMLElement>('.top, .main-nav, .compose, .toasts')) {
    const cs = getComputedStyle(el);
    if (cs.position !== 'sticky' && cs.position !== 'fixed') continue;
    const h = el.getBoundingClientRect().height;
    if (el.classList.contains('top')) top = Math.max(top, h + (parseFloat(cs.top) || 0));
    else if (cs.bottom !== 'auto') bottom = Math.max(bottom, h + (parseFloat(cs.bottom) || 0));
  }
  const s = document.documentElement.style;
  s.scrollPaddingTop = `${Math.ceil(top) + 8}px`;
  s.scrollPaddingBottom = `${Math.ceil(bottom) + 8}px`;
}

function draw(): void {
  recordShown(true);
  const tpl = view();
  recordShown(false);
  render(tpl, root);
  document.title = title();
  padForStickies();
  if (state.focusMain) {
    state.focusMain = false;
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: false });
  }
}

async function start(): Promise<void> {
  setRenderer(draw);
  setReloader(reload);
  try {
    state.settings = await api.settings();
    state.sync = await api.syncStatus();
  } catch {
    state.settings = { language: null, textScale: 1, reminderMinutes: 60, keyStorage: 'file' };
  }
  // Only the chosen language's messages are loaded; before a choice, the browser's language for the
  // language list's heading.
  await setLanguage(state.settings.language ?? guessLanguage());
  applyTextScale(state.settings.textScale);
  state.route = routeFromHash();
  window.addEventListener('resize', padForStickies);
  window.addEventListener('hashchange', () => {
    state.route = routeFromHash();
    state.focusMain = true;
    void reload();
  });
  void onDataChanged(() => void reload());
  void onPageProgress((p) => {
    if (pageProgress(state.data.recognition as RecognitionView | undefined, p.page_id, p.sent, p.total) && state.route === 'recognition') rerender();
  });
  void onSyncStatus((s) => {
    state.sync = s;
    rerender();
  });
  void onWiped(() => wiped());
  // The network came back: sync now instead of waiting for the back-off.
  window.addEventListener('online', () => {
    if (state.sync.enrolled) void api.syncNow().catch(() => undefined);
  });
  draw();
  await reload();
  document.documentElement.dataset.ready = 'true';
  void api.rendered().catch(() => undefined);
}

// `npm run dev` in a plain browser: no Tauri shell, so use the test mock (never in a build).
if (import.meta.env.DEV && !('__TAURI_INTERNALS__' in window && (window as { __TAURI_INTERNALS__?: { invoke?: unknown } }).__TAURI_INTERNALS__?.invoke)) {
  void import('../tests/mock/ipc').then((m) => {
    const q = new URLSearchParams(location.search);
    m.installMock({ persona: (q.get('persona') as 'semhar') ?? 'semhar', language: q.get('lang') ?? 'nb' });
    void start();
  });
} else {
  void start();
}
