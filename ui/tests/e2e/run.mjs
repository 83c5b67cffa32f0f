// Browser tests: the built UI (dist/) in Debian's Chromium with the Rust side mocked (mockIPC),
// axe-core on every screen in nb, uk and ar at phone and desktop size, the offline/pending/rejected
// journeys, and screenshots for docs/screenshots; then the topic files beside this one (keyboard and
// screen-reader journeys, names, colour, reflow, what is loaded). Prints "N passed, M failed";
// exits 1 on failure.
import { ORIGIN, axe, expect, finish, msg, noHorizontalScroll, noRawKeys, open, shot, test, text } from './lib.mjs';
import colour from './colour.mjs';
import keyboardAnswer from './keyboard-answer.mjs';
import enrolLink, { nextSteps } from './enrol-link.mjs';
import keyboardFirstRun from './keyboard-firstrun.mjs';
import keyboardMessage from './keyboard-message.mjs';
import keyboardPropose from './keyboard-propose.mjs';
import keyboardSettings from './keyboard-settings.mjs';
import keyboardTraps from './keyboard-traps.mjs';
import loading from './loading.mjs';
import names from './names.mjs';
import pages from './pages.mjs';
import receipts from './receipts.mjs';
import reflow from './reflow.mjs';
import screens, { changedAppointments, rightToLeft } from './screens.mjs';
import statusMessages from './status-messages.mjs';
import templates from './templates.mjs';
import wording from './wording.mjs';

// Which participant each screen is shown with (JOURNEYS.md).
const SCREENS = [
  { screen: 'today', persona: 'semhar', route: 'today' },
  { screen: 'plan', persona: 'semhar', route: 'plan' },
  { screen: 'schedule', persona: 'ahmad', route: 'schedule' },
  { screen: 'schedule-week', persona: 'ahmad', route: 'schedule', week: true },
  { screen: 'recognition', persona: 'olena', route: 'recognition' },
  { screen: 'messages', persona: 'semhar', route: 'messages' },
  { screen: 'me', persona: 'semhar', route: 'me' },
];
const RTL = { ar: 'rtl', prs: 'rtl' };
// Screenshots for docs/: the languages asked for, Tigrinya (Semhar's) to check its script, and
// Dari and Somali, which no one on the project reads.
const SHOT_LANGS = ['nb', 'uk', 'ar', 'ti', 'prs', 'so'];

for (const lang of ['nb', 'uk', 'ar', 'ti', 'prs', 'en', 'ru', 'so']) {
  const full = ['nb', 'uk', 'ar'].includes(lang);
  for (const [w, h] of full ? [[360, 740], [1280, 800]] : [[360, 740]]) {
    for (const s of SCREENS) {
      await test(`${s.screen} ${lang} ${w}x${h}`, async (page) => {
        await open(page, { lang, persona: s.persona, route: s.route, width: w, height: h });
        if (s.week) {
          await page.getByRole('button', { pressed: false }).filter({ hasText: await page.evaluate(() => document.querySelectorAll('.segmented button')[1].textContent.trim()) }).click();
          await page.waitForSelector('.week');
          if (s.persona === 'ahmad') await page.click('.slot.kind-trekantsamtale');
          await page.waitForSelector('.selected-event');
        }
        const [htmlLang, dir] = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
        expect(dir === (RTL[lang] ?? 'ltr'), `dir is ${dir}`);
        expect(htmlLang === (lang === 'prs' ? 'fa-AF' : lang), `lang is ${htmlLang}`);
        await noRawKeys(page);
        await noHorizontalScroll(page);
        await axe(page, `${s.screen} ${lang} ${w}`);
        if (w === 360 && SHOT_LANGS.includes(lang)) await shot(page, `${s.screen}-${lang}`);
        else if (process.env.DESKTOP_SHOTS) await shot(page, `desktop-${s.screen}-${lang}`);
      });
    }
  }
}

