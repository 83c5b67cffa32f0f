// "Is a text wrong or unclear?" (issue 11, item 3): on every screen, the participant picks one of
// the texts the screen shows, by its words in their language, writes a better one, and it waits to
// be sent like any change; the Me screen says which languages no native speaker has checked yet.
// Semhar in Tigrinya, offline, with the keyboard; every screen in Norwegian; the Me screen in ti,
// uk and nb.
import { SHOTS, axe, expect, msg, noRawKeys, open, shot, test, text } from './lib.mjs';
import { focused, pressAndFocus, tabTo } from './a11y.mjs';

const SCREENS = ['today', 'plan', 'schedule', 'recognition', 'messages', 'me'];
const UNCHECKED = ['uk', 'ru', 'ar', 'ti', 'prs', 'so'];

export default async function wording() {
  await test('propose a better text with the keyboard, offline (ti)', async (page) => {
    await open(page, { lang: 'ti', persona: 'semhar', route: 'today' });
    let f = await tabTo(page, '#wording-open', { what: '"Is a text wrong or unclear?"' });
    expect(f.role === 'button' && f.name === msg('ti', 'wording-open'), `button "${f.name}"`);
    f = await pressAndFocus(page, 'Enter', '#wording-key', 'the list of texts');
    expect(f.name === msg('ti', 'wording-which'), `list named "${f.name}"`);
    // The list holds the screen's own texts in Tigrinya, the screen's first, and the menu's.
    const options = await page.locator('#wording-key option').evaluateAll((os) => os.map((o) => [o.value, o.textContent.trim()]));
    const byKey = new Map(options);
    expect(byKey.get('today-next') === msg('ti', 'today-next'), `"${msg('ti', 'today-next')}" in ${JSON.stringify(options.slice(0, 8))}`);
    expect(byKey.get('nav-plan') === msg('ti', 'nav-plan'), 'the menu too');
    expect(options[0][0] === 'today-hello' && options[0][1].includes('Semhar'), `the screen first, values filled in: ${options[0]}`);
    expect(!byKey.has('wording-title'), 'not the form itself');
    await axe(page, 'wording form ti');
    await page.selectOption('#wording-key', 'today-next');
    expect((await text(page.locator('.wording-now blockquote'))) === msg('ti', 'today-next'), 'the whole text under the list');
    // Sent empty: the error at the field in Tigrinya, the focus in it.
    await page.locator('.wording button[type=submit]').focus();
    await pressAndFocus(page, 'Enter', '#wording-text', 'the empty text');
    expect((await text(page.locator('#wording-text-error'))) === msg('ti', 'error-invalid_value'), 'error at the field');
    await page.keyboard.type('ዝቕጽሉ ቆጸራታት');
    await page.locator('#wording-comment').fill('«ቀጺሉ» ይሓይሽ');
    await shot(page, 'wording-ti');
    await page.locator('.wording button[type=submit]').focus();
    await pressAndFocus(page, 'Enter', '#wording-open', 'the button again');
    expect((await text(page.locator('.toast'))) === msg('ti', 'wording-sent'), 'thanked, told it waits');
    const proposals = await page.evaluate(() => window.__veikartMock.proposals());
    expect(JSON.stringify(proposals.map(({ id: _id, ...p }) => p)) === JSON.stringify([{ language: 'ti', key: 'today-next', text: 'ዝቕጽሉ ቆጸራታት', comment: '«ቀጺሉ» ይሓይሽ' }]), JSON.stringify(proposals));
    const outbox = await page.evaluate(() => window.__veikartMock.outbox());
    expect(outbox.length === 1 && outbox[0].op === 'propose_wording', `waits to be sent: ${JSON.stringify(outbox)}`);
    expect((await text(page.locator('.sync-pending'))).includes('1'), 'the sync bar counts it');
    // Escape closes the form, with the focus back on its button.
    await page.keyboard.press('Enter');
    await page.waitForSelector('#wording-key');
    await page.keyboard.press('Escape');
    const back = await focused(page);
    expect(back.id === 'wording-open', `focus back on the button: ${back.id}`);
    // Online: it is sent.
    await page.evaluate(() => { window.__veikartMock.setOnline(true); window.__veikartMock.sync(); });
    await page.locator('.sync-pending').waitFor({ state: 'detached' });
  });

  await test('every screen has it, listing its own texts (nb)', async (page) => {
    await open(page, { lang: 'nb', persona: 'olena', route: 'today', width: 1280, height: 800 });
    for (const route of SCREENS) {
      await page.goto(`${page.url().split('#')[0]}#/${route}`);
      await page.waitForFunction((r) => location.hash === `#/${r}` && document.querySelector('#wording-open'), route);
      await page.waitForTimeout(50);
      const title = (await text(page.locator('main h1'))).trim();
      await page.click('#wording-open');
      const options = await page.locator('#wording-key option').allInnerTexts();
      expect(options.map((o) => o.trim()).includes(title), `${route}: the heading "${title}" among ${options.slice(0, 5)}`);
      await page.keyboard.press('Escape');
      await noRawKeys(page);
    }
  });

  for (const lang of ['ti', 'uk', 'nb']) {
    await test(`Me says which languages no native speaker has checked (${lang})`, async (page) => {
      await open(page, { lang, persona: 'semhar', route: 'me' });
      const section = page.locator('section[aria-labelledby="me-tr-h"]');
      const names = await section.locator('.unchecked-languages li').allInnerTexts();
      expect(JSON.stringify(names) === JSON.stringify(UNCHECKED.map((l) => msg(lang, `lang-name-${l}`))), `listed: ${names}`);
      const warning = section.locator('.warning');
      if (lang === 'nb') expect((await warning.count()) === 0, 'Norwegian is the source');
      else expect((await text(warning)) === msg(lang, 'me-translations-yours-unchecked'), 'said first, for their own language');
      await axe(page, `me translations ${lang}`);
      if (lang === 'ti' && SHOTS) await section.screenshot({ path: new URL('../../../docs/screenshots/me-translations-ti.png', import.meta.url).pathname });
    });
  }
}
