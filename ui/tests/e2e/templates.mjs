// Messages from templates (issue 11, item 4): the caseworker chose "bring these documents to our
// meeting" in the console; Semhar reads it in Tigrinya with the date in Oslo time and the documents
// by their Tigrinya names, the caseworker's own words marked as written in Norwegian, and the
// Norwegian text beside it. Free text is marked as written in Norwegian. A template this app does
// not know (from a newer server) is shown from its Norwegian body. Olena reads hers in Ukrainian.
import { axe, expect, msg, noRawKeys, open, shot, test, text } from './lib.mjs';

const NORWEGIAN = 'Ta med dette til møtet vårt (tirsdag 18. august kl. 09:00):\n– Kopi av pass\n– Vitnemål';
const NOTE = 'Ta også med CV hvis du har en.';

/** The words of a message before its first value: what the app must show, in `lang`. */
const opening = (lang, id) => msg(lang, id, { at: '\u0000', on: '\u0000' }).split('\u0000')[0].trim();

export default async function templates() {
  await test('template message in Tigrinya, with the Norwegian beside it (ti)', async (page) => {
    // Today shows it among the unread, in Tigrinya (opening Messages marks it read).
    await open(page, { lang: 'ti', persona: 'semhar', route: 'today' });
    const preview = page.locator('.message-preview .templated');
    expect((await text(preview)).startsWith(opening('ti', 'msg-template-bring_documents')), 'on Today');
    await page.goto(`${page.url().split('#')[0]}#/messages`);
    await page.waitForSelector('[data-message="m-s-tpl"]');
    const bubble = page.locator('[data-message="m-s-tpl"]');
    const sentence = await text(bubble.locator('.templated'));
    expect(sentence.startsWith(opening('ti', 'msg-template-bring_documents')), `Tigrinya: ${sentence}`);
    expect(sentence.includes('18') && sentence.includes('09:00') && sentence.includes(msg('ti', 'cal-month-8')), `Oslo time, Tigrinya month: ${sentence}`);
    expect(await bubble.locator('.templated').evaluate((el) => el.closest('[lang]').lang) === 'ti', 'in the page language');
    const items = await bubble.locator('.template-items li').allInnerTexts();
    expect(JSON.stringify(items) === JSON.stringify([msg('ti', 'doc-kind-passport_copy'), msg('ti', 'doc-kind-diploma')]), `documents: ${items}`);
    // The caseworker's own words: as written, in Norwegian, and said so.
    const note = bubble.locator('.template-note');
    expect((await note.locator('[lang="nb"]').innerText()) === NOTE, 'the note, lang=nb');
    expect((await text(note.locator('.lang-tag'))) === msg('ti', 'msg-written-in-nb'), 'marked as written in Norwegian');
    // The Norwegian text, for the caseworker or anyone who reads Norwegian, without the note.
    const nb = bubble.locator('.in-norwegian');
    expect((await text(nb.locator('.lang-tag'))) === msg('ti', 'msg-template-in-norwegian'), 'labelled');
    expect((await nb.locator('[lang="nb"]').innerText()) === NORWEGIAN, `the Norwegian: ${await nb.innerText()}`);
    // Free text stays as written, marked as Norwegian with lang="nb".
    const free = page.locator('[data-message="m-s3"]');
    expect((await free.locator('.written').getAttribute('lang')) === 'nb', 'free text lang=nb');
    expect((await text(free.locator('.lang-tag'))) === msg('ti', 'msg-written-in-nb'), 'free text marked');
    await noRawKeys(page);
    await axe(page, 'template message ti');
    await shot(page, 'messages-template-ti');
  });

  await test('template message in Norwegian: the app writes what the server wrote (nb)', async (page) => {
    await open(page, { lang: 'nb', persona: 'semhar', route: 'messages' });
    const bubble = page.locator('[data-message="m-s-tpl"]');
    const shown = [await text(bubble.locator('.templated')), ...(await bubble.locator('.template-items li').allInnerTexts()).map((i) => `– ${i}`)].join('\n');
    expect(shown === NORWEGIAN, `the same as the body: ${shown}`);
    expect((await bubble.locator('.in-norwegian').count()) === 0, 'no second Norwegian text');
    expect((await page.locator('[data-message="m-s3"] .lang-tag').count()) === 0, 'Norwegian is not foreign to a Norwegian reader');
    await axe(page, 'template message nb');
  });

  for (const lang of ['ar', 'uk']) {
    await test(`a template this app does not know is shown from its Norwegian body (${lang})`, async (page) => {
      await open(page, { lang, persona: 'olena', route: 'messages', width: 1280, height: 800 });
      // Olena's "document received and in order", in her language.
      const accepted = page.locator('[data-message="m-o3"]');
      expect((await text(accepted.locator('.templated'))) === msg(lang, 'msg-template-document_accepted'), 'in her language');
      expect((await accepted.locator('.template-items li').allInnerTexts()).join() === msg(lang, 'doc-kind-diploma'), 'the document');
      await page.evaluate(() => window.__veikartMock.receive({
        id: 'm-new', author: 'caseworker', author_name: 'Kristin Haugen', sent_at: '2026-08-17T07:00:00Z', read_at: null,
        body: { text: 'Ta med ektefellen din til møtet.', lang: 'nb' },
        template: { key: 'bring_family', params: { who: { type: 'relation', value: 'spouse' } } },
      }));
      const fresh = page.locator('[data-message="m-new"]');
      await fresh.waitFor();
      expect((await fresh.locator('.templated').count()) === 0, 'not as a template');
      expect((await fresh.locator('.written[lang="nb"]').innerText()) === 'Ta med ektefellen din til møtet.', 'the Norwegian body');
      expect((await text(fresh.locator('.lang-tag'))) === msg(lang, 'msg-written-in-nb'), 'marked as Norwegian');
      await noRawKeys(page);
      await axe(page, `unknown template ${lang}`);
    });
  }
}
