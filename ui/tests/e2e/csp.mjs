// The participant app under the Content-Security-Policy of src-tauri/tauri.conf.json: the built UI
// (dist/) in Chromium with that policy as a header, the Rust side mocked, every screen in a Latin,
// an Arabic and an Ethiopic language (so the bundled fonts load), the language list (both fonts) and a
// change of language (its messages and font are loaded on demand, as chunks). Fails on anything the policy
// refuses (a script, a stylesheet, a font, an inline style) and on a policy that allows inline or
// evaluated code. Tauri adds its own nonces and hashes at build time; the app needs none.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ui = resolve(here, '../..');
const dist = join(ui, 'dist');
const ORIGIN = 'http://veikart.test';
const conf = JSON.parse(readFileSync(resolve(ui, '../src-tauri/tauri.conf.json'), 'utf8'));
const csp = conf.app.security.csp;
const policy = typeof csp === 'string' ? csp : Object.entries(csp).map(([k, v]) => `${k} ${[].concat(v).join(' ')}`).join('; ');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

let passed = 0;
let failed = 0;
function check(cond, what) {
  if (cond) { passed++; console.log(`ok - ${what}`); } else { failed++; console.log(`not ok - ${what}`); }
}

check(/default-src 'none'/.test(policy), `default-src 'none' (${policy})`);
check(!/unsafe-(inline|eval)|\*|data:|blob:/.test(policy), 'no inline, evaluated, wildcard, data: or blob: sources');
check(/connect-src ipc: http:\/\/ipc\.localhost/.test(policy), 'the IPC may be reached');

const mock = (await build({
  entryPoints: [join(ui, 'tests/mock/entry.ts')],
  bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'error',
})).outputFiles[0].text;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'veikart-csp-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  viewport: { width: 360, height: 740 },
  timezoneId: 'Europe/Oslo',
});
await context.route(`${ORIGIN}/**`, (route) => {
  const url = new URL(route.request().url());
  const file = join(dist, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
  if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
  return route.fulfill({
    status: 200,
    headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': policy },
    body: readFileSync(file),
  });
});

/** Open the app as a persona; what the policy refused, and the font families loaded. */
async function visit(route, cfg, then) {
  const page = await context.newPage();
  const refused = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) refused.push(m.text()); });
  page.on('pageerror', (e) => refused.push(String(e)));
  // The mock comes in as init scripts, which a page's policy does not govern (as Tauri's own).
  await page.addInitScript((c) => { window.__VEIKART_MOCK__ = c; }, cfg);
  await page.addInitScript({ content: mock });
  await page.goto(`${ORIGIN}/#/${route}`);
  let ready = true;
  try {
    await page.waitForSelector('html[data-ready="true"]', { timeout: 10000 });
    await page.waitForSelector('main h1');
    if (then) await then(page);
    await page.evaluate(() => document.fonts.ready);
  } catch { ready = false; }
  const [styled, fonts] = await page.evaluate(() => [
    getComputedStyle(document.body).margin === '0px',
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
  ]);
  await page.close();
  return { ready, styled, fonts, refused };
}
const problems = ({ ready, styled, refused }) =>
  `${!ready ? 'not rendered; ' : ''}${!styled ? 'stylesheet refused; ' : ''}${refused.join('; ')}`;

const SCREENS = [['today', 'semhar'], ['plan', 'semhar'], ['schedule', 'ahmad'], ['recognition', 'olena'], ['messages', 'semhar'], ['me', 'semhar']];
for (const lang of ['nb', 'ar', 'ti']) {
  for (const [route, persona] of SCREENS) {
    const r = await visit(route, { persona, language: lang, enrolled: true });
    const fontOk = lang === 'nb' || r.fonts.some((f) => f.includes(lang === 'ar' ? 'Arabic' : 'Ethiopic'));
    check(r.ready && r.styled && fontOk && r.refused.length === 0,
      `${route} ${lang}: ${problems(r)}${!fontOk ? `font not loaded (${r.fonts}); ` : ''}`);
  }
}
{
  const r = await visit('today', { persona: 'semhar', language: null, enrolled: false });
  const both = r.fonts.some((f) => f.includes('Arabic')) && r.fonts.some((f) => f.includes('Ethiopic'));
  check(r.ready && r.styled && both && r.refused.length === 0,
    `language list: ${problems(r)}${!both ? `fonts not loaded (${r.fonts}); ` : ''}`);
}
{
  // nb, then Arabic chosen in Me: the messages' chunk and the font's stylesheet come in after start.
  let dir = '';
  const r = await visit('me', { persona: 'semhar', language: 'nb', enrolled: true }, async (page) => {
    await page.selectOption('#me-lang', 'ar');
    await page.click('#me-lang-apply');
    await page.waitForFunction(() => document.documentElement.lang === 'ar', null, { timeout: 5000 });
    dir = await page.evaluate(() => document.documentElement.dir);
  });
  const font = r.fonts.some((f) => f.includes('Arabic'));
  check(r.ready && r.styled && font && dir === 'rtl' && r.refused.length === 0,
    `change of language nb to ar: ${problems(r)}${!font ? `font not loaded (${r.fonts}); ` : ''}${dir !== 'rtl' ? `dir ${dir}; ` : ''}`);
}
{
  // A page of a required document: the photo is decoded, shrunk and its thumbnail drawn from the
  // bytes (createImageBitmap, canvas), with no data: or blob: image the policy would refuse.
  let drawn = false;
  const r = await visit('recognition', { persona: 'olena', language: 'nb', enrolled: true, online: false }, async (page) => {
    const png = await page.evaluate(async () => {
      const c = document.createElement('canvas');
      c.width = 2400;
      c.height = 3200;
      const g = c.getContext('2d');
      g.fillStyle = '#fff';
      g.fillRect(0, 0, c.width, c.height);
      g.fillStyle = '#000';
      g.fillRect(200, 200, 2000, 100);
      const b = new Uint8Array(await (await new Promise((res) => c.toBlob(res, 'image/png'))).arrayBuffer());
      return Array.from(b);
    });
    await page.locator('[data-document="d-o4"] input[type=file]').setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: Buffer.from(png) });
    const thumb = page.locator('[data-document="d-o4"] canvas.page-thumb');
    await thumb.waitFor({ timeout: 10000 });
    await page.waitForTimeout(300);
    // Some pixel of the black bar is drawn (the canvas is not blank).
    drawn = await thumb.evaluate((c) => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 50 && d[i + 3] > 0) return true;
      return false;
    });
  });
  check(r.ready && r.styled && drawn && r.refused.length === 0, `a page added and its thumbnail drawn: ${problems(r)}${!drawn ? 'thumbnail blank; ' : ''}`);
}
await context.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
