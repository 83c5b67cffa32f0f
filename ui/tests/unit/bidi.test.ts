// Right-to-left safety of inserted values: Fluent isolates every placeable with FSI/PDI (useIsolating
// stays on), and tBdi puts each text value of a message shown as text into a <bdi> of its own.
// The browser test (tests/e2e/run.mjs, "bidi") checks the layout in Chromium.
import { nothing, type TemplateResult } from 'lit-html';
import { beforeEach, describe, expect, it } from 'vitest';
import { state } from '../../src/app';
import { DateFormatter } from '../../src/format';
import { I18n } from '../../src/i18n';
import { LANGUAGES } from '../../src/types';
import { tBdi, textView } from '../../src/view';

function rendered(v: unknown): string {
  if (v === nothing || v === null || v === undefined || typeof v === 'function' || typeof v === 'boolean') return '';
  if (Array.isArray(v)) return v.map(rendered).join('');
  if (typeof v === 'object' && 'strings' in v && 'values' in v) {
    const tr = v as TemplateResult;
    return tr.strings.map((s, i) => s + (i < tr.values.length ? rendered(tr.values[i]) : '')).join('');
  }
  return String(v);
}

const RLO = '\u202E';
const HOSTILE = `${RLO}מרים כהן`;

describe('Fluent isolates inserted values (useIsolating on)', () => {
  for (const lang of LANGUAGES) {
    it(lang, () => {
      const out = new I18n(lang).t('event-room', { room: HOSTILE });
      expect(out).toContain(`\u2068${HOSTILE}\u2069`);
    });
  }
});

describe('tBdi: each text value in a <bdi> of its own', () => {
  beforeEach(() => {
    state.i18n = new I18n('ar');
    state.fmt = new DateFormatter('ar', (id, args) => state.i18n.t(id, args));
  });

  it('a room with U+202E', () => {
    const html = rendered(tBdi('event-room', { room: HOSTILE }));
    // A no-break space: "room" and its code stay on one line.
    expect(html).toBe(`الغرفة\u00A0<bdi>${HOSTILE}</bdi>`);
  });

  it('several values, and numbers still choose the plural form', () => {
    const html = rendered(tBdi('rec-next-submitted', { authority: 'HK-dir' }));
    expect(html).toContain('<bdi>HK-dir</bdi>');
    expect(html).not.toMatch(/[\uE000\uE001\u2068\u2069]/u);
    const two = rendered(tBdi('activity-period', { from: '1. mai', to: `${RLO}x` }));
    expect(two.match(/<bdi>/g)).toHaveLength(2);
    const one = rendered(tBdi('rec-next-collect', { count: 1, authority: 'x' }));
    const many = rendered(tBdi('rec-next-collect', { count: 5, authority: 'x' }));
    expect(one).not.toBe(many);
  });

  it('the same text as t() gives, apart from the marks', () => {
    for (const lang of LANGUAGES) {
      state.i18n = new I18n(lang);
      const plain = state.i18n.t('today-hello', { name: 'Semhar' }).replace(/[\u2068\u2069]/g, '');
      expect(rendered(tBdi('today-hello', { name: 'Semhar' })).replace(/<\/?bdi>/g, ''), lang).toBe(plain);
    }
  });
});

describe('free text carries dir="auto"', () => {
  it('the original and the translation', () => {
    state.i18n = new I18n('ar');
    const html = rendered(textView({ text: HOSTILE, lang: 'he', translations: { ar: `${RLO}ترجمة` } }));
    expect(html).toMatch(/<span class="written" lang=he dir="auto">\u202Eמרים כהן<\/span>/u);
    expect(html).toMatch(/<span class="translated" lang=ar dir="auto">\u202Eترجمة<\/span>/u);
  });
});
