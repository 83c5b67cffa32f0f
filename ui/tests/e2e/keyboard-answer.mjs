// Keyboard and screen reader: answering an appointment ("I can't come" with a reason, then "I'll
// come"), with Tab, Shift+Tab, Enter, Space and Escape only. Escape closes the reason form and gives
// the focus back to "I can't come"; an empty reason is an error at the field in the participant's
// language (not the webview's bubble); after each answer the focus is on the sentence that confirms
// it and says it waits to be sent. Names are checked in the accessibility tree. Semhar's
// follow-up meeting (a routine class only takes "I can't come": screens.mjs), in Norwegian, Arabic and Tigrinya.
import { axe, expect, msg, open, test } from './lib.mjs';
import { checkNames, pressAndFocus, tabTo } from './a11y.mjs';

const REASON = { nb: 'Barnet mitt er sykt', ar: 'طفلي مريض', ti: 'ውላደይ ሓሚሙ' };
const CARD = '[data-event="e-s-followup"]';

export default async function keyboardAnswer() {
  for (const lang of ['nb', 'ar', 'ti']) {
    await test(`keyboard: answering an appointment (${lang})`, async (page) => {
      await open(page, { lang, persona: 'semhar', route: 'schedule' });
      await checkNames(page, lang, 'schedule');

      // The skip link first; Enter puts the focus in the main content.
      let f = await tabTo(page, '.skip-link', { max: 1, what: 'the skip link, first' });
      f = await pressAndFocus(page, 'Enter', 'main', 'the main content');

      // Tab to the class's "I can't come"; it says it opens a form (collapsed).
      f = await tabTo(page, `${CARD} .answer-buttons button.secondary`, { what: '"I can\'t come" on the follow-up meeting' });
      expect(f.role === 'button' && f.name === msg(lang, 'answer-cant'), `button "${f.name}"`);
      const group = await page.locator(`${CARD} .answer-buttons`).getAttribute('aria-label');
      expect(group === msg(lang, 'answer-group'), `the two answers are a group named "${group}"`);
      expect((await page.locator(`${CARD} .answer-buttons button.secondary`).getAttribute('aria-expanded')) === 'false', 'collapsed');

      // Enter opens the reason form with the focus in it; Escape closes it, focus back on the button.
      f = await pressAndFocus(page, 'Enter', `${CARD} textarea`, 'the reason field');
      expect(f.name === msg(lang, 'answer-reason-label'), `reason field "${f.name}"`);
      await page.keyboard.type('x');
      f = await pressAndFocus(page, 'Escape', `${CARD} .answer-buttons button.secondary`, '"I can\'t come" after Escape');
      expect((await page.locator(`${CARD} textarea`).count()) === 0, 'Escape closed the form');
      expect((await page.locator(`${CARD} .answer-buttons button.secondary`).getAttribute('aria-expanded')) === 'false', 'collapsed again');

      // Space opens it again. Sending it empty: the error is at the field, in the participant's language.
      await pressAndFocus(page, 'Space', `${CARD} textarea`, 'the reason field');
      await checkNames(page, lang, 'reason form');
      await tabTo(page, `${CARD} .reason-form button[type=submit]`, { max: 1, what: '"Send answer", right after the field' });
      f = await pressAndFocus(page, 'Enter', `${CARD} textarea`, 'the empty reason field');
      const err = await page.evaluate((card) => {
        const ta = document.querySelector(`${card} textarea`);
        const ids = (ta.getAttribute('aria-describedby') ?? '').split(' ');
        return { invalid: ta.getAttribute('aria-invalid'), text: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') };
      }, CARD);
      expect(err.invalid === 'true', 'the empty field is marked invalid');
      expect(err.text.includes(msg(lang, 'error-invalid_value')), `the field is described by the error: "${err.text}"`);

      // The reason, Tab to "Send answer", Enter: the focus is on the confirmation.
      await page.keyboard.type(REASON[lang]);
      f = await tabTo(page, `${CARD} .reason-form button[type=submit]`, { max: 1, what: '"Send answer"' });
      expect(f.name === msg(lang, 'answer-send'), `submit "${f.name}"`);
      f = await pressAndFocus(page, 'Enter', `${CARD} .answer-current`, 'the confirmation of the answer');
      for (const part of [msg(lang, 'answer-you-cant'), REASON[lang], msg(lang, 'pending-waiting')]) {
        expect(f.text.includes(part), `confirmation "${f.text}" lacks "${part}"`);
      }
      expect((await page.locator(`${CARD} .answer-buttons button.secondary`).getAttribute('aria-pressed')) === 'true', '"I can\'t come" is pressed');
      await axe(page, `answered ${lang}`);

      // Tab goes on to "I'll come"; Space answers, and the focus is on the new confirmation.
      f = await tabTo(page, `${CARD} .answer-buttons button.primary`, { max: 1, what: '"I\'ll come", right after the confirmation' });
      expect(f.name === msg(lang, 'answer-coming'), `button "${f.name}"`);
      f = await pressAndFocus(page, 'Space', `${CARD} .answer-current`, 'the confirmation of the new answer');
      await page.waitForFunction(([card, want]) => document.querySelector(`${card} .answer-current`)?.textContent.replace(/[\u2068\u2069]/g, '').includes(want),
        [CARD, msg(lang, 'answer-you-coming')]);
      expect((await page.locator(`${CARD} .answer-buttons button.primary`).getAttribute('aria-pressed')) === 'true', '"I\'ll come" is pressed');
      await checkNames(page, lang, 'after answering');
      // The sync bar counts the changes waiting, in words.
      const count = await page.evaluate(() => window.__veikartMock.outbox().length);
      const pending = (await page.locator('.sync-pending').innerText()).replace(/[\u2068\u2069]/g, '');
      expect(pending === msg(lang, 'sync-pending', { count }), `sync bar: "${pending}"`);
    });
  }
}
