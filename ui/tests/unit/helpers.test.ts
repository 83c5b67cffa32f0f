import { describe, expect, it } from 'vitest';
import {
  asksToCome, canAnswer, eventChanges, dueState, groupByDay, nextStatuses, recognitionDurationKey, recognitionNextKey, recognitionSteps,
  recognitionTasks, sameLanguage, syncState, translationFor, unbroken, weekDays,
} from '../../src/helpers';
import type { ActivityView, CaseView, DocumentView, EventView } from '../../src/types';

const act = (o: Partial<ActivityView>): ActivityView => ({
  id: 'a', goal_id: null, activity_type: 'other', status: 'planned', owner: 'participant', agreed: true,
  title: { text: 'x', lang: 'nb' }, description: null, due: null, starts_on: null, ends_on: null, place: null,
  mine: true, pending: false, ...o,
});
const ev = (o: Partial<EventView>): EventView => ({
  id: 'e', event_kind: 'meeting', course_id: null, activity_id: null, title: null, starts_at: '2026-08-18T07:00:00Z',
  ends_at: '2026-08-18T08:00:00Z', place: null, room: null, bring: null, parties: [], status: 'scheduled', agenda: null,
  next_steps: null, agenda_items: [], steps: [], ...o,
});
const cs = (o: Partial<CaseView>): CaseView => ({
  id: 'c', credential: { text: 'Bachelor', lang: 'nb' }, country: null, level: null, route: 'hkdir_general',
  authority: null, status: 'draft', case_number: null, history: [], documents: [], missing: 0, ...o,
});

describe('sync state tells the truth', () => {
  it('offline, error, never, online', () => {
    expect(syncState({ enrolled: true, pending: 0, rejected: [], last_error: 'offline' })).toBe('offline');
    expect(syncState({ enrolled: true, pending: 0, rejected: [], last_error: 'server_error', last_synced_at: 'x' })).toBe('error');
    expect(syncState({ enrolled: true, pending: 0, rejected: [] })).toBe('never');
    expect(syncState({ enrolled: true, pending: 2, rejected: [], last_synced_at: '2026-08-17T07:00:00Z' })).toBe('online');
  });
});

describe('caseworker text', () => {
  const t = { text: 'Pass og vitnemål', lang: 'nb', translations: { ti: 'ፓስፖርት', 'fa-AF': 'پاسپورت' } };
  it('translation into the reader language when there is one', () => {
    expect(translationFor(t, 'ti')).toBe('ፓስፖርት');
    expect(translationFor(t, 'prs')).toBe('پاسپورت');
    expect(translationFor(t, 'uk')).toBeUndefined();
    expect(translationFor(t, 'nb')).toBeUndefined();
  });
  it('Norwegian variants count as the same language', () => {
    expect(sameLanguage('no', 'nb')).toBe(true);
    expect(sameLanguage('fa-AF', 'prs')).toBe(true);
    expect(sameLanguage('en', 'nb')).toBe(false);
  });
});

describe('activities', () => {
  it('own activities move to in progress and done', () => {
    expect(nextStatuses(act({ status: 'proposed' }))).toEqual(['in_progress', 'done']);
    expect(nextStatuses(act({ status: 'in_progress' }))).toEqual(['done']);
    expect(nextStatuses(act({ status: 'done' }))).toEqual(['in_progress']);
  });
  it('never someone else\'s, never a cancelled one', () => {
    expect(nextStatuses(act({ mine: false }))).toEqual([]);
    expect(nextStatuses(act({ status: 'cancelled' }))).toEqual([]);
  });
  it('due state', () => {
    expect(dueState('2026-08-16', '2026-08-17')).toBe('overdue');
    expect(dueState('2026-08-17', '2026-08-17')).toBe('today');
    expect(dueState('2026-08-31', '2026-08-17')).toBe('soon');
    expect(dueState('2026-09-30', '2026-08-17')).toBe('later');
  });
});

describe('schedule', () => {
  it('groups by Oslo day, sorted', () => {
    const days = groupByDay([
      ev({ id: 'b', starts_at: '2026-08-18T10:00:00Z' }),
      ev({ id: 'a', starts_at: '2026-08-17T22:30:00Z' }), // 00:30 on the 18th in Oslo
      ev({ id: 'c', starts_at: '2026-08-17T08:00:00Z' }),
    ]);
    expect(days.map(([d, es]) => [d, es.map((e) => e.id)])).toEqual([['2026-08-17', ['c']], ['2026-08-18', ['a', 'b']]]);
  });
  it('week days', () => {
    expect(weekDays('2026-08-17')).toEqual(['2026-08-17', '2026-08-18', '2026-08-19', '2026-08-20', '2026-08-21', '2026-08-22', '2026-08-23']);
  });
  it('answers only to scheduled events not over', () => {
    const now = new Date('2026-08-18T07:30:00Z');
    expect(canAnswer(ev({}), now)).toBe(true);
    expect(canAnswer(ev({ ends_at: '2026-08-18T07:00:00Z' }), now)).toBe(false);
    expect(canAnswer(ev({ status: 'cancelled' }), now)).toBe(false);
  });
  it('only meetings ask "I\'ll come"; a routine class or placement day only takes "I can\'t come"', () => {
    expect(asksToCome(ev({ event_kind: 'meeting' }))).toBe(true);
    expect(asksToCome(ev({ event_kind: 'trekantsamtale' }))).toBe(true);
    expect(asksToCome(ev({ event_kind: 'kartlegging' }))).toBe(true);
    expect(asksToCome(ev({ event_kind: 'class_session' }))).toBe(false);
    expect(asksToCome(ev({ event_kind: 'placement_shift' }))).toBe(false);
  });
});

