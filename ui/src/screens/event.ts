// One appointment: when, where, what to bring, who will be there, the participant's answer and
// agenda questions. Used by Today and Schedule.
import { html, nothing, type TemplateResult } from 'lit-html';
import { api } from '../api';
import { act, now, rerender, state, t } from '../app';
import { asksToCome, canAnswer, eventChanges, takesAgenda, translationFor, unbroken } from '../helpers';
import { icon } from '../icons';
import { meetingSteps } from './plan';
import type { EventView } from '../types';
import {
  chip, clearInvalid, errorRef, fieldError, focusWhenShown, isInvalid, receiptMark, rejectedNote, requireText, sep, tBdi, textView,
} from '../view';

/** Which event's "can't come" reason form is open, and drafts typed into open forms. */
const ui = { reasonFor: null as string | null, reason: '', question: {} as Record<string, string> };

export function eventTitle(e: EventView): TemplateResult {
  if (e.title) return textView(e.title) as TemplateResult;
  if (e.course_name) return textView(e.course_name) as TemplateResult;
  return html`${t(`event-kind-${e.event_kind}`)}`;
}

export function eventCard(e: EventView, opts: { compact?: boolean; headingLevel?: 2 | 3; inDay?: boolean } = {}): TemplateResult {
  if (!asksToCome(e)) return routineRow(e, opts);
  const cancelled = e.status === 'cancelled';
  const open = canAnswer(e, now());
  const heading = html`${eventTitle(e)}`;
  return html`<article class="card event ${cancelled ? 'cancelled' : ''}" data-event=${e.id} data-answer=${e.answer?.response ?? ''}
      aria-labelledby="ev-${e.id}-h">
    <div class="card-head">
      ${chip('event-kind', e.event_kind, `kind-${e.event_kind}`)}
      ${cancelled ? chip('event-status', 'cancelled', 'danger') : nothing}
    </div>
    ${opts.headingLevel === 2
      ? html`<h2 id="ev-${e.id}-h" class="card-title">${heading}</h2>`
      : html`<h3 id="ev-${e.id}-h" class="card-title">${heading}</h3>`}
    <p class="when">${icon('clock')}
      <span>${tBdi('event-when', { day: state.fmt.dayLong(e.starts_at), time: state.fmt.timeRange(e.starts_at, e.ends_at) })}</span></p>
    ${e.place || e.room
      ? html`<p class="where">${icon('place')}<span>${textView(e.place)}${e.room
          ? html`${e.place ? sep() : nothing}<span class="room">${tBdi('event-room', { room: unbroken(e.room) })}</span>`
          : nothing}</span></p>`
      : nothing}
    ${changedNote(e)}
    ${e.bring
      ? html`<div class="bring">${icon('bag')}<div><strong>${t('event-bring')}</strong> ${textView(e.bring)}</div></div>`
      : nothing}
    ${!opts.compact && e.parties.length ? parties(e) : nothing}
    ${!opts.compact && (e.agenda || e.agenda_items.length || (takesAgenda(e) && open)) ? agenda(e, open) : nothing}
    ${!opts.compact && e.school_part
      ? html`<div class="school-part"><h4>${t('event-school-part')}</h4>${textView(e.school_part, { block: true })}</div>`
      : nothing}
    ${!opts.compact && (e.next_steps || e.steps?.length)
      ? html`<div class="next-steps"><h4>${t('event-next-steps')}</h4>${e.next_steps ? textView(e.next_steps, { block: true }) : nothing}
          ${e.steps?.length ? meetingSteps(e.steps) : nothing}</div>`
      : nothing}
    ${answerBlock(e, open)}
  </article>`;
}

/**
 * A routine appointment (a class session, a placement day): one compact row, and only "I can't
 * come" — nobody has to confirm every class. `inDay`: shown under its day's heading, so the time
 * alone.
 */
function routineRow(e: EventView, opts: { headingLevel?: 2 | 3; inDay?: boolean }): TemplateResult {
  const cancelled = e.status === 'cancelled';
  const open = canAnswer(e, now());
  const title = html`${eventTitle(e)}`;
  const when = opts.inDay
    ? html`<bdi>${state.fmt.timeRange(e.starts_at, e.ends_at)}</bdi>`
    : tBdi('event-when', { day: state.fmt.dayLong(e.starts_at), time: state.fmt.timeRange(e.starts_at, e.ends_at) });
  return html`<article class="card event routine ${cancelled ? 'cancelled' : ''}" data-event=${e.id} data-answer=${e.answer?.response ?? ''}
      aria-labelledby="ev-${e.id}-h">
    ${opts.headingLevel === 2
      ? html`<h2 id="ev-${e.id}-h" class="routine-title">${title}</h2>`
      : html`<h3 id="ev-${e.id}-h" class="routine-title">${title}</h3>`}
    <p class="routine-line"><span class="routine-kind">${t(`event-kind-${e.event_kind}`)}</span>
      ${cancelled ? chip('event-status', 'cancelled', 'danger') : nothing}
      <span class="when">${icon('clock')}<span>${when}</span></span>
      ${e.place || e.room
        ? html`<span class="where">${icon('place')}<span>${textView(e.place)}${e.room
            ? html`${e.place ? sep() : nothing}<span class="room">${tBdi('event-room', { room: unbroken(e.room) })}</span>`
            : nothing}</span></span>`
        : nothing}</p>
    ${changedNote(e)}
    ${e.bring
      ? html`<div class="bring">${icon('bag')}<div><strong>${t('event-bring')}</strong> ${textView(e.bring)}</div></div>`
      : nothing}
    ${routineAnswer(e, open)}
  </article>`;
}

