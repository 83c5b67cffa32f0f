// Keyboard: on every screen, Tab alone goes round every control and comes back to the start, so
// nothing is out of reach and nothing traps the focus (WCAG 2.1.1, 2.1.2); every stop shows its
// focus and is not hidden under the sticky bars (2.4.7); the order is the page's order (2.4.3); the
// menu is the same on every screen (3.2.3); and the title names the screen (2.4.2). Phone size in
// Norwegian and Arabic, desktop size in Norwegian.
import { context, expect, msg, open, test } from './lib.mjs';
import { focusShows } from './a11y.mjs';

const SCREENS = [
  ['today', 'semhar'], ['plan', 'semhar'], ['schedule', 'ahmad'], ['recognition', 'olena'], ['messages', 'semhar'], ['me', 'semhar'],
];

/** Number every control the Tab key should reach, in page order (a group of radio buttons is one stop). */
function markTabbables() {
  const sel = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), details > summary, [tabindex]:not([tabindex="-1"])';
  const out = [];
  for (const el of document.querySelectorAll(sel)) {
    if (!el.getClientRects().length) continue;
    // What a closed disclosure holds is out of the Tab order until it is opened.
    if (el.parentElement?.closest('details:not([open])') && !(el.matches('summary') && el.parentElement.matches('details'))) continue;
    const id = el.type === 'radio' ? `radio:${el.name}` : String(out.length);
    el.dataset.tab = id;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

async function roundTrip(page, where) {
  const all = await page.evaluate(markTabbables);
  expect(all.length > 3, `${where}: only ${all.length} controls`);
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  const order = [];
  for (let i = 0; i < all.length + 20; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => document.activeElement?.closest('[data-tab]')?.dataset.tab ?? null);
    if (here === null) continue; // the browser's own stop between the end and the start
    if (order.length && here === order[0]) break; // round
    if (order.at(-1) !== here) order.push(here);
    const shows = await focusShows(page);
    expect(shows.ok, `${where}: focus on control ${here}: ${shows.why}`);
  }
  const missed = all.filter((x) => !order.includes(x));
  expect(missed.length === 0, `${where}: never reached by Tab: ${missed.join(', ')} of ${all.length}`);
  const numbers = order.filter((x) => !x.startsWith('radio:')).map(Number);
  expect(numbers.every((x, i) => i === 0 || x > numbers[i - 1]), `${where}: Tab order is not the page order: ${order.join(' ')}`);
  // Shift+Tab goes back the same way.
  await page.keyboard.press('Shift+Tab');
  const back = await page.evaluate(() => document.activeElement?.closest('[data-tab]')?.dataset.tab ?? null);
  expect(back === order.at(-1), `${where}: Shift+Tab from the first control goes to the last (${back}, want ${order.at(-1)})`);
}

export default async function keyboardTraps() {
  for (const [lang, width, height] of [['nb', 360, 740], ['ar', 360, 740], ['nb', 1280, 800]]) {
    await test(`keyboard: Tab goes round every control on every screen, no trap (${lang} ${width})`, async (page) => {
      let menu = null;
      for (const [route, persona] of SCREENS) {
        const p = await context.newPage();
        try {
          await open(p, { lang, persona, route, width, height });
          const title = await p.title();
          const want = `${msg(lang, `nav-${route}`)} – ${msg(lang, 'app-name')}`;
          expect(title === want, `${route}: title "${title}", want "${want}"`);
          const links = await p.evaluate(() => [...document.querySelectorAll('.main-nav a')].map((a) => `${a.getAttribute('href')} ${a.querySelector('.nav-label').textContent}`).join('|'));
          menu ??= links;
          expect(links === menu, `${route}: the menu differs (${links} vs ${menu})`);
          await roundTrip(p, route);
        } finally {
          await p.close();
        }
      }
      // The first run too: the language list and the enrolment form.
      await open(page, { language: null, enrolled: false, width, height });
      expect((await page.title()).startsWith(msg('en', 'first-choose-language')), `language list title: ${await page.title()}`);
      await roundTrip(page, 'language list');
      await page.click(`.language-list button[lang="${lang}"]`);
      await page.waitForSelector('#enrol-code');
      expect((await page.title()) === `${msg(lang, 'enrol-title')} – ${msg(lang, 'app-name')}`, `enrolment title: ${await page.title()}`);
      await roundTrip(page, 'enrolment');
    });
  }
}
