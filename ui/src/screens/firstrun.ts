// First run: the language first (each named in itself), then enrolment with the caseworker's code
// sheet: on phones the camera reads its QR code; anywhere the code, or the sheet's whole link, can
// be typed or pasted. The link names the server, so the server's address is asked only when the
// text does not carry it; otherwise it waits behind "Other server".
import { html, nothing, type TemplateResult } from 'lit-html';
import { api, errorCode } from '../api';
import { reload, rerender, setLanguage, state, t } from '../app';
import { parseEnrolText } from '../enrol-link';
import { errorKey } from '../errors';
import { loadAllFonts } from '../fonts';
import { autonym, directionOf, htmlLang } from '../i18n';
import { LANGUAGES, type Lang } from '../types';
import { focusWhenShown } from '../view';

const form = {
  server: '',
  code: '',
  /** The "Other server" disclosure is open (the participant opened it, or the code needs it). */
  serverOpen: false,
  error: null as string | null,
  busy: false,
  /** Whether this device has a camera scanner (phones); null until asked. */
  canScan: null as boolean | null,
};

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

/** Ask once whether this device can scan; until it answers, typing is offered. */
function askCanScan(): void {
  if (form.canScan !== null) return;
  form.canScan = false;
  api.canScan().then((yes) => {
    form.canScan = yes;
    if (yes) rerender();
  }, () => undefined);
}

export function enrolScreen(): TemplateResult {
  askCanScan();
  const scan = form.canScan === true;
  const field = errorField();
  return html`<main id="main" class="first-run" tabindex="-1">
    <h1 tabindex="-1">${t('enrol-title')}</h1>
    <p>${t('enrol-explain')}</p>
    ${scan
      ? html`<div class="scan">
          <button type="button" id="enrol-scan" class="primary big" ?disabled=${form.busy} @click=${scanCode}>${t('enrol-scan')}</button>
          <p class="hint">${t('enrol-scan-hint')}</p>
        </div>
        <h2 id="enrol-type-h">${t('enrol-or-type')}</h2>`
      : nothing}
    <form class="card form" @submit=${submit} novalidate aria-labelledby=${scan ? 'enrol-type-h' : nothing}>
      <label for="enrol-code">${t('enrol-code')}</label>
      <p class="hint" id="enrol-code-hint">${t('enrol-code-hint')}</p>
      <input id="enrol-code" type="text" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false"
        dir="ltr" required aria-invalid=${field === 'code' ? 'true' : nothing}
        aria-describedby=${field === 'code' ? 'enrol-error enrol-code-hint' : 'enrol-code-hint'} .value=${form.code}
        @input=${(e: InputEvent) => (form.code = (e.target as HTMLInputElement).value)} />
      <details class="other-server" ?open=${form.serverOpen}
        @toggle=${(e: Event) => (form.serverOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${t('enrol-other-server')}</summary>
        <label for="enrol-server">${t('enrol-server')}</label>
        <p class="hint" id="enrol-server-hint">${t('enrol-server-hint')}</p>
        <input id="enrol-server" type="url" inputmode="url" autocomplete="url" dir="ltr"
          aria-invalid=${field === 'server' ? 'true' : nothing}
          aria-describedby=${field === 'server' ? 'enrol-error enrol-server-hint' : 'enrol-server-hint'} .value=${form.server}
          @input=${(e: InputEvent) => (form.server = (e.target as HTMLInputElement).value)} />
      </details>
      ${form.error ? html`<p class="error" role="alert" id="enrol-error" tabindex="-1">${t(errorKey(state.i18n, form.error))}</p>` : nothing}
      <div class="row">
        <button type="submit" class=${scan ? '' : 'primary'} ?disabled=${form.busy}>${form.busy ? t('enrol-busy') : t('enrol-submit')}</button>
        <button type="button" @click=${backToLanguages}>${t('enrol-change-language')}</button>
      </div>
    </form>
  </main>`;
}

/** Which field the error is about: the address, the code, or neither (offline, server busy …). */
function errorField(): 'server' | 'code' | null {
  if (!form.error) return null;
  if (form.error === 'server_url_invalid' || form.error === 'server_missing') return 'server';
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

/** The camera reads the sheet's QR code; its link enrols at once, a bare code waits for a server. */
async function scanCode(): Promise<void> {
  let read: string | null;
  try {
    read = await api.scanCode();
  } catch (e) {
    return showError(errorCode(e));
  }
  if (read === null) return; // the participant closed the camera
  const target = parseEnrolText(read);
  if (!target) return showError('scan_not_code');
  form.code = read.trim();
  if (target.server) return enrol(target.server, target.code);
  form.serverOpen = true;
  showError('server_missing');
}

async function submit(ev: SubmitEvent): Promise<void> {
  ev.preventDefault();
  const target = parseEnrolText(form.code);
  const typed = form.server.trim();
  if (!form.code.trim()) return showError('code_missing');
  if (!target) return showError('code_invalid');
  // A server typed under "Other server" wins; else the one the link names.
  const server = typed || target.server;
  if (!server) {
    form.serverOpen = true;
    return showError('server_missing');
  }
  if (!/^https?:\/\/\S+$/i.test(server)) {
    form.serverOpen = true;
    return showError('server_url_invalid');
  }
  return enrol(server, target.code);
}

async function enrol(server: string, code: string): Promise<void> {
  form.error = null;
  form.busy = true;
  rerender();
  try {
    await api.enrol(server, code);
    Object.assign(form, { busy: false, code: '', server: '', serverOpen: false });
    state.sync = await api.syncStatus();
    // Today's heading takes the focus (draw() does it), also when the address already was #/today.
    state.focusMain = true;
    location.hash = '#/today';
    await reload();
    return;
  } catch (e) {
    // Every code with a sentence of its own is shown with it (errorKey); any other as "went wrong".
    form.busy = false;
    showError(errorCode(e));
  }
}

function showError(code: string): void {
  form.error = code;
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
