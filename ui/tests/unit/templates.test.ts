// Messages from templates: every template reads in every language with its values, dates in Oslo
// time in the reader's locale and documents by their names; a template or value this app does not
// know falls back to the Norwegian body; the Norwegian beside it is the template's text alone.
import { describe, expect, it } from 'vitest';
import { DateFormatter } from '../../src/format';
import { I18n } from '../../src/i18n';
import { templateNorwegian, templateText } from '../../src/templates';
import { LANGUAGES, MESSAGE_TEMPLATES, type MessageTemplate } from '../../src/types';

/** The parameters of each template in crates/protocol/src/template.rs, filled in. */
const FILLED: Record<(typeof MESSAGE_TEMPLATES)[number], MessageTemplate['params']> = {
  bring_documents: {
    at: { type: 'date_time', value: '2026-08-18T07:00:00Z' },
    documents: { type: 'document_kinds', value: ['passport_copy', 'diploma'] },
  },
  meeting_reminder: { at: { type: 'date_time', value: '2026-08-18T07:00:00Z' } },
  meeting_moved: { at: { type: 'date_time', value: '2026-12-31T23:30:00Z' } },
  class_cancelled: { at: { type: 'date_time', value: '2026-08-18T07:00:00Z' } },
  please_call: {},
  document_accepted: { document: { type: 'document_kind', value: 'transcript' } },
  document_needed: { document: { type: 'document_kind', value: 'translation' } },
  programme_starts: { on: { type: 'date', value: '2026-08-17' } },
};

describe('templates in every language', () => {
  for (const lang of LANGUAGES) {
    const i18n = new I18n(lang);
    const fmt = new DateFormatter(lang, (id, args) => i18n.t(id, args));
    for (const key of MESSAGE_TEMPLATES) {
      it(`${lang}: ${key}`, () => {
        expect(i18n.has(`msg-template-${key}`), 'its own text, not English').toBe(true);
        const shown = templateText({ key, params: FILLED[key] }, i18n, fmt);
        expect(shown).not.toBeNull();
        const text = i18n.t(shown!.id, shown!.args);
        expect(text).not.toMatch(/[{}]|\$/);
        for (const [name, p] of Object.entries(FILLED[key] ?? {})) {
          if (p.type === 'date_time') expect(text).toContain(fmt.dateTime(p.value as string));
          if (p.type === 'date') expect(text).toContain(fmt.date(p.value as string));
          expect(name).toMatch(/^[a-z]+$/);
        }
        const docs = Object.values(FILLED[key] ?? {}).flatMap((p) =>
          p.type === 'document_kinds' ? (p.value as string[]) : p.type === 'document_kind' ? [p.value as string] : []);
        expect(shown!.items).toEqual(docs.map((d) => i18n.t(`doc-kind-${d}`)));
      });
    }
  }

  it('a date and time is Oslo time: 23:30 UTC on 31 December is 00:30 on 1 January', () => {
    const i18n = new I18n('nb');
    const fmt = new DateFormatter('nb', (id, args) => i18n.t(id, args));
    const shown = templateText({ key: 'meeting_moved', params: FILLED.meeting_moved }, i18n, fmt)!;
    expect(shown.args.at).toContain('00:30');
    expect(shown.args.at).toMatch(/1\. januar/);
  });

  it('the Norwegian app reads as the Norwegian body the server wrote', () => {
    // crates/server/src/domain/templates.rs writes this body for the same values (its own test).
    const i18n = new I18n('nb');
    const fmt = new DateFormatter('nb', (id, args) => i18n.t(id, args));
    const shown = templateText({ key: 'bring_documents', params: FILLED.bring_documents }, i18n, fmt)!;
    const text = [i18n.t(shown.id, shown.args).replace(/[\u2068\u2069]/g, ''), ...shown.items.map((i) => `– ${i}`)].join('\n');
    expect(text).toBe('Ta med dette til møtet vårt (tirsdag 18. august kl. 09:00):\n– Kopi av pass\n– Vitnemål');
  });
});

describe('what this app cannot show is shown from the body', () => {
  const i18n = new I18n('ti');
  const fmt = new DateFormatter('ti', (id, args) => i18n.t(id, args));
  const at = { type: 'date_time', value: '2026-08-18T07:00:00Z' } as const;
  for (const [why, tpl] of [
    ['a key it does not know', { key: 'bring_family' }],
    ['a type it does not know', { key: 'meeting_moved', params: { at: { type: 'relation', value: 'spouse' } } }],
    ['a document kind it does not know', { key: 'document_needed', params: { document: { type: 'document_kind', value: 'driving_licence' } } }],
    ['a date that is not one', { key: 'meeting_moved', params: { at: { type: 'date_time', value: 'soon' } } }],
    ['an empty list of documents', { key: 'bring_documents', params: { at, documents: { type: 'document_kinds', value: [] } } }],
  ] as [string, MessageTemplate][]) {
    it(why, () => expect(templateText(tpl, i18n, fmt)).toBeNull());
  }
});

describe('the Norwegian beside the translation', () => {
  const body = (text: string) => ({ text, lang: 'nb' });
  it('is the template text without the caseworker words after it', () => {
    expect(templateNorwegian({ body: body('Ring meg.\n\nEtter kl. 12.'), template: { key: 'please_call', note: 'Etter kl. 12.' } }))
      .toBe('Ring meg.');
    expect(templateNorwegian({ body: body('Ring meg.'), template: { key: 'please_call' } })).toBe('Ring meg.');
    // A body that does not end with the note (edited elsewhere) is shown whole, never cut short.
    expect(templateNorwegian({ body: body('Ring meg.'), template: { key: 'please_call', note: 'Etter kl. 12.' } }))
      .toBe('Ring meg.');
  });
});