/** A routine appointment's answer: "I can't come" (with a reason); after it, "I can come after all". */
function routineAnswer(e: EventView, open: boolean): TemplateResult {
  const a = e.answer;
  const cant = a?.response === 'cant_come';
  const current = cant
    ? html`<p class="answer-current ${a.pending ? 'is-pending' : ''}" tabindex="-1">
        ${icon('alert')}<span>${t('answer-you-cant')}${a.reason ? html` <q dir="auto">${a.reason}</q>` : nothing}</span>
        <span class="status-line">${receiptMark(a.receipt)}</span>
      </p>${rejectedNote(a.rejected)}`
    : html`${a?.pending ? html`<p class="answer-current is-pending" tabindex="-1">${icon('check')}<span>${t('answer-you-coming')}</span><span class="status-line">${receiptMark(a.receipt)}</span></p>` : nothing}${rejectedNote(a?.rejected)}`;
  const rejected = !a?.rejected ? rejectedNote(e.rejected) : nothing;
  if (!open) return html`${current}${rejected}`;
  const formOpen = ui.reasonFor === e.id;
  return html`${current}${rejected}
    <div class="answer-buttons single">
      ${cant
        ? html`<button type="button" class="secondary small" @click=${() => answer(e.id, 'coming')}>${t('answer-can-after-all')}</button>`
        : html`<button type="button" class="secondary small" aria-expanded=${formOpen ? 'true' : 'false'}
            @click=${() => openReason(e.id)}>${t('answer-cant')}</button>`}
    </div>
    ${formOpen ? reasonForm(e.id) : nothing}`;
}

/** "Moved from Tuesday 10:00", "Changed: room B-999, was 203": what changed, until it is over. */
function changedNote(e: EventView): TemplateResult | typeof nothing {
  const changes = eventChanges(e, now());
  if (!changes.length) return nothing;
  const lang = state.i18n.lang;
  return html`<p class="changed">${icon('alert')}<span>${changes.map((c, i) => html`${i ? ' ' : ''}<span class="change">${c.kind === 'moved'
    ? tBdi('event-moved-from', { when: state.fmt.dateTime(c.from) })
    : c.kind === 'room'
      ? c.was ? tBdi('event-changed-room', { room: unbroken(c.room), was: unbroken(c.was) }) : tBdi('event-changed-room-added', { room: unbroken(c.room) })
      : tBdi('event-changed-place', { was: translationFor(c.was, lang) ?? c.was.text })}</span>`)}</span></p>`;
}

function parties(e: EventView): TemplateResult {
  return html`<div class="parties"><h4>${icon('people')} ${t('event-parties')}</h4>
    <ul>${e.parties.map(
      (p) => html`<li><bdi class="role">${t(`party-role-${p.role}`)}</bdi>${p.name
        ? html`<span class="sep">: </span><bdi class="name">${p.name}</bdi>` : nothing}</li>`,
    )}</ul></div>`;
}

function agenda(e: EventView, open: boolean): TemplateResult {
  const id = `q-${e.id}`;
  return html`<div class="agenda"><h4>${t('event-agenda')}</h4>
    ${e.agenda ? textView(e.agenda, { block: true }) : nothing}
    ${e.agenda_items.length
      ? html`<ul class="agenda-items">${e.agenda_items.map(
          (q) => html`<li class=${q.pending ? 'is-pending' : ''} tabindex="-1">${textView(q.text)}
            <span class="status-line">${receiptMark(q.receipt)}</span> ${rejectedNote(q.rejected)}</li>`,
        )}</ul>`
      : nothing}
    ${open && takesAgenda(e)
      ? html`<form class="inline-form" novalidate @submit=${(ev: SubmitEvent) => addQuestion(ev, e.id)}>
          <label for=${id}>${t('event-add-question')}</label>
          <div class="row">
            <input id=${id} name="q" type="text" maxlength="500" required
              aria-invalid=${isInvalid(id) ? 'true' : nothing} aria-describedby=${errorRef(id)}
              .value=${ui.question[e.id] ?? ''}
              @input=${(ev: InputEvent) => { ui.question[e.id] = (ev.target as HTMLInputElement).value; clearInvalid(id); }} />
            <button type="submit">${t('event-add-question-submit')}</button>
          </div>
          ${fieldError(id)}
        </form>`
      : nothing}
  </div>`;
}

