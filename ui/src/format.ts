// Dates and times as a participant in Oslo reads them, in the chosen language. Instants are shown in
// Europe/Oslo; calendar dates (YYYY-MM-DD) are shown as they are. Where the engine has no data for
// the language (Chromium lacks ti and so), month and weekday names come from the .ftl files.
import type { Args } from './i18n';
import { intlTag } from './locale';

export const ZONE = 'Europe/Oslo';

export interface CalendarParts {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number;
  minute: number;
}

const osloParts = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

function isDateOnly(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s);
}

/** The calendar parts of an instant in Oslo, or of a calendar date as it stands. */
export function partsOf(value: string | Date): CalendarParts {
  if (typeof value === 'string' && isDateOnly(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return { year: y, month: m, day: d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay(), hour: 0, minute: 0 };
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  const p: Record<string, number> = {};
  for (const part of osloParts.formatToParts(date)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const year = p.year!, month = p.month!, day = p.day!;
  return {
    year, month, day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    hour: p.hour! % 24,
    minute: p.minute!,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of an instant in Oslo (or the date itself). */
export function osloDate(value: string | Date): string {
  const p = partsOf(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The Monday of the ISO week a date falls in. */
export function mondayOf(date: string): string {
  const wd = partsOf(date).weekday;
  return addDays(date, -((wd + 6) % 7));
}

export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`), b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/**
 * Whether the engine has date data for this language (else it silently answers in another locale).
 * The resolved locale must be the one asked for, region included: Dari is asked for as `fa-AF`, and
 * an engine whose ICU has `fa` but not `fa_AF` (Chromium's trimmed ICU in WebView2 and Android's
 * WebView) would answer with the Iranian month names (ژانویه، فوریه … اوت), not the Afghan ones
 * (جنوری، فبروری … اگست). Then the names in the .ftl file are used instead.
 */
export function engineKnows(
  lang: string,
  resolve: (tag: string) => string = (tag) => new Intl.DateTimeFormat(tag).resolvedOptions().locale,
): boolean {
  const tag = intlTag(lang);
  try {
    const want = new Intl.Locale(tag);
    const got = new Intl.Locale(resolve(tag));
    return got.language === want.language && (!want.region || got.region === want.region);
  } catch {
    return false;
  }
}

type Translate = (id: string, args?: Args) => string;

export class DateFormatter {
  readonly native: boolean;
  private readonly tag: string;

  constructor(readonly lang: string, private readonly t: Translate, forceFallback = false) {
    this.tag = intlTag(lang);
    this.native = !forceFallback && engineKnows(lang);
  }

  private intl(value: string | Date, opts: Intl.DateTimeFormatOptions): string {
    const dateOnly = typeof value === 'string' && isDateOnly(value);
    const date = dateOnly ? new Date(`${value}T12:00:00Z`) : new Date(value);
    return new Intl.DateTimeFormat(this.tag, {
      ...opts,
      calendar: 'gregory',
      timeZone: dateOnly ? 'UTC' : ZONE,
    }).format(date);
  }

  private names(p: CalendarParts): Args {
    return {
      weekday: this.t(`cal-weekday-${p.weekday}`),
      weekdayShort: this.t(`cal-weekday-short-${p.weekday}`),
      month: this.t(`cal-month-${p.month}`),
      day: String(p.day),
      year: String(p.year),
    };
  }

  /** 09:00, in Oslo. */
  time(value: string | Date): string {
    if (this.native) return this.intl(value, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const p = partsOf(value);
    return `${pad(p.hour)}:${pad(p.minute)}`;
  }

  /** Tuesday 18 August. */
  dayLong(value: string | Date): string {
    if (this.native) return this.intl(value, { weekday: 'long', day: 'numeric', month: 'long' });
    return this.t('cal-pattern-day-long', this.names(partsOf(value)));
  }

  /** 18 August 2026. */
  date(value: string | Date): string {
    if (this.native) return this.intl(value, { day: 'numeric', month: 'long', year: 'numeric' });
    return this.t('cal-pattern-date', this.names(partsOf(value)));
  }

  /** Tue 18 (a week view's column head). */
  dayShort(value: string | Date): string {
    if (this.native) return this.intl(value, { weekday: 'short', day: 'numeric' });
    return this.t('cal-pattern-day-short', this.names(partsOf(value)));
  }

  /** Tuesday 18 August, 09:00. */
  dateTime(value: string | Date): string {
    return this.t('cal-pattern-date-time', { day: this.dayLong(value), time: this.time(value) });
  }

  /** 09:00–11:30 */
  timeRange(from: string, to: string): string {
    return this.t('cal-pattern-time-range', { from: this.time(from), to: this.time(to) });
  }
}
