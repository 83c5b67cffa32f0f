// Me: language, text size, reminders, sync status, export, sign out and wipe.
import { html, nothing, type TemplateResult } from 'lit-html';
import { api } from '../api';
import { applyTextScale, now, reload, reportError, rerender, setLanguage, state, t, toast } from '../app';
import { loadAllFonts } from '../fonts';
import { exportName, syncState } from '../helpers';
import { autonym, htmlLang } from '../i18n';
import { icon } from '../icons';
import { reviewOf, uncheckedLanguages } from '../review';
import { LANGUAGES } from '../types';
import { focusWhenShown, syncErrorText, whenText } from '../view';
import { wiped } from './firstrun';
import { download } from './schedule';

export const SCALES = [1, 1.25, 1.5, 2];
export const REMINDERS = [0, 15, 30, 60, 120, 1440];
const ui = { confirmWipe: false };

// The language changes with its button, not on choosing in the list: arrowing through the list with
// the keyboard must not switch the whole app at each step (WCAG 3.2.2).
export function meScreen(): TemplateResult {
  const s = state.settings!;
  const sync = state.sync;
  const st = syncState(sync);
  return html`
    <h1 tabindex="-1">${t('me-title')}</h1>
    <section class="card form" aria-labelledby="me-lang-h">
      <h2 id="me-lang-h">${t('me-language')}</h2>
      <form novalidate @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void changeLanguage((document.getElementById('me-lang') as HTMLSelectElement).value);
      }}>
        <label for="me-lang">${t('me-language-label')}</label>
        <div class="row">
          <select id="me-lang" @focus=${loadAllFonts}>
            ${LANGUAGES.map((l) => html`<option value=${l} lang=${htmlLang(l)} ?selected=${state.i18n.lang === l}>${autonym(l)}</option>`)}
          </select>
          <button type="submit" id="me-lang-apply">${t('enrol-change-language')}</button>
        </div>
      </form>
    </section>
    <section class="card form" aria-labelledby="me-size-h">
      <h2 id="me-size-h">${t('me-text-size')}</h2>
      <fieldset class="choices">
        <legend class="visually-hidden">${t('me-text-size')}</legend>
        ${SCALES.map((x) => html`<label class="choice"><input type="radio" name="scale" .checked=${s.textScale === x}
          @change=${() => changeScale(x)} /> <span>${t('me-text-size-option', { percent: Math.round(x * 100) })}</span></label>`)}
      </fieldset>
    </section>
    <section class="card form" aria-labelledby="me-rem-h">
      <h2 id="me-rem-h">${t('me-reminders')}</h2>
      <label for="me-rem">${t('me-reminders-label')}</label>
      <select id="me-rem" @change=${(e: Event) => changeReminder(Number((e.target as HTMLSelectElement).value))}>
        ${REMINDERS.map((m) => html`<option value=${m} ?selected=${s.reminderMinutes === m}>${m === 0
          ? t('me-reminders-off')
          : m >= 60
            ? t('me-reminders-hours', { hours: m / 60 })
            : t('me-reminders-minutes', { minutes: m })}</option>`)}
      </select>
    </section>
    <section class="card" aria-labelledby="me-sync-h">
      <h2 id="me-sync-h">${t('me-sync')}</h2>
      <dl class="facts">
        <div><dt>${t('me-sync-state')}</dt><dd>${t(`me-sync-state-${st}`)}</dd></div>
        ${sync.server_url ? html`<div><dt>${t('me-sync-server')}</dt><dd dir="ltr" class="url">${sync.server_url}</dd></div>` : nothing}
        <div><dt>${t('me-sync-last')}</dt><dd>${sync.last_synced_at ? whenText(sync.last_synced_at) : t('me-sync-never')}</dd></div>
        ${sync.last_attempt_at ? html`<div><dt>${t('me-sync-attempt')}</dt><dd>${whenText(sync.last_attempt_at)}</dd></div>` : nothing}
        ${sync.last_error ? html`<div><dt>${t('me-sync-error')}</dt><dd>${syncErrorText(sync.last_error)}</dd></div>` : nothing}
        <div><dt>${t('me-sync-pending')}</dt><dd>${t('sync-pending', { count: sync.pending })}</dd></div>
        <div><dt>${t('me-key-storage')}</dt><dd>${t(`me-key-storage-${s.keyStorage}`)}</dd></div>
      </dl>
      <button type="button" @click=${syncNow}>${t('sync-now')}</button>
    </section>
    <section class="card" aria-labelledby="me-export-h">
      <h2 id="me-export-h">${t('me-export')}</h2>
      <p class="hint">${t('me-export-hint')}</p>
      <div class="row">
        <button type="button" @click=${exportJson}>${icon('download')} ${t('me-export-json')}</button>
        <button type="button" @click=${exportIcs}>${icon('download')} ${t('me-export-ics')}</button>
      </div>
    </section>
    ${translations()}
    <section class="card danger-zone" aria-labelledby="me-out-h">
      <h2 id="me-out-h">${t('me-sign-out')}</h2>
      <p>${t('me-sign-out-explain')}</p>
      ${sync.pending > 0 ? html`<p class="warning" role="note">${t('me-sign-out-pending', { count: sync.pending })}</p>` : nothing}
      ${ui.confirmWipe
        ? html`<div class="row" role="group" aria-label=${t('me-sign-out-confirm-group')}
            @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); cancelWipe(); } }}>
            <button type="button" class="danger" id="wipe-yes" @click=${signOut}>${t('me-sign-out-confirm')}</button>
            <button type="button" @click=${cancelWipe}>${t('action-cancel')}</button>
          </div>`
        : html`<button type="button" class="danger" id="wipe-ask" @click=${() => { ui.confirmWipe = true; rerender(); focusWhenShown(() => document.getElementById('wipe-yes')); }}>
            ${t('me-sign-out-button')}</button>`}
    </section>`;
}