function answerBlock(e: EventView, open: boolean): TemplateResult | typeof nothing {
  const a = e.answer;
  const current = a
    ? html`<p class="answer-current ${a.pending ? 'is-pending' : ''}" tabindex="-1">
        ${icon(a.response === 'coming' ? 'check' : 'alert')}
        <span>${a.response === 'coming' ? t('answer-you-coming') : t('answer-you-cant')}${a.reason
          ? html` <q dir="auto">${a.reason}</q>` : nothing}</span>
        <span class="status-line">${receiptMark(a.receipt)}</span>
      </p>${rejectedNote(a.rejected)}`
    : nothing;
  const rejected = !a?.rejected ? rejectedNote(e.rejected) : nothing;
  if (!open) return html`${current}${rejected}`;
  const formOpen = ui.reasonFor === e.id;
  return html`${current}${rejected}
    <div class="answer-buttons" role="group" aria-label=${t('answer-group')}>
      <button type="button" class=${a?.response === 'coming' ? 'primary selected' : 'primary'}
        aria-pressed=${a?.response === 'coming' ? 'true' : 'false'}
        @click=${() => answer(e.id, 'coming')}>${a?.response === 'coming' ? icon('check') : nothing}${t('answer-coming')}</button>
      <button type="button" class=${a?.response === 'cant_come' ? 'secondary selected' : 'secondary'}
        aria-pressed=${a?.response === 'cant_come' ? 'true' : 'false'} aria-expanded=${formOpen ? 'true' : 'false'}
        @click=${() => openReason(e.id)}>${a?.response === 'cant_come' ? icon('check') : nothing}${t('answer-cant')}</button>
    </div>
    ${formOpen ? reasonForm(e.id) : nothing}`;
}

function reasonForm(id: string): TemplateResult {
  const rid = `reason-${id}`;
  return html`<form class="reason-form" novalidate @submit=${(ev: SubmitEvent) => sendCant(ev, id)}
      @keydown=${(ev: KeyboardEvent) => { if (ev.key === 'Escape') { ev.preventDefault(); closeReason(); } }}>
      <label for=${rid}>${t('answer-reason-label')}</label>
      <textarea id=${rid} name="reason" rows="3" maxlength="1000" required
        aria-invalid=${isInvalid(rid) ? 'true' : nothing} aria-describedby=${errorRef(rid)}
        .value=${ui.reason} @input=${(ev: InputEvent) => { ui.reason = (ev.target as HTMLTextAreaElement).value; clearInvalid(rid); }}></textarea>
      ${fieldError(rid)}
      <div class="row">
        <button type="submit" class="primary">${t('answer-send')}</button>
        <button type="button" @click=${closeReason}>${t('action-cancel')}</button>
      </div>
    </form>`;
}

function openReason(id: string): void {
  ui.reasonFor = ui.reasonFor === id ? null : id;
  ui.reason = '';
  rerender();
  if (ui.reasonFor) requestAnimationFrame(() => document.getElementById(`reason-${id}`)?.focus());
}

/** Close the reason form (Cancel or Escape); the focus goes back to "I can't come". */
function closeReason(): void {
  const id = ui.reasonFor;
  ui.reasonFor = null;
  if (id) clearInvalid(`reason-${id}`);
  rerender();
  if (id) focusWhenShown(() => document.querySelector<HTMLElement>(`[data-event="${id}"] .answer-buttons .secondary`));
}

/** After an answer, the focus goes to the sentence that confirms it (and says it waits to be sent). */
function focusAnswer(id: string, response: 'coming' | 'cant_come'): void {
  const card = () => document.querySelector<HTMLElement>(`[data-event="${id}"]`);
  focusWhenShown(
    () => (card()?.dataset.answer === response ? card()?.querySelector<HTMLElement>('.answer-current') : null),
    // Not stored (the error says why): back to the button.
    () => card()?.querySelector<HTMLElement>('.answer-buttons button'),
  );
}

async function answer(id: string, response: 'coming'): Promise<void> {
  await act(() => api.answerEvent(id, response));
  focusAnswer(id, response);
}

async function sendCant(ev: SubmitEvent, id: string): Promise<void> {
  ev.preventDefault();
  const reason = ui.reason.trim();
  if (!requireText(`reason-${id}`, reason)) return;
  ui.reasonFor = null;
  ui.reason = '';
  await act(() => api.answerEvent(id, 'cant_come', reason));
  focusAnswer(id, 'cant_come');
}

async function addQuestion(ev: SubmitEvent, id: string): Promise<void> {
  ev.preventDefault();
  const text = (ui.question[id] ?? '').trim();
  if (!requireText(`q-${id}`, text)) return;
  ui.question[id] = '';
  await act(() => api.addAgendaItem(id, text));
  // The question appears in the list above the field, waiting to be sent; the field stays for the next.
  focusWhenShown(() => {
    const items = [...document.querySelectorAll<HTMLElement>(`[data-event="${id}"] .agenda-items li`)];
    return items.reverse().find((li) => li.textContent?.includes(text));
  });
}
