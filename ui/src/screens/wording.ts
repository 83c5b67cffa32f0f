// "Is a text wrong or unclear?", at the bottom of every screen: participants are the native speakers
// the project lacks. The participant picks one of the texts the screen shows (by its words, as they
// read it), writes it as it should be and, if they like, why. The proposal waits in the outbox like
// any change and goes to the translators when the device is online.
import { html, nothing, type TemplateResult } from 'lit-html';
import { api } from '../api';
import { reload, reportError, rerender, shown, state, t, toast } from '../app';
import { clearInvalid, fieldError, focusWhenShown, isInvalid, requireText } from '../view';

const ui = { open: false, choices: [] as [string, string][], key: '', text: '', comment: '' };

/** The texts to choose from: each once, by its words (two messages that read the same are one). */
export function choicesOf(texts: ReadonlyMap<string, string>): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const [key, text] of texts) {
    if (seen.has(text)) continue;
    seen.add(text);
    out.push([key, text]);
  }
  return out;
}

/** A long text in the list is cut, the whole of it shown under the list. */
export function short(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ');
  return [...one].length > max ? `${[...one].slice(0, max - 1).join('')}…` : one;
}

export function wordingEntry(): TemplateResult {
  if (!ui.open) {
    return html`<p class="wording-entry">
      <button type="button" class="link-button" id="wording-open" aria-expanded="false" @click=${open}>${t('wording-open')}</button></p>`;
  }
  const current = ui.choices.find(([k]) => k === ui.key)?.[1] ?? '';
  return html`<section class="card form wording" aria-labelledby="wording-h"
    @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); close(); } }}>
    <h2 id="wording-h">${t('wording-title')}</h2>
    <p class="hint" id="wording-explain">${t('wording-explain')}</p>
    <form novalidate @submit=${send}>
      <label for="wording-key">${t('wording-which')}</label>
      <select id="wording-key" aria-describedby="wording-now" @change=${(e: Event) => { ui.key = (e.target as HTMLSelectElement).value; rerender(); }}>
        ${ui.choices.map(([k, text]) => html`<option value=${k} ?selected=${k === ui.key}>${short(text)}</option>`)}
      </select>
      <div id="wording-now" class="wording-now"><p class="hint">${t('wording-now')}</p><blockquote>${current}</blockquote></div>
      <label for="wording-text">${t('wording-better')}</label>
      <textarea id="wording-text" rows="3" maxlength="1000" required .value=${ui.text}
        aria-invalid=${isInvalid('wording-text') ? 'true' : nothing} aria-describedby=${isInvalid('wording-text') ? 'wording-text-error' : nothing}
        @input=${(e: InputEvent) => { ui.text = (e.target as HTMLTextAreaElement).value; clearInvalid('wording-text'); }}></textarea>
      ${fieldError('wording-text')}
      <label for="wording-comment">${t('wording-comment')}</label>
      <textarea id="wording-comment" rows="2" maxlength="500" .value=${ui.comment}
        @input=${(e: InputEvent) => { ui.comment = (e.target as HTMLTextAreaElement).value; }}></textarea>
      <div class="row">
        <button type="submit" class="primary">${t('wording-send')}</button>
        <button type="button" @click=${close}>${t('action-cancel')}</button>
      </div>
    </form>
  </section>`;
}

/** The texts on the screen as it was drawn when the participant asked: those are the choices. */
function open(): void {
  ui.choices = choicesOf(shown);
  ui.key = ui.choices[0]?.[0] ?? '';
  ui.open = true;
  rerender();
  focusWhenShown(() => document.getElementById('wording-key'));
}

/** Not now (Cancel or Escape): the focus goes back to the button. */
function close(): void {
  ui.open = false;
  clearInvalid('wording-text');
  rerender();
  focusWhenShown(() => document.getElementById('wording-open'));
}

async function send(ev: SubmitEvent): Promise<void> {
  ev.preventDefault();
  const text = ui.text.trim();
  if (!requireText('wording-text', text)) return;
  const comment = ui.comment.trim();
  try {
    await api.proposeWording({ language: state.i18n.lang, key: ui.key, text, ...(comment ? { comment } : {}) });
  } catch (e) {
    reportError(e);
    return;
  }
  Object.assign(ui, { open: false, text: '', comment: '' });
  toast(t('wording-sent'));
  await reload();
  focusWhenShown(() => document.getElementById('wording-open'));
}