describe('what changed in an appointment', () => {
  it('a code keeps its hyphens on one line', () => {
    expect(unbroken('B-999')).toBe('B\u2011999');
    expect(unbroken('214, 2. etasje')).toBe('214, 2. etasje');
  });
  const now = new Date('2026-08-17T07:30:00Z');
  const place = { text: 'Nav Grorud', lang: 'nb' };
  it('a move, a new room and a new place, each said once', () => {
    const e = ev({ room: 'B-999', place: { text: 'Rosenhof', lang: 'nb' }, previous: { starts_at: '2026-08-17T12:00:00Z', room: '203', place } });
    expect(eventChanges(e, now)).toEqual([
      { kind: 'moved', from: '2026-08-17T12:00:00Z' }, { kind: 'room', room: 'B-999', was: '203' }, { kind: 'place', was: place },
    ]);
  });
  it('only what differs: the same time written another way is no move, a room where there was none has no "was"', () => {
    const e = ev({ room: '114', place, previous: { starts_at: '2026-08-18T09:00:00+02:00', room: null, place } });
    expect(eventChanges(e, now)).toEqual([{ kind: 'room', room: '114', was: null }]);
  });
  it('nothing once it is over or cancelled, or when nothing was recorded', () => {
    const previous = { starts_at: '2026-08-17T12:00:00Z', room: '203' };
    expect(eventChanges(ev({ previous, ends_at: '2026-08-17T07:00:00Z' }), now)).toEqual([]);
    expect(eventChanges(ev({ previous, status: 'cancelled' }), now)).toEqual([]);
    expect(eventChanges(ev({}), now)).toEqual([]);
  });
});

describe('recognition', () => {
  it('what happens next', () => {
    expect(recognitionNextKey(cs({ status: 'draft', missing: 2 }))).toBe('rec-next-collect');
    expect(recognitionNextKey(cs({ status: 'draft', missing: 0 }))).toBe('rec-next-ready');
    expect(recognitionNextKey(cs({ status: 'in_processing' }))).toBe('rec-next-in_processing');
  });
  it('how long it usually takes depends on the route, and stops once decided', () => {
    expect(recognitionDurationKey(cs({ route: 'hkdir_general' }))).toBe('rec-duration-hkdir_general');
    expect(recognitionDurationKey(cs({ route: 'regulated_profession' }))).toBe('rec-duration-regulated_profession');
    expect(recognitionDurationKey(cs({ status: 'decided_full' }))).toBeNull();
  });
  const doc = (id: string, status: DocumentView['status']): DocumentView => ({
    id, case_id: 'c', document_kind: 'diploma', status, note: null, pending: false, pages: [], pack: 'no_pages', can_add_pages: true,
  });
  const states = (c: CaseView) => recognitionSteps(c).map((s) => `${s.step}:${s.state}`);
  it('the steps up to the decision: what is done, what is now, what is ahead', () => {
    expect(states(cs({ status: 'draft', missing: 2 }))).toEqual(['gather:now', 'send:ahead', 'process:ahead', 'decision:ahead']);
    expect(states(cs({ status: 'draft', missing: 0 }))).toEqual(['gather:done', 'send:now', 'process:ahead', 'decision:ahead']);
    expect(states(cs({ status: 'submitted' }))).toEqual(['gather:done', 'send:done', 'process:now', 'decision:ahead']);
    // The authority asking for more keeps the case in processing; the documents are the tasks.
    expect(states(cs({ status: 'documents_missing', missing: 1 }))).toEqual(['gather:done', 'send:done', 'process:now', 'decision:ahead']);
    expect(states(cs({ status: 'rejected' }))).toEqual(['gather:done', 'send:done', 'process:done', 'decision:done']);
    expect(states(cs({ status: 'appealed' }))).toEqual(['gather:done', 'send:done', 'process:done', 'decision:done', 'appeal:now']);
  });
  it('each step carries the date it happened, from the history', () => {
    const c = cs({ status: 'in_processing', history: [
      { status: 'draft', on: '2026-04-02' }, { status: 'submitted', on: '2026-05-20' },
      { status: 'documents_missing', on: '2026-06-10' }, { status: 'in_processing', on: '2026-07-01' }] });
    expect(recognitionSteps(c).map((s) => s.on)).toEqual([null, '2026-05-20', '2026-07-01', null]);
  });
  it('the tasks are the documents still missing in open cases', () => {
    const open = cs({ id: 'o', status: 'draft', documents: [doc('a', 'missing'), doc('b', 'ready'), doc('c', 'received')] });
    const decided = cs({ id: 'd', status: 'decided_full', documents: [doc('x', 'missing')] });
    expect(recognitionTasks([open, decided]).map(({ d }) => d.id)).toEqual(['a']);
  });
  it('a missing document whose pages wait to be sent or judged is not a task; judged not good enough, it is again', () => {
    const withPages = (id: string, pack: DocumentView['pack']): DocumentView => ({ ...doc(id, 'missing'), pack });
    const c = cs({ status: 'draft', documents: [withPages('waits', 'on_device'), withPages('goes', 'sending'),
      withPages('review', 'in_review'), withPages('again', 'judged'), withPages('none', 'no_pages')] });
    expect(recognitionTasks([c]).map(({ d }) => d.id)).toEqual(['again', 'none']);
  });
});
