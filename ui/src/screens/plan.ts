// The integration plan: end goal, Norwegian goal, programme dates, goals with their activities.
// The participant moves their own activities and proposes new ones.
import { html, nothing, type TemplateResult } from 'lit-html';
import { api } from '../api';
import { act, now, rerender, state, t } from '../app';
import { osloDate } from '../format';
import { type DueState, dueState, nextStatuses } from '../helpers';
import { icon } from '../icons';
import {
  ACTIVITY_TYPES, type ActivityStatus, type ActivityView, type AttendanceView, type GoalView, type PlanView,
} from '../types';
import {
  chip, clearInvalid, emptyNote, errorRef, fieldError, focusWhenShown, isInvalid, receiptMark, rejectedNote, requireText, sep, tBdi, textView,
} from '../view';

const form = { open: false, title: '', description: '', type: 'other' as string, goal: '', due: '' };

export function activityItem(a: ActivityView, due?: DueState): TemplateResult {
  const moves = nextStatuses(a);
  return html`<li class="card activity ${a.pending ? 'is-pending' : ''}" data-activity=${a.id} tabindex="-1">
    <div class="card-head">
      ${chip('activity-type', a.activity_type)}
    </div>
    <p class="card-title">${textView(a.title)}</p>
    ${a.from_meeting ? stepOrigin(a) : nothing}
    ${a.description ? textView(a.description, { block: true }) : nothing}
    ${a.starts_on && a.ends_on
      ? html`<p class="meta">${tBdi('activity-period', { from: state.fmt.date(a.starts_on), to: state.fmt.date(a.ends_on) })}</p>`
      : nothing}
    ${a.place ? html`<p class="meta">${t('activity-place')} ${textView(a.place)}</p>` : nothing}
    ${a.due
      ? html`<p class="meta due-${due ?? dueState(a.due, osloDate(now()))}">${(due ?? dueState(a.due, osloDate(now()))) === 'overdue'
          ? tBdi('activity-overdue', { date: state.fmt.date(a.due) })
          : tBdi('activity-due', { date: state.fmt.date(a.due) })}</p>`
      : nothing}
    ${statusLine(a)}
    ${responseNote(a)}
    ${rejectedNote(a.rejected)}
    ${moves.length
      ? html`<div class="row actions">${moves.map(
          (s) => html`<button type="button" class=${s === 'done' ? 'primary' : ''}
            @click=${() => setStatus(a.id, s)}>${s === 'done' ? icon('check') : nothing}${t(`activity-mark-${s}`)}</button>`,
        )}</div>`
      : nothing}
  </li>`;
}

/**
 * The card's one status line: where the activity stands, whether it is agreed (and by whom, when
 * the caseworker answered a proposal), and where the participant's own change is on its way.
 */
function statusLine(a: ActivityView): TemplateResult {
  const outcome = a.response?.outcome;
  const dot = html`<span class="sep" aria-hidden="true"> · </span>`;
  const agreement =
    outcome === 'declined'
      ? html`<span class="outcome declined">${icon('alert')} <span>${tBdi('proposal-declined-by', { name: a.response!.by })}</span></span>`
      : outcome === 'agreed'
        ? html`<span class="outcome agreed">${icon('check')} <span>${tBdi('proposal-agreed-by', { name: a.response!.by })}</span></span>`
        : html`<span class="outcome ${a.agreed ? 'agreed' : 'not-agreed'}">${t(a.agreed ? 'activity-agreed' : 'activity-not-agreed')}</span>`;
  // A declined proposal is cancelled: "declined" says it, and better.
  const status = outcome === 'declined'
    ? nothing
    : html`<span class="status-word status-${a.status}">${t(`activity-status-${a.status}`)}</span>${dot}`;
  return html`<p class="status-line">${status}${agreement}${a.receipt ? html`${dot}${receiptMark(a.receipt)}` : nothing}</p>`;
}

/** The caseworker's reason or comment on a proposal, marked as written in Norwegian. */
function responseNote(a: ActivityView): TemplateResult | typeof nothing {
  const r = a.response;
  if (!r?.comment) return nothing;
  const label = r.outcome === 'declined' ? 'proposal-reason-from' : 'proposal-comment-from';
  return html`<div class="response-note ${r.outcome}">
    <p class="response-from">${tBdi(label, { name: r.by })}</p>
    ${textView(r.comment, { block: true, writtenIn: true })}
  </div>`;
}

/** A next step from a meeting: which meeting, and who does it. */
function stepOrigin(a: ActivityView): TemplateResult {
  return html`<p class="meta from-meeting">${tBdi('step-from-meeting', { date: state.fmt.date(a.from_meeting!.starts_at) })}</p>
    <p class="meta step-owner">${t(stepOwnerKey(a))}</p>`;
}

/** Who does a step, in the participant's words: they, their caseworker, or the school. */
function stepOwnerKey(a: ActivityView): string {
  if (a.mine) return 'step-owner-participant';
  return a.owner === 'school' ? 'step-owner-school' : 'step-owner-caseworker';
}

