import { describe, expect, it } from 'vitest';
import { DateFormatter, addDays, engineKnows, mondayOf, osloDate, partsOf } from '../../src/format';
import { I18n, directionOf } from '../../src/i18n';
import type { Lang } from '../../src/types';

const strip = (s: string) => s.replace(/[\u2068\u2069\u200e\u200f\u061c]/g, '');
function fmt(lang: Lang, forceFallback = false): DateFormatter {
  const i18n = new I18n(lang);
  return new DateFormatter(lang, (id, args) => i18n.t(id, args), forceFallback);
}

describe('times are shown in Europe/Oslo', () => {
  it('summer time (UTC+2) and winter time (UTC+1)', () => {
    expect(fmt('nb').time('2026-08-18T07:00:00Z')).toBe('09:00');
    expect(fmt('nb').time('2026-12-01T08:00:00Z')).toBe('09:00');
  });
  it('across the October change', () => {
    expect(fmt('en').time('2026-10-25T00:30:00Z')).toBe('02:30');
    expect(fmt('en').time('2026-10-25T01:30:00Z')).toBe('02:30');
    expect(fmt('en').time('2026-10-25T02:30:00Z')).toBe('03:30');
  });
  it('the Oslo date of an instant near midnight', () => {
    expect(osloDate('2026-08-16T22:30:00Z')).toBe('2026-08-17');
    expect(osloDate('2026-12-31T23:30:00Z')).toBe('2027-01-01');
  });
  it('calendar dates are not shifted by the zone', () => {
    expect(partsOf('2026-08-17')).toMatchObject({ year: 2026, month: 8, day: 17, weekday: 1 });
    expect(fmt('nb').date('2026-08-17')).toBe('17. august 2026');
  });
});

describe('each language', () => {
  it('nb and en', () => {
    expect(fmt('nb').dayLong('2026-08-18T07:00:00Z')).toBe('tirsdag 18. august');
    expect(fmt('en').dayLong('2026-08-18T07:00:00Z')).toBe('Tuesday 18 August');
  });
  it('uk and ru use their month names in the genitive', () => {
    expect(fmt('uk').dayLong('2026-08-18T07:00:00Z')).toContain('18 серпня');
    expect(fmt('ru').dayLong('2026-08-18T07:00:00Z')).toContain('18 августа');
  });
  it('ar: 24-hour Oslo time in Latin digits', () => {
    expect(strip(fmt('ar').time('2026-08-18T07:00:00Z'))).toBe('09:00');
    expect(strip(fmt('ar').dayLong('2026-08-18T07:00:00Z'))).toContain('الثلاثاء');
  });
  it('Dari is formatted as fa-AF with the Gregorian calendar', () => {
    const f = fmt('prs');
    const s = strip(f.date('2026-08-18'));
    expect(s).toMatch(/2026/); // the Gregorian year, not 1405
    expect(s).not.toMatch(/1405|۱۴۰۵/);
  });
  it('ti falls back to the names in the .ftl file when the engine lacks them', () => {
    const f = fmt('ti', true);
    expect(f.native).toBe(false);
    expect(strip(f.dayLong('2026-08-18T07:00:00Z'))).toBe('ሰሉስ፣ 18 ነሓሰ');
    expect(strip(f.date('2026-01-05'))).toBe('5 ጥሪ 2026');
    expect(f.time('2026-08-18T07:00:00Z')).toBe('09:00');
  });
  it('so falls back to the names in the .ftl file when the engine lacks them', () => {
    const f = fmt('so', true);
    expect(strip(f.dayLong('2026-08-20T07:00:00Z'))).toBe('Khamiis, 20 Ogost');
    expect(strip(f.dayShort('2026-08-23'))).toBe('Axd 23');
  });
  it('Dari needs the engine to have fa-AF itself, not only fa (Iranian month names)', () => {
    // An engine whose ICU has fa but not fa_AF resolves fa-AF to fa: that is not Dari.
    expect(engineKnows('prs', () => 'fa')).toBe(false);
    expect(engineKnows('prs', () => 'fa-IR')).toBe(false);
    expect(engineKnows('prs', () => 'fa-AF')).toBe(true);
    expect(engineKnows('en', () => 'en-US')).toBe(false); // en-GB asked for
    expect(engineKnows('nb', () => 'nb-NO')).toBe(true);
    // This engine (Node's full ICU) has fa-AF: Afghan month names with the Gregorian calendar.
    const native = fmt('prs');
    expect(native.native).toBe(true);
    expect(strip(native.date('2026-08-18'))).toContain('اگست');
    expect(strip(native.date('2026-01-05'))).toContain('جنوری');
    // Without fa-AF data, the names come from the .ftl file, still Afghan.
    const f = fmt('prs', true);
    expect(strip(f.date('2026-08-18'))).toBe('18 اگست 2026');
    expect(strip(f.dayLong('2026-02-03'))).toBe('سه‌شنبه 3 فبروری');
    for (const iranian of ['ژانویه', 'فوریه', 'اوت']) {
      expect(strip(native.date('2026-08-18'))).not.toContain(iranian);
      expect(strip(f.date('2026-08-18'))).not.toContain(iranian);
    }
  });
  it('engine support is detected, not assumed', () => {
    expect(engineKnows('nb')).toBe(true);
    expect(engineKnows('prs')).toBe(true); // via fa-AF
    expect(typeof engineKnows('ti')).toBe('boolean');
    expect(engineKnows('zz')).toBe(false);
  });
});

