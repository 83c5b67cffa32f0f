// Keyboard and screen reader: first run and enrolment, with Tab, Shift+Tab and Enter only. After
// each step the focus is where the new content is (the new screen's heading, the error), every
// control has a name in the participant's language (the accessibility tree's computed name), and an
// error marks its field. In Norwegian, Arabic (right to left) and Tigrinya (Ge'ez script).
import { axe, expect, msg, open, test } from './lib.mjs';
import { checkNames, pressAndFocus, tabTo } from './a11y.mjs';

const AUTONYM = (l) => msg(l, 'language-autonym');
const htmlLang = (l) => (l === 'prs' ? 'fa-AF' : l);

export default async function keyboardFirstRun() {
  for (const lang of ['nb', 'ar', 'ti']) {
    await test(`keyboard: first run and enrolment (${lang})`, async (page) => {
      await open(page, { language: null, enrolled: false, online: true });
      // The language list: each language a button named in itself, marked with its language.
      const buttons = await page.evaluate(() => [...document.querySelectorAll('.language-list button')]
        .map((b) => [b.getAttribute('lang'), b.textContent.trim()]));
      for (const l of ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'prs', 'so']) {
        expect(buttons.some(([bl, name]) => bl === htmlLang(l) && name === AUTONYM(l)), `${l} named in itself (${AUTONYM(l)}) with lang=${htmlLang(l)}`);
      }
      await checkNames(page, 'en', 'language list');

      // Tab to the language, Enter: the enrolment screen in that language, its heading focused.
      const button = await tabTo(page, `.language-list button[lang="${htmlLang(lang)}"]`, { what: `the ${lang} button` });
      expect(button.role === 'button' && button.name === AUTONYM(lang), `the button reads "${button.name}"`);
      let f = await pressAndFocus(page, 'Enter', 'main h1', 'the enrolment heading');
      expect(f.name === msg(lang, 'enrol-title'), `heading "${f.name}", want "${msg(lang, 'enrol-title')}"`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()) ===
        `${htmlLang(lang)},${lang === 'ar' ? 'rtl' : 'ltr'}`, 'lang and dir follow the choice');
      await checkNames(page, lang, 'enrolment');

      // "Change language" goes back to the list, its heading focused; the same language again.
      await tabTo(page, 'form button[type=button]', { what: 'the change-language button' });
      f = await pressAndFocus(page, 'Enter', 'main h1', 'the language list heading');
      expect((await page.locator('.language-list').count()) === 1, 'back on the language list');
      await tabTo(page, `.language-list button[lang="${htmlLang(lang)}"]`);
      await pressAndFocus(page, 'Enter', 'main h1', 'the enrolment heading');

      // The code first, right after the heading (no camera here), named by its label; the server's
      // address waits behind "Other server", right after it.
      f = await tabTo(page, '#enrol-code', { max: 1, what: 'the code field, right after the heading' });
      expect(f.role === 'textbox' && f.name === msg(lang, 'enrol-code'), `code field named "${f.name}"`);
      // The purpose of each field for autofill (1.3.5): an address, a one-time code.
      const purposes = await page.evaluate(() => ['enrol-server', 'enrol-code'].map((id) => document.getElementById(id).autocomplete).join());
      expect(purposes === 'url,one-time-code', `autocomplete: ${purposes}`);
      f = await tabTo(page, '.other-server summary', { max: 1, what: '"Other server", right after the code' });
      expect(f.name === msg(lang, 'enrol-other-server'), `disclosure named "${f.name}"`);
      await tabTo(page, '#enrol-code', { back: true, max: 1 });

      // A wrong code in the sheet's link: Enter sends the form; the error takes the focus and marks
      // the code field.
      await page.keyboard.type('https://veikart.oslo.kommune.no/enrol#nope');
      f = await pressAndFocus(page, 'Enter', '#enrol-error', 'the error');
      expect(f.text.trim() === msg(lang, 'error-code_invalid'), `error "${f.text}"`);
      const marked = await page.evaluate(() => {
        const el = document.getElementById('enrol-code');
        return [el.getAttribute('aria-invalid'), el.getAttribute('aria-describedby')];
      });
      expect(marked[0] === 'true' && marked[1].split(' ').includes('enrol-error'), `code field marked invalid and described by the error: ${marked}`);
      await axe(page, `enrolment error ${lang}`);

      // Shift+Tab back to the code (past "Other server"), type the right link, Enter: Today, its
      // heading focused.
      await tabTo(page, '#enrol-code', { back: true, max: 2, what: 'the code field, before the error' });
      await page.keyboard.press('Control+A');
      await page.keyboard.type('https://veikart.oslo.kommune.no/enrol#K7Q-4TZ');
      f = await pressAndFocus(page, 'Enter', 'main h1', "Today's heading");
      expect(f.name === msg(lang, 'today-hello', { name: 'Semhar Tesfay' }) || f.name.includes('Semhar'), `Today's heading: "${f.name}"`);
      expect((await page.locator('.main-nav').count()) === 1, 'enrolled: the menu is there');
      await checkNames(page, lang, 'today after enrolment');
      const skip = await tabTo(page, '.skip-link', { back: true, what: 'the skip link' });
      expect(skip.name === msg(lang, 'skip-to-content'), `skip link "${skip.name}"`);
    });
  }
}