/** The next steps agreed in a meeting, on its card: each with its state in the plan. */
export function meetingSteps(steps: ActivityView[]): TemplateResult {
  return html`<ul class="meeting-steps">${steps.map(
    (a) => html`<li data-step=${a.id}>${textView(a.title)}
      <span class="meta"><span class="sep"> · </span>${t(stepOwnerKey(a))}<span class="sep"> · </span></span>${chip('activity-status', a.status, `status-${a.status}`)}</li>`,
  )}</ul>`;
}

function setStatus(id: string, s: ActivityStatus): Promise<void> {
  return act(() => api.setActivityStatus(id, s));
}

function goalSection(g: GoalView): TemplateResult {
  return html`<section class="goal" aria-labelledby="goal-${g.id}">
    <div class="card-head">
      ${chip('goal-kind', g.goal_kind)} ${chip('goal-status', g.status, `status-${g.status}`)}
    </div>
    <h3 id="goal-${g.id}" class="goal-title">${textView(g.title)}</h3>
    ${g.target_date ? html`<p class="meta">${tBdi('goal-target', { date: state.fmt.date(g.target_date) })}</p>` : nothing}
    ${g.activities.length ? html`<ul class="list">${g.activities.map((a) => activityItem(a))}</ul>` : emptyNote('plan-no-activities')}
  </section>`;
}

export function planScreen(v: PlanView): TemplateResult {
  const p = v.profile;
  return html`
    <h1 tabindex="-1">${t('plan-title')}</h1>
    ${p
      ? html`<section class="card summary" aria-labelledby="plan-summary">
          <h2 id="plan-summary" class="visually-hidden">${t('plan-summary')}</h2>
          <dl>
            <div><dt>${t('plan-sluttmaal')}</dt><dd>${p.sluttmaal ? textView(p.sluttmaal) : t('plan-not-set')}</dd></div>
            <div><dt>${t('plan-norskmaal')}</dt><dd>${p.norskmaal ? textView(p.norskmaal) : t('plan-not-set')}</dd></div>
            <div><dt>${t('plan-programme')}</dt><dd>${p.programme_start
              ? tBdi('plan-programme-dates', { from: state.fmt.date(p.programme_start), to: p.programme_end ? state.fmt.date(p.programme_end) : '…' })
              : t('plan-not-set')}</dd></div>
            <div><dt>${t('plan-settled')}</dt><dd>${state.fmt.date(p.settled_on)}${p.bydel_name
              ? html`${sep()}${tBdi('plan-bydel', { bydel: p.bydel_name })}` : nothing}</dd></div>
            ${p.caseworker_name ? html`<div><dt>${t('plan-caseworker')}</dt><dd><bdi>${p.caseworker_name}</bdi></dd></div>` : nothing}
          </dl>
        </section>`
      : nothing}
    ${v.next_steps?.length
      ? html`<section aria-labelledby="plan-next-steps">
          <h2 id="plan-next-steps">${t('plan-next-steps')}</h2>
          <ul class="list">${v.next_steps.map((a) => activityItem(a))}</ul>
        </section>`
      : nothing}
    <section aria-labelledby="plan-goals">
      <h2 id="plan-goals">${t('plan-goals')}</h2>
      ${v.goals.length ? v.goals.map(goalSection) : emptyNote('plan-no-goals')}
    </section>
    <section aria-labelledby="plan-other">
      <h2 id="plan-other">${t('plan-other')}</h2>
      ${v.other_activities.length
        ? html`<ul class="list">${v.other_activities.map((a) => activityItem(a))}</ul>`
        : emptyNote('plan-no-activities')}
      ${proposeForm(v)}
    </section>
    ${v.courses.length
      ? html`<section aria-labelledby="plan-courses">
          <h2 id="plan-courses">${t('plan-courses')}</h2>
          <ul class="list">${v.courses.map(
            (c) => html`<li class="card"><p class="card-title">${textView(c.name)}</p>
              <p class="meta"><bdi>${c.provider}</bdi>${c.level ? html`<span class="sep"> · </span>${tBdi('plan-course-level', { level: c.level })}` : nothing}</p>
              <p class="meta">${tBdi('activity-period', { from: state.fmt.date(c.starts_on), to: state.fmt.date(c.ends_on) })}</p></li>`,
          )}</ul>
        </section>`
      : nothing}
    ${attendanceSection(v.attendance)}`;
}

/** This month's attendance at the adult education centre, each absence with where it stands, and
 *  the days off for a sick child left: so a cut in the benefit never comes as a surprise. */
