import { describe, expect, it } from 'vitest';
import {
  canAnswer, dueState, groupByDay, nextStatuses, recognitionDurationKey, recognitionNextKey, sameLanguage, syncState,
  timeline, translationFor, weekDays,
} from '../../src/helpers';
import type { ActivityView, CaseView, EventView } from '../../src/types';

const act = (o: Partial<ActivityView>): ActivityView => ({
  id: 'a', goal_id: null, activity_type: 'other', status: 'planned', owner: 'participant', agreed: true,
  title: { text: 'x', lang: 'nb' }, description: null, due: null, starts_on: null, ends_on: null, place: null,
  mine: true, pending: false, ...o,
});
const ev = (o: Partial<EventView>): EventView => ({
  id: 'e', event_kind: 'meeting', course_id: null, activity_id: null, title: null, starts_at: '2026-08-18T07:00:00Z',
  ends_at: '2026-08-18T08:00:00Z', place: null, room: null, bring: null, parties: [], status: 'scheduled', agenda: null,
  next_steps: null, agenda_items: [], ...o,
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
  it('the timeline ends at the current status', () => {
    expect(timeline(cs({ status: 'submitted', history: [{ status: 'draft', on: '2026-04-02' }] })).map((s) => [s.status, s.current]))
      .toEqual([['draft', false], ['submitted', true]]);
    expect(timeline(cs({ status: 'draft', history: [{ status: 'draft', on: '2026-04-02' }] })).map((s) => s.current)).toEqual([true]);
  });
});
