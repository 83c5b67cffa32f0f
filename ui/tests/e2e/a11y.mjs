// Helpers for the accessibility tests (keyboard-*.mjs, names.mjs, colour.mjs, reflow.mjs): the
// keyboard as the only input, where focus is, Chromium's accessibility tree (the role and computed
// name a screen reader gets), names in the participant's language, and layout checks for reflow.
import { FluentResource } from '@fluent/bundle';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { context, expect, ui } from './lib.mjs';

const sessions = new WeakMap();
/** A DevTools session on the page, with the accessibility and DOM agents on. */
export async function cdp(page) {
  let s = sessions.get(page);
  if (!s) {
    s = await context.newCDPSession(page);
    await s.send('Accessibility.enable');
    await s.send('DOM.enable');
    sessions.set(page, s);
  }
  return s;
}

const clean = (s) => (s ?? '').replace(/[\u2068\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();

/** The focused element: what it is in the DOM, and its role and name in the accessibility tree. */
export async function focused(page) {
  const s = await cdp(page);
  const { result } = await s.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const dom = await page.evaluate(() => {
    const el = document.activeElement;
    return el && {
      tag: el.tagName.toLowerCase(), id: el.id, cls: typeof el.className === 'string' ? el.className : '',
      text: el.innerText?.replace(/[\u2068\u2069]/g, '') ?? '', body: el === document.body,
    };
  });
  let role = '';
  let name = '';
  if (result.objectId) {
    const { nodes } = await s.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
    const n = nodes.find((x) => !x.ignored) ?? nodes[0];
    role = n?.role?.value ?? '';
    name = clean(n?.name?.value);
  }
  return { ...dom, role, name };
}

const describe = (f) => `<${f.tag}${f.id ? `#${f.id}` : ''}${f.cls ? `.${f.cls.trim().split(/\s+/).join('.')}` : ''}> ${f.role} "${f.name}"`;

/**
 * The focused element is visible as focused (an outline of at least 2 px, WCAG 2.4.7), inside the
 * viewport and not hidden under the sticky header, navigation or compose box (the element at its
 * centre is itself or inside it).
 */
export async function focusShows(page) {
  const r = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { ok: false, why: 'focus on the page itself' };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    const rect = el.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 1), innerWidth - 2);
    const y = Math.min(Math.max(rect.top + Math.min(rect.height, 40) / 2, 1), innerHeight - 2);
    const inView = rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
    const top = document.elementFromPoint(x, y);
    const covered = !top || !(el === top || el.contains(top) || (el.shadowRoot && top === el));
    const label = top ? `${top.tagName.toLowerCase()}.${top.className}` : 'nothing';
    return { ok: outline && inView && !covered, why: `${!outline ? 'no focus outline; ' : ''}${!inView ? 'out of view; ' : ''}${covered ? `covered by ${label}; ` : ''}` };
  });
  return r;
}

/**
 * Press Tab (or Shift+Tab) until the focused element matches `selector`; every stop on the way must
 * show its focus. Fails when it is not reached in `max` presses. Returns the focused element.
 */