for (const lang of ['nb', 'uk', 'ar', 'ti']) {
  await test(`first run: language then enrol (${lang})`, async (page) => {
    await open(page, { language: null, enrolled: false, online: true });
    const buttons = page.locator('.language-list button');
    expect((await buttons.count()) === 8, 'eight languages');
    expect((await page.locator('.language-list button[lang="ti"]').textContent()).trim() === 'ትግርኛ', 'Tigrinya named in itself');
    await axe(page, 'language picker');
    await shot(page, `firstrun-language-${lang}`);
    await page.click(`.language-list button[lang="${lang === 'prs' ? 'fa-AF' : lang}"]`);
    await page.waitForSelector('#enrol-code');
    expect((await page.evaluate(() => document.documentElement.dir)) === (RTL[lang] ?? 'ltr'), 'direction follows the language');
    await page.fill('#enrol-code', 'https://veikart.oslo.kommune.no/enrol#nope');
    await page.click('form button[type=submit]');
    await page.waitForSelector('#enrol-error');
    await noRawKeys(page);
    await axe(page, 'enrol with error');
    await shot(page, `firstrun-enrol-${lang}`);
    await page.fill('#enrol-code', 'https://veikart.oslo.kommune.no/enrol#K7Q-4TZ');
    await page.click('form button[type=submit]');
    await page.waitForSelector('.main-nav');
    expect((await page.locator('main h1').textContent()).includes('Semhar'), 'today after enrolment');
  });
}

await test('can\'t come with a reason: shows pending offline, then sent', async (page) => {
  await open(page, { lang: 'nb', persona: 'semhar', route: 'schedule' });
  const card = page.locator('[data-event="e-s-class-s2"]');
  await card.getByRole('button', { name: 'Jeg kan ikke komme' }).click();
  await page.fill('#reason-e-s-class-s2', 'Barnet mitt er sykt');
  await card.getByRole('button', { name: 'Send svar' }).click();
  await card.locator('.pending-mark').waitFor();
  const t = await text(card);
  expect(t.includes('Barnet mitt er sykt'), 'reason shown');
  expect(t.includes('Venter på å bli sendt'), 'pending mark text');
  expect((await text(page.locator('.sync-pending'))).includes('1 endring venter'), 'sync bar counts the change');
  expect((await text(page.locator('.sync-line'))).includes('Frakoblet'), 'sync bar says offline');
  await axe(page, 'pending answer');
  await shot(page, 'pending-answer-nb');
  await page.evaluate(() => window.__veikartMock.setOnline(true));
  await page.getByRole('button', { name: 'Oppdater nå' }).click();
  await card.locator('.pending-mark').waitFor({ state: 'detached' });
  expect((await page.locator('.sync-pending').count()) === 0, 'nothing waiting after sync');
  expect((await text(page.locator('.sync-line'))).includes('Tilkoblet'), 'online after sync');
});

for (const lang of ['ar', 'ti', 'prs', 'so']) {
await test(`rejected change is rolled back with its reason (${lang})`, async (page) => {
  await open(page, { lang, persona: 'ahmad', route: 'plan' });
  const item = page.locator('[data-activity="a-a2"]');
  await item.locator('button.primary').click(); // mark done
  await item.locator('.pending-mark').waitFor();
  expect((await item.locator('.status-line .status-done').count()) === 1, 'shown done while pending');
  await page.evaluate(() => { window.__veikartMock.rejectNext('superseded'); });
  await page.locator('.sync-line button').click();
  await item.locator('.rejected-note').waitFor();
  expect((await item.locator('.status-line .status-in_progress').count()) === 1, 'rolled back to in progress');
  const note = await text(item.locator('.rejected-note'));
  expect(lang !== 'ar' || note.includes('غيّرها المرشد'), `reason translated: ${note}`);
  expect(note.trim().length > 0, 'a reason is shown');
  await noRawKeys(page);
  expect((await page.locator('.rejections li').count()) === 1, 'sync bar lists the refused change');
  await axe(page, 'rejected');
  await shot(page, `rejected-${lang}`);
  await page.locator('.rejections button').click();
  await page.locator('.rejections').waitFor({ state: 'detached' });
});
}

