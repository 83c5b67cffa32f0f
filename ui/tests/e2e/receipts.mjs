// Receipts and answers to proposals: what the participant sent says on its card, in one status line,
// that it waits on the phone, was sent, or was seen by the caseworker (by first name); the chosen
// answer is marked chosen in words and by aria-pressed, not by colour alone; a declined proposal
// says who declined it and why (the reason marked as written in Norwegian), a commented one shows
// the comment. Semhar, in Norwegian, Tigrinya and Arabic; screenshots of each state.
import { ORIGIN, axe, expect, msg, noRawKeys, open, shot, test, text } from './lib.mjs';

const REASON = { nb: 'Barnet mitt er sykt', ti: 'ውላደይ ሓሚሙ', ar: 'طفلي مريض' };
const QUESTION = { nb: 'Kan tolken være på telefon?', ti: 'ተርጓሚ ብተሌፎን ክኸውን ይኽእልዶ?', ar: 'هل يمكن أن يكون المترجم على الهاتف؟' };
/** Text as read: without isolation marks, and the line's parts (flex items) joined by one space. */
const clean = (s) => s.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** One card's picture, in the card's own bounds (the card is what changes). */
async function cardShot(locator, name) {
  if (process.env.SCREENSHOTS === '0') return;
  // A viewport as tall as the page, so the sticky tab bar covers no card.
  const page = locator.page();
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await locator.screenshot({ path: new URL(`../../../docs/screenshots/${name}.png`, import.meta.url).pathname });
  await page.setViewportSize(size);
}