export function attendanceSection(a: AttendanceView): TemplateResult | typeof nothing {
  if (!a.month) return nothing;
  return html`<section aria-labelledby="plan-attendance" class="attendance">
    <h2 id="plan-attendance">${t('plan-attendance')}</h2>
    <p class="hint">${t('plan-attendance-hint')}</p>
    <ul class="list">${a.courses.map(
      (c) => html`<li class="card" data-course=${c.course_id}>
        ${c.course_name ? html`<p class="card-title">${textView(c.course_name)}</p>` : nothing}
        <dl class="facts">
          <div><dt>${t('attendance-present')}</dt><dd>${c.present}</dd></div>
          <div><dt>${t('attendance-late')}</dt><dd>${c.late}</dd></div>
          <div><dt>${t('attendance-absent')}</dt><dd>${c.absent}</dd></div>
        </dl>
      </li>`,
    )}</ul>
    ${a.absences.length
      ? html`<h3>${t('plan-absences')}</h3>
        <ul class="list">${a.absences.map(
          (x) => html`<li class="card absence absence-${x.status}" data-absence=${x.event_id}>
            <p class="card-title"><bdi>${state.fmt.date(x.starts_at)}</bdi></p>
            ${x.kind ? html`<p class="meta">${t(`absence-kind-${x.kind}`)}</p>` : nothing}
            <p class="meta status">${t(`absence-status-${x.status}`)}</p>
          </li>`,
        )}</ul>`
      : nothing}
    ${a.child_days_left !== undefined
      ? html`<p class="meta">${t('plan-child-days-left', { count: a.child_days_left })}</p>`
      : nothing}
  </section>`;
}

function openForm(): void {
  form.open = true;
  rerender();
  focusWhenShown(() => document.getElementById('pa-title'));
}

/** Close the form (Cancel or Escape); the focus goes back to the button that opened it. */
function closeForm(): void {
  form.open = false;
  clearInvalid('pa-title');
  rerender();
  focusWhenShown(() => document.getElementById('propose-open'));
}

function proposeForm(v: PlanView): TemplateResult {
  if (!form.open) {
    return html`<button type="button" id="propose-open" class="primary" aria-expanded="false" @click=${openForm}>
      ${t('propose-open')}</button>`;
  }
  const set = (k: keyof typeof form) => (ev: Event) => {
    (form as Record<string, unknown>)[k] = (ev.target as HTMLInputElement).value;
    if (k === 'title') clearInvalid('pa-title');
  };
  return html`<form class="card form" novalidate @submit=${submit} aria-labelledby="pa-h"
    @keydown=${(ev: KeyboardEvent) => { if (ev.key === 'Escape') { ev.preventDefault(); closeForm(); } }}>
    <h3 id="pa-h">${t('propose-title')}</h3>
    <p class="hint">${t('propose-hint')}</p>
    <label for="pa-title">${t('propose-field-title')}</label>
    <input id="pa-title" type="text" required maxlength="200" .value=${form.title} @input=${set('title')}
      aria-invalid=${isInvalid('pa-title') ? 'true' : nothing} aria-describedby=${errorRef('pa-title')} />
    ${fieldError('pa-title')}
    <label for="pa-desc">${t('propose-field-description')}</label>
    <textarea id="pa-desc" rows="3" maxlength="2000" .value=${form.description} @input=${set('description')}></textarea>
    <label for="pa-type">${t('propose-field-type')}</label>
    <select id="pa-type" .value=${form.type} @change=${set('type')}>
      ${ACTIVITY_TYPES.map((k) => html`<option value=${k} ?selected=${form.type === k}>${t(`activity-type-${k}`)}</option>`)}
    </select>
    <label for="pa-goal">${t('propose-field-goal')}</label>
    <select id="pa-goal" @change=${set('goal')}>
      <option value="" ?selected=${form.goal === ''}>${t('propose-no-goal')}</option>
      ${v.goals.map((g) => html`<option value=${g.id} lang=${g.title.lang} dir="auto" ?selected=${form.goal === g.id}>${g.title.text}</option>`)}
    </select>
    <label for="pa-due">${t('propose-field-due')}</label>
    <input id="pa-due" type="date" .value=${form.due} @input=${set('due')} />
    <div class="row">
      <button type="submit" class="primary">${t('propose-submit')}</button>
      <button type="button" @click=${closeForm}>${t('action-cancel')}</button>
    </div>
  </form>`;
}

async function submit(ev: SubmitEvent): Promise<void> {
  ev.preventDefault();
  const title = form.title.trim();
  if (!requireText('pa-title', title)) return;
  const args = {
    title,
    activityType: form.type as (typeof ACTIVITY_TYPES)[number],
    ...(form.description.trim() ? { description: form.description.trim() } : {}),
    ...(form.goal ? { goalId: form.goal } : {}),
    ...(form.due ? { due: form.due } : {}),
  };
  Object.assign(form, { open: false, title: '', description: '', type: 'other', goal: '', due: '' });
  await act(() => api.proposeActivity(args));
  // The focus goes to the new activity (it says it is proposed, not yet agreed, waiting to be sent).
  focusWhenShown(
    () => [...document.querySelectorAll<HTMLElement>('[data-activity].is-pending')]
      .find((li) => li.querySelector('.card-title')?.textContent?.trim() === title),
    () => document.getElementById('propose-open'),
  );
}