await test('message written offline waits, agenda question and document ready are pending', async (page) => {
  await open(page, { lang: 'uk', persona: 'olena', route: 'recognition', online: false });
  const doc = page.locator('[data-document="d-o3"]');
  await doc.locator('button.primary:not(.page-add-button)').click(); // I have it
  await doc.locator('.pending-mark').waitFor();
  await page.goto(`${ORIGIN}/#/messages`);
  await page.fill('#msg-body', 'Переклад готовий!');
  await page.locator('.compose button[type=submit]').click();
  await page.locator('.bubble.is-pending').waitFor();
  expect((await text(page.locator('.sync-pending'))).includes('2'), 'two changes waiting');
});

await test('trekantsamtale: parties shown, question added (prs)', async (page) => {
  await open(page, { lang: 'prs', persona: 'ahmad', route: 'schedule' });
  const card = page.locator('[data-event="e-a-trekant"]');
  const parties = await card.locator('.parties').innerText();
  expect(parties.includes('Ingrid Bakken') && parties.includes('Farid Noori') && parties.includes('Tone Larsen'), 'three parties');
  // The school's part of the agenda, and the step the school took on, said in Dari.
  const part = card.locator('.school-part');
  expect((await part.locator('h4').innerText()).trim() === msg('prs', 'event-school-part'), 'the school part heading');
  expect((await part.innerText()).includes('Oppmøte i august'), 'the teacher\'s text');
  expect((await card.locator('[data-step="a-a-step1"]').innerText()).includes(msg('prs', 'step-owner-school')), 'the school does it');
  await card.locator('input[name=q]').fill('آیا می‌توانم ساعت‌های بیشتری در فروشگاه کار کنم؟');
  await card.locator('.inline-form button').click();
  await card.locator('.agenda-items .pending-mark').waitFor();
  await shot(page, 'trekantsamtale-prs');
});

// Dari dates (prs is shown as fa-AF with the Gregorian calendar). Afghan month names, never the
// Iranian ones that an engine answering in plain `fa` gives (ژانویه، فوریه … اوت).
const DARI_MONTHS = ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'];
const IRANIAN_MONTHS = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'];
async function dariMonthsOnScreen(page) {
  const words = new Set((await page.evaluate(() => document.body.innerText)).split(/[^\p{L}\p{M}\u200c]+/u));
  const iranian = IRANIAN_MONTHS.filter((m) => words.has(m));
  expect(iranian.length === 0, `Iranian month names on screen: ${iranian.join(', ')}`);
  expect(words.has('اگست'), 'the Dari name of August (اگست) on screen');
}
// Chromium's ICU as Android's WebView and WebView2 ship it: fa, but no fa_AF.
const WITHOUT_FA_AF = () => {
  const Orig = Intl.DateTimeFormat;
  const strip = (l) => (typeof l === 'string' && /^fa-AF/i.test(l) ? 'fa' : l);
  function DateTimeFormat(locales, options) {
    return new Orig(Array.isArray(locales) ? locales.map(strip) : strip(locales), options);
  }
  DateTimeFormat.prototype = Orig.prototype;
  DateTimeFormat.supportedLocalesOf = (l, o) => Orig.supportedLocalesOf(Array.isArray(l) ? l.map(strip) : strip(l), o);
  Intl.DateTimeFormat = DateTimeFormat;
};

await test('Dari dates from Chromium: Afghan month names, Gregorian year (prs)', async (page) => {
  await open(page, { lang: 'prs', persona: 'ahmad', route: 'schedule' });
  const engine = await page.evaluate(() => {
    const f = new Intl.DateTimeFormat('fa-AF', { month: 'long', calendar: 'gregory', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2026, i, 15))));
  });
  expect(JSON.stringify(engine) === JSON.stringify(DARI_MONTHS), `Chromium's fa-AF months: ${engine.join(' ')}`);
  await dariMonthsOnScreen(page);
  const text = await page.evaluate(() => document.body.innerText);
  expect(!/۱۴۰۵/.test(text), 'no Solar Hijri year');
  await page.goto(`${ORIGIN}/#/today`);
  await page.waitForSelector('main h1');
  await dariMonthsOnScreen(page);
});

