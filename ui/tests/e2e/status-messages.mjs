// Screen reader and timing: messages that appear without taking the focus are in a status region, so
// they are read out (WCAG 4.1.3): the sync line (role=status), a refused change (role=alert), an
// error or a confirmation (the toasts, role=status, polite). An error stays until it is dismissed —
// nobody has to read it within a time limit (2.2.1) — and its OK button is reachable by keyboard.
import { expect, msg, open, test } from './lib.mjs';
import { tabTo } from './a11y.mjs';

/** The live region an element is in: its role and aria-live, or null. */
function region(sel) {
  const el = document.querySelector(sel);
  const r = el?.closest('[role=status], [role=alert], [aria-live]');
  return r ? `${r.getAttribute('role')}/${r.getAttribute('aria-live') ?? ''}` : null;
}

export default async function statusMessages() {
  for (const lang of ['nb', 'ar']) {
    await test(`status messages: read out, and an error stays until dismissed (${lang})`, async (page) => {
      await open(page, { lang, persona: 'ahmad', route: 'plan', online: true });

      // The sync line is a status: a change waiting shows up in it.
      expect((await page.evaluate(region, '.sync-line span')) === 'status/', 'the sync line is a status region');
      await page.locator('[data-activity="a-a2"] button.primary').click();
      await page.waitForSelector('.sync-line .sync-pending');
      expect((await page.evaluate(region, '.sync-pending')) === 'status/', 'the count of changes waiting is in it');

      // A refused change: an alert, with the reason in words.
      await page.evaluate(() => window.__veikartMock.rejectNext('superseded'));
      await page.locator('.sync-line button').click();
      await page.waitForSelector('.rejections li');
      expect((await page.evaluate(region, '.rejections li')) === 'alert/', 'a refused change is an alert');

      // An error from a command: in the polite status region, still there after 7 seconds.
      await page.evaluate(() => window.__veikartMock.failNext('set_activity_status', 'local_storage'));
      await page.locator('[data-activity="a-a2"] .actions button').first().click();
      await page.waitForSelector('.toast.error');
      expect((await page.evaluate(region, '.toast.error')) === 'status/polite', 'the error is read out');
      const said = (await page.locator('.toast.error > span').innerText()).trim();
      expect(said === msg(lang, 'error-local_storage'), `error "${said}"`);
      await page.waitForTimeout(7000);
      expect((await page.locator('.toast.error').count()) === 1, 'the error is still there after 7 s');

      // Its OK button by keyboard (the toasts come after the screen); Enter dismisses it.
      const f = await tabTo(page, '.toast.error button', { what: 'the error\'s OK button' });
      expect(f.name === msg(lang, 'rejected-dismiss'), `button "${f.name}"`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('.toast.error'));

      // A confirmation goes by itself, from the same region.
      await page.evaluate(() => window.__veikartMock.setOnline(true));
      await page.goto(page.url().replace('#/plan', '#/me'));
      await page.waitForSelector('#me-export-h');
      await tabTo(page, '#me-export-h ~ .row button', { what: 'export' });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.toast.info');
      expect((await page.evaluate(region, '.toast.info')) === 'status/polite', 'the confirmation is read out');
      expect((await page.locator('.toast.info').innerText()).trim() === msg(lang, 'me-exported'), 'it says the file is saved');
    });
  }
}
