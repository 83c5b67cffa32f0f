// The codes the Rust side added (the server's `unavailable`, the refusal `changed_on_other_device`,
// the device's own local_storage, local_storage_locked, not_enrolled, already_enrolled) each read as
// a message of their own in every language — never as the generic "something went wrong" — where
// the participant sees them: the toast of a failed command, the enrolment form, the sync bar, a
// refused change, a screen that could not be read.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nothing, type TemplateResult } from 'lit-html';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportError, state } from '../../src/app';
import { errorKey, loadErrorKey, rejectKey, syncErrorKey } from '../../src/errors';
import { DateFormatter } from '../../src/format';
import { I18n } from '../../src/i18n';
import {
  DEVICE_ERROR_CODES, ERROR_CODES, LANGUAGES, REJECT_CODES, SYNC_ERROR_TEXTS, type Lang, type Rejection,
} from '../../src/types';
import { rejectedNote, syncBar, syncErrorText } from '../../src/view';

/** The text a template renders: its static parts and values, tags (and attributes) dropped. */
function rendered(v: unknown): string {
  if (v === nothing || v === null || v === undefined || typeof v === 'function' || typeof v === 'boolean') return '';
  if (Array.isArray(v)) return v.map(rendered).join('');
  if (typeof v === 'object' && 'strings' in v && 'values' in v) {
    const tr = v as TemplateResult;
    return tr.strings.map((s, i) => s + (i < tr.values.length ? rendered(tr.values[i]) : '')).join('');
  }
  return String(v);
}
const textOf = (v: unknown) => rendered(v).replace(/<[^>]*>/g, ' ').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** The device's codes that had no message of their own before (offline and server_error had). */
const NEW_DEVICE_ERRORS = DEVICE_ERROR_CODES.filter((c) => c !== 'offline' && c !== 'server_error');
const COMMAND_ERRORS = ['unavailable', ...NEW_DEVICE_ERRORS] as const;
const root = resolve(__dirname, '../../../locales');
/** How each language names the caseworker (its glossary), as a pattern; nb: its own match. */
function caseworkerPattern(lang: Lang): RegExp {
  const g = JSON.parse(readFileSync(join(root, lang, 'glossary.json'), 'utf8')) as {
    terms: Record<string, { match?: string; rendering?: string; accept?: string[] }>;
  };
  const term = g.terms['saksbehandler/veileder']!;
  const patterns = lang === 'nb' ? [term.match!] : [term.rendering!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ...(term.accept ?? [])];
  return new RegExp(patterns.join('|'), 'iu');
}

const rejection = (code: string): Rejection =>
  ({ id: 7, seq: 7, op: 'set_activity_status', target_id: 'a-1', code: code as Rejection['code'], message: 'x', at: '2026-08-17T07:00:00Z' });

describe('a code no message knows still reads as "something went wrong"', () => {
  const i18n = new I18n('en');
  it('error, sync error, refusal', () => {
    expect(errorKey(i18n, 'no_such_code')).toBe('error-internal');
    expect(errorKey(i18n, undefined)).toBe('error-internal');
    expect(syncErrorKey(i18n, 'no_such_code')).toBe('sync-error-internal');
    expect(rejectKey(i18n, 'no_such_code')).toBe('sync-error-internal');
    expect(loadErrorKey(i18n, 'internal')).toBe('error-load');
    expect(loadErrorKey(i18n, 'local_storage')).toBe('error-load');
  });
});