describe('week arithmetic', () => {
  it('Monday of the week', () => {
    expect(mondayOf('2026-08-23')).toBe('2026-08-17');
    expect(mondayOf('2026-08-17')).toBe('2026-08-17');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
  it('adds days across months', () => {
    expect(addDays('2026-08-31', 1)).toBe('2026-09-01');
  });
});

describe('direction comes from the script', () => {
  it.each([
    ['ar', 'rtl'], ['prs', 'rtl'], ['fa', 'rtl'], ['he', 'rtl'], ['ckb', 'rtl'], ['ps', 'rtl'], ['ur', 'rtl'],
    ['nb', 'ltr'], ['en', 'ltr'], ['uk', 'ltr'], ['ru', 'ltr'], ['ti', 'ltr'], ['so', 'ltr'], ['ku', 'ltr'],
  ])('%s is %s', (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });
  it('falls back to the first strong character of a sample', () => {
    expect(directionOf('x-unknown', 'کوردی')).toBe('rtl');
    expect(directionOf('x-unknown', 'Kurmancî')).toBe('ltr');
  });
  it('the I18n object carries it', () => {
    expect(new I18n('ar').dir).toBe('rtl');
    expect(new I18n('prs').dir).toBe('rtl');
    expect(new I18n('ti').dir).toBe('ltr');
    expect(new I18n('prs').intl).toBe('fa-AF-u-nu-latn');
  });
});

// One digit system per language: Latin (0–9) in all eight, the same in dates, times, ranges and
// counts, whether the engine formats them or the .ftl file does (src/locale.ts says why).
const NON_LATIN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u1369-\u137C]/u;
describe('digits, ranges and separators', () => {
  const at = '2026-08-18T07:00:00Z';
  for (const lang of ['ar', 'prs'] as Lang[]) {
    for (const fallback of [false, true]) {
      it(`${lang}${fallback ? ' (names from the .ftl)' : ''}: Latin digits in dates, times, ranges and counts`, () => {
        const f = fmt(lang, fallback);
        const i18n = new I18n(lang);
        const shown = [
          f.time(at), f.date('2026-08-18'), f.dayLong(at), f.dayShort(at), f.dateTime(at), f.timeRange(at, '2026-08-18T08:30:00Z'),
          i18n.t('rec-documents-missing', { count: 3 }), i18n.t('sync-pending', { count: 12 }), i18n.t('today-unread', { count: 5 }),
        ].map(strip);
        for (const s of shown) expect(s, s).not.toMatch(NON_LATIN_DIGITS);
        expect(shown[0]).toBe('09:00');
        expect(shown[1]).toContain('2026');
        expect(shown[6]).toContain('3');
        expect(shown[7]).toContain('12');
      });
    }
  }
  it('no translation writes digits of another system', () => {
    for (const lang of ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'prs', 'so'] as Lang[]) {
      const i18n = new I18n(lang);
      const src = (i18n as unknown as { bundle: { _messages: Map<string, unknown> } }).bundle._messages;
      for (const id of src.keys()) expect(`${lang}/${id}: ${i18n.t(id)}`).not.toMatch(NON_LATIN_DIGITS);
    }
  });
  it('ranges read in words in Arabic and Dari ("from … to"), with a dash elsewhere', () => {
    const at2 = '2026-08-18T08:30:00Z';
    expect(strip(fmt('ar').timeRange(at, at2))).toBe('من 09:00 إلى 10:30');
    expect(strip(fmt('prs').timeRange(at, at2))).toBe('از 09:00 تا 10:30');
    expect(strip(fmt('nb').timeRange(at, at2))).toBe('09:00–10:30');
    expect(strip(new I18n('ar').t('schedule-week-of', { from: 'a', to: 'b' }))).toBe('من a إلى b');
    expect(strip(new I18n('prs').t('activity-period', { from: 'a', to: 'b' }))).toBe('از a تا b');
  });
  it('the list separator is each script\'s own comma', () => {
    expect(new I18n('ar').t('list-separator')).toBe('، ');
    expect(new I18n('prs').t('list-separator')).toBe('، ');
    expect(new I18n('ti').t('list-separator')).toBe('፣ ');
    expect(new I18n('nb').t('list-separator')).toBe(', ');
    expect(strip(new I18n('ar').t('list-pair', { first: 'Nav Grorud', second: 'B12' }))).toBe('Nav Grorud، B12');
  });
});
