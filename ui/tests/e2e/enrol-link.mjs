// Enrolment with the caseworker's code sheet (issue 13 item 7): on a phone the first thing offered
// is "Scan the code", and the camera's link enrols at once; elsewhere the code or the sheet's whole
// link is typed, and the server's address is asked only when the text does not carry it. In
// Norwegian, Tigrinya (Ge'ez script) and Arabic (right to left). And (item 8) the next steps agreed
// in a meeting, in the plan.
import { SHOTS, axe, expect, msg, noHorizontalScroll, noRawKeys, open, shot, test } from './lib.mjs';
import { focused } from './a11y.mjs';

const LINK = 'https://veikart.grorud.example/enrol#ABCD-EFGH-JKMN';
const serverUrl = (page) => page.evaluate(() => window.__TAURI_INTERNALS__.invoke('sync_status').then((s) => s.server_url));
const enrolled = (page) => page.waitForSelector('.main-nav');

export default async function enrolLink() {
  for (const lang of ['nb', 'ti', 'ar']) {
    await test(`enrol: a typed link needs no server address (${lang})`, async (page) => {
      await open(page, { language: lang, enrolled: false, online: true });
      expect((await page.locator('#enrol-scan').count()) === 0, 'no scanning offered without a camera scanner');
      expect(!(await page.locator('#enrol-server').isVisible()), 'the server address waits behind "Other server"');
      expect((await page.locator('.other-server summary').innerText()).trim() === msg(lang, 'enrol-other-server'), 'the disclosure is named');
      await page.fill('#enrol-code', `  ${LINK.toLowerCase()} `);
      await page.press('#enrol-code', 'Enter');
      await enrolled(page);
      expect(await serverUrl(page) === 'https://veikart.grorud.example', `enrolled with the link's server: ${await serverUrl(page)}`);
    });

    await test(`enrol: a bare code asks for the server (${lang})`, async (page) => {
      await open(page, { language: lang, enrolled: false, online: true });
      await page.fill('#enrol-code', 'abcd-efgh-jkmn');
      await page.press('#enrol-code', 'Enter');
      await page.waitForSelector('#enrol-error');
      const f = await focused(page);
      expect(f.id === 'enrol-error' && f.text.trim() === msg(lang, 'error-server_missing'), `the error, focused: ${f.id} "${f.text}"`);
      expect(await page.locator('#enrol-server').isVisible(), '"Other server" opened');
      expect(await page.getAttribute('#enrol-server', 'aria-invalid') === 'true', 'the address field marked');
      await noRawKeys(page);
      await axe(page, `bare code ${lang}`);
      await page.fill('#enrol-server', 'https://veikart.oslo.kommune.no');
      await page.press('#enrol-server', 'Enter');
      await enrolled(page);
      expect(await serverUrl(page) === 'https://veikart.oslo.kommune.no', 'enrolled with the typed server');
    });

    await test(`enrol: on a phone, scanning comes first and the link enrols (${lang})`, async (page) => {
      await open(page, { language: lang, enrolled: false, online: true, canScan: true, scanned: LINK });
      await page.waitForSelector('#enrol-scan');
      // The first control after the heading is the scan button, in the participant's language.
      const first = await page.evaluate(() => document.querySelector('main button, main input, main summary')?.id);
      expect(first === 'enrol-scan', `first control: ${first}`);
      expect((await page.locator('#enrol-scan').innerText()).trim() === msg(lang, 'enrol-scan'), 'named "Scan the code"');
      expect((await page.locator('#enrol-type-h').innerText()).trim() === msg(lang, 'enrol-or-type'), 'typing offered after it');
      await noRawKeys(page);
      await noHorizontalScroll(page);
      await axe(page, `scan ${lang}`);
      await shot(page, `firstrun-scan-${lang}`);
      await page.click('#enrol-scan');
      await enrolled(page);
      expect(await serverUrl(page) === 'https://veikart.grorud.example', 'enrolled with the scanned link');
    });
  }

  await test('enrol: a scanned code that is not Veikart\'s says so', async (page) => {
    await open(page, { language: 'ti', enrolled: false, online: true, canScan: true, scanned: 'https://example.com/menu' });
    await page.click('#enrol-scan');
    await page.waitForSelector('#enrol-error');
    expect((await page.locator('#enrol-error').innerText()).trim() === msg('ti', 'error-scan_not_code'), 'scan_not_code');
    expect((await page.locator('.main-nav').count()) === 0, 'not enrolled');
  });
}

/** The plan's next steps from meetings: where each came from, who does it, the participant's own marked done. */
export async function nextSteps() {
  for (const lang of ['nb', 'ti', 'ar']) {
    await test(`plan: next steps from a meeting (${lang})`, async (page) => {
      await open(page, { lang, persona: 'semhar', route: 'plan' });
      const section = page.locator('section[aria-labelledby="plan-next-steps"]');
      expect((await section.locator('h2').innerText()).trim() === msg(lang, 'plan-next-steps'), 'the section heading');
      const mine = section.locator('[data-activity="a-s-step1"]');
      const theirs = section.locator('[data-activity="a-s-step2"]');
      expect((await mine.locator('.step-owner').innerText()).trim() === msg(lang, 'step-owner-participant'), 'the participant does it');
      expect((await theirs.locator('.step-owner').innerText()).trim() === msg(lang, 'step-owner-caseworker'), 'NAV does it');
      expect((await mine.locator('.from-meeting').count()) === 1, 'says which meeting');
      expect((await theirs.locator('button').count()) === 0, 'NAV\'s step has no buttons');
      await noRawKeys(page);
      await axe(page, `next steps ${lang}`);
      await page.setViewportSize({ width: 360, height: 1600 });
      if (SHOTS) await section.screenshot({ path: new URL(`../../../docs/screenshots/plan-next-steps-${lang}.png`, import.meta.url).pathname });
      await mine.getByRole('button', { name: msg(lang, 'activity-mark-done') }).click();
      await mine.locator('.pending-mark').waitFor();
      expect((await page.locator('[data-activity="a-s-step1"] .pending-mark').count()) === 1, 'done, waiting to be sent');
    });
  }
}
