// What a device loads: the chosen language's messages (and English, the fallback), never the seven
// others, and the font of that language's script only (Ge'ez for ti, Arabic script for ar and prs).
// The language list, which names every language in itself, loads both fonts; a change of language in
// Me loads the new language then.
import { ORIGIN, expect, open, test } from './lib.mjs';

/** Record the app's requests (the file names under assets/, without their hashes). */
function record(page) {
  const got = [];
  page.on('request', (r) => {
    const m = /\/assets\/(.+?)-[\w-]{8}\.(js|css|woff2?)$/.exec(new URL(r.url()).pathname);
    if (m) got.push(`${m[1]}.${m[2]}`);
  });
  return got;
}
const localesIn = (got) => got.filter((f) => f.startsWith('locales-')).map((f) => f.slice(8, -3)).sort();
const fontsIn = (got) => got.filter((f) => /^(ethiopic|arabic)\.css$|^noto-sans-/.test(f)).sort();

export default async function loading() {
  const cases = [
    { lang: 'nb', locales: ['en', 'nb'], fonts: [] },
    { lang: 'en', locales: ['en'], fonts: [] },
    { lang: 'uk', locales: ['en', 'uk'], fonts: [] },
    { lang: 'ti', locales: ['en', 'ti'], fonts: ['ethiopic.css', 'noto-sans-ethiopic-ethiopic-400-normal.woff2'] },
    { lang: 'ar', locales: ['ar', 'en'], fonts: ['arabic.css', 'noto-sans-arabic-arabic-400-normal.woff2'] },
    { lang: 'prs', locales: ['en', 'prs'], fonts: ['arabic.css', 'noto-sans-arabic-arabic-400-normal.woff2'] },
  ];
  for (const c of cases) {
    await test(`loading: ${c.lang} loads its own messages and its script's font only`, async (page) => {
      const got = record(page);
      // Olena: none of her data is in Ge'ez or Arabic script, so nothing but the language brings a font.
      await open(page, { lang: c.lang, persona: 'olena', route: 'today' });
      for (const route of ['plan', 'messages', 'me']) {
        await page.goto(`${ORIGIN}/#/${route}`);
        await page.waitForFunction((r) => document.querySelector('main h1') && location.hash === `#/${r}`, route);
      }
      await page.evaluate(() => document.fonts.ready);
      expect(JSON.stringify(localesIn(got)) === JSON.stringify(c.locales), `messages loaded: ${localesIn(got)} (want ${c.locales})`);
      expect(JSON.stringify(fontsIn(got)) === JSON.stringify(c.fonts), `fonts loaded: ${fontsIn(got)} (want ${c.fonts})`);
    });
  }

  await test('loading: the language list loads both fonts, the choice its messages only', async (page) => {
    const got = record(page);
    await open(page, { language: null, enrolled: false });
    await page.evaluate(() => document.fonts.ready);
    const families = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
    expect(families.some((f) => f.includes('Ethiopic')) && families.some((f) => f.includes('Arabic')), `fonts for the names: ${families}`);
    expect(JSON.stringify(localesIn(got)) === '["en"]', `before a choice, only the heading's language: ${localesIn(got)}`);
    await page.click('.language-list button[lang="so"]');
    await page.waitForSelector('#enrol-code');
    expect(JSON.stringify(localesIn(got)) === '["en","so"]', `after choosing Somali: ${localesIn(got)}`);
  });

  await test('loading: changing the language in Me loads that language then (nb to ti)', async (page) => {
    const got = record(page);
    await open(page, { lang: 'nb', persona: 'olena', route: 'me' });
    expect(JSON.stringify(localesIn(got)) === '["en","nb"]', `at start: ${localesIn(got)}`);
    await page.selectOption('#me-lang', 'ti');
    await page.click('#me-lang-apply');
    await page.waitForFunction(() => document.documentElement.lang === 'ti');
    await page.evaluate(() => document.fonts.ready);
    expect(JSON.stringify(localesIn(got)) === '["en","nb","ti"]', `after the change: ${localesIn(got)}`);
    expect(fontsIn(got).includes('ethiopic.css'), `the Ge'ez font: ${fontsIn(got)}`);
    const h1 = await page.locator('main h1').innerText();
    expect(/\p{Script=Ethiopic}/u.test(h1), `the screen is in Tigrinya: ${h1}`);
  });
}