await test('Dari dates where the engine has fa but not fa-AF: names from the .ftl (prs)', async (page) => {
  await open(page, { lang: 'prs', persona: 'ahmad', route: 'schedule', init: WITHOUT_FA_AF });
  const plainFa = await page.evaluate(() => new Intl.DateTimeFormat('fa-AF', { month: 'long', calendar: 'gregory', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2026, 7, 15))));
  expect(plainFa === 'اوت', `the simulated engine answers fa-AF in Iranian Persian (got ${plainFa})`);
  await dariMonthsOnScreen(page);
});

await test('200% text at 360 px: no horizontal scroll, targets 44 px', async (page) => {
  await open(page, { lang: 'uk', persona: 'olena', route: 'recognition', textScale: 2 });
  await noHorizontalScroll(page);
  const small = await page.evaluate(() => [...document.querySelectorAll('button, a[href], select, input:not([type=radio])')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.height < 44 || r.width < 44); })
    .map((el) => el.outerHTML.slice(0, 80)));
  expect(small.length === 0, `small targets: ${small.join(' | ')}`);
  await axe(page, '200%');
});

await test('sign out wipes and returns to the language picker', async (page) => {
  await open(page, { lang: 'nb', persona: 'semhar', route: 'me' });
  await page.locator('.danger-zone button.danger').click();
  await page.locator('#wipe-yes').click();
  await page.waitForSelector('.language-list');
});

await test('keyboard: skip link then focus lands in main', async (page) => {
  await open(page, { lang: 'ar', persona: 'semhar', route: 'today', width: 1280, height: 800 });
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'skip link first');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id === 'main'), 'main focused');
});

// ---------------------------------------------------------------- codes the Rust side added
await test('server busy (unavailable): the change waits on the device and the sync bar says so (nb)', async (page) => {
  await open(page, { lang: 'nb', persona: 'ahmad', route: 'plan' });
  await page.evaluate(() => window.__veikartMock.failSync('unavailable'));
  const item = page.locator('[data-activity="a-a2"]');
  await item.locator('button.primary').click();
  await item.locator('.pending-mark').waitFor();
  await page.locator('.sync-line button').click();
  const busy = msg('nb', 'sync-failed', { reason: msg('nb', 'sync-error-unavailable') });
  await page.waitForFunction((b) => document.querySelector('.sync-line')?.textContent.replace(/[\u2068\u2069]/g, '').includes(b), busy);
  const line = await text(page.locator('.sync-line'));
  expect(!line.includes(msg('nb', 'sync-error-internal')), `not the generic error: ${line}`);
  expect((await text(page.locator('.sync-pending'))).includes('1'), 'the change still waits');
  expect((await item.locator('.pending-mark').count()) === 1, 'still marked waiting');
  await axe(page, 'server busy');
  await page.goto(`${ORIGIN}/#/me`);
  await page.waitForSelector('#me-sync-h');
  expect((await page.evaluate(() => document.body.innerText.replace(/[\u2068\u2069]/g, ''))).includes(msg('nb', 'sync-error-unavailable')), 'Me says why');
  await page.evaluate(() => window.__veikartMock.failSync(null));
  await page.locator('.sync-line button').click();
  await page.locator('.sync-pending').waitFor({ state: 'detached' });
});

for (const lang of ['ar', 'so']) {
  await test(`a failed command says why: unavailable and the device's own codes (${lang})`, async (page) => {
    await open(page, { lang, persona: 'ahmad', route: 'plan', online: true });
    const button = page.locator('[data-activity="a-a2"] button.primary');
    for (const code of ['unavailable', 'local_storage', 'local_storage_locked', 'not_enrolled', 'already_enrolled']) {
      await page.evaluate((c) => window.__veikartMock.failNext('set_activity_status', c), code);
      const before = await page.evaluate(() => document.querySelector('.toast.error')?.dataset.toast ?? '');
      await button.click();
      // An error stays until dismissed; a newer one takes its place.
      await page.waitForFunction((n) => (document.querySelector('.toast.error')?.dataset.toast ?? '') !== n, before);
      expect((await page.locator('.toast.error').count()) === 1, 'one error at a time');
      const shown = await text(page.locator('.toast.error > span'));
      expect(shown === msg(lang, `error-${code}`), `${code}: ${shown}`);
      expect(shown !== msg(lang, 'error-internal'), `${code} shown as the generic error`);
    }
    expect((await page.locator('[data-activity="a-a2"] .pending-mark').count()) === 0, 'nothing stored');
    await axe(page, 'error toasts');
  });
}

