// Today: the next appointments, what is due, unread messages.
import { html, nothing, type TemplateResult } from 'lit-html';
import { now, state, t } from '../app';
import { osloDate } from '../format';
import { dueState } from '../helpers';
import { icon } from '../icons';
import type { TodayView } from '../types';
import { emptyNote, messageBody, tBdi } from '../view';
import { activityItem } from './plan';
import { eventCard } from './event';

export function todayScreen(v: TodayView): TemplateResult {
  const today = osloDate(now());
  const p = v.profile;
  const startsLater = p?.programme_start && p.programme_start > today;
  return html`
    <h1 tabindex="-1">${p ? tBdi('today-hello', { name: p.name }) : t('nav-today')}</h1>
    <p class="lede">${state.fmt.dayLong(now())}</p>
    ${startsLater
      ? html`<p class="notice">${tBdi('today-programme-starts', { date: state.fmt.date(p!.programme_start!) })}</p>`
      : nothing}
    ${v.documents_missing > 0
      ? html`<a class="task-link" id="today-documents" href="#/recognition">${icon('doc')}<span>
          <strong>${t('rec-documents-missing', { count: v.documents_missing })}</strong>
          <span class="meta">${t('rec-title')}</span></span></a>`
      : nothing}
    <section aria-labelledby="today-next">
      <h2 id="today-next">${t('today-next')}</h2>
      ${v.next_events.length
        ? html`<div class="cards">${v.next_events.slice(0, 3).map((e) => eventCard(e, { compact: true }))}</div>
          <p><a class="more" href="#/schedule">${t('today-see-schedule')}</a></p>`
        : emptyNote('today-no-events')}
    </section>
    <section aria-labelledby="today-due">
      <h2 id="today-due">${t('today-due')}</h2>
      ${v.activities_due.length
        ? html`<ul class="list">${v.activities_due.map((a) => activityItem(a, dueState(a.due ?? today, today)))}</ul>`
        : emptyNote('today-nothing-due')}
    </section>
    <section aria-labelledby="today-msgs">
      <h2 id="today-msgs">${t('today-unread', { count: v.unread_messages })}</h2>
      ${v.unread.length
        ? html`<ul class="list">${v.unread.map(
            (m) => html`<li class="card message-preview">
              <p class="meta"><bdi>${m.author_name ?? t(`author-${m.author}`)}</bdi> · ${state.fmt.dateTime(m.sent_at)}</p>
              ${messageBody(m)}
            </li>`,
          )}</ul>`
        : emptyNote('today-no-unread')}
      <p><a class="more" href="#/messages">${t('today-open-messages')}</a></p>
    </section>`;
}
