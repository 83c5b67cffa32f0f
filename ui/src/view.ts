// Pieces every screen uses: caseworker text with its language, codes translated, pending and
// rejected marks, the sync bar.
import { html, nothing, type TemplateResult } from 'lit-html';
import { api } from './api';
import { noteShown, now, rerender, state, t } from './app';
import { rejectKey, syncErrorKey } from './errors';
import { loadFontsFor } from './fonts';
import { osloDate } from './format';
import { type Args, htmlLang } from './i18n';
import { sameLanguage, syncState, translationFor } from './helpers';
import { icon } from './icons';
import { templateNorwegian, templateText } from './templates';
import type { Message, Receipt, Rejection, Text } from './types';

const KNOWN_TEXT_LANGS = ['nb', 'nn', 'en', 'uk', 'ru', 'ar', 'ti', 'prs', 'fa', 'so'];

/** The name of a language, in the UI language. */
export function languageName(lang: string): string {
  const base = lang.toLowerCase().split('-')[0]!;
  if (KNOWN_TEXT_LANGS.includes(base)) return t(`lang-name-${base}`);
  try {
    return new Intl.DisplayNames([state.i18n.intl], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * Free text as its author wrote it, marked with its language, and the translation into the
 * reader's language under it when the caseworker added one.
 */
export function textView(
  text: Text | null | undefined,
  opts: { block?: boolean; writtenIn?: boolean } = {},
): TemplateResult | typeof nothing {
  if (!text || !text.text) return nothing;
  // Text in a script whose font only comes with its language (Ge'ez, Arabic) brings that font.
  void loadFontsFor(text.lang, text.text);
  const ui = state.i18n.lang;
  const foreign = !sameLanguage(text.lang, ui);
  const tr = translationFor(text, ui);
  // A message says in words that it is in Norwegian: the participant may not know the language's name.
  const tag = opts.writtenIn && sameLanguage(text.lang, 'nb') ? t('msg-written-in-nb') : languageName(text.lang);
  const original = html`<span class="written" lang=${text.lang} dir="auto">${text.text}</span>${foreign
    ? html` <span class="lang-tag">${tag}</span>`
    : nothing}`;
  if (!tr) return opts.block ? html`<div class="text-block">${original}</div>` : original;
  return html`<div class="text-block">
    <div>${original}</div>
    <div class="translation"><span class="lang-tag tr-tag">${t('text-translation')}</span>
      <span class="translated" lang=${htmlLang(ui)} dir="auto">${tr}</span></div>
  </div>`;
}

/**
 * A message's words: from a template, in the participant's language (documents listed under it),
 * the caseworker's own words marked as written in Norwegian, and the Norwegian text beside it so it
 * can be shown to the caseworker or anyone else; otherwise the text as it was written, marked with
 * its language. A template this app does not know is shown from its Norwegian body.
 */
export function messageBody(m: Message): TemplateResult | typeof nothing {
  const tpl = m.template;
  const shown = tpl ? templateText(tpl, state.i18n, state.fmt) : null;
  if (!tpl || !shown) return textView(m.body, { block: true, writtenIn: true });
  const ui = state.i18n.lang;
  return html`<div class="text-block template-message">
    <p class="templated">${tBdi(shown.id, shown.args)}</p>
    ${shown.items.length ? html`<ul class="template-items">${shown.items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
    ${tpl.note ? html`<div class="template-note">${textView({ text: tpl.note, lang: m.body.lang }, { writtenIn: true })}</div>` : nothing}
    ${sameLanguage(ui, 'nb')
      ? nothing
      : html`<p class="in-norwegian"><span class="lang-tag">${t('msg-template-in-norwegian')}</span>
          <span lang="nb" dir="auto">${templateNorwegian(m)}</span></p>`}
  </div>`;
}

// Private-use marks a value is swapped for while its message is formatted, to find it again.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKED = /\u2068?\uE000(\d+)\uE001\u2069?/u;

/**
 * A message with each inserted text value (a name, a room, a date or a time) in a <bdi> of its
 * own, so that a right-to-left name, or a U+202E someone typed, cannot reorder the words around it.
 * Numbers stay numbers (Fluent chooses plural forms by them). Use it wherever a message with
 * values is shown as text; attributes (aria-label …) take t(), whose values Fluent isolates with
 * FSI/PDI.
 */
export function tBdi(id: string, args: Args): TemplateResult {
  const values: unknown[] = [];
  const marked: Args = {};
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'string') {
      marked[k] = `${MARK_OPEN}${values.length}${MARK_CLOSE}`;
      values.push(v);
    } else {
      marked[k] = v;
    }
  }
  const parts = state.i18n.t(id, marked).split(MARKED);
  // Recorded with its values, as the participant reads it.
  noteShown(id, parts.map((p, i) => (i % 2 ? String(values[Number(p)]) : p)).join(''));
  // split() with a capture group: text, index, text, index, …, text
  return html`${parts.map((p, i) => (i % 2 ? html`<bdi>${values[Number(p)]}</bdi>` : p))}`;
}

/** The separator between two items of a list in the reader's language ("، " in Arabic and Dari, "፣ " in Tigrinya). */
export function sep(): TemplateResult {
  return html`<span class="sep">${state.i18n.t('list-separator')}</span>`;
}

/** A code (enum) translated, as a small chip. */
export function chip(prefix: string, code: string, tone = ''): TemplateResult {
  return html`<span class="chip ${tone} ${prefix}-${code}">${t(`${prefix}-${code}`)}</span>`;
}

export function pendingMark(): TemplateResult {
  return html`<span class="pending-mark">${icon('clock')} ${t('pending-waiting')}</span>`;
}

/**
 * Where something the participant sent stands, in words with an icon (never colour alone):
 * waiting on the phone, sent to the server, or seen by the caseworker (by first name, and when).
 */
export function receiptMark(r: Receipt | undefined | null): TemplateResult | typeof nothing {
  if (!r) return nothing;
  switch (r.state) {
    case 'waiting':
      return pendingMark();
    case 'sent':
      return html`<span class="receipt receipt-sent">${icon('check')} <span>${t('receipt-sent')}</span></span>`;
    case 'seen':
      return html`<span class="receipt receipt-seen">${icon('seen')} <span>${r.by
        ? tBdi('receipt-seen-by', { name: r.by, when: whenText(r.at) })
        : tBdi('receipt-seen', { when: whenText(r.at) })}</span></span>`;
  }
}

export function rejectedNote(r: Rejection | undefined): TemplateResult | typeof nothing {
  if (!r) return nothing;
  return html`<p class="rejected-note" role="alert">${icon('alert')}
    <span>${t('rejected-rolled-back', { reason: t(rejectKey(state.i18n, r.code)) })}</span></p>`;
}

/** When something happened: a time today, else the day and the time. */
export function whenText(instant: string): string {
  return osloDate(instant) === osloDate(now()) ? state.fmt.time(instant) : state.fmt.dateTime(instant);
}

/** A sync error code as words; codes without their own text read as "something went wrong". */
export function syncErrorText(code: string | undefined | null): string {
  return t(syncErrorKey(state.i18n, code));
}

export function syncBar(): TemplateResult {
  const s = state.sync;
  const st = syncState(s);
  const line =
    st === 'never'
      ? t('sync-never')
      : st === 'online'
        ? tBdi('sync-online', { when: whenText(s.last_synced_at!) })
        : st === 'offline'
          ? s.last_synced_at
            ? tBdi('sync-offline', { when: whenText(s.last_synced_at) })
            : t('sync-offline-never')
          : t('sync-failed', { reason: syncErrorText(s.last_error) });
  return html`<section class="sync-bar sync-${st}" aria-label=${t('sync-region')}>
    <div class="sync-line" role="status">
      ${icon(st === 'online' ? 'cloud' : st === 'offline' ? 'cloud-off' : 'alert')}
      <span>${line}</span>
      ${s.pending > 0 ? html`<span class="sync-pending">${t('sync-pending', { count: s.pending })}</span>` : nothing}
      <button class="link-button" type="button" @click=${syncNow}>${t('sync-now')}</button>
    </div>
    ${s.rejected.length
      ? html`<div role="alert"><ul class="rejections">
          ${s.rejected.map(
            (r) => html`<li>
              <span>${t('rejected-change', { what: t(`op-${r.op}`), reason: t(rejectKey(state.i18n, r.code)) })}</span>
              <button type="button" class="small" @click=${() => dismiss(r.id)}>${t('rejected-dismiss')}</button>
            </li>`,
          )}
        </ul></div>`
      : nothing}
  </section>`;
}

async function syncNow(): Promise<void> {
  try {
    state.sync = await api.syncNow();
  } catch {
    // the status event tells the truth; nothing to add here
  }
  rerender();
}

async function dismiss(id: number): Promise<void> {
  await api.dismissRejection(id);
  state.sync = { ...state.sync, rejected: state.sync.rejected.filter((r) => r.id !== id) };
  rerender();
}

export function emptyNote(id: string): TemplateResult {
  return html`<p class="empty">${t(id)}</p>`;
}

/**
 * Move the focus to what `find` returns once it is on screen: after an action, to the confirmation
 * or the new item, so a keyboard or screen-reader user lands on what changed (the re-render can come
 * a moment after the action returns).
 */
export function focusWhenShown(
  find: () => HTMLElement | null | undefined,
  otherwise?: () => HTMLElement | null | undefined,
  tries = 40,
): void {
  const el = find();
  if (el) el.focus();
  else if (tries > 0) setTimeout(() => focusWhenShown(find, otherwise, tries - 1), 25);
  else otherwise?.()?.focus();
}

/** Fields left empty that must have text: each shows an error and is marked invalid until filled. */
const invalid = new Set<string>();

/** Whether a required field has text; if not, mark it, say so beside it, and put the focus in it. */
export function requireText(id: string, value: string): boolean {
  if (value.trim()) {
    invalid.delete(id);
    return true;
  }
  invalid.add(id);
  rerender();
  focusWhenShown(() => document.getElementById(id));
  return false;
}

/** The field has text again: drop its error. */
export function clearInvalid(id: string): void {
  if (invalid.delete(id)) rerender();
}

export function isInvalid(id: string): boolean {
  return invalid.has(id);
}

/** The id of a field's error message, for aria-describedby, while it is shown. */
export function errorRef(id: string): string | typeof nothing {
  return invalid.has(id) ? `${id}-error` : nothing;
}

/** The error under a required field left empty (in the participant's language, not the webview's). */
export function fieldError(id: string): TemplateResult | typeof nothing {
  return invalid.has(id)
    ? html`<p class="error field-error" id="${id}-error">${icon('alert')} <span>${t('error-invalid_value')}</span></p>`
    : nothing;
}
