// The schedule: an agenda list of the coming weeks and a week view; answers and agenda questions
// happen on each event's card; the whole schedule can be downloaded as an .ics file.
import { html, nothing, type TemplateResult } from 'lit-html';
import { api } from '../api';
import { now, reload, reportError, rerender, state, t } from '../app';
import { addDays, osloDate } from '../format';
import { exportName, groupByDay, weekDays, weekRange } from '../helpers';
import { icon } from '../icons';
import type { ScheduleView } from '../types';
import { chip, emptyNote, focusWhenShown, tBdi, textView } from '../view';
import { eventCard } from './event';

export const schedule = {
  mode: 'list' as 'list' | 'week',
  weekOf: '' as string,
  selected: null as string | null,
};

/** The date range the schedule command is asked for. */
export function scheduleRange(): { from: string; to: string } {
  const today = osloDate(now());
  if (schedule.mode === 'week') return weekRange(schedule.weekOf || today);
  return { from: today, to: addDays(today, 27) };
}

export function scheduleScreen(v: ScheduleView): TemplateResult {
  return html`
    <h1 tabindex="-1">${t('schedule-title')}</h1>
    <div class="toolbar">
      <div class="segmented" role="group" aria-label=${t('schedule-view')}>
        <button type="button" aria-pressed=${schedule.mode === 'list' ? 'true' : 'false'} @click=${() => setMode('list')}>${schedule.mode === 'list' ? icon('check') : nothing}${t('schedule-list')}</button>
        <button type="button" aria-pressed=${schedule.mode === 'week' ? 'true' : 'false'} @click=${() => setMode('week')}>${schedule.mode === 'week' ? icon('check') : nothing}${t('schedule-week')}</button>
      </div>
      <button type="button" id="download-ics" class="link-button" @click=${downloadIcs}>${icon('download')} ${t('schedule-download-ics')}</button>
    </div>
    ${schedule.mode === 'list' ? listView(v) : weekView(v)}`;
}

function listView(v: ScheduleView): TemplateResult {
  const days = groupByDay(v.events);
  if (!days.length) return emptyNote('schedule-empty');
  return html`${days.map(
    ([day, events]) => html`<section class="day" aria-labelledby="d-${day}">
      <h2 id="d-${day}" class="day-head">${dayLabel(day)}</h2>
      <div class="cards">${events.map((e) => eventCard(e, { inDay: true }))}</div>
    </section>`,
  )}`;
}

function dayLabel(day: string): TemplateResult | string {
  const today = osloDate(now());
  const label = state.fmt.dayLong(day);
  if (day === today) return tBdi('day-today', { day: label });
  if (day === addDays(today, 1)) return tBdi('day-tomorrow', { day: label });
  return label;
}

function weekView(v: ScheduleView): TemplateResult {
  const days = weekDays(v.from);
  const byDay = new Map(groupByDay(v.events));
  const selected = v.events.find((e) => e.id === schedule.selected);
  const today = osloDate(now());
  return html`
    <div class="week-nav">
      <button type="button" @click=${() => moveWeek(-7)}><span class="flip" aria-hidden="true">‹</span> ${t('schedule-prev-week')}</button>
      <h2 class="week-title">${tBdi('schedule-week-of', { from: state.fmt.date(v.from), to: state.fmt.date(v.to) })}</h2>
      <button type="button" @click=${() => moveWeek(7)}>${t('schedule-next-week')} <span class="flip" aria-hidden="true">›</span></button>
    </div>
    <p><button type="button" class="link-button" @click=${() => { schedule.weekOf = ''; navigate(); }}>${t('schedule-this-week')}</button></p>
    <ol class="week">${days.map(
      (d) => html`<li class="week-day ${d === today ? 'is-today' : ''}" aria-current=${d === today ? 'date' : 'false'}>
        <h3 class="week-day-head">${state.fmt.dayShort(d)}</h3>
        ${(byDay.get(d) ?? []).length
          ? html`<ul>${(byDay.get(d) ?? []).map(
              (e) => html`<li><button type="button" class="slot kind-${e.event_kind} ${e.status === 'cancelled' ? 'cancelled' : ''}"
                aria-pressed=${schedule.selected === e.id ? 'true' : 'false'}
                @click=${() => select(e.id)}>
                <span class="slot-time">${state.fmt.time(e.starts_at)}</span>
                <span class="slot-kind">${t(`event-kind-${e.event_kind}`)}</span>
                ${e.place ? html`<span class="slot-place">${textView(e.place)}</span>` : nothing}
                ${e.answer ? chip('answer', e.answer.response) : nothing}
              </button></li>`,
            )}</ul>`
          : html`<p class="slot-empty">${t('schedule-day-free')}</p>`}
      </li>`,
    )}</ol>
    ${selected
      ? html`<section class="selected-event" tabindex="-1" aria-label=${t('schedule-selected')}>${eventCard(selected, { headingLevel: 3 })}</section>`
      : html`<p class="hint">${t('schedule-pick-hint')}</p>`}`;
}

/** Show an appointment of the week under it; the focus goes to it (Shift+Tab leads back to the week). */
function select(id: string): void {
  schedule.selected = schedule.selected === id ? null : id;
  rerender();
  if (schedule.selected) focusWhenShown(() => document.querySelector<HTMLElement>('.selected-event'));
}

function setMode(m: 'list' | 'week'): void {
  schedule.mode = m;
  schedule.selected = null;
  navigate();
}

function moveWeek(n: number): void {
  schedule.weekOf = addDays(schedule.weekOf || osloDate(now()), n);
  schedule.selected = null;
  navigate();
}

function navigate(): Promise<void> {
  return reload();
}

export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function downloadIcs(): Promise<void> {
  try {
    download(await api.exportIcs(), exportName('ics', now()), 'text/calendar');
  } catch (e) {
    reportError(e);
  }
  rerender();
}