await test('enrolment: already connected and server busy have their own sentences (ti)', async (page) => {
  await open(page, { language: null, enrolled: false, online: true });
  await page.click('.language-list button[lang="ti"]');
  await page.waitForSelector('#enrol-code');
  await page.fill('#enrol-code', 'https://veikart.oslo.kommune.no/enrol#K7Q-4TZ');
  for (const code of ['already_enrolled', 'unavailable', 'local_storage']) {
    await page.evaluate((c) => window.__veikartMock.failNext('enrol', c), code);
    await page.click('form button[type=submit]');
    await page.waitForFunction((m) => document.getElementById('enrol-error')?.textContent.trim() === m, msg('ti', `error-${code}`));
  }
  await axe(page, 'enrol already connected');
});

await test('a change made on another device: its own reason, not the caseworker (uk)', async (page) => {
  await open(page, { lang: 'uk', persona: 'ahmad', route: 'plan', online: true });
  const item = page.locator('[data-activity="a-a2"]');
  await item.locator('button.primary').click();
  await item.locator('.pending-mark').waitFor();
  await page.evaluate(() => window.__veikartMock.rejectNext('changed_on_other_device'));
  await page.locator('.sync-line button').click();
  await item.locator('.rejected-note').waitFor();
  const reason = msg('uk', 'reject-changed_on_other_device');
  expect((await text(item.locator('.rejected-note'))).includes(reason), 'rolled back with its reason');
  expect((await text(page.locator('.rejections li'))).includes(reason), 'the sync bar gives the reason');
  expect(!(await text(page.locator('.rejections li'))).includes(msg('uk', 'reject-superseded')), 'not the caseworker');
  await axe(page, 'changed on another device');
});

// ---------------------------------------------------------------- right-to-left safety
// Names, rooms and free text from the caseworker (an Arabic name, a Hebrew name, strings starting
// with U+202E RIGHT-TO-LEFT OVERRIDE) must sit in an isolated element (<bdi> or dir="auto": computed
// unicode-bidi isolate) and must not move the words next to them on the same line.
/** For each text node of <main> and the top bar containing a needle: its element and its neighbours' places. */
function bidiReport(needles) {
  const blockOf = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const d = getComputedStyle(e).display;
      if (!d.startsWith('inline') && d !== 'contents') return e;
    }
    return document.body;
  };
  const visibleChars = (node, fromEnd) => {
    const data = node.data;
    const idx = [...data].map((_, i) => i).filter((i) => /\S/u.test(data[i]) && !/[\u2068\u2069\u202A-\u202E\u200E\u200F]/u.test(data[i]));
    return idx.length ? (fromEnd ? idx[idx.length - 1] : idx[0]) : -1;
  };
  const charRect = (node, i) => {
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    return r.getBoundingClientRect();
  };
  const sameLine = (a, b) => a.top < b.bottom - 2 && b.top < a.bottom - 2;
  const out = [];
  const roots = [...document.querySelectorAll('main, header')];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n; (n = walker.nextNode());) nodes.push(n);
    nodes.forEach((n, k) => {
      const needle = needles.find((x) => n.data.includes(x));
      if (!needle) return;
      const el = n.parentElement;
      const style = getComputedStyle(el);
      const rects = [...el.getClientRects()];
      if (!rects.length) return;
      const block = blockOf(el);
      const dir = getComputedStyle(block).direction;
      const first = rects[0];
      const last = rects[rects.length - 1];
      const res = { needle, tag: el.tagName.toLowerCase(), dirAttr: el.getAttribute('dir'), unicodeBidi: style.unicodeBidi, dir, where: el.closest('[class]')?.className ?? '', checks: [] };
      // The next visible character after the element, in the same block and on the same line.
      for (let j = k + 1; j < nodes.length; j++) {
        const m = nodes[j];
        if (el.contains(m)) continue;
        if (!block.contains(m)) break;
        const i = visibleChars(m, false);
        if (i < 0) continue;
        const r = charRect(m, i);
        if (r.width === 0 && r.height === 0) continue;
        if (sameLine(r, last)) {
          res.checks.push({ side: 'after', text: m.data.trim().slice(0, 20), ok: dir === 'rtl' ? r.right <= last.left + 1 : r.left >= last.right - 1, r: [r.left, r.right], el: [last.left, last.right] });
        }
        break;
      }
      // The last visible character before it.
      for (let j = k - 1; j >= 0; j--) {
        const m = nodes[j];
        if (el.contains(m)) continue;
        if (!block.contains(m)) break;
        const i = visibleChars(m, true);
        if (i < 0) continue;
        const r = charRect(m, i);
        if (r.width === 0 && r.height === 0) continue;
        if (sameLine(r, first)) {
          res.checks.push({ side: 'before', text: m.data.trim().slice(-20), ok: dir === 'rtl' ? r.left >= first.right - 1 : r.right <= first.left + 1, r: [r.left, r.right], el: [first.left, first.right] });
        }
        break;
      }
      out.push(res);
    });
  }
  return out;
}