export default async function receipts() {
  for (const lang of ['nb', 'ti', 'ar']) {
    await test(`receipts: waiting, sent, seen by the caseworker; the chosen answer (${lang})`, async (page) => {
      await open(page, { lang, persona: 'semhar', route: 'schedule' });
      // Seen: Semhar's answer to the kartleggingssamtale, seen by Mohammed.
      const seenCard = page.locator('[data-event="e-s-kartlegging"]');
      const seenLine = clean(await text(seenCard.locator('.answer-current .status-line')));
      expect(seenLine.includes('Mohammed'), `seen by Mohammed: ${seenLine}`);
      expect((await seenCard.locator('.status-line .receipt-seen').count()) === 1, 'one seen mark');
      // The chosen answer: pressed, with a check mark; the other not.
      const coming = seenCard.getByRole('button', { name: msg(lang, 'answer-coming'), exact: true });
      expect((await coming.getAttribute('aria-pressed')) === 'true', 'the chosen answer is pressed');
      expect((await coming.locator('svg.icon').count()) === 1, 'the chosen answer has a check mark');
      const cant = seenCard.getByRole('button', { name: msg(lang, 'answer-cant'), exact: true });
      expect((await cant.getAttribute('aria-pressed')) === 'false', 'the other is not');
      expect((await cant.locator('svg.icon').count()) === 0, 'and has no check mark');
      // Chosen is not told by colour alone: the chosen button is bold and ringed, the other is not.
      const looks = await seenCard.locator('.answer-buttons button').evaluateAll((bs) => bs.map((b) => {
        const s = getComputedStyle(b);
        return { pressed: b.getAttribute('aria-pressed'), weight: Number(s.fontWeight), ring: s.boxShadow !== 'none' };
      }));
      const on = looks.find((l) => l.pressed === 'true');
      const off = looks.find((l) => l.pressed === 'false');
      expect(on.weight >= 700 && on.ring && off.weight < 700 && !off.ring, `chosen looks chosen: ${JSON.stringify(looks)}`);
      await cardShot(seenCard, `receipt-seen-${lang}`);

      // Waiting: "I can't come" on a class, offline.
      const card = page.locator('[data-event="e-s-class-s2"]');
      await card.getByRole('button', { name: msg(lang, 'answer-cant') }).click();
      await page.fill('#reason-e-s-class-s2', REASON[lang]);
      await card.locator('.reason-form button.primary').click();
      await card.locator('.status-line .pending-mark').waitFor();
      expect(clean(await text(card.locator('.status-line'))) === msg(lang, 'pending-waiting'), 'waiting, in words');
      // A class asks only "I can't come": after it, "I can come after all" instead.
      expect((await card.getByRole('button', { name: msg(lang, 'answer-can-after-all') }).count()) === 1, 'can come after all');
      // A question for the follow-up meeting, waiting too.
      const meeting = page.locator('[data-event="e-s-followup"]');
      await meeting.locator('input[name=q]').fill(QUESTION[lang]);
      await meeting.locator('.inline-form button').click();
      await meeting.locator('.agenda-items .pending-mark').waitFor();
      await noRawKeys(page);
      await axe(page, `receipts waiting ${lang}`);
      await cardShot(card, `receipt-waiting-${lang}`);

      // Sent: the phone is online again and syncs.
      await page.evaluate(() => window.__veikartMock.setOnline(true));
      await page.evaluate(() => window.__veikartMock.sync());
      await card.locator('.status-line .receipt-sent').waitFor();
      expect(clean(await text(card.locator('.status-line'))) === msg(lang, 'receipt-sent'), 'sent, in words');
      expect((await card.locator('.pending-mark').count()) === 0, 'no longer waiting');
      expect((await meeting.locator('.agenda-items .receipt-sent').count()) === 1, 'the question is sent');
      await cardShot(card, `receipt-sent-${lang}`);

      // Seen: Mohammed opens her page; the next sync brings it.
      await page.evaluate(() => window.__veikartMock.seenBy('Mohammed'));
      await card.locator('.status-line .receipt-seen').waitFor();
      expect(clean(await text(card.locator('.status-line'))).includes('Mohammed'), 'seen by Mohammed');
      expect((await meeting.locator('.agenda-items .receipt-seen').count()) === 1, 'the question is seen');
      await axe(page, `receipts seen ${lang}`);
      await cardShot(card, `receipt-seen-answer-${lang}`);
      await shot(page, `receipts-schedule-${lang}`);

      // A new answer is a new thing to see: waiting again (offline), not seen.
      await page.evaluate(() => window.__veikartMock.setOnline(false));
      await card.getByRole('button', { name: msg(lang, 'answer-can-after-all') }).click();
      await card.locator('.status-line .pending-mark').waitFor();
      expect((await card.locator('.receipt-seen').count()) === 0, 'the new answer is not seen');
    });

    await test(`proposals: declined with a reason, commented on, and their receipts (${lang})`, async (page) => {
      await open(page, { lang, persona: 'semhar', route: 'plan' });
      const declined = page.locator('[data-activity="a-s7"]');
      const line = clean(await text(declined.locator('.status-line')));
      expect(line.includes(clean(msg(lang, 'proposal-declined-by', { name: 'Mohammed' }))), `declined by Mohammed: ${line}`);
      // Not "cancelled" and not "not yet agreed": declined says it.
      expect(!line.includes(msg(lang, 'activity-status-cancelled')) && !line.includes(msg(lang, 'activity-not-agreed')), `one status: ${line}`);
      const note = clean(await text(declined.locator('.response-note')));
      expect(note.includes(clean(msg(lang, 'proposal-reason-from', { name: 'Mohammed' }))), `the reason's author: ${note}`);
      expect(note.includes('Førerkort er ikke en del av programmet nå.'), 'the reason as written');
      if (lang !== 'nb') expect(note.includes(msg(lang, 'msg-written-in-nb')), `marked as written in Norwegian: ${note}`);
      expect((await declined.locator('button').count()) === 0, 'nothing to do on a declined proposal');
      await cardShot(declined, `proposal-declined-${lang}`);

      const commented = page.locator('[data-activity="a-s6"]');
      const cline = clean(await text(commented.locator('.status-line')));
      expect(cline.includes(msg(lang, 'activity-not-agreed')) && cline.includes('Mohammed'), `open, seen by Mohammed: ${cline}`);
      expect(clean(await text(commented.locator('.response-note'))).includes('Fint forslag!'), 'the comment');
      await cardShot(commented, `proposal-commented-${lang}`);

      // A new proposal: waiting, then sent; agreed by the caseworker, it says so.
      await page.click('#propose-open');
      await page.fill('#pa-title', REASON[lang]);
      await page.locator('form[aria-labelledby="pa-h"] button[type=submit]').click();
      const mine = page.locator('[data-activity].is-pending', { hasText: REASON[lang] });
      await mine.locator('.status-line .pending-mark').waitFor();
      await page.evaluate(() => { window.__veikartMock.setOnline(true); window.__veikartMock.sync(); });
      const sent = page.locator('[data-activity]', { hasText: REASON[lang] });
      await sent.locator('.status-line .receipt-sent').waitFor();
      const id = await sent.getAttribute('data-activity');
      await page.evaluate((i) => window.__veikartMock.respond(i, 'agreed', null, 'Mohammed'), id);
      await page.waitForFunction((i) => document.querySelector(`[data-activity="${i}"] .outcome.agreed`), id);
      expect(clean(await text(sent.locator('.status-line'))).includes(clean(msg(lang, 'proposal-agreed-by', { name: 'Mohammed' }))), 'agreed by Mohammed');
      await noRawKeys(page);
      await axe(page, `proposals ${lang}`);
      await page.goto(`${ORIGIN}/#/plan`);
      await page.waitForSelector('[data-activity="a-s7"]');
      await shot(page, `proposals-plan-${lang}`);
    });
  }

  await test('messages: the participant\'s own message says seen by the caseworker (ti)', async (page) => {
    await open(page, { lang: 'ti', persona: 'semhar', route: 'messages' });
    const mine = page.locator('[data-message="m-s2"]');
    expect(clean(await text(mine.locator('.status-line'))).includes('Mohammed'), 'seen by Mohammed');
    expect((await page.locator('[data-message="m-s1"] .status-line').count()) === 0, 'no receipt on the caseworker\'s message');
  });
}