// The lists are generated from the Rust enums (ErrorCode, DeviceErrorCode, RejectCode), so a code
// added on the Rust side without its messages fails here, in the language that lacks it.
for (const lang of LANGUAGES) {
  describe(`${lang}: every code the device or the server can produce has its own message`, () => {
    const i18n = new I18n(lang);
    it('a failed command (error-*): every server and device error code', () => {
      expect(DEVICE_ERROR_CODES.length).toBeGreaterThan(0);
      const missing = [...ERROR_CODES, ...DEVICE_ERROR_CODES].filter((c) => !i18n.has(`error-${c}`));
      expect(missing, `${lang} lacks error-…`).toEqual([]);
    });
    it('a refused change (reject-*): every RejectCode', () => {
      expect(REJECT_CODES.filter((c) => !i18n.has(`reject-${c}`)), `${lang} lacks reject-…`).toEqual([]);
    });
    it('the sync bar (sync-error-*): every code it has a short text for', () => {
      expect(SYNC_ERROR_TEXTS.filter((c) => !i18n.has(`sync-error-${c}`)), `${lang} lacks sync-error-…`).toEqual([]);
    });
  });
}

for (const lang of LANGUAGES) {
  describe(`${lang}: the new codes have messages of their own`, () => {
    const i18n = new I18n(lang);
    beforeEach(() => {
      vi.useFakeTimers();
      state.i18n = i18n;
      state.fmt = new DateFormatter(lang, (id, args) => i18n.t(id, args));
      state.toasts = [];
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('a failed command (toast) and the enrolment form: error-<code>, not error-internal', () => {
      const generic = i18n.t('error-internal');
      const seen = new Set<string>();
      for (const code of COMMAND_ERRORS) {
        expect(errorKey(i18n, code), code).toBe(`error-${code}`);
        state.toasts = [];
        reportError({ code, message: `mock: ${code}` });
        const shown = state.toasts[0]?.text ?? '';
        expect(shown, code).toBe(i18n.t(`error-${code}`));
        expect(shown, code).not.toBe(generic);
        expect(shown.trim().length, code).toBeGreaterThan(10);
        seen.add(shown);
      }
      expect(seen.size, 'each code its own sentence').toBe(COMMAND_ERRORS.length);
      // …and no new sentence repeats an older one (server_error, unauthorized, load).
      for (const old of ['error-server_error', 'error-unauthorized', 'error-load', 'error-offline']) {
        expect(seen.has(i18n.t(old)), old).toBe(false);
      }
    });

    it('a screen that cannot be read because the store is locked or the device not connected says so', () => {
      expect(loadErrorKey(i18n, 'local_storage_locked')).toBe('error-local_storage_locked');
      expect(loadErrorKey(i18n, 'not_enrolled')).toBe('error-not_enrolled');
    });

    it('the sync bar: the server is busy (unavailable), not "something went wrong"', () => {
      state.sync = {
        enrolled: true, pending: 2, rejected: [], last_error: 'unavailable',
        last_synced_at: '2026-08-17T06:00:00Z', last_attempt_at: '2026-08-17T07:00:00Z',
      };
      const busy = i18n.t('sync-error-unavailable');
      expect(syncErrorText('unavailable')).toBe(busy);
      expect(busy).not.toBe(i18n.t('sync-error-internal'));
      expect(busy).not.toBe(i18n.t('sync-error-server_error'));
      const bar = textOf(syncBar());
      expect(bar).toContain(busy);
      expect(bar).not.toContain(i18n.t('sync-error-internal'));
    });

    it('a change refused as changed on another device says so, and does not blame the caseworker', () => {
      const r = rejection('changed_on_other_device');
      const reason = i18n.t('reject-changed_on_other_device');
      expect(rejectKey(i18n, r.code)).toBe('reject-changed_on_other_device');
      expect(reason).not.toBe(i18n.t('reject-superseded'));
      expect(reason).not.toMatch(caseworkerPattern(lang));
      expect(i18n.t('reject-superseded'), 'the pattern finds the caseworker where they are named').toMatch(caseworkerPattern(lang));
      expect(textOf(rejectedNote(r))).toContain(reason);
      state.sync = { enrolled: true, pending: 0, rejected: [r], last_synced_at: '2026-08-17T07:00:00Z' };
      const bar = textOf(syncBar());
      expect(bar).toContain(reason);
      expect(bar).not.toContain(i18n.t('reject-superseded'));
    });
  });
}
