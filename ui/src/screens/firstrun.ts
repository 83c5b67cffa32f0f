// First run: the language first (each named in itself), then enrolment with the server address and
// the code the caseworker gave.
import { html, nothing, type TemplateResult } from 'lit-html';
import { api, errorCode } from '../api';
import { reload, rerender, setLanguage, state, t } from '../app';
import { errorKey } from '../errors';
import { loadAllFonts } from '../fonts';
import { autonym, directionOf, htmlLang } from '../i18n';
import { LANGUAGES, type Lang } from '../types';
import { focusWhenShown } from '../view';

const form = { server: '', code: '', error: null as string | null, busy: false };

export function languageScreen(): TemplateResult {
  // Each language is named in itself, so this list needs every script's font.
  void loadAllFonts();
  return html`<main id="main" class="first-run" tabindex="-1">
    <h1 tabindex="-1">${t('first-choose-language')}</h1>
    <ul class="language-list" role="list">${LANGUAGES.map(
      (l) => html`<li><button type="button" class="language" lang=${htmlLang(l)} dir=${directionOf(l, autonym(l))}
        @click=${() => chooseLanguage(l)}>${autonym(l)}</button></li>`,
    )}</ul>
  </main>`;
}

async function chooseLanguage(l: Lang): Promise<void> {
  if (!(await setLanguage(l))) return;
  state.settings = { ...(state.settings ?? { textScale: 1, reminderMinutes: 60, keyStorage: 'file' }), language: l };
  state.firstRunStep = 'enrol';
  rerender();
  focusHeading();
  try {
    await api.setSettings({ language: l });
  } catch {
    // kept in memory; enrolment will try again
  }
}

export function enrolScreen(): TemplateResult {
  return html`<main id="main" class="first-run" tabindex="-1">
    <h1 tabindex="-1">${t('enrol-title')}</h1>
    <p>${t('enrol-explain')}</p>
    <form class="card form" @submit=${submit} novalidate>
      <label for="enrol-server">${t('enrol-server')}</label>
      <p class="hint" id="enrol-server-hint">${t('enrol-server-hint')}</p>
      <input id="enrol-server" type="url" inputmode="url" autocomplete="url" dir="ltr" required
        aria-invalid=${errorField() === 'server' ? 'true' : nothing}
        aria-describedby=${errorField() === 'server' ? 'enrol-error enrol-server-hint' : 'enrol-server-hint'} .value=${form.server}
        @input=${(e: InputEvent) => (form.server = (e.target as HTMLInputElement).value)} />
      <label for="enrol-code">${t('enrol-code')}</label>
      <p class="hint" id="enrol-code-hint">${t('enrol-code-hint')}</p>
      <input id="enrol-code" type="text" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false"
        dir="ltr" required aria-invalid=${errorField() === 'code' ? 'true' : nothing}
        aria-describedby=${errorField() === 'code' ? 'enrol-error enrol-code-hint' : 'enrol-code-hint'} .value=${form.code}
        @input=${(e: InputEvent) => (form.code = (e.target as HTMLInputElement).value)} />
      ${form.error ? html`<p class="error" role="alert" id="enrol-error" tabindex="-1">${t(errorKey(state.i18n, form.error))}</p>` : nothing}
      <div class="row">
        <button type="submit" class="primary" ?disabled=${form.busy}>${form.busy ? t('enrol-busy') : t('enrol-submit')}</button>
        <button type="button" @click=${backToLanguages}>${t('enrol-change-language')}</button>
      </div>
    </form>
  </main>`;
}

/** Which field the error is about: the address, the code, or neither (offline, server busy …). */
function errorField(): 'server' | 'code' | null {
  if (!form.error) return null;
  if (form.error === 'server_url_invalid') return 'server';
  return form.error.startsWith('code_') ? 'code' : null;
}

function focusHeading(): void {
  focusWhenShown(() => document.querySelector<HTMLElement>('main h1'));
}

/** Back to the language list; the focus goes to its heading. */
function backToLanguages(): void {
  state.firstRunStep = 'language';
  if (state.settings) state.settings = { ...state.settings, language: null };
  rerender();
  focusHeading();
}

async function submit(ev: SubmitEvent): Promise<void> {
  ev.preventDefault();
  const server = form.server.trim();
  const code = form.code.trim().toUpperCase();
  if (!/^https?:\/\/\S+$/i.test(server)) {
    form.error = 'server_url_invalid';
  } else if (!code) {
    form.error = 'code_missing';
  } else {
    form.error = null;
    form.busy = true;
    rerender();
    try {
      await api.enrol(server, code);
      form.busy = false;
      form.code = '';
      state.sync = await api.syncStatus();
      // Today's heading takes the focus (draw() does it), also when the address already was #/today.
      state.focusMain = true;
      location.hash = '#/today';
      await reload();
      return;
    } catch (e) {
      // Every code with a sentence of its own is shown with it (errorKey); any other as "went wrong".
      form.error = errorCode(e);
    }
    form.busy = false;
  }
  rerender();
  focusWhenShown(() => document.getElementById('enrol-error'));
}

/** The device was wiped (signed out or revoked): back to the first screen. */
export function wiped(): void {
  state.sync = { enrolled: false, pending: 0, rejected: [] };
  state.data = {};
  state.firstRunStep = 'language';
  if (state.settings) state.settings = { ...state.settings, language: null };
  rerender();
  focusHeading();
}
