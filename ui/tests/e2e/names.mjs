// Screen reader: every control on every screen, in every state the journeys open (a form, the week
// view with an appointment chosen, the sign-out confirmation, a refused change, an error), has an
// accessible name, computed by Chromium's accessibility tree, in the participant's language: made of
// that language's messages and in its script. Named regions and groups (aria-label) too. In
// Norwegian, Arabic (right to left) and Tigrinya (Ge'ez script).
import { expect, open, test } from './lib.mjs';
import { checkNames } from './a11y.mjs';

/** Each screen as a persona, and what to open on it before checking. */
const STATES = [
  { name: 'today', persona: 'semhar', route: 'today' },
  { name: 'plan, form open', persona: 'semhar', route: 'plan', then: async (p) => { await p.click('#propose-open'); await p.waitForSelector('#pa-title'); } },
  { name: 'plan, a change refused', persona: 'ahmad', route: 'plan', online: true, then: async (p) => {
    await p.locator('[data-activity="a-a2"] button.primary').click();
    await p.evaluate(() => window.__veikartMock.rejectNext('superseded'));
    await p.locator('.sync-line button').click();
    await p.waitForSelector('.rejections li');
  } },
  { name: 'schedule, list', persona: 'semhar', route: 'schedule', then: async (p) => {
    await p.locator('[data-event="e-s-class-s2"] .answer-buttons .secondary').click();
    await p.waitForSelector('#reason-e-s-class-s2');
  } },
  { name: 'schedule, week, an appointment chosen', persona: 'ahmad', route: 'schedule', then: async (p) => {
    await p.locator('.segmented button').nth(1).click();
    await p.waitForSelector('.week');
    await p.click('.slot.kind-trekantsamtale');
    await p.waitForSelector('.selected-event');
  } },
  { name: 'recognition', persona: 'olena', route: 'recognition' },
  { name: 'messages', persona: 'semhar', route: 'messages' },
  { name: 'me, sign-out confirmation', persona: 'semhar', route: 'me', then: async (p) => {
    await p.click('#wipe-ask');
    await p.waitForSelector('#wipe-yes');
  } },
  { name: 'enrolment with an error', language: true, then: async (p) => {
    await p.fill('#enrol-code', 'nope');
    await p.click('form button[type=submit]');
    await p.waitForSelector('#enrol-error');
  } },
];

export default async function names() {
  for (const lang of ['nb', 'ar', 'ti']) {
    for (const s of STATES) {
      await test(`names in ${lang}: ${s.name}`, async (page) => {
        await open(page, s.language
          ? { language: lang, enrolled: false, online: true }
          : { lang, persona: s.persona, route: s.route, online: s.online });
        if (s.then) await s.then(page);
        const r = await checkNames(page, lang, s.name);
        // The date field's parts (day, month, year) are drawn and named by the webview, in the
        // device's language, not the app's: the one exception, reported in docs/accessibility.md.
        expect(r.own.every((o) => / in input\[type=date\]$/.test(o)), `controls outside the app's reach: ${r.own}`);
      });
    }
  }
}