export async function tabTo(page, selector, { back = false, max = 80, what = selector } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const here = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    const f = await focused(page);
    if (!f.body) {
      const shows = await focusShows(page);
      expect(shows.ok, `focus on ${describe(f)}: ${shows.why}`);
    }
    if (here) return f;
  }
  throw new Error(`${what} not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Press a key, then wait for the focus to settle on an element matching `selector`. */
export async function pressAndFocus(page, key, selector, what = selector) {
  await page.keyboard.press(key);
  try {
    await page.waitForFunction((sel) => document.activeElement?.matches(sel), selector, { timeout: 5000 });
  } catch {
    throw new Error(`after ${key}, focus should be on ${what}, but is on ${describe(await focused(page))}`);
  }
  return focused(page);
}

// ------------------------------------------------------------------ names in the participant's language
const SCRIPT = { nb: /\p{Script=Latin}/u, en: /\p{Script=Latin}/u, so: /\p{Script=Latin}/u, uk: /\p{Script=Cyrillic}/u, ru: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u, prs: /\p{Script=Arabic}/u, ti: /\p{Script=Ethiopic}/u };
const fragments = new Map();

/** The literal runs of text in a Fluent pattern, in every variant of every selector. */
function runs(pattern, out = []) {
  if (typeof pattern === 'string') out.push(pattern);
  else if (Array.isArray(pattern)) {
    for (const el of pattern) {
      if (typeof el === 'string') out.push(el);
      else if (el?.type === 'select') {
        for (const v of el.variants) {
          out.push('\u0000');
          runs(v.value, out);
        }
        out.push('\u0000');
      }
      else out.push('\u0000'); // an inserted value splits the text
    }
  }
  return out;
}

/**
 * The fixed words of every message of a language (values, attributes and terms, every variant,
 * the inserted values cut out): a name made of the language's messages contains one of them, or is
 * one short message whole.
 */
export function fragmentsOf(lang) {
  if (!fragments.has(lang)) {
    const res = new FluentResource(readFileSync(resolve(ui, `../locales/${lang}/app.ftl`), 'utf8'));
    const parts = new Set();
    const exact = new Set();
    for (const entry of res.body) {
      for (const p of [entry.value, ...Object.values(entry.attributes ?? {})]) {
        if (!p) continue;
        const pieces = runs(p).join('').split('\u0000').map((x) => clean(x).toLowerCase());
        // A short message is matched whole (Tigrinya's "code" is two syllables), a longer one by its parts.
        if (typeof p === 'string' && /\p{L}/u.test(p)) exact.add(clean(p).toLowerCase());
        for (const t of pieces) if ([...t.matchAll(/\p{L}/gu)].length >= 3) parts.add(t);
      }
    }
    fragments.set(lang, { parts: [...parts], exact });
  }
  return fragments.get(lang);
}

const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'listbox', 'option', 'checkbox', 'radio',
  'switch', 'slider', 'spinbutton', 'tab', 'menuitem', 'Date', 'DateTime', 'InputTime']);
// Landmarks and groups named with aria-label or aria-labelledby: their names are read out too.
const NAMED_ROLES = new Set(['navigation', 'region', 'group', 'form', 'status', 'alert', 'list', 'article', 'dialog']);

/**
 * Every interactive control in the accessibility tree (and every named landmark or group), with its
 * role, computed name and where it sits in the DOM.
 */
export async function controls(page) {
  const s = await cdp(page);
  await s.send('DOM.getDocument', { depth: 0 });
  const { nodes } = await s.send('Accessibility.getFullAXTree');
  const out = [];
  for (const n of nodes) {
    if (n.ignored || !n.backendDOMNodeId) continue;
    const role = n.role?.value ?? '';
    const name = clean(n.name?.value);
    const focusable = n.properties?.some((p) => p.name === 'focusable' && p.value?.value);
    const control = CONTROL_ROLES.has(role);
    if (!control && !(NAMED_ROLES.has(role) && name)) continue;
    if (!control && role === 'status' && !name) continue;
    let where;
    try {
      const { object } = await s.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId });
      const { result } = await s.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        functionDeclaration: `function () {
          const el = this.nodeType === 1 ? this : this.parentElement;
          const host = el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null;
          const l = (host ?? el).closest('[lang]');
          const r = (host ?? el).getBoundingClientRect();
          return { tag: el.tagName.toLowerCase(), id: el.id, cls: typeof el.className === 'string' ? el.className : '',
            lang: l ? l.getAttribute('lang') : null, inShadowOf: host ? host.tagName.toLowerCase() + (host.type ? '[type=' + host.type + ']' : '') : null,
            html: (host ?? el).outerHTML.slice(0, 140), shown: r.width > 0 || r.height > 0 || el.tagName === 'OPTION',
            ariaLabel: el.hasAttribute('aria-label'),
            visible: el.labels?.[0]?.innerText ?? (['BUTTON', 'A'].includes(el.tagName) ? el.innerText : '') };
        }`,
      });
      where = result.value;
    } catch {
      continue;
    }
    // A region or article named by its heading carries the heading's text, which may be someone's
    // words (an appointment's title); one named with aria-label carries a message of the app's.
    if (!control && !where.ariaLabel) continue;
    out.push({ role, name, focusable, control, ...where });
  }
  return out;
}

/**
 * Every control has a name that contains its visible label, and it is in the participant's language: made of that language's
 * messages (it contains a fixed part of one) and written in its script. Text in another language is
 * allowed only where the DOM says so with a lang attribute (each language named in itself, a goal
 * written by the caseworker in Norwegian). The parts a date field's webview draws (day, month, year)
 * are the webview's own, in the device's language, and are reported apart.
 */
export async function checkNames(page, lang, where) {
  const frags = fragmentsOf(lang);
  const script = SCRIPT[lang];
  const bad = [];
  const own = [];
  let checked = 0;
  for (const c of await controls(page)) {
    if (!c.shown) continue;
    if (c.inShadowOf) {
      own.push(`${c.role} "${c.name}" in ${c.inShadowOf}`);
      continue;
    }
    checked++;
    const what = `${c.role} "${c.name}" ${c.html}`;
    if (!c.name) {
      bad.push(`no name: ${what}`);
      continue;
    }
    const elLang = c.lang && c.lang !== (lang === 'prs' ? 'fa-AF' : lang) ? c.lang : null;
    // Label in name (2.5.3): what is written on or beside the control is in its name, so a voice
    // user can say what they see.
    // Words only: the arrows beside "next week" are decoration, and a count in a badge may be said
    // in words ("one unread message").
    const words = (x) => clean(x).toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const visible = words(c.visible).join(' ');
    if (visible && !words(c.name).join(' ').includes(visible)) bad.push(`name lacks the visible label "${visible}": ${what}`);
    if (elLang) continue; // marked as another language (the reader switches voice)
    if (!/\p{L}/u.test(c.name)) continue; // numbers only (a time, a percentage)
    const lower = c.name.toLowerCase();
    if (!frags.exact.has(lower) && !frags.parts.some((f) => lower.includes(f))) bad.push(`not made of ${lang} messages: ${what}`);
    else if (!script.test(c.name)) bad.push(`not in ${lang}'s script: ${what}`);
  }
  expect(checked > 0, `${where}: no controls found`);
  expect(bad.length === 0, `${where} (${lang}):\n    ${bad.join('\n    ')}`);
  return { checked, own };
}

