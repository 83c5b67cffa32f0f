// Keyboard and screen reader: sending a message to the caseworker, with Tab and Enter only, by
// way of the menu. Following a menu link puts the focus on the new screen's heading; an empty message
// is an error at the field in the participant's language; after sending, the focus is on the message
// just written, which says it waits to be sent, and Tab leads back to the box. Names are checked in
// the accessibility tree. Semhar (offline), in Norwegian, Arabic and Tigrinya.
import { axe, expect, msg, open, test } from './lib.mjs';
import { checkNames, pressAndFocus, tabTo } from './a11y.mjs';

const BODY = { nb: 'Kan vi flytte timen til onsdag?', ar: 'هل يمكن نقل الموعد إلى الأربعاء؟', ti: 'ቆጸራ ናብ ረቡዕ ከነሰጋግሮ ንኽእል ዶ?' };

export default async function keyboardMessage() {
  for (const lang of ['nb', 'ar', 'ti']) {
    await test(`keyboard: sending a message (${lang})`, async (page) => {
      await open(page, { lang, persona: 'semhar', route: 'today' });

      // The menu link to Messages: named (with the unread count), and Enter opens the screen with
      // the focus on its heading.
      let f = await tabTo(page, '.main-nav a[href="#/messages"]', { what: 'Messages in the menu' });
      expect(f.role === 'link' && f.name.includes(msg(lang, 'nav-messages')), `link "${f.name}"`);
      f = await pressAndFocus(page, 'Enter', 'main h1', 'the Messages heading');
      expect(f.name === msg(lang, 'msg-title'), `heading "${f.name}"`);
      const current = await page.locator('.main-nav a[aria-current="page"]').getAttribute('href');
      expect(current === '#/messages', `the menu marks the current screen (${current})`);
      await checkNames(page, lang, 'messages');

      // The box: named by its label, described by the offline hint.
      f = await tabTo(page, '#msg-body', { what: 'the message box' });
      expect(f.role === 'textbox' && f.name === msg(lang, 'msg-write'), `box "${f.name}"`);
      const hint = await page.evaluate(() => (document.getElementById('msg-body').getAttribute('aria-describedby') ?? '')
        .split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
      expect(hint.includes(msg(lang, 'msg-offline-hint')), `box described by the hint: "${hint}"`);

      // Send it empty: the error at the box, focus in it.
      f = await tabTo(page, '.compose button[type=submit]', { max: 1, what: '"Send"' });
      expect(f.name === msg(lang, 'msg-send'), `send "${f.name}"`);
      await pressAndFocus(page, 'Enter', '#msg-body', 'the empty box');
      const err = await page.evaluate(() => {
        const el = document.getElementById('msg-body');
        return [el.getAttribute('aria-invalid'), (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')];
      });
      expect(err[0] === 'true' && err[1].includes(msg(lang, 'error-invalid_value')), `box marked invalid and described by the error: ${err}`);

      // Write, Tab to Send, Enter: the focus on the new message, waiting to be sent.
      await page.keyboard.type(BODY[lang]);
      expect(await page.evaluate(() => document.getElementById('msg-body').getAttribute('aria-invalid')) === null, 'the error goes once there is text');
      await tabTo(page, '.compose button[type=submit]', { max: 1 });
      f = await pressAndFocus(page, 'Enter', '.thread .bubble.participant.is-pending', 'the message just sent');
      for (const part of [BODY[lang], msg(lang, 'msg-you'), msg(lang, 'pending-waiting')]) {
        expect(f.text.includes(part), `the new message "${f.text}" lacks "${part}"`);
      }
      expect((await page.inputValue('#msg-body')) === '', 'the box is empty again');
      await tabTo(page, '#msg-body', { max: 1, what: 'the box, right after the new message' });
      await checkNames(page, lang, 'after sending');
      await axe(page, `message sent ${lang}`);
    });
  }
}
