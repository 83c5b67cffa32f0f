// "Is a text wrong or unclear?": the texts a screen shows are recorded as the participant reads
// them (values filled in, isolation marks gone), each once; and the languages no native speaker has
// checked come from locales/review.json, where anything unknown counts as not checked.
import { html } from 'lit-html';
import { describe, expect, it } from 'vitest';
import { noteShown, recordShown, shown, state, t } from '../../src/app';
import { I18n } from '../../src/i18n';
import { parseReview, reviewOf, uncheckedLanguages } from '../../src/review';
import { choicesOf, short } from '../../src/screens/wording';
import { tBdi } from '../../src/view';

describe('the texts a screen shows', () => {
  it('are recorded while it is drawn, with their values, and not otherwise', () => {
    state.i18n = new I18n('en');
    recordShown(true);
    t('msg-title');
    t('sync-pending', { count: 3 });
    tBdi('today-hello', { name: 'Semhar' });
    noteShown('cal-pattern-date', '18 August 2026');
    void html`${t('msg-title')}`;
    recordShown(false);
    t('nav-plan');
    expect([...shown.entries()]).toEqual([
      ['msg-title', 'Messages'],
      ['sync-pending', '3 changes waiting to be sent'],
      ['today-hello', 'Hello, Semhar'],
    ]);
    recordShown(true);
    expect(shown.size).toBe(0);
    recordShown(false);
  });

  it('are offered once each, by their words, long ones cut', () => {
    const texts = new Map([['author-participant', 'You'], ['msg-you', 'You'], ['msg-title', 'Messages']]);
    expect(choicesOf(texts)).toEqual([['author-participant', 'You'], ['msg-title', 'Messages']]);
    expect(short('a  b\nc')).toBe('a b c');
    const long = 'ሀ'.repeat(100);
    expect([...short(long)].length).toBe(80);
    expect(short(long).endsWith('…')).toBe(true);
  });
});

describe('which languages a native speaker has checked', () => {
  it('says honestly that Ukrainian, Russian, Arabic, Tigrinya, Dari and Somali are not checked yet', () => {
    expect(uncheckedLanguages()).toEqual(['uk', 'ru', 'ar', 'ti', 'prs', 'so']);
    expect(reviewOf('nb')).toBe('source');
  });

  it('counts anything the file does not say as not checked, never as checked', () => {
    const review = parseReview('{"languages": {"nb": {"status": "source"}, "en": {"status": "checked"}, "ti": {"status": "maybe"}}}');
    expect(uncheckedLanguages(review)).toEqual(['uk', 'ru', 'ar', 'ti', 'prs', 'so']);
    expect(uncheckedLanguages(parseReview('not json'))).toHaveLength(8);
    expect(reviewOf('xx', review)).toBe('not_checked');
  });
});
