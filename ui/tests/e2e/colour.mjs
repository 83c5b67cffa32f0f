// Nothing depends on colour alone (WCAG 1.4.1). Every element that shows a state (the current screen
// in the menu, a pressed button, the chosen appointment, today in the week, the current step of a
// recognition case (which also says "now" in words), an activity due soon or late) differs from an element of the same kind without
// that state by more than colour: weight, underline or strike-through, border width or style, an
// outline or inset line, or an icon. Every status chip, pending and refused mark has words; the sync
// bar's states differ in words and icon; links in running text are underlined. And the edges of
// controls and the focus outline stand out from what is behind them at 3:1 at least (1.4.11).
import { expect, msg, open, test } from './lib.mjs';

/** Pairs of (an element in a state, one of the same kind without it), as CSS selectors. */
const PAIRS = [
  ['menu: the current screen', '.main-nav a[aria-current="page"]', '.main-nav a:not([aria-current])'],
  ['list or week: the one shown', '.segmented button[aria-pressed="true"]', '.segmented button[aria-pressed="false"]'],
  ['answer: "I\'ll come" chosen', '.answer-buttons button.primary[aria-pressed="true"]', '.answer-buttons button.primary[aria-pressed="false"]'],
  ['answer: "I can\'t come" chosen', '.answer-buttons button.secondary[aria-pressed="true"]', '.answer-buttons button.secondary[aria-pressed="false"]'],
  ['week: the chosen appointment', '.slot[aria-pressed="true"]', '.slot[aria-pressed="false"]'],
  ['week: today', '.week-day[aria-current="date"]', '.week-day[aria-current="false"]'],
  ['recognition: the current step', '.steps li[aria-current="step"]', '.steps li[aria-current="false"]'],
  ['activity: late', '.meta.due-overdue', '.meta.due-later'],
  ['activity: due today', '.meta.due-today', '.meta.due-later'],
  ['activity: due soon', '.meta.due-soon', '.meta.due-later'],
];

/** How an element looks apart from its colours (and its words, which differ between any two items). */
function cues(sel) {
  const el = document.querySelector(sel);
  if (!el) return null;
  const cs = getComputedStyle(el);
  const noColour = (v) => v.replace(/rgba?\([^)]*\)|#[0-9a-f]{3,8}\b/gi, '').replace(/\s+/g, ' ').trim();
  const sides = ['Top', 'Right', 'Bottom', 'Left'];
  const inner = [...el.querySelectorAll('*')].map((e) => getComputedStyle(e));
  return {
    weight: cs.fontWeight,
    innerWeight: Math.max(0, ...inner.map((c) => Number(c.fontWeight))),
    style: cs.fontStyle,
    decoration: cs.textDecorationLine,
    border: sides.map((s) => `${cs[`border${s}Width`]} ${cs[`border${s}Style`]}`).join(),
    shadow: noColour(cs.boxShadow),
    outline: `${cs.outlineStyle} ${cs.outlineWidth}`,
    icons: el.querySelectorAll('svg').length,
    marker: [...el.querySelectorAll('*')].filter((e) => getComputedStyle(e).visibility !== 'hidden' && e.getAttribute('aria-hidden') === 'true').length,
  };
}

async function compareStates(page, where) {
  let compared = 0;
  const bad = [];
  for (const [what, on, off] of PAIRS) {
    const [a, b] = await Promise.all([page.evaluate(cues, on), page.evaluate(cues, off)]);
    if (!a || !b) continue;
    compared++;
    if (JSON.stringify(a) === JSON.stringify(b)) bad.push(`${what}: only its colour differs (${JSON.stringify(a)})`);
  }
  expect(bad.length === 0, `${where}:\n    ${bad.join('\n    ')}`);
  return compared;
}

