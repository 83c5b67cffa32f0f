// Keyboard and screen reader: the settings in Me. Choosing in the language list with the arrow keys
// changes nothing until "Change language" is pressed (no change of context on input, WCAG 3.2.2);
// then the whole app, its lang and direction change, and the focus stays on the button, now named
// in the new language. Text size with the arrow keys in the radio group. Signing out asks first, and
// Escape takes it back with the focus on the button (3.3.4). Norwegian to Arabic, Arabic to Tigrinya.
import { expect, msg, open, test } from './lib.mjs';
import { pressAndFocus, tabTo } from './a11y.mjs';

const htmlLang = (l) => (l === 'prs' ? 'fa-AF' : l);

export default async function keyboardSettings() {
  for (const [from, to] of [['nb', 'ar'], ['ar', 'ti']]) {
    await test(`keyboard: settings in Me, ${from} to ${to}`, async (page) => {
      await open(page, { lang: from, persona: 'semhar', route: 'me' });
      const doc = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.querySelector('main h1').textContent.trim()]);
      const start = await doc();

      // The language list: the arrow keys move the choice, the app stays as it is.
      let f = await tabTo(page, '#me-lang', { what: 'the language list' });
      expect(f.role === 'combobox' && f.name === msg(from, 'me-language-label'), `list "${f.role} ${f.name}"`);
      const want = await page.evaluate((l) => [...document.querySelectorAll('#me-lang option')].findIndex((o) => o.value === l), to);
      const now = await page.evaluate(() => document.getElementById('me-lang').selectedIndex);
      for (let i = now; i !== want; i += want > now ? 1 : -1) await page.keyboard.press(want > now ? 'ArrowDown' : 'ArrowUp');
      expect((await page.inputValue('#me-lang')) === to, `chose ${await page.inputValue('#me-lang')}`);
      expect(JSON.stringify(await doc()) === JSON.stringify(start), `the app changed on choosing alone: ${await doc()}`);

      // The button: the app in the new language; the focus stays on the button, named in it.
      f = await tabTo(page, '#me-lang-apply', { max: 1, what: '"Change language", right after the list' });
      expect(f.name === msg(from, 'enrol-change-language'), `button "${f.name}"`);
      await page.keyboard.press('Enter');
      await page.waitForFunction((l) => document.documentElement.lang === l, htmlLang(to));
      const [lang, dir, h1] = await doc();
      expect(dir === (to === 'ar' ? 'rtl' : 'ltr') && h1 === msg(to, 'me-title'), `after the change: ${lang} ${dir} "${h1}"`);
      f = await pressAndFocus(page, 'Shift+Tab', '#me-lang', 'the list, back from the button');
      f = await pressAndFocus(page, 'Tab', '#me-lang-apply', 'the button');
      expect(f.name === msg(to, 'enrol-change-language'), `button now "${f.name}"`);

      // Text size: the radio group, with the arrow keys; each named with its size.
      f = await tabTo(page, 'input[name=scale]', { what: 'the text size' });
      expect(f.role === 'radio' && f.name.includes('100'), `radio "${f.role} ${f.name}"`);
      await page.keyboard.press(to === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await page.waitForFunction(() => document.documentElement.style.fontSize === '125%');
      f = await pressAndFocus(page, 'ArrowDown', 'input[name=scale]:checked', 'the next size');
      await page.waitForFunction(() => document.documentElement.style.fontSize === '150%');
      expect(f.name.includes('150'), `radio "${f.name}"`);

      // Sign out asks first; Escape takes it back, focus on the button, nothing wiped.
      f = await tabTo(page, '#wipe-ask', { what: 'Sign out' });
      expect(f.name === msg(to, 'me-sign-out-button'), `button "${f.name}"`);
      f = await pressAndFocus(page, 'Enter', '#wipe-yes', 'the confirmation');
      expect(f.name === msg(to, 'me-sign-out-confirm'), `confirm "${f.name}"`);
      const group = await page.locator('#wipe-yes').evaluate((b) => b.parentElement.getAttribute('aria-label'));
      expect(group === msg(to, 'me-sign-out-confirm-group'), `the question is the group's name: "${group}"`);
      await pressAndFocus(page, 'Escape', '#wipe-ask', 'Sign out, after Escape');
      expect((await page.locator('.main-nav').count()) === 1, 'still signed in');
    });
  }
}