// ------------------------------------------------------------------ reflow
/**
 * No horizontal scrolling at the current width (scrollWidth <= clientWidth of the page), nothing
 * wider than the viewport, no text cut off by an element that hides its overflow, and the given
 * key controls on screen in full when scrolled to.
 */
export async function reflows(page, where, keys = []) {
  const r = await page.evaluate((keys) => {
    const de = document.documentElement;
    const vw = de.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter((el) => {
      if (el.closest('.visually-hidden, .skip-link')) return false;
      const r = el.getBoundingClientRect();
      return (r.width > 0 && (r.right > vw + 1 || r.left < -1));
    }).slice(0, 4).map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)})`);
    const clipped = [...document.querySelectorAll('body *')].filter((el) => {
      // A text field scrolls what is typed into it by design.
      if (el.closest('.visually-hidden') || el.matches('input, textarea, select')) return false;
      const cs = getComputedStyle(el);
      const hides = (v) => v === 'hidden' || v === 'clip';
      return (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1);
    }).slice(0, 4).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    // Text spilling out of its own box (a word wider than its button), though nothing scrolls.
    const spilling = [...document.querySelectorAll('body *')].filter((el) => {
      if (el.closest('.visually-hidden, .skip-link, svg') || el.matches('input, textarea, select')) return false;
      const cs = getComputedStyle(el);
      return cs.display !== 'inline' && cs.display !== 'contents' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
    });
    // The innermost of them: where the text is too wide, not every box around it.
    const spills = spilling.filter((el) => !spilling.some((o) => o !== el && el.contains(o))).slice(0, 4).map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.innerText ?? '').slice(0, 30)}" (${el.scrollWidth} > ${el.clientWidth})`);
    const missing = [];
    for (const sel of keys) {
      const els = [...document.querySelectorAll(sel)];
      if (!els.length) { missing.push(`${sel}: none`); continue; }
      for (const el of els) {
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        if (r.width < 1 || r.height < 1 || r.left < -1 || r.right > vw + 1) missing.push(`${sel} at ${Math.round(r.left)}–${Math.round(r.right)} of ${vw}`);
      }
    }
    window.scrollTo(0, 0);
    return { sw: de.scrollWidth, cw: vw, wide, clipped, spills, missing };
  }, keys);
  expect(r.sw <= r.cw, `${where}: horizontal scroll, scrollWidth ${r.sw} > clientWidth ${r.cw} (${r.wide.join(', ')})`);
  expect(r.wide.length === 0, `${where}: wider than the viewport: ${r.wide.join(', ')}`);
  expect(r.clipped.length === 0, `${where}: content cut off: ${r.clipped.join(', ')}`);
  expect(r.spills.length === 0, `${where}: text spills out of its box: ${r.spills.join(', ')}`);
  expect(r.missing.length === 0, `${where}: key controls not fully on screen: ${r.missing.join('; ')}`);
}