/** Chips, pending and refused marks, and badges say what they mean in words. */
async function statesHaveWords(page, lang, where) {
  const r = await page.evaluate(() => {
    const txt = (el) => (el.innerText ?? '').replace(/[\u2068\u2069]/g, '').trim();
    return {
      emptyChips: [...document.querySelectorAll('.chip')].filter((c) => !txt(c)).map((c) => c.className),
      pendingWithoutMark: [...document.querySelectorAll('.is-pending')].filter((el) => !el.querySelector('.pending-mark') && !el.matches('.pending-mark'))
        .map((el) => el.className),
      pendingMarks: [...document.querySelectorAll('.pending-mark')].map(txt),
      rejectedWithoutNote: [...document.querySelectorAll('.is-rejected')].filter((el) => !el.querySelector('.rejected-note')).map((el) => el.className),
      badges: [...document.querySelectorAll('.badge')].map((b) => [txt(b), b.getAttribute('aria-label') ?? '']),
      plainLinks: [...document.querySelectorAll('main p a, main li a')].filter((a) => {
        const p = a.parentElement;
        const inText = (p.innerText ?? '').trim().length > (a.innerText ?? '').trim().length;
        return inText && !getComputedStyle(a).textDecorationLine.includes('underline');
      }).map((a) => a.outerHTML.slice(0, 80)),
    };
  });
  expect(r.emptyChips.length === 0, `${where}: chips without words: ${r.emptyChips}`);
  expect(r.pendingWithoutMark.length === 0, `${where}: waiting items without the words: ${r.pendingWithoutMark}`);
  expect(r.pendingMarks.every((t) => t === msg(lang, 'pending-waiting')), `${where}: pending marks: ${r.pendingMarks}`);
  expect(r.rejectedWithoutNote.length === 0, `${where}: refused items without the reason: ${r.rejectedWithoutNote}`);
  expect(r.badges.every(([t, label]) => t && label), `${where}: badges: ${JSON.stringify(r.badges)}`);
  expect(r.plainLinks.length === 0, `${where}: links in text told apart by colour only: ${r.plainLinks}`);
}

/** Controls whose edge (border or fill) and the focus outline have less than 3:1 against their background. */
function nonTextContrast() {
  const rgb = (c) => (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).slice(0, 3).map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const opaque = (c) => (rgb(c)[3] ?? 1) > 0.5 && c !== 'transparent';
  const behind = (el) => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (opaque(c)) return c; } return 'rgb(255, 255, 255)'; };
  const bad = [];
  let checked = 0;
  for (const el of document.querySelectorAll('button, input:not([type=radio]):not([type=checkbox]), select, textarea')) {
    // A text-only button (underlined, like a link) is seen by its text, whose contrast axe checks.
    if (!el.getClientRects().length || el.closest('.skip-link') || el.classList.contains('link-button')) continue;
    const cs = getComputedStyle(el);
    const back = behind(el.parentElement);
    const fill = opaque(cs.backgroundColor) ? ratio(cs.backgroundColor, back) : 1;
    const sides = ['Top', 'Right', 'Bottom', 'Left'].filter((s) => parseFloat(cs[`border${s}Width`]) >= 1 && cs[`border${s}Style`] !== 'none');
    const edge = sides.length ? Math.min(...sides.map((s) => ratio(cs[`border${s}Color`], back))) : 1;
    checked++;
    if (Math.max(fill, edge) < 3) bad.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.innerText ?? '').trim().slice(0, 20)}": edge ${edge.toFixed(2)}, fill ${fill.toFixed(2)} on ${back}`);
  }
  // The focus outline, against the page and a card.
  const focus = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
  const probe = document.createElement('i');
  probe.style.color = focus;
  document.body.append(probe);
  const focusRgb = getComputedStyle(probe).color;
  probe.remove();
  for (const bg of [getComputedStyle(document.body).backgroundColor, 'rgb(255, 255, 255)', behind(document.querySelector('.top'))]) {
    if (ratio(focusRgb, bg) < 3) bad.push(`focus outline ${focusRgb} on ${bg}: ${ratio(focusRgb, bg).toFixed(2)}`);
  }
  return { bad, checked };
}