/**
 * Which languages no native speaker has checked yet (locales/review.json), said plainly, first of
 * all when it is the participant's own; and how to propose a better text.
 */
function translations(): TemplateResult {
  const unchecked = uncheckedLanguages();
  const mine = reviewOf(state.i18n.lang) === 'not_checked';
  return html`<section class="card" aria-labelledby="me-tr-h">
    <h2 id="me-tr-h">${t('me-translations')}</h2>
    ${mine ? html`<p class="warning" role="note">${t('me-translations-yours-unchecked')}</p>` : nothing}
    ${unchecked.length
      ? html`<p>${t('me-translations-unchecked')}</p>
          <ul class="unchecked-languages">${unchecked.map((l) => html`<li data-lang=${l}>${t(`lang-name-${l}`)}</li>`)}</ul>`
      : html`<p>${t('me-translations-all-checked')}</p>`}
    <p class="hint">${t('me-translations-help')}</p>
  </section>`;
}

/** Not now (Cancel or Escape): the focus goes back to the sign-out button. */
function cancelWipe(): void {
  ui.confirmWipe = false;
  rerender();
  focusWhenShown(() => document.getElementById('wipe-ask'));
}

async function changeLanguage(lang: string): Promise<void> {
  if (!(await setLanguage(lang))) return;
  state.settings = { ...state.settings!, language: lang };
  rerender();
  try {
    await api.setSettings({ language: lang });
  } catch (e) {
    reportError(e);
  }
}

async function changeScale(x: number): Promise<void> {
  state.settings = { ...state.settings!, textScale: x };
  applyTextScale(x);
  rerender();
  try {
    await api.setSettings({ textScale: x });
  } catch (e) {
    reportError(e);
  }
}

async function changeReminder(m: number): Promise<void> {
  state.settings = { ...state.settings!, reminderMinutes: m };
  try {
    await api.setSettings({ reminderMinutes: m });
  } catch (e) {
    reportError(e);
  }
}

async function syncNow(): Promise<void> {
  try {
    state.sync = await api.syncNow();
  } catch (e) {
    reportError(e);
  }
  await reload();
}

async function exportJson(): Promise<void> {
  try {
    download(await api.exportData(), exportName('json', now()), 'application/json');
    toast(t('me-exported'));
  } catch (e) {
    reportError(e);
  }
}

async function exportIcs(): Promise<void> {
  try {
    download(await api.exportIcs(), exportName('ics', now()), 'text/calendar');
    toast(t('me-exported'));
  } catch (e) {
    reportError(e);
  }
}

async function signOut(): Promise<void> {
  try {
    await api.signOut();
  } catch (e) {
    reportError(e);
    return;
  }
  ui.confirmWipe = false;
  wiped();
}
