// Keyboard and screen reader: proposing an activity on the plan, with Tab, Enter, the arrow keys (to
// choose in a list) and Escape only. The button says it opens a form; the form opens with the focus in
// its first field; Escape closes it and gives the focus back; an empty title is an error at the field
// in the participant's language; after proposing, the focus is on the new activity, which says it is
// proposed, not yet agreed and waiting to be sent. Names are checked in the accessibility tree.
// Semhar's plan, in Norwegian, Arabic and Tigrinya.
import { axe, expect, msg, open, test } from './lib.mjs';
import { checkNames, pressAndFocus, tabTo } from './a11y.mjs';

const TITLE = { nb: 'Søke om godkjenning av utdanningen min', ar: 'أريد معادلة شهادتي', ti: 'ምርኣይ ትምህርተይ ክሓትት' };
const MORE = { nb: 'Jeg har vitnemål fra Asmara', ar: 'لدي شهادة من أسمرة', ti: 'ካብ ኣስመራ ምስክር ወረቐት ኣለኒ' };

export default async function keyboardPropose() {
  for (const lang of ['nb', 'ar', 'ti']) {
    await test(`keyboard: proposing an activity (${lang})`, async (page) => {
      await open(page, { lang, persona: 'semhar', route: 'plan' });
      await checkNames(page, lang, 'plan');
      await tabTo(page, '.skip-link', { max: 1 });
      await pressAndFocus(page, 'Enter', 'main', 'the main content');

      // The button that opens the form: named, and collapsed.
      let f = await tabTo(page, '#propose-open', { what: '"Propose an activity"' });
      expect(f.role === 'button' && f.name === msg(lang, 'propose-open'), `button "${f.name}"`);
      expect((await page.locator('#propose-open').getAttribute('aria-expanded')) === 'false', 'says it is collapsed');

      // Enter: the form, focus in its first field. Escape: closed, focus back on the button.
      f = await pressAndFocus(page, 'Enter', '#pa-title', 'the title field');
      expect(f.role === 'textbox' && f.name === msg(lang, 'propose-field-title'), `title field "${f.name}"`);
      const form = await page.locator('form[aria-labelledby="pa-h"]').evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')).textContent.trim());
      expect(form === msg(lang, 'propose-title'), `the form is named by its heading: "${form}"`);
      await checkNames(page, lang, 'propose form');
      await pressAndFocus(page, 'Escape', '#propose-open', 'the button after Escape');
      expect((await page.locator('#pa-title').count()) === 0, 'Escape closed the form');

      // Open it again and send it empty: the error is at the title, the focus in it.
      await pressAndFocus(page, 'Enter', '#pa-title', 'the title field');
      await tabTo(page, 'form[aria-labelledby="pa-h"] button[type=submit]', { what: '"Propose"' });
      await pressAndFocus(page, 'Enter', '#pa-title', 'the empty title field');
      const err = await page.evaluate(() => {
        const el = document.getElementById('pa-title');
        return [el.getAttribute('aria-invalid'), document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? ''];
      });
      expect(err[0] === 'true' && err[1].includes(msg(lang, 'error-invalid_value')), `title marked invalid and described by the error: ${err}`);

      // Fill it in with the keyboard: title, description, a type and a goal with the arrow keys.
      await page.keyboard.type(TITLE[lang]);
      f = await tabTo(page, '#pa-desc', { max: 1, what: 'the description' });
      expect(f.name === msg(lang, 'propose-field-description'), `description "${f.name}"`);
      await page.keyboard.type(MORE[lang]);
      f = await tabTo(page, '#pa-type', { max: 1, what: 'the type' });
      expect(f.role === 'combobox' && f.name === msg(lang, 'propose-field-type'), `type "${f.role} ${f.name}"`);
      const before = await page.inputValue('#pa-type');
      await page.keyboard.press('ArrowUp');
      const type = await page.inputValue('#pa-type');
      expect(type !== before, `the arrow key chose another type (${before} → ${type})`);
      f = await tabTo(page, '#pa-goal', { max: 1, what: 'the goal' });
      expect(f.name === msg(lang, 'propose-field-goal'), `goal "${f.name}"`);
      await page.keyboard.press('ArrowDown');
      const goal = await page.inputValue('#pa-goal');
      expect(goal !== '', 'a goal chosen with the arrow key');
      f = await tabTo(page, '#pa-due', { max: 1, what: 'the date' });
      expect(f.name === msg(lang, 'propose-field-due'), `date "${f.name}"`);

      // Tab past the date's parts to "Propose"; Enter: the focus on the new activity.
      f = await tabTo(page, 'form[aria-labelledby="pa-h"] button[type=submit]', { max: 4, what: '"Propose", after the date' });
      expect(f.name === msg(lang, 'propose-submit'), `submit "${f.name}"`);
      f = await pressAndFocus(page, 'Enter', '[data-activity].is-pending', 'the new activity');
      for (const part of [TITLE[lang], msg(lang, `activity-type-${type}`), msg(lang, 'activity-status-proposed'), msg(lang, 'activity-not-agreed'), msg(lang, 'pending-waiting')]) {
        expect(f.text.includes(part), `the new activity "${f.text}" lacks "${part}"`);
      }
      const inGoal = await page.evaluate((g) => !!document.activeElement.closest(`section[aria-labelledby="goal-${g}"]`), goal);
      expect(inGoal, 'the new activity is under the goal chosen');
      await checkNames(page, lang, 'after proposing');
      await axe(page, `proposed ${lang}`);
    });
  }
}