export default async function colour() {
  for (const lang of ['nb', 'ar']) {
    await test(`colour: states are not shown by colour alone (${lang})`, async (page) => {
      let compared = 0;
      // Semhar's today and plan: the current screen, activities due soon or late, a pending change.
      await open(page, { lang, persona: 'semhar', route: 'plan' });
      await page.locator('[data-activity] .actions button').first().click();
      await page.waitForSelector('.is-pending');
      compared += await compareStates(page, 'plan');
      await statesHaveWords(page, lang, 'plan');
      await page.goto(page.url().replace('#/plan', '#/today'));
      await page.waitForFunction(() => location.hash === '#/today' && document.querySelector('#today-due'));
      compared += await compareStates(page, 'today');
      await statesHaveWords(page, lang, 'today');

      // The schedule: one meeting answered "I'll come", another "I can't come", so both buttons of
      // each kind are there pressed and not (a routine class only takes "I can't come").
      await page.goto(page.url().replace('#/today', '#/schedule'));
      await page.waitForSelector('[data-event="e-s-followup"]');
      await page.locator('[data-event="e-s-followup"] .answer-buttons .secondary').click();
      await page.fill('#reason-e-s-followup', msg(lang, 'answer-cant'));
      await page.locator('[data-event="e-s-followup"] .reason-form button[type=submit]').click();
      await page.waitForSelector('[data-event="e-s-followup"] .answer-buttons .secondary[aria-pressed="true"]');
      const other = page.locator('.answer-buttons .primary[aria-pressed="false"]').first();
      await other.click();
      await page.waitForSelector('.answer-buttons .primary[aria-pressed="true"]');
      compared += await compareStates(page, 'schedule, answered');
      await statesHaveWords(page, lang, 'schedule, answered');

      // The week, an appointment chosen (Ahmad's).
      await page.goto('about:blank');
      await open(page, { lang, persona: 'ahmad', route: 'schedule' });
      await page.locator('.segmented button').nth(1).click();
      await page.waitForSelector('.week');
      await page.click('.slot.kind-trekantsamtale');
      await page.waitForSelector('.selected-event');
      compared += await compareStates(page, 'week');
      await statesHaveWords(page, lang, 'week');
      expect(compared >= 8, `only ${compared} states compared`);
    });
  }

  await test('colour: control edges and the focus outline at 3:1 (1.4.11) (nb)', async (page) => {
    let checked = 0;
    const check = async (where) => {
      const r = await page.evaluate(nonTextContrast);
      expect(r.bad.length === 0, `${where}:\n    ${r.bad.join('\n    ')}`);
      checked += r.checked;
    };
    await open(page, { lang: 'nb', persona: 'semhar', route: 'plan' });
    await page.click('#propose-open');
    await page.waitForSelector('#pa-title');
    await check('plan, form open');
    for (const route of ['today', 'messages', 'me']) {
      await page.goto(page.url().replace(/#\/\w+$/, `#/${route}`));
      await page.waitForFunction((r) => location.hash === `#/${r}` && document.querySelector('main h1'), route);
      await page.waitForTimeout(50);
      await check(route);
    }
    await page.goto('about:blank');
    await open(page, { lang: 'nb', persona: 'ahmad', route: 'schedule' });
    await page.locator('.segmented button').nth(1).click();
    await page.waitForSelector('.week');
    await page.click('.slot.kind-trekantsamtale');
    await page.waitForSelector('.selected-event');
    await check('week');
    expect(checked >= 40, `only ${checked} controls checked`);
  });

  await test('colour: the recognition timeline and a refused change (nb)', async (page) => {
    await open(page, { lang: 'nb', persona: 'olena', route: 'recognition' });
    expect((await compareStates(page, 'recognition')) >= 2, 'the current step and the menu compared');
    await statesHaveWords(page, 'nb', 'recognition');
    await page.evaluate(() => window.__veikartMock.setOnline(true));
    await page.evaluate(() => window.__veikartMock.rejectNext('superseded'));
    await page.locator('[data-document] button.primary:not(.page-add-button)').first().click(); // I have it
    await page.locator('.sync-line button').click();
    await page.waitForSelector('.rejected-note');
    await statesHaveWords(page, 'nb', 'recognition, refused');
  });

  await test('colour: the sync bar says online and offline in words and icon (nb)', async (page) => {
    await open(page, { lang: 'nb', persona: 'semhar', route: 'today', online: true });
    await page.locator('.sync-line button').click();
    await page.waitForFunction(() => document.querySelector('.sync-bar.sync-online'));
    const look = () => page.evaluate(() => [document.querySelector('.sync-line > span').innerText, document.querySelector('.sync-line svg').innerHTML]);
    const online = await look();
    await page.evaluate(() => window.__veikartMock.setOnline(false));
    await page.locator('.sync-line button').click();
    await page.waitForFunction(() => document.querySelector('.sync-bar.sync-offline'));
    const offline = await look();
    expect(online[0] !== offline[0] && online[1] !== offline[1], `online ${JSON.stringify(online)} vs offline ${JSON.stringify(offline)}`);
    expect(offline[0].replace(/[\u2068\u2069]/g, '').startsWith(msg('nb', 'sync-offline', { when: '' }).split(' ')[0]), `offline says so: ${offline[0]}`);
  });
}