for (const lang of ['nb', 'ar']) {
  await test(`bidi: right-to-left names and U+202E stay in their place (${lang})`, async (page) => {
    await open(page, { lang, persona: 'semhar', route: 'today', width: 1280, height: 800, bidi: true, online: true });
    const B = await page.evaluate(() => window.__veikartMock.BIDI);
    const needles = [B.author, B.message, B.activity, B.room, B.roomArabic];
    const found = new Set();
    let neighbours = 0;
    for (const route of ['today', 'messages', 'plan', 'schedule']) {
      if (route !== 'today') {
        await page.goto(`${ORIGIN}/#/${route}`);
        await page.waitForSelector(`main h1`);
        await page.waitForFunction((r) => location.hash === `#/${r}` && !document.querySelector('main .empty:only-child'), route);
        await page.waitForTimeout(50);
      }
      const report = await page.evaluate(bidiReport, needles);
      for (const r of report) {
        found.add(r.needle);
        const what = `${route}: ${JSON.stringify(r.needle)} in <${r.tag} dir=${r.dirAttr}> (.${r.where})`;
        expect(r.tag === 'bdi' || r.dirAttr === 'auto', `${what} is neither a bdi nor dir=auto`);
        expect(['isolate', 'plaintext', 'isolate-override'].includes(r.unicodeBidi), `${what}: unicode-bidi ${r.unicodeBidi}`);
        for (const c of r.checks) {
          neighbours++;
          expect(c.ok, `${what}: "${c.text}" ${c.side} it is out of place in ${r.dir} (${c.r} vs ${c.el})`);
        }
      }
      await noRawKeys(page);
      await axe(page, `bidi ${route} ${lang}`);
      await page.evaluate(() => document.activeElement?.blur());
      if (lang === 'ar' && route === 'messages') await shot(page, 'bidi-messages-ar');
      if (lang === 'nb' && route === 'today') await shot(page, 'bidi-today-nb');
    }
    for (const n of needles) expect(found.has(n), `${JSON.stringify(n)} not found on any screen`);
    expect(neighbours >= 8, `only ${neighbours} neighbours checked`);
  });
}

await keyboardFirstRun();
await enrolLink();
await nextSteps();
await keyboardAnswer();
await keyboardPropose();
await keyboardMessage();
await keyboardSettings();
await keyboardTraps();
await names();
await statusMessages();
await colour();
await reflow();
await loading();
await templates();
await wording();
await receipts();
await pages();
await screens();
await changedAppointments();
await rightToLeft();

await finish();
