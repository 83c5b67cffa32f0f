// Reflow and text size (WCAG 1.4.4, 1.4.10, 1.4.12). Every screen, in the states the journeys open:
// at 320 CSS px wide (a 1280 px window zoomed to 400 %) with no horizontal scrolling
// (scrollWidth <= clientWidth), nothing wider than the screen, no text cut off and the key controls on
// screen; with text at 200 % (the app's text size, as the device's font size would) at phone and
// desktop width, every text twice its size and the same checks; at 640 px (200 % browser zoom of a
// 1280 px window); and with the text spacing of 1.4.12. In Norwegian, Arabic and Tigrinya.
import { context, expect, open, test } from './lib.mjs';
import { reflows } from './a11y.mjs';

/** Each state: the persona and screen, what to open, and the key controls that must be on screen. */
const STATES = [
  { name: 'language list', language: null, enrolled: false, keys: ['.language-list button'] },
  { name: 'enrolment with an error', enrolled: false, keys: ['#enrol-server', '#enrol-code', 'form button'], then: async (p) => {
    await p.fill('#enrol-code', 'nope');
    await p.click('form button[type=submit]');
    await p.waitForSelector('#enrol-error');
  } },
  { name: 'today', persona: 'semhar', route: 'today', keys: ['.main-nav a', '.sync-line button', 'main .more'] },
  { name: 'plan, form open', persona: 'semhar', route: 'plan', keys: ['.main-nav a', '#pa-title', '#pa-type', '#pa-goal', '#pa-due', 'form button'], then: async (p) => {
    await p.click('#propose-open');
    await p.waitForSelector('#pa-title');
  } },
  { name: 'schedule, reason form open', persona: 'semhar', route: 'schedule', keys: ['.answer-buttons button', '#reason-e-s-class-s2', '.reason-form button'], then: async (p) => {
    await p.locator('[data-event="e-s-class-s2"] .answer-buttons .secondary').click();
    await p.waitForSelector('#reason-e-s-class-s2');
  } },
  { name: 'schedule, week', persona: 'ahmad', route: 'schedule', keys: ['.week-nav button', '.slot', '.selected-event .answer-buttons button'], then: async (p) => {
    await p.locator('.segmented button').nth(1).click();
    await p.waitForSelector('.week');
    await p.click('.slot.kind-trekantsamtale');
    await p.waitForSelector('.selected-event');
  } },
  { name: 'recognition', persona: 'olena', route: 'recognition', keys: ['[data-document] button'] },
  { name: 'messages', persona: 'semhar', route: 'messages', keys: ['#msg-body', '.compose button'] },
  { name: 'me', persona: 'semhar', route: 'me', keys: ['#me-lang', 'input[name=scale]', '#me-rem', '#wipe-ask'] },
];

/** Each state on a page of its own, at the given size and text scale. */
async function eachState(lang, { width, height, textScale }, check) {
  for (const s of STATES) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await open(page, { lang, language: s.language === null ? null : lang, persona: s.persona ?? 'semhar', route: s.route ?? 'today',
        enrolled: s.enrolled ?? true, online: s.enrolled === false ? true : undefined, width, height, textScale });
      if (s.then) await s.then(page);
      await check(page, s);
      expect(errors.length === 0, `${s.name}: page errors ${errors}`);
    } finally {
      await page.close();
    }
  }
}

// The text spacing of WCAG 1.4.12, as a user's style sheet would set it.
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd, label { margin-block-end: 2em !important; }`;

export default async function reflow() {
  for (const lang of ['nb', 'ar', 'ti']) {
    await test(`reflow: 320 px wide, no horizontal scroll, nothing cut off (${lang})`, async () => {
      await eachState(lang, { width: 320, height: 640 }, (page, s) => reflows(page, `${s.name} at 320 px`, s.keys));
    });
    await test(`text at 200 %: every text doubles, no horizontal scroll at 360 px (${lang})`, async () => {
      await eachState(lang, { width: 360, height: 740 }, async (page, s) => {
        const sizes = () => page.evaluate(() => [...document.querySelectorAll('body *')]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim()) && el.getClientRects().length)
          .map((el) => parseFloat(getComputedStyle(el).fontSize)));
        const before = await sizes();
        // What applyTextScale(2) does: the root font size, which every size in the app follows.
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
          document.documentElement.classList.add('large-text');
        });
        const after = await sizes();
        expect(before.length === after.length && before.length > 0, `${s.name}: the same texts (${before.length}, ${after.length})`);
        const small = after.filter((x, i) => x < before[i] * 1.95);
        expect(small.length === 0, `${s.name}: ${small.length} texts did not double (${small.slice(0, 5)} px)`);
        await reflows(page, `${s.name} at 200 % text, 360 px`, s.keys);
      });
    });
  }
  await test('text at 200 % on a desktop window, and 200 % browser zoom (640 px) (nb)', async () => {
    await eachState('nb', { width: 1280, height: 800, textScale: 2 }, (page, s) => reflows(page, `${s.name} at 200 % text, 1280 px`, s.keys));
    await eachState('nb', { width: 640, height: 400 }, (page, s) => reflows(page, `${s.name} at 640 px`, s.keys));
  });
  for (const lang of ['nb', 'ar']) {
    await test(`text spacing (1.4.12): nothing cut off or overlapping at 360 px (${lang})`, async () => {
      await eachState(lang, { width: 360, height: 740 }, async (page, s) => {
        await page.addStyleTag({ content: SPACING });
        await reflows(page, `${s.name} with wider text spacing`, s.keys);
      });
    });
  }
}
