// The Plan screen's attendance (issue 10): every kind and status of absence reads in every
// language, and the days of child's-illness leave left come out in Latin digits everywhere, as
// every number in the app does (docs/architecture.md, "Numbers and ranges").
import { describe, expect, it } from 'vitest';
import { I18n } from '../../src/i18n';
import { ABSENCE_KINDS, ABSENCE_STATUSES, LANGUAGES } from '../../src/types';

describe('attendance in every language', () => {
  for (const lang of LANGUAGES) {
    const i18n = new I18n(lang);
    it(`${lang}: kinds and statuses are translated`, () => {
      for (const k of ABSENCE_KINDS) expect(i18n.t(`absence-kind-${k}`)).not.toBe(`absence-kind-${k}`);
      for (const s of ABSENCE_STATUSES) expect(i18n.t(`absence-status-${s}`)).not.toBe(`absence-status-${s}`);
      // Each status says something different: "approved" must never read like "needs a document".
      const texts = ABSENCE_STATUSES.map((s) => i18n.t(`absence-status-${s}`));
      expect(new Set(texts).size).toBe(texts.length);
    });
    it(`${lang}: days left in Latin digits`, () => {
      const text = i18n.t('plan-child-days-left', { count: 7 });
      expect(text).toContain('7');
      expect(text).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
    });
  }
});
